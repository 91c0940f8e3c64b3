/**
 * Splits an account into parse units: blank-line separated paragraphs, further split at
 * given offsets (speaker-label starts, so that a turn never shares a unit with the one
 * before it). Parsing per unit keeps retext linear in the document's length.
 */
import type { AccountRole, OffsetRange } from '../model/annotation';
import { sharedStretches, type SharedStretches } from './sharedStretches';

/** One parse unit: its range in the account, trimmed of surrounding white space. */
export interface ParseUnit extends OffsetRange {
  readonly text: string;
}

/**
 * A parse unit and where it stands in its account: what the annotators need to know beyond
 * its text (see `planAccount`). Plain data, so that it can be sent to another thread.
 */
export interface PlannedUnit extends ParseUnit {
  /** The account's role. */
  readonly role: AccountRole;
  /** Inside a transcript turn: where the turn's spoken words start in the unit (0 when before it); undefined outside turns. */
  readonly turnBody: number | undefined;
  /** The name in the speaker label that opens the unit, if any (offsets in the unit). */
  readonly labelName: OffsetRange | undefined;
}

const BLANK_LINES = /\n[ \t\f\v\r\u00a0\u2000-\u200a\u3000]*\n/g;

/**
 * Returns the non-empty units of `text`, in order. `breaks` are extra offsets where a new
 * unit must start (sorted or not); `cuts`, when the caller has them, are `blankLineCuts(text)`.
 */
export function splitParagraphs(text: string, breaks: readonly number[] = [], cuts: readonly number[] = blankLineCuts(text)): ParseUnit[] {
  const points = mergedPoints(cuts, isSorted(breaks) ? breaks : [...breaks].sort((a, b) => a - b), text.length);
  const out: ParseUnit[] = [];
  let from = 0;
  for (const to of points) {
    pushTrimmed(text, from, to, out);
    from = to;
  }
  pushTrimmed(text, from, text.length, out);
  return out;
}

/**
 * Where blank lines cut `text`: the offset of the line feed ending each blank line (in a row
 * of blank lines, each one's), in order. A line feed is one when the characters before it, back
 * to a line feed, are all white space other than a line feed.
 */
export function blankLineCuts(text: string): number[] {
  const cuts: number[] = [];
  // a copy of its own: the search steps back one character after each match (blank lines in a row)
  const blank = new RegExp(BLANK_LINES);
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    cuts.push(m.index + m[0].length - 1);
    blank.lastIndex = m.index + m[0].length - 1;
  }
  return cuts;
}

/**
 * `blankLineCuts(text)` from those of an earlier version (`last`, its text `before`): a line
 * feed's cut reads the text back to the line feed before it, so the cuts before the first
 * changed character are the last ones, those after the first line feed of the common suffix
 * are the last ones moved, and only the line feeds between are looked at. `shared` is
 * `sharedStretches(before, text)`, given when the caller has it.
 */
export function blankLineCutsAfterEdit(before: string, last: readonly number[], text: string, shared: SharedStretches = sharedStretches(before, text)): number[] {
  const { same, tail, shift } = shared;
  const cuts: number[] = [];
  let k = 0;
  while (k < last.length && last[k]! < same) cuts.push(last[k++]!);
  let at = text.indexOf('\n', same);
  while (at >= 0) {
    if (isBlankLineEnd(text, at)) cuts.push(at);
    // past the first line feed in the common suffix, every line feed reads only the suffix
    if (at >= tail) break;
    at = text.indexOf('\n', at + 1);
  }
  if (at < 0) return cuts;
  while (k < last.length && last[k]! + shift <= at) k++;
  for (; k < last.length; k++) cuts.push(last[k]! + shift);
  return cuts;
}

/** The line feed at `at` ends a blank line (see `blankLineCuts`). */
function isBlankLineEnd(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (!(c === 32 || c === 9 || c === 12 || c === 11 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000)) return false;
  }
  return false;
}

function isSorted(xs: readonly number[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i]! < xs[i - 1]!) return false;
  return true;
}

/** The offsets of two sorted lists, merged, each once, those inside `(0, length)` only. */
function mergedPoints(a: readonly number[], b: readonly number[], length: number): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (x > 0 && x < length && (out.length === 0 || out[out.length - 1]! !== x)) out.push(x);
  }
  return out;
}

/**
 * Longest unit parsed as one: parse-english is superlinear in a unit's length, so a text
 * without blank lines (paragraphs on single lines, or one huge line) is cut further: at line
 * ends after a sentence end, else at a sentence end followed by a space.
 */
const MAX_UNIT = 4000;
const LINE_AFTER_SENTENCE = /[.!?]["”’)\]]*[ \t]*\r?\n/g;
const SENTENCE_END = /[.!?]["”’)\]]*[ \t]+(?=["“‘(]?\p{Lu})/gu;

function pushTrimmed(text: string, from: number, to: number, out: ParseUnit[]): void {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e <= s) return;
  if (e - s > MAX_UNIT) {
    const cut = cutPoint(text, s, e, LINE_AFTER_SENTENCE) ?? cutPoint(text, s, e, SENTENCE_END) ?? hardCut(text, s, e);
    if (cut > s && cut < e) {
      pushTrimmed(text, s, cut, out);
      pushTrimmed(text, cut, e, out);
      return;
    }
  }
  out.push({ start: s, end: e, text: text.slice(s, e) });
}

/** The last match end of `re` at or before `s + MAX_UNIT` (and after a quarter of it). */
function cutPoint(text: string, s: number, e: number, re: RegExp): number | undefined {
  const window = text.slice(s, Math.min(e, s + MAX_UNIT));
  let best: number | undefined;
  for (const m of window.matchAll(re)) if (m.index + m[0].length > MAX_UNIT / 4) best = s + m.index + m[0].length;
  return best;
}

/** No sentence end at all: cut at the last space in the window (or anywhere, for one endless word). */
function hardCut(text: string, s: number, e: number): number {
  const limit = Math.min(e, s + MAX_UNIT);
  for (let i = limit; i > s + MAX_UNIT / 4; i--) if (isSpace(text.charCodeAt(i))) return i;
  let i = limit;
  // never split a surrogate pair
  if (i < e && (text.charCodeAt(i) & 0xfc00) === 0xdc00) i++;
  return i;
}

/** White space, including NBSP and a lone BOM-like zero-width no-break space. */
export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x3000 || code === 0x2028 || code === 0x2029 || code === 0x1680 || code === 0x205f || code === 0x85;
}
