/**
 * The account's role, transcript or report. Decided by the plan from the speaker labels and
 * turns (find.ts), before any unit is read; nothing to resolve. Re-exports only.
 */
export { detectRole } from './find';
