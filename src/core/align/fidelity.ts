/**
 * Quote fidelity: how faithfully a passage renders the words of its counterpart, as a
 * word-level diff (kept, changed, added, dropped) made with jsdiff and one figure.
 *
 * Words are compared in folded form (case, diacritics, curly vs straight apostrophes and
 * possessive `'s` ignored), so typography never counts as a change.
 */
import { diffArrays } from 'diff';
import type { DiffPart, OffsetRange } from '../model/annotation';
import { tokenizeWords } from './normalize';
import type { Term } from './terms';

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

/** A word as the diff compares it (`key`) and reports it (`surface`). */
export interface DiffWord extends OffsetRange {
  /** Folded word, or `@entity` for a whole mention, so "Russian Federation" = "Russia". */
  readonly key: string;
  readonly surface: string;
}

const sameWord = (a: DiffWord, b: DiffWord): boolean => a.key === b.key;

/**
 * The words of `range` in `text` for a diff. With the comparable `terms` of the text, each
 * person or country mention is one word keyed by its entity; without, plain folded words.
 */
export function diffWordsOf(text: string, range: OffsetRange, terms?: readonly Term[]): DiffWord[] {
  if (terms) {
    return terms
      .filter((t) => t.start >= range.start && t.end <= range.end)
      .map((t) => ({ start: t.start, end: t.end, key: t.kind === 'entity' ? t.key : t.norm, surface: text.slice(t.start, t.end) }));
  }
  return tokenizeWords(text, range).map((t) => ({ start: t.start, end: t.end, key: t.norm, surface: t.surface }));
}

/** Joins the surface forms of words with single spaces. */
const join = (words: readonly DiffWord[]): string => words.map((w) => w.surface).join(' ');

/**
 * Diffs the words of a quote (`from`, see `diffWordsOf`) against its counterpart (`to`).
 * The counterpart is first narrowed to the stretch between the first and last word the
 * two share, so a short quote of a long sentence is not charged with dropping the rest of
 * the sentence. Returns fidelity 0 and an all-`added` diff when no word is shared.
 */
export function quoteFidelity(from: readonly DiffWord[], toWords: readonly DiffWord[]): QuoteFidelity {
  let to = toWords.slice();
  const toRange = to.length ? { start: to[0]!.start, end: to[to.length - 1]!.end } : { start: 0, end: 0 };
  if (from.length === 0) return { diff: [], fidelity: 0, to: toRange };
  // Narrow the counterpart to the stretch the quote covers.
  const first = diffArrays(from.slice(), to, { comparator: sameWord });
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
  // Diff again on the narrowed counterpart, unless nothing was cut.
  const narrowed = firstKept > 0 || lastKept < to.length - 1;
  to = to.slice(firstKept, lastKept + 1);
  const changes = narrowed ? diffArrays(from.slice(), to, { comparator: sameWord }) : first;

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
  return { diff, fidelity, to: { start: to[0]!.start, end: to[to.length - 1]!.end } };
}
