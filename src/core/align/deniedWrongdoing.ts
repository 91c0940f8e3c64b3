/**
 * A denial of wrongdoing: a report tells that a speaker denied it ("Chancellor X on
 * Friday denied any wrongdoing over …"), the speaker says it in other words ("there was
 * never any hint of misconduct on my part"). The two share no content word, so no
 * measure of likeness links them. `denierOf` finds the speaker a report passage tells
 * denied wrongdoing; `deniesWrongdoing` tells a transcript passage that denies it.
 * Word lists in `../data/denials.ts`.
 */
import { DENIAL_VERBS, DENIED_REACH, DENIER_REACH, WRONG_IDIOM_OBJECTS, WRONGDOING_WORDS } from '../data/denials';
import { keysAt, PLAIN, type TermSpan } from './terms';

/**
 * The entity key of the speaker (one of `speakerKeys`) a report passage tells denied
 * wrongdoing: the speaker named within DENIER_REACH terms before a denial verb, a word of
 * wrongdoing within DENIED_REACH terms after it. Undefined when none.
 */
export function denierOf(terms: TermSpan, speakerKeys: ReadonlySet<string>): string | undefined {
  const { table, from, to } = terms;
  for (let i = from; i < to; i++) {
    if (!DENIAL_VERBS.has(keysAt(table, i).norm)) continue;
    let object = false;
    for (let j = i + 1; j < to && j <= i + DENIED_REACH && !object; j++) object = WRONGDOING_WORDS.has(keysAt(table, j).norm);
    if (!object) continue;
    for (let j = i - 1; j >= from && j >= i - DENIER_REACH; j--) {
      const k = keysAt(table, j);
      if (k.kind === 'entity' && speakerKeys.has(k.key)) return k.key;
    }
  }
  return undefined;
}

/**
 * True when a transcript passage denies wrongdoing: a word of wrongdoing in a negation's
 * reach (`TermTable.negated`, as the comparison reads polarity: it ends at clause
 * punctuation and at a word that opens a new clause) ("there was never any hint of
 * misconduct", "I did nothing improper"; not "we did not wait, because it was illegal",
 * nor "No, the old board was corrupt", nor "don't get me wrong").
 */
export function deniesWrongdoing(terms: TermSpan): boolean {
  const { table, from, to } = terms;
  for (let i = from; i < to; i++) if (table.negated[i] !== PLAIN && WRONGDOING_WORDS.has(keysAt(table, i).norm) && !getsWrong(terms, i)) return true;
  return false;
}

/** True when the term at `i` is the "wrong" of "get me wrong" (`WRONG_IDIOM_OBJECTS`): an idiom, not wrongdoing. */
function getsWrong({ table, from }: TermSpan, i: number): boolean {
  return keysAt(table, i).norm === 'wrong' && i - 2 >= from && WRONG_IDIOM_OBJECTS.has(keysAt(table, i - 1).norm) && keysAt(table, i - 2).norm === 'get';
}
