/**
 * Stage 1 of the pipeline: each account planned (speaker labels, role, turns, parse units;
 * one cheap scan of its text, see ../annotators/planAccount `planAccount`). The runner keeps
 * each account's last scans (`PlanMemo`), so that after an edit only the lines the edit
 * reached are scanned for labels and blank lines again.
 */
import type { AccountInput } from '../api';
import { planAccount, replanAccount, type AccountPlan, type PlanScan } from '../annotators/index';
import type { StretchMemo } from '../text/sharedStretches';
import { MAX_KEPT_CHARS } from './unitCache';

/** The last scans (labels, blank lines) of recently planned accounts, by uri (the least recently planned dropped first, as the unit cache does). */
export interface PlanMemo {
  readonly scans: Map<string, PlanScan>;
  /** The pipeline's comparisons of this run (see `StretchMemo`), when it shares them. */
  readonly stretches?: StretchMemo;
}

/** An empty plan memo. */
export function newPlanMemo(stretches?: StretchMemo): PlanMemo {
  return { scans: new Map(), stretches };
}

/** The plan of one account (its role detected unless the input forces one); with `memo`, its scans made from the last ones and kept. */
export function planStage(input: AccountInput, memo?: PlanMemo): AccountPlan {
  if (!memo) return planAccount(input.text, input.uri, input.role);
  const { plan, scan } = replanAccount(input.text, input.uri, input.role, memo.scans.get(input.uri), memo.stretches);
  memo.scans.delete(input.uri);
  if (input.text.length <= MAX_KEPT_CHARS) {
    memo.scans.set(input.uri, scan);
    let chars = 0;
    for (const s of memo.scans.values()) chars += s.labels.text.length;
    // insertion order is recency order
    for (const [uri, s] of memo.scans) {
      if (chars <= MAX_KEPT_CHARS) break;
      memo.scans.delete(uri);
      chars -= s.labels.text.length;
    }
  }
  return plan;
}
