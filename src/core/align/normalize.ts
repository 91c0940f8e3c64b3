/**
 * Comparable text, character level: the typographic variants two accounts of one event
 * write differently (curly vs straight quotes and apostrophes, dashes, non-breaking and
 * other spaces, hard line wraps) folded to one form, and the text cut into word tokens
 * that keep their UTF-16 offsets into the original string.
 *
 * Notes: normalisation never changes offsets; tokens are found in the original text and
 * only their `norm` form is folded, so every token maps back to `text.slice(start, end)`.
 */
import type { OffsetRange } from '../model/annotation';

/** One word or number of a text, with its folded form. */
export interface WordToken extends OffsetRange {
  /** Exactly `text.slice(start, end)`. */
  readonly surface: string;
  /** Lower case, apostrophes straightened, diacritics removed, possessive `'s` dropped. */
  readonly norm: string;
  /** For numbers: the value as a canonical decimal string (`2,000` → `2000`, `2.5bn` → `2500000000`); else undefined. */
  readonly number: string | undefined;
}

/**
 * Folds the typographic variants of a string: curly quotes and apostrophes to straight
 * ones, every dash to `-`, every space character (NBSP, thin space, line breaks of hard
 * wraps) to one space. Returns a string of the same length, so offsets stay valid.
 */
export function foldTypography(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
}

/** Multipliers written after a number (`2 million`, `$2.5bn`). */
const SCALE: Readonly<Record<string, number>> = Object.freeze({
  thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
});

/** Number words written out ("forty gauges" = "40 gauges"); "one" is left out, it is mostly a pronoun. */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty']
    .map((w, i): [string, number] => [w, i + 2])
    .concat(['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, i): [string, number] => [w, (i + 3) * 10])),
);

/**
 * Words, numbers (with thousands separators, decimals, ordinal or scale suffixes) and
 * the currency or percent sign they carry. Hyphenated compounds come out as their parts.
 */
const TOKEN_RE = /[$€£]?\d+(?:[.,]\d+)*(?:\s?%|st|nd|rd|th|bn|mn|mln|tn|k|m|b)?(?![\p{L}\d])|[\p{L}\p{M}]+(?:['\u2019][\p{L}]+)*|\d+/gu;

/** Removes diacritics and folds apostrophes; lower case. */
function foldWord(word: string): string {
  if (PLAIN_WORD.test(word)) return word.toLowerCase();
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC`´]/g, "'");
}

/** Words of ASCII letters only: folding is lower-casing. */
const PLAIN_WORD = /^[A-Za-z]+$/;

/** The canonical value of a number token, or undefined when it is not a number. */
export function numberValue(surface: string, nextWord?: string): string | undefined {
  const m = /^[$€£]?(\d+(?:[.,]\d+)*)\s?(%|st|nd|rd|th|bn|mn|mln|tn|k|m|b)?$/i.exec(surface);
  if (!m) return undefined;
  let digits = m[1]!;
  // "2,000" and "2,000,000" are thousands separators; "2,5" is a decimal comma.
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits)) digits = digits.replace(/,/g, '');
  else digits = digits.replace(',', '.');
  let value = Number(digits);
  if (!Number.isFinite(value)) return undefined;
  const suffix = (m[2] ?? '').toLowerCase();
  // A suffix wins over a following word; "k", "m", "b" alone only count as suffixes.
  const scale = SCALE[suffix] ?? (nextWord && nextWord.length > 2 ? SCALE[nextWord.toLowerCase()] : undefined);
  if (scale !== undefined) value *= scale;
  const canonical = Number.isInteger(value) ? value.toFixed(0) : String(Math.round(value * 1e6) / 1e6);
  return suffix === '%' ? `${canonical}%` : canonical;
}

/** Receives each word or number of `scanWords`; `number` as in `WordToken`. */
export type WordVisitor = (start: number, end: number, surface: string, norm: string, number: string | undefined) => void;

/**
 * Calls `visit` for each word and number token of `range` in `text`, in order, with
 * UTF-16 offsets into `text` (no token objects: the cheap form of `tokenizeWords`).
 * Numbers take the scale word that follows them (`2 million` → 2000000). With `until`, only
 * the tokens that start before it are visited, read in all of `range` (a number still sees
 * the scale word after `until`; the caller cuts where no token straddles it).
 */
export function scanWords(text: string, range: OffsetRange, visit: WordVisitor, until = range.end): void {
  const whole = range.start === 0 && range.end === text.length;
  const source = whole ? text : text.slice(range.start, range.end);
  const offset = whole ? 0 : range.start;
  // Fresh regular expressions per call: their lastIndex is state.
  const tokenRe = new RegExp(TOKEN_RE.source, 'gu');
  const nextWordRe = /\s+([A-Za-z]+)/y;
  const nextWord = (at: number): string | undefined => {
    nextWordRe.lastIndex = at;
    return nextWordRe.exec(source)?.[1];
  };
  const n = source.length;
  const stop = Math.min(n, until - offset);
  let i = 0;
  while (i < stop) {
    const c = source.charCodeAt(i);
    if (isAsciiLetter(c)) {
      // Fast path for the common case, exactly as TOKEN_RE reads it: a run of ASCII
      // letters followed by an ASCII character that is neither a letter nor an
      // apostrophe is a whole word token. Anything else goes to the regular expression.
      let j = i + 1;
      while (j < n && isAsciiLetter(source.charCodeAt(j))) j++;
      const next = j < n ? source.charCodeAt(j) : 0;
      if (next < 128 && next !== 39) {
        const surface = source.slice(i, j);
        const norm = surface.toLowerCase();
        const spelled = NUMBER_WORDS.get(norm);
        visit(offset + i, offset + j, surface, norm, spelled === undefined ? undefined : numberValue(String(spelled), nextWord(j)));
        i = j;
        continue;
      }
    } else if (c < 128 && c !== 36 && (c < 48 || c > 57)) {
      // No token starts at an ASCII character other than a letter, a digit or `$`.
      i++;
      continue;
    }
    tokenRe.lastIndex = i;
    const m = tokenRe.exec(source);
    if (!m || m.index >= stop) break;
    i = m.index + m[0].length;
    const surface = m[0];
    const start = offset + m.index;
    const end = start + surface.length;
    const first = surface.charCodeAt(0);
    if ((first >= 48 && first <= 57) || /\d/.test(surface)) {
      const number = numberValue(surface.replace(/\s/g, ''), nextWord(m.index + surface.length));
      visit(start, end, surface, number ?? surface, number);
      continue;
    }
    let norm = foldWord(surface);
    if (norm.endsWith("'s")) norm = norm.slice(0, -2);
    else if (norm.endsWith("'")) norm = norm.slice(0, -1);
    const spelled = NUMBER_WORDS.get(norm);
    visit(start, end, surface, norm, spelled === undefined ? undefined : numberValue(String(spelled), nextWord(m.index + surface.length)));
  }
}

/** True for the code of an ASCII letter. */
function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Cuts a text into word and number tokens with UTF-16 offsets into `text`.
 * Numbers take the scale word that follows them (`2 million` → 2000000).
 */
export function tokenizeWords(text: string, range: OffsetRange = { start: 0, end: text.length }): WordToken[] {
  const out: WordToken[] = [];
  scanWords(text, range, (start, end, surface, norm, number) => out.push({ start, end, surface, norm, number }));
  return out;
}
