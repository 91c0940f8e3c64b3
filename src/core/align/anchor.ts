/**
 * Re-anchoring: find a stored span again after its text changed.
 *
 * Every hand annotation stores its span twice, as W3C selectors: a
 * `TextPositionSelector` (UTF-16 offsets) and a `TextQuoteSelector` (the exact text
 * with up to 32 characters of context either side). `anchorSpan` tries, in order:
 *
 * 1. **position**: the stored offsets, if the text there is still the quote;
 * 2. **quote**: every exact occurrence of the quote, the best one chosen by its
 *    context (prefix/suffix) and its distance to the old position;
 * 3. **fuzzy**: an approximate match of the quote (edit distance at most a quarter of
 *    its length) in a window around the old position, again ranked by context;
 * 4. **orphaned**: nothing good enough; the caller keeps the annotation and lists it.
 *
 * A match away from the old position is trusted only when the quote is long (32+
 * characters) or the context still agrees on one side, so a deleted short span (a
 * name) is orphaned rather than moved to the same word elsewhere.
 *
 * Modelled on hypothesis/client `match-quote.ts` (pure, returns `null`, scores the
 * quote 50, prefix 20, suffix 20, position 2). Pure: no I/O.
 */
import type { OffsetRange } from '../model/annotation';

/** Characters of context stored either side of a quote (as hypothesis does). */
export const QUOTE_CONTEXT = 32;

/** W3C TextQuoteSelector. */
export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix?: string;
  readonly suffix?: string;
}

/** W3C TextPositionSelector: UTF-16 offsets, half-open. */
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

/** Both selectors of one span, as stored. */
export interface SpanSelectors {
  readonly quote: TextQuoteSelector;
  readonly position: TextPositionSelector;
}

/** How a span was found again. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** A span found again in the current text. */
export interface Anchored extends OffsetRange {
  readonly method: AnchorMethod;
  /** 0..1: how well quote, context and position agree (1 for an unchanged text). */
  readonly score: number;
}

/** Options of `anchorSpan`. */
export interface AnchorOptions {
  /**
   * Largest edit distance accepted for a fuzzy match, as a share of the quote length.
   * Default 0.25: a 40-character quote may differ by 10 edits.
   */
  readonly maxErrorRate?: number;
  /**
   * Characters searched either side of the old position for a fuzzy match; default
   * `max(2000, 4 × quote length)`. The search costs quote length × window, so this
   * bounds a fuzzy search to a few million steps.
   */
  readonly window?: number;
  /**
   * How far the span is expected to have moved (e.g. how far the span anchored before it
   * moved): the search starts there. Default 0.
   */
  readonly shift?: number;
}

/**
 * Describes `range` of `text` as W3C selectors (quote with `QUOTE_CONTEXT` characters
 * of context, and position).
 */
export function describeSpan(text: string, range: OffsetRange): SpanSelectors {
  if (range.start < 0 || range.end > text.length || range.start > range.end) {
    throw new RangeError(`Cannot describe span ${range.start}-${range.end}: the text is ${text.length} characters long.`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(range.start, range.end),
      prefix: text.slice(Math.max(0, range.start - QUOTE_CONTEXT), range.start),
      suffix: text.slice(range.end, Math.min(text.length, range.end + QUOTE_CONTEXT)),
    },
    position: { type: 'TextPositionSelector', start: range.start, end: range.end },
  };
}

/**
 * Finds the span described by `selectors` in `text`, or returns `null` when it cannot
 * be placed with confidence (the caller then lists it as orphaned, never drops it).
 */
export function anchorSpan(text: string, selectors: SpanSelectors, options: AnchorOptions = {}): Anchored | null {
  return anchorWith(text, selectors, options, false);
}

/** `anchorSpan`; with `requireContext`, a moved match must agree with the context even when long (the ends of a long quote). */
function anchorWith(text: string, selectors: SpanSelectors, options: AnchorOptions, requireContext: boolean): Anchored | null {
  const { quote, position } = selectors;
  const exact = quote.exact;
  if (exact.length === 0) return null;
  // 1. Unchanged position.
  if (position.start >= 0 && position.end <= text.length && text.slice(position.start, position.end) === exact) {
    return { start: position.start, end: position.end, method: 'position', score: 1 };
  }
  // 2. Exact occurrences of the quote, ranked by context and distance: first near
  //    where the span is expected (a full scan of a long text for every span is what
  //    costs), accepted there when one side's context is intact; else everywhere.
  const expected = clamp(position.start + (options.shift ?? 0), 0, text.length);
  const near = Math.max(1000, 2 * exact.length);
  const local = occurrences(text, exact, expected - near, expected + near + exact.length);
  if (local.length > 0) {
    const best = rankCandidates(text, selectors, local, expected);
    if (isPlausible(exact, best, requireContext) && (best.prefixScore === 1 || best.suffixScore === 1)) {
      return { start: best.start, end: best.end, method: 'quote', score: best.score };
    }
  }
  const everywhere = occurrences(text, exact, 0, text.length);
  if (everywhere.length > 0) {
    // Thousands of occurrences (a common word) are ranked by the nearest few hundred.
    const nearest = everywhere.length > MAX_RANKED ? [...everywhere].sort((a, b) => Math.abs(a.start - expected) - Math.abs(b.start - expected)).slice(0, MAX_RANKED) : everywhere;
    const best = rankCandidates(text, selectors, nearest, expected);
    if (isPlausible(exact, best, requireContext)) return { start: best.start, end: best.end, method: 'quote', score: best.score };
  }
  // 3. Approximate occurrences near the old position.
  if (exact.length > LONG_QUOTE) return anchorByEnds(text, selectors, options);
  const maxErrors = Math.floor(exact.length * (options.maxErrorRate ?? 0.25));
  if (maxErrors === 0) return null;
  const window = options.window ?? Math.max(2000, 4 * exact.length);
  const from = clamp(expected - window, 0, text.length);
  const to = clamp(expected + exact.length + window, 0, text.length);
  const fuzzy = searchApproximate(text, exact, from, to, maxErrors);
  if (fuzzy.length === 0) return null;
  const best = rankCandidates(
    text,
    selectors,
    fuzzy.map((m) => ({ start: m.start, end: m.end, quoteScore: 1 - m.errors / exact.length })),
    expected,
  );
  return isPlausible(exact, best, requireContext) ? { start: best.start, end: best.end, method: 'fuzzy', score: best.score } : null;
}

/**
 * Below this length a quote recurs by chance (a name, a country), so a match away from
 * the old position must also agree with the stored context on at least one side.
 */
const SELF_EVIDENT_QUOTE = 32;

/**
 * A match is trusted when the quote is long, or when half of the prefix or of the
 * suffix still surrounds it: an edit on one side keeps the other side's context, while
 * the same short word elsewhere (after the original was deleted) has neither.
 */
function isPlausible(exact: string, best: Ranked, requireContext: boolean): boolean {
  return (!requireContext && exact.length >= SELF_EVIDENT_QUOTE) || Math.max(best.prefixScore, best.suffixScore) >= 0.5;
}

/**
 * Above this length a fuzzy search of the whole quote costs too much (a 10,000-character
 * turn × a 40,000-character window is 400 million steps), so the quote's two ends are
 * searched instead (`END_LENGTH` characters each, a few million steps).
 */
const LONG_QUOTE = 256;
const END_LENGTH = 128;

/**
 * A long quote found by its first and last `END_LENGTH` characters, each anchored with
 * its own context (which must still agree on one side: in repetitive text an end can
 * look like another sentence), kept when they come in order and the span's length
 * changed by at most the error rate.
 */
function anchorByEnds(text: string, selectors: SpanSelectors, options: AnchorOptions): Anchored | null {
  const { quote, position } = selectors;
  const exact = quote.exact;
  const window = options.window ?? Math.max(2000, exact.length);
  const head = anchorWith(
    text,
    {
      quote: { type: 'TextQuoteSelector', exact: exact.slice(0, END_LENGTH), prefix: quote.prefix, suffix: exact.slice(END_LENGTH, END_LENGTH + QUOTE_CONTEXT) },
      position: { type: 'TextPositionSelector', start: position.start, end: position.start + END_LENGTH },
    },
    { ...options, window },
    true,
  );
  const tail = anchorWith(
    text,
    {
      quote: { type: 'TextQuoteSelector', exact: exact.slice(-END_LENGTH), prefix: exact.slice(-END_LENGTH - QUOTE_CONTEXT, -END_LENGTH), suffix: quote.suffix },
      position: { type: 'TextPositionSelector', start: position.end - END_LENGTH, end: position.end },
    },
    { ...options, window },
    true,
  );
  if (!head || !tail || tail.end <= head.start) return null;
  const length = tail.end - head.start;
  const rate = options.maxErrorRate ?? 0.25;
  if (Math.abs(length - exact.length) > exact.length * rate) return null;
  return { start: head.start, end: tail.end, method: 'fuzzy', score: (head.score + tail.score) / 2 };
}

interface Candidate extends OffsetRange {
  readonly quoteScore: number;
}

/** Most exact occurrences ranked by context (the nearest to the expected place). */
const MAX_RANKED = 500;

/** Exact occurrences of `quote` lying within `[from, to)`. */
function occurrences(text: string, quote: string, from: number, to: number): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote, Math.max(0, from)); at !== -1 && at + quote.length <= to; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, quoteScore: 1 });
  }
  return found;
}

interface Ranked extends Candidate {
  readonly score: number;
  readonly prefixScore: number;
  readonly suffixScore: number;
}

/**
 * Picks the candidate whose quote, context and position agree best (hypothesis
 * weights). An empty stored prefix (suffix) means the span began (ended) the text, so
 * it agrees only with a candidate at the start (end).
 */
function rankCandidates(text: string, selectors: SpanSelectors, candidates: readonly Candidate[], hint: number): Ranked {
  const prefix = selectors.quote.prefix ?? '';
  const suffix = selectors.quote.suffix ?? '';
  let best: Ranked | undefined;
  for (const c of candidates) {
    const prefixScore = prefix ? commonSuffixLength(prefix, text.slice(Math.max(0, c.start - prefix.length), c.start)) / prefix.length : Number(c.start === 0);
    const suffixScore = suffix ? commonPrefixLength(suffix, text.slice(c.end, c.end + suffix.length)) / suffix.length : Number(c.end === text.length);
    const positionScore = 1 - Math.min(1, Math.abs(c.start - hint) / Math.max(1, text.length));
    const score = (50 * c.quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92;
    if (!best || score > best.score) best = { ...c, score, prefixScore, suffixScore };
  }
  // `candidates` is never empty here.
  return best!;
}

interface ApproximateMatch extends OffsetRange {
  readonly errors: number;
}

/**
 * Sellers' algorithm: substrings of `text[from, to)` within `maxErrors` edits
 * (Levenshtein) of `pattern`. One forward pass finds the ends with the fewest errors,
 * a backward pass from each end finds its start. O(pattern × window) time,
 * O(pattern) memory. Returns matches with the fewest errors found.
 */
function searchApproximate(text: string, pattern: string, from: number, to: number, maxErrors: number): ApproximateMatch[] {
  const m = pattern.length;
  const codes = patternCodes(pattern, false);
  // Ukkonen's cut-off: rows below the last one within the error budget (`active`) are
  // not computed; they hold `cap` (any value over the budget behaves the same). This
  // cuts the work about pattern length / budget times.
  const cap = maxErrors + 1;
  let column = new Int32Array(m + 1).fill(cap);
  let next = new Int32Array(m + 1).fill(cap);
  for (let i = 0; i <= Math.min(m, maxErrors); i++) column[i] = i;
  let active = Math.min(m, maxErrors);
  let bestErrors = cap;
  let ends: number[] = [];
  for (let j = from; j < to; j++) {
    const ch = text.charCodeAt(j);
    next[0] = 0;
    const top = Math.min(m, active + 1);
    for (let i = 1; i <= top; i++) {
      let v = column[i - 1]! + (codes[i - 1] === ch ? 0 : 1);
      const up = column[i]! + 1;
      if (up < v) v = up;
      const left = next[i - 1]! + 1;
      if (left < v) v = left;
      next[i] = v > cap ? cap : v;
    }
    if (top < m) next[top + 1] = cap;
    active = top;
    while (active > 0 && next[active]! >= cap) active--;
    const swap = column;
    column = next;
    next = swap;
    const errors = active === m ? column[m]! : cap;
    if (errors < bestErrors) {
      bestErrors = errors;
      ends = [j + 1];
    } else if (errors === bestErrors) {
      // Keep only the last end of a run of equal scores next to each other.
      if (ends.length > 0 && ends[ends.length - 1] === j) ends[ends.length - 1] = j + 1;
      else ends.push(j + 1);
    }
  }
  if (bestErrors > maxErrors) return [];
  return ends.slice(0, 20).map((end) => {
    const start = findStart(text, pattern, Math.max(from, end - m - maxErrors), end);
    return { start, end, errors: bestErrors };
  });
}

/** The UTF-16 codes of `pattern`, reversed when asked. */
function patternCodes(pattern: string, reversed: boolean): Uint16Array {
  const codes = new Uint16Array(pattern.length);
  for (let i = 0; i < pattern.length; i++) codes[i] = pattern.charCodeAt(reversed ? pattern.length - 1 - i : i);
  return codes;
}

/**
 * Start of the best alignment of `pattern` ending exactly at `end`, searching back to
 * `limit`: edit distance of the reversed pattern against the reversed text, anchored
 * at `end`, free at the other side.
 */
function findStart(text: string, pattern: string, limit: number, end: number): number {
  const m = pattern.length;
  const codes = patternCodes(pattern, true);
  let column = new Int32Array(m + 1);
  let next = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) column[i] = i;
  let bestErrors = column[m]!;
  let bestStart = end;
  for (let j = end - 1, taken = 1; j >= limit; j--, taken++) {
    const ch = text.charCodeAt(j);
    next[0] = taken;
    for (let i = 1; i <= m; i++) {
      let v = column[i - 1]! + (codes[i - 1] === ch ? 0 : 1);
      const up = column[i]! + 1;
      if (up < v) v = up;
      const left = next[i - 1]! + 1;
      if (left < v) v = left;
      next[i] = v;
    }
    const swap = column;
    column = next;
    next = swap;
    // Prefer the longer span on ties, so a deleted edge character is not lost.
    if (column[m]! <= bestErrors) {
      bestErrors = column[m]!;
      bestStart = j;
    }
  }
  return bestStart;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
