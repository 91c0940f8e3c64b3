/**
 * How a report defines a term for its reader ("The ridge line is the border between …",
 * "Extended cover refers to …"): a verb right after a short subject, and the word that
 * must follow it (any word when the set is empty). Read by `../align/definition.ts`.
 * Lower case.
 */
export const DEFINING_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['is', new Set(['the', 'a', 'an'])],
  ['are', new Set(['the'])],
  ['refers', new Set(['to'])],
  ['means', new Set<string>()],
  ['stands', new Set(['for'])],
]);

/** Terms a defined subject has at most before its verb ("The Blue Ridge line" is four). */
export const MAX_DEFINED_TERMS = 6;
