/**
 * Stage 1 of the pipeline: each account planned (speaker labels, role, turns, parse units;
 * one cheap scan of its text, see ../annotators/planAccount `planAccount`).
 */
import type { AccountInput } from '../api';
import { planAccount, type AccountPlan } from '../annotators/index';

/** The plan of one account (its role detected unless the input forces one). */
export function planStage(input: AccountInput): AccountPlan {
  return planAccount(input.text, input.uri, input.role);
}
