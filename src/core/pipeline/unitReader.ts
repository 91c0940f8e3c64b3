/**
 * Reading parse units where the host likes: the core reads them in the calling thread; a
 * host with threads to spare (the desktop extension, the command line) can read batches of
 * units on worker threads and hand the findings back (see src/node/workerUnitReader.ts).
 * Findings cross threads detached from their unit (the receiver has the unit already) and
 * are attached again in order, so that both ways give the same annotation set.
 */
import { createUnitProcessor } from '../annotators/index';
import type { DetachedUnitFindings, UnitFindings } from '../annotators/unitFindings';
import { NEVER_CANCELLED, type CancellationToken } from '../model/annotation';
import type { PlannedUnit } from '../text/paragraphs';
import { readUnits } from './readUnits';

/** Reads the parse units of an account. */
export interface UnitReader {
  /**
   * The findings of `units`, one per unit in the same order (`index` = position in
   * `units`), or undefined when `token` was cancelled. Rejects when the reader itself
   * fails (a worker that could not start); the caller then reads in its own thread.
   */
  read(units: readonly PlannedUnit[], token: CancellationToken): Promise<UnitFindings[] | undefined>;
}

export type { DetachedUnitFindings } from '../annotators/unitFindings';

/** Reads batches of units in this thread with a processor of its own: what a worker runs on each batch it is sent. */
export function createUnitBatchReader(): (units: readonly PlannedUnit[]) => DetachedUnitFindings[] {
  const processor = createUnitProcessor();
  return (units) => readUnits(processor, units, NEVER_CANCELLED)!.map(detachFindings);
}

/** Drops the unit and its index from `findings`. */
export function detachFindings(f: UnitFindings): DetachedUnitFindings {
  // field by field (not a rest spread): one object shape, copied fast
  return { countries: f.countries, persons: f.persons, nominals: f.nominals, claims: f.claims, subjectsMet: f.subjectsMet };
}

/** Attaches `detached[i]` to `units[first + i]` again, with its index in the account. */
export function attachFindings(units: readonly PlannedUnit[], first: number, detached: readonly DetachedUnitFindings[]): UnitFindings[] {
  return detached.map((d, i) => ({ index: first + i, unit: units[first + i]!, countries: d.countries, persons: d.persons, nominals: d.nominals, claims: d.claims, subjectsMet: d.subjectsMet }));
}
