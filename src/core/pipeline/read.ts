/**
 * Stage 2 of the pipeline: the parse units of each planned account read by the annotator
 * processor (most of the work). In this thread, or, for the asynchronous entry, by the
 * host's `UnitReader` (worker threads) when it has one, falling back to this thread when
 * that reader fails. Either way the readings are the same. Only units whose findings the
 * unit cache does not hold are read (after an edit: the changed paragraphs).
 */
import type { Root } from 'nlcst';
import type { Processor } from 'unified';
import type { DetachedUnitFindings, UnitFindings } from '../annotators/unitFindings';
import type { AccountPlan, AccountReading } from '../annotators/index';
import type { CancellationToken } from '../model/annotation';
import type { PlannedUnit } from '../text/paragraphs';
import { readUnits } from './readUnits';
import type { UnitCache, UnitLookup } from './unitCache';
import type { UnitReader } from './unitReader';

/** Reads the units of planned accounts. */
export interface ReadStage {
  /** The reading of `plan`, read in this thread; undefined when cancelled. */
  read(plan: AccountPlan, token: CancellationToken): AccountReading | undefined;
  /** The reading of `plan`, read by the host's reader when there is one; undefined when cancelled. */
  readAsync(plan: AccountPlan, token: CancellationToken): Promise<AccountReading | undefined>;
}

/** The read stage over `processor` (and `reader`, for `readAsync`) and `cache`, logging to `log`. */
export function createReadStage(processor: Processor<Root, Root, Root>, reader: UnitReader | undefined, cache: UnitCache, log: (message: string) => void): ReadStage {
  /** The reading of one planned account, kept in the cache and logged; undefined when its units were not read (cancelled). */
  function readingOf(plan: AccountPlan, lookup: UnitLookup, read: UnitFindings[] | undefined, started: number): AccountReading | undefined {
    if (!read) return undefined;
    const units = merged(plan.units, lookup.kept, read);
    cache.store(plan.uri, lookup, plan.units, units);
    log(`read ${plan.uri} (${plan.text.length} chars) as ${plan.role} in ${Date.now() - started} ms (${read.length} of ${units.length} units read, the others unchanged)`);
    return { ...plan, units };
  }

  return {
    read(plan, token) {
      const started = Date.now();
      const lookup = cache.lookup(plan.uri, plan.units, plan.text);
      return readingOf(plan, lookup, readUnits(processor, missing(plan.units, lookup.kept), token), started);
    },
    async readAsync(plan, token) {
      if (!reader) return this.read(plan, token);
      const started = Date.now();
      const lookup = cache.lookup(plan.uri, plan.units, plan.text);
      const units = missing(plan.units, lookup.kept);
      let read: UnitFindings[] | undefined;
      try {
        read = units.length === 0 ? [] : await reader.read(units, token);
      } catch (error) {
        log(`the unit reader failed (${(error as Error)?.message ?? String(error)}); reading ${plan.uri} in this thread`);
        read = readUnits(processor, units, token);
      }
      return token.isCancellationRequested ? undefined : readingOf(plan, lookup, read, started);
    },
  };
}

/** The units of `units` whose findings are not kept, in order. */
function missing(units: readonly PlannedUnit[], kept: readonly (DetachedUnitFindings | undefined)[]): PlannedUnit[] {
  return units.filter((_, i) => kept[i] === undefined);
}

/** Every unit's findings, in order: kept ones where there are, else the next one read (`read` in the order of `missing`). */
function merged(units: readonly PlannedUnit[], kept: readonly (DetachedUnitFindings | undefined)[], read: readonly UnitFindings[]): UnitFindings[] {
  let next = 0;
  return units.map((unit, index) => {
    const d = kept[index] ?? read[next++]!;
    return { index, unit, countries: d.countries, persons: d.persons, nominals: d.nominals, claims: d.claims, subjectsMet: d.subjectsMet };
  });
}
