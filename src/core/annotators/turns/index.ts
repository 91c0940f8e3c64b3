/**
 * Turns of a transcript. Found by the plan over the whole text (find.ts), from the speaker
 * labels, or, without labels, from the layout (an unlabelled statement, answers after
 * question summaries). Account pass (resolve.ts): each turn given its speaker. Re-exports
 * only.
 */
export { buildTurns, buildUnlabelledTurns, isProse, type TurnRule, type TurnSpan } from './find';
export { resolveTurns, type ResolvedTurn } from './resolve';
