/**
 * A definition in a report: the sentence tells the reader what a term is ("The ridge line
 * is the border between the two valleys", "Extended cover refers to the pledge …"), a
 * short subject and a defining verb (`DEFINING_VERBS`) at its head. Word lists in
 * `../data/definitions.ts`.
 */
import { DEFINING_VERBS, MAX_DEFINED_TERMS } from '../data/definitions';
import { keysAt, type TermSpan } from './terms';

/**
 * True when `terms` open with a subject of at most MAX_DEFINED_TERMS terms and a defining
 * verb followed by its word ("is the", "refers to"). The first defining verb within that
 * reach decides ("The plan is costly and means …" is no definition).
 */
export function definesTerm(terms: TermSpan): boolean {
  const { table, from, to } = terms;
  for (let i = from + 1; i < to - 1 && i <= from + MAX_DEFINED_TERMS; i++) {
    const follow = DEFINING_VERBS.get(keysAt(table, i).norm);
    if (follow === undefined) continue;
    return follow.size === 0 || follow.has(keysAt(table, i + 1).norm);
  }
  return false;
}
