/**
 * Quote fidelity: how faithfully a passage renders the words of its counterpart, as a
 * word-level diff (kept, changed, added, dropped) made with jsdiff and one figure.
 *
 * Words are compared in folded form (case, diacritics, curly vs straight apostrophes and
 * possessive `'s` ignored), so typography never counts as a change.
 */
import { diffArrays } from 'diff';
import type { DiffPart, OffsetRange } from '../model/annotation';
import { tokenizeWords, type WordToken } from './normalize';

/** The word diff of a quote against its counterpart, and the share rendered faithfully. */
export interface QuoteFidelity {
  /** Parts in reading order; `from` words as in the quote, `to` words as in the counterpart. */
  readonly diff: readonly DiffPart[];
  /**
   * Kept words over all words involved: kept / (kept + changed + added + dropped), where a
   * change counts the longer of its two sides. 1 is a verbatim quote; 0 shares no word.
   */
  readonly fidelity: number;
  /** The part of the counterpart range the quote corresponds to (from its first to last kept word). */
  readonly to: OffsetRange;
}

/** Words the diff compares: folded forms, and the surface forms it reports. */
interface DiffWord {
  readonly key: string;
  readonly token: WordToken;
}

const sameWord = (a: DiffWord, b: DiffWord): boolean => a.key === b.key;

/** The words of a range, as the diff compares them. */
function wordsOf(text: string, range: OffsetRange): DiffWord[] {
  return tokenizeWords(text, range).map((token) => ({ key: token.norm, token }));
}

/** Joins the surface forms of words with single spaces. */
const join = (words: readonly DiffWord[]): string => words.map((w) => w.token.surface).join(' ');

/**
 * Diffs the words of `fromRange` in `fromText` (the quote) against `toRange` in `toText`
 * (its counterpart). The counterpart is first narrowed to the stretch between the first
 * and last word the two share, so a short quote of a long sentence is not charged with
 * dropping the rest of the sentence. Returns fidelity 0 and an all-`added` diff when no
 * word is shared.
 */
export function quoteFidelity(fromText: string, fromRange: OffsetRange, toText: string, toRange: OffsetRange): QuoteFidelity {
  const from = wordsOf(fromText, fromRange);
  let to = wordsOf(toText, toRange);
  if (from.length === 0) return { diff: [], fidelity: 0, to: toRange };
  // Narrow the counterpart to the stretch the quote covers.
  const first = diffArrays(from, to, { comparator: sameWord });
  let index = 0;
  let firstKept = -1;
  let lastKept = -1;
  for (const change of first) {
    if (!change.added && !change.removed) {
      if (firstKept < 0) firstKept = index;
      lastKept = index + change.count - 1;
    }
    if (!change.removed) index += change.count;
  }
  if (firstKept < 0) {
    return { diff: [{ op: 'added', from: join(from) }], fidelity: 0, to: toRange };
  }
  to = to.slice(firstKept, lastKept + 1);
  const changes = diffArrays(from, to, { comparator: sameWord });

  const diff: DiffPart[] = [];
  let kept = 0;
  let other = 0;
  let fi = 0;
  let ti = 0;
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    if (!change.added && !change.removed) {
      diff.push({ op: 'kept', from: join(from.slice(fi, fi + change.count)), to: join(to.slice(ti, ti + change.count)) });
      kept += change.count;
      fi += change.count;
      ti += change.count;
      continue;
    }
    const next = changes[i + 1];
    if (change.removed && next?.added) {
      diff.push({ op: 'changed', from: join(from.slice(fi, fi + change.count)), to: join(to.slice(ti, ti + next.count)) });
      other += Math.max(change.count, next.count);
      fi += change.count;
      ti += next.count;
      i++;
    } else if (change.removed) {
      // In the quote only: the quote added these words.
      diff.push({ op: 'added', from: join(from.slice(fi, fi + change.count)) });
      other += change.count;
      fi += change.count;
    } else {
      // In the counterpart only: the quote dropped these words.
      diff.push({ op: 'dropped', to: join(to.slice(ti, ti + change.count)) });
      other += change.count;
      ti += change.count;
    }
  }
  const fidelity = Math.round((kept / (kept + other)) * 1000) / 1000;
  return { diff, fidelity, to: { start: to[0]!.token.start, end: to[to.length - 1]!.token.end } };
}
