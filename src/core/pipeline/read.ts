/**
 * Stage 2 of the pipeline: the parse units of each planned account read by the annotator
 * processor (most of the work). In this thread, or, for the asynchronous entry, by the
 * host's `UnitReader` (worker threads) when it has one, falling back to this thread when
 * that reader fails. Either way the readings are the same.
 */
import type { Root } from 'nlcst';
import type { Processor } from 'unified';
import type { UnitFindings } from '../annotators/unitFindings';
import type { AccountPlan, AccountReading } from '../merge/readAccount';
import type { CancellationToken } from '../model/annotation';
import { readUnits } from './readUnits';
import type { UnitReader } from './unitReader';

/** Reads the units of planned accounts. */
export interface ReadStage {
  /** The reading of `plan`, read in this thread; undefined when cancelled. */
  read(plan: AccountPlan, token: CancellationToken): AccountReading | undefined;
  /** The reading of `plan`, read by the host's reader when there is one; undefined when cancelled. */
  readAsync(plan: AccountPlan, token: CancellationToken): Promise<AccountReading | undefined>;
}

/** The read stage over `processor` (and `reader`, for `readAsync`), logging to `log`. */
export function createReadStage(processor: Processor<Root, Root, Root>, reader: UnitReader | undefined, log: (message: string) => void): ReadStage {
  /** The reading of one planned account, logged; undefined when its units were not read (cancelled). */
  function readingOf(plan: AccountPlan, units: UnitFindings[] | undefined, started: number): AccountReading | undefined {
    if (!units) return undefined;
    log(`read ${plan.uri} (${plan.text.length} chars) as ${plan.role} in ${Date.now() - started} ms`);
    return { ...plan, units };
  }

  return {
    read(plan, token) {
      const started = Date.now();
      return readingOf(plan, readUnits(processor, plan.units, token), started);
    },
    async readAsync(plan, token) {
      if (!reader) return this.read(plan, token);
      const started = Date.now();
      let units: UnitFindings[] | undefined;
      try {
        units = await reader.read(plan.units, token);
      } catch (error) {
        log(`the unit reader failed (${(error as Error)?.message ?? String(error)}); reading ${plan.uri} in this thread`);
        units = readUnits(processor, plan.units, token);
      }
      return token.isCancellationRequested ? undefined : readingOf(plan, units, started);
    },
  };
}
