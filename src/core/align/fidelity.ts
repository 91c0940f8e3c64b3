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
import { keysAt, type Term, type TermSpan } from './terms';

/** Options of `quoteFidelity`. */
export interface FidelityOptions {
  /** Build the diff's parts (default true); false gives an empty `diff`, for the figure alone. */
  readonly parts?: boolean;
}

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

/** One run of a word diff, as jsdiff gives it (`removed`: only in the first list, `added`: only in the second). */
interface WordChange {
  readonly count: number;
  readonly added: boolean;
  readonly removed: boolean;
}

/**
 * The jsdiff word diff of two lists, without running it when the lists are the same
 * words: then it is one kept run, as jsdiff would say (common for verbatim quotes, and
 * for the second, narrowed diff of `quoteFidelity`).
 */
function diffWords(a: readonly DiffWord[], b: readonly DiffWord[]): WordChange[] {
  if (a.length > 0 && a.length === b.length) {
    let same = true;
    for (let i = 0; i < a.length && same; i++) same = a[i]!.key === b[i]!.key;
    if (same) return [{ count: a.length, added: false, removed: false }];
  }
  return diffArrays(a.slice(), b.slice(), { comparator: sameWord });
}

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

/**
 * The words of a span of comparable terms for a diff, as `diffWordsOf` makes them from its
 * terms; with `surfaces` false their `surface` is left empty (for `quoteFidelity` without parts).
 */
export function spanDiffWords(text: string, span: TermSpan, surfaces = true): DiffWord[] {
  const { table } = span;
  const out: DiffWord[] = [];
  for (let i = span.from; i < span.to; i++) {
    const k = keysAt(table, i);
    const start = table.start[i]!;
    const end = table.end[i]!;
    out.push({ start, end, key: k.kind === 'entity' ? k.key : k.norm, surface: surfaces ? text.slice(start, end) : '' });
  }
  return out;
}

/** Joins the surface forms of words with single spaces. */
const join = (words: readonly DiffWord[]): string => words.map((w) => w.surface).join(' ');

/**
 * Diffs the words of a quote (`from`, see `diffWordsOf`) against its counterpart (`to`).
 * The counterpart is first narrowed to the stretch between the first and last word the
 * two share, so a short quote of a long sentence is not charged with dropping the rest of
 * the sentence. Returns fidelity 0 and an all-`added` diff when no word is shared.
 */
export function quoteFidelity(from: readonly DiffWord[], toWords: readonly DiffWord[], options: FidelityOptions = {}): QuoteFidelity {
  const parts = options.parts ?? true;
  let to = toWords.slice();
  const toRange = to.length ? { start: to[0]!.start, end: to[to.length - 1]!.end } : { start: 0, end: 0 };
  if (from.length === 0) return { diff: [], fidelity: 0, to: toRange };
  // Narrow the counterpart to the stretch the quote covers: from its first to its last
  // kept run of words, leaving out a stray edge run (a "the" that happened to match) that
  // sits further from the rest than it is long.
  const first = diffWords(from, to);
  // Kept runs: `start`/`end` index `to`, `from` the quote word where the run starts.
  const runs: { start: number; end: number; from: number }[] = [];
  let index = 0;
  let fromIndex = 0;
  for (const change of first) {
    if (!change.added && !change.removed) runs.push({ start: index, end: index + change.count, from: fromIndex });
    if (!change.removed) index += change.count;
    if (!change.added) fromIndex += change.count;
  }
  if (runs.length === 0) {
    return { diff: parts ? [{ op: 'added', from: join(from) }] : [], fidelity: 0, to: toRange };
  }
  const stray = (run: { start: number; end: number }, gap: number): boolean => gap > 2 * (run.end - run.start) + 1;
  const runCount = runs.length;
  while (runs.length > 1 && stray(runs[0]!, runs[1]!.start - runs[0]!.end)) runs.shift();
  const trimmedHead = runs.length < runCount;
  const beforeTail = runs.length;
  while (runs.length > 1 && stray(runs[runs.length - 1]!, runs[runs.length - 1]!.start - runs[runs.length - 2]!.end)) runs.pop();
  const trimmedTail = runs.length < beforeTail;
  const head = runs[0]!;
  const tail = runs[runs.length - 1]!;
  // Where a stray run was left out, the quote words it held may match the words just
  // before (after) the first (last) kept run: leave that much room on that side.
  const firstKept = trimmedHead ? Math.max(0, head.start - head.from) : head.start;
  const lastKept = trimmedTail ? Math.min(to.length - 1, tail.end - 1 + (from.length - (tail.from + tail.end - tail.start))) : tail.end - 1;
  // Diff again on the narrowed counterpart, unless nothing was cut.
  const narrowed = firstKept > 0 || lastKept < to.length - 1;
  to = to.slice(firstKept, lastKept + 1);
  const changes = narrowed ? diffWords(from, to) : first;

  const diff: DiffPart[] = [];
  let kept = 0;
  let other = 0;
  let fi = 0;
  let ti = 0;
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    if (!change.added && !change.removed) {
      if (parts) diff.push({ op: 'kept', from: join(from.slice(fi, fi + change.count)), to: join(to.slice(ti, ti + change.count)) });
      kept += change.count;
      fi += change.count;
      ti += change.count;
      continue;
    }
    const next = changes[i + 1];
    if (change.removed && next?.added) {
      if (parts) diff.push({ op: 'changed', from: join(from.slice(fi, fi + change.count)), to: join(to.slice(ti, ti + next.count)) });
      other += Math.max(change.count, next.count);
      fi += change.count;
      ti += next.count;
      i++;
    } else if (change.removed) {
      // In the quote only: the quote added these words.
      if (parts) diff.push({ op: 'added', from: join(from.slice(fi, fi + change.count)) });
      other += change.count;
      fi += change.count;
    } else {
      // In the counterpart only: the quote dropped these words.
      if (parts) diff.push({ op: 'dropped', to: join(to.slice(ti, ti + change.count)) });
      other += change.count;
      ti += change.count;
    }
  }
  const fidelity = Math.round((kept / (kept + other)) * 1000) / 1000;
  return { diff, fidelity, to: { start: to[0]!.start, end: to[to.length - 1]!.end } };
}
