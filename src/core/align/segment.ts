/**
 * Passage boundaries: sentences, and the clauses inside a sentence that a report strings
 * together ("X said that A, that B, and that C"; "A – B"; "A; B"; "A after B").
 * Ranges are half-open UTF-16 offsets into the text given, trimmed of spaces and of the
 * punctuation that joins clauses.
 */
import { SENTENCE_ABBREVIATIONS } from '../data/abbreviations';
import type { OffsetRange } from '../model/annotation';
import type { RunMemo } from './runMemo';
import { stretchesOf, type SharedStretches } from '../text/sharedStretches';

/** Spaces and the punctuation that joins clauses. */
const JOINERS = /[\s,;:\u2013\u2014-]/;
/** The same, with quotation marks: for what is left around a quote. */
const JOINERS_AND_QUOTES = /[\s,;:\u2013\u2014"'\u201C\u201D\u2018\u2019-]/;

/**
 * Trims spaces and joining punctuation from both ends of a range; with `quotes`, also
 * the quotation marks left at the edges of the text around a quote.
 */
export function trimRange(text: string, range: OffsetRange, quotes = false): OffsetRange {
  const re = quotes ? JOINERS_AND_QUOTES : JOINERS;
  let { start, end } = range;
  while (start < end && re.test(text[start]!)) start++;
  while (end > start && re.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * Splits a range of text into sentences. A sentence ends at `.`, `!` or `?` (with any
 * closing quotes or brackets) before a space and a capital, digit or opening quote
 * (not after an abbreviation or an initial); at a blank line; and at a single line break
 * only where the line ends a sentence that way, ends with a colon (a label on its own
 * line), or is a heading (see `isHeadingLine`). Other single line breaks are hard wraps:
 * a line ending in "U.S.", a year, a percentage or a hyphen goes on in the next line.
 */
export function splitSentences(text: string, range: OffsetRange = { start: 0, end: text.length }): OffsetRange[] {
  const out: OffsetRange[] = [];
  let start = range.start;
  const push = (end: number): void => {
    const r = trimRange(text, { start, end });
    if (r.end > r.start && /[\p{L}\p{N}]/u.test(text.slice(r.start, r.end))) out.push(r);
  };
  // Only line breaks and end punctuation can end a sentence: jump from one to the next.
  const stops = /[\n.!?]/g;
  for (let i = range.start; i < range.end; i++) {
    stops.lastIndex = i;
    const next = stops.exec(text);
    if (!next || next.index >= range.end) break;
    i = next.index;
    const c = text[i]!;
    if (c === '\n') {
      let j = i + 1;
      while (j < range.end && /[ \t\r\u00A0]/.test(text[j]!)) j++;
      if (text[j] === '\n' || lineEndsSentence(text, range, start, i, j)) {
        push(i);
        start = i + 1;
      }
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < range.end && /["'\u201D\u2019)\]]/.test(text[j]!)) j++;
    if (j >= range.end || !/[ \t\u00A0]/.test(text[j]!)) continue;
    let k = j;
    while (k < range.end && /[ \t\u00A0]/.test(text[k]!)) k++;
    if (k < range.end && !SENTENCE_START.test(text[k]!)) continue;
    if (c === '.' && !periodEndsSentence(text, start, i, k)) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(range.end);
  return out;
}

/**
 * Sentences of earlier runs, for `memoSentences`: by the text of the range and the
 * character after it, offsets from the range's start; those of the current and the last
 * run only. Owned by a pipeline, never module state.
 */
export interface SentenceMemo extends RunMemo<Int32Array> {
  /** The ranges split in the text last seen, by start, and those of the text before it: found by place (see `memoSentences`). */
  places?: SentencePlaces;
}

/** The ranges split in one text, by start, and those of the text seen before it with what the two share. */
interface SentencePlaces {
  readonly text: string;
  readonly ranges: Map<number, PlacedSplit>;
  readonly before: { readonly ranges: Map<number, PlacedSplit>; readonly stretches: SharedStretches } | undefined;
}

/** One range's split: its length, its memo key and its sentences. */
interface PlacedSplit {
  readonly length: number;
  readonly key: string;
  readonly found: Int32Array;
}

/** Ranges longer than this are split without the memo. */
const MEMO_MAX_RANGE = 4_000_000;

/**
 * `splitSentences(text, range)`, taken from the memo when the same text (with the
 * character after the range, which the split reads) was split in this run or the last.
 * The split reads nothing else of `text`.
 */
export function memoSentences(memo: SentenceMemo, text: string, range: OffsetRange): OffsetRange[] {
  const length = range.end - range.start;
  if (length > MEMO_MAX_RANGE) return splitSentences(text, range);
  let places = memo.places;
  if (!places || places.text !== text) {
    places = memo.places = { text, ranges: new Map(), before: places && places.text.length <= MEMO_MAX_RANGE ? { ranges: places.ranges, stretches: stretchesOf(memo.stretches, places.text, text) } : undefined };
  }
  // The same range (and the character after it) in a stretch the text seen before shares: its split and key are the ones it had.
  let placed: PlacedSplit | undefined;
  if (places.before) {
    const { same, tail, shift } = places.before.stretches;
    const at = range.start >= tail ? range.start - shift : range.end + 1 <= same ? range.start : -1;
    const p = at >= 0 ? places.before.ranges.get(at) : undefined;
    if (p && p.length === length) placed = p;
  }
  if (placed) {
    if (!memo.current.has(placed.key)) memo.current.set(placed.key, placed.found);
  } else {
    const key = `${length}\u0000${text.slice(range.start, range.end + 1)}`;
    let found = memo.current.get(key);
    // A key of its own: concatenated, then cut (no slice keeps the document alive).
    const own = ` ${key}`.slice(1);
    if (!found) {
      found = memo.previous.get(key);
      if (!found) {
        const sentences = splitSentences(text, range);
        found = new Int32Array(2 * sentences.length);
        sentences.forEach((r, i) => {
          found![2 * i] = r.start - range.start;
          found![2 * i + 1] = r.end - range.start;
        });
      }
      memo.current.set(own, found);
    }
    placed = { length, key: own, found };
  }
  places.ranges.set(range.start, placed);
  const found = placed.found;
  const out: OffsetRange[] = [];
  for (let i = 0; i < found.length; i += 2) out.push({ start: found[i]! + range.start, end: found[i + 1]! + range.start });
  return out;
}

/** A character that can open a sentence. */
const SENTENCE_START = /[\p{Lu}\p{N}"'\u201C\u2018(\[]/u;

/**
 * True when the period at `at` ends a sentence rather than an abbreviation ("Dr.",
 * "U.S."), an initial ("J.") or a number sign ("No. 5"); `next` is where the following
 * word starts and `from` where the sentence began.
 */
function periodEndsSentence(text: string, from: number, at: number, next: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(from, at - 12), at))?.[1]?.toLowerCase() ?? '';
  if (SENTENCE_ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) return false;
  // "No. 5" is a number sign, "No. We…" an answer.
  return !((word === 'no' || word === 'nos') && /\d/.test(text[next] ?? ''));
}

/**
 * True when the single line break at `at` ends the sentence that began at `from`: the
 * line ends with end punctuation that ends a sentence before what follows at `next`, or
 * with a colon, or the line is a heading.
 */
function lineEndsSentence(text: string, range: OffsetRange, from: number, at: number, next: number): boolean {
  const before = text.slice(from, at).trimEnd();
  if (before.endsWith(':')) return true;
  const end = /([.!?])["'\u201D\u2019)\]]*$/.exec(before);
  if (end) {
    if (next < range.end && !SENTENCE_START.test(text[next]!)) return false;
    return end[1] !== '.' || periodEndsSentence(text, from, from + end.index, next);
  }
  const lineStart = Math.max(range.start, text.lastIndexOf('\n', at - 1) + 1);
  return isHeadingLine(text, lineStart, at, next < range.end ? text[next]! : '');
}

/**
 * True for a line that stands alone though it has no end punctuation: written in
 * capitals ("TALKS IN OSLO", "THE WHITE HOUSE"), or a short line of a few words (a title,
 * a dateline, "(Applause)") before a line that starts with a capital. A hard-wrapped
 * line of prose is longer than that.
 */
function isHeadingLine(text: string, from: number, to: number, nextChar: string): boolean {
  const line = text.slice(from, to).trim();
  if (!/\p{L}/u.test(line)) return false;
  if (line === line.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(line)) return true;
  return line.length <= HEADING_MAX_CHARS && SENTENCE_START.test(nextChar) && !/[,;\-\u2013\u2014]$/.test(line);
}

/** The longest line (in characters) still read as a heading when it is not in capitals. */
const HEADING_MAX_CHARS = 32;

/** Words that open a new clause after a comma (or, for the second group, without one: "did not propose a tax when she told the board …"). */
const AFTER_COMMA = /^(?:and that|but that|that|while|whereas|although|though|but|adding|saying|noting|because|since|after|before|when|as well as|with)\b/i;
const BARE = /^(?:after|while|whereas|although|because|when)\b/i;

/** Counts the words of a string. */
function wordCount(s: string): number {
  return s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/**
 * Splits a sentence range into clauses at semicolons, spaced dashes, colons, and commas
 * or words that open a subordinate or coordinated clause. A clause shorter than
 * `minWords` words stays joined to its neighbour.
 */
export function splitClauses(text: string, range: OffsetRange, minWords = 5): OffsetRange[] {
  const cuts: number[] = [];
  const s = text.slice(range.start, range.end);
  const re = /;\s|:\s|\s[\u2013\u2014-]\s|,\s+|\s(?=(?:after|while|whereas|although|because|when)\s)/gu;
  for (const m of s.matchAll(re)) {
    const at = m.index + m[0].length;
    const rest = s.slice(at);
    if (m[0].startsWith(',') && !AFTER_COMMA.test(rest)) continue;
    if (/^\s$/.test(m[0]) && !BARE.test(rest)) continue;
    // Inside an open quotation, commas do not cut.
    const before = s.slice(0, m.index);
    const opens = (before.match(/[\u201C"]/g)?.length ?? 0);
    if (m[0].startsWith(',') && opens % 2 === 1) continue;
    cuts.push(range.start + m.index);
  }
  const pieces: OffsetRange[] = [];
  let start = range.start;
  for (const cut of [...cuts, range.end]) {
    const piece = trimRange(text, { start, end: cut });
    if (piece.end > piece.start) pieces.push(piece);
    start = cut;
  }
  // Join pieces that are too short to stand alone to their neighbour.
  const merged: OffsetRange[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && (wordCount(text.slice(piece.start, piece.end)) < minWords || wordCount(text.slice(last.start, last.end)) < minWords)) {
      merged[merged.length - 1] = { start: last.start, end: piece.end };
    } else merged.push(piece);
  }
  return merged;
}
