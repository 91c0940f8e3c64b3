/**
 * Words ending in "-ly" that are not adverbs ("family", "July", "reply"): the comparison
 * (`../align/terms.ts`) folds an adverb into its adjective ("firmly" → "firm") and must
 * leave these whole. Lower case.
 */

/** Words ending in "ly" that are not adverbs. */
export const NOT_ADVERBS: ReadonlySet<string> = new Set(['family', 'assembly', 'supply', 'multiply', 'anomaly', 'monopoly', 'italy', 'july', 'rally', 'ally', 'holy', 'ugly', 'reply', 'apply', 'early', 'only', 'daily', 'belly', 'jelly', 'fly', 'rely', 'imply', 'comply']);
