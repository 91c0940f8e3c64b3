/** Messages between the main thread and a unit worker (./unitWorker.ts). */
import type { DetachedUnitFindings, PlannedUnit } from '../core/index';

/** A batch of parse units to read. */
export interface BatchRequest {
  readonly id: number;
  readonly units: readonly PlannedUnit[];
}

/** The findings of a batch, in unit order, or why it could not be read. */
export type BatchReply = { readonly id: number; readonly findings: readonly DetachedUnitFindings[] } | { readonly id: number; readonly error: string };
