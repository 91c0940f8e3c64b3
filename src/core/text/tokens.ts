/**
 * Word tokens of one parse unit (a paragraph), found with one regular expression: cheaper
 * than walking nlcst word nodes, and enough for the annotators' pattern checks.
 * Offsets are UTF-16 code units relative to the unit's text.
 */

/** One word of a unit. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The word as written ("Russia’s", "U.S", "Secretary-General"). */
  readonly text: string;
  /** Lower case, without a possessive ending ("russia", "u.s", "secretary-general"). */
  readonly lower: string;
  /** End offset without the possessive ending. */
  readonly baseEnd: number;
  /** The word ends in `'s`/`’s` (or a bare `s’` plural possessive). */
  readonly possessive: boolean;
  /** Starts with an upper-case letter. */
  readonly capitalised: boolean;
  /** Every letter is upper case and there are at least two letters ("SMITH", "US"). */
  readonly upper: boolean;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’\-.](?=[\p{L}\p{N}]))*/gu;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTERS = /\p{L}/gu;

/** Splits `text` into word tokens. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    const start = m.index;
    let baseEnd = start + word.length;
    let possessive = false;
    const tail = word.slice(-2);
    if (word.length > 2 && (tail === "'s" || tail === '’s')) {
      baseEnd -= 2;
      possessive = true;
    } else if (/s$/.test(word) && (text[baseEnd] === '’' || text[baseEnd] === "'") && !/\p{L}/u.test(text[baseEnd + 1] ?? '')) {
      possessive = true;
    }
    const base = text.slice(start, baseEnd);
    const capitalised = UPPER_START.test(word);
    const letterCount = (word.match(LETTERS) ?? []).length;
    out.push({
      start,
      end: start + word.length,
      text: word,
      lower: base.toLowerCase(),
      baseEnd,
      possessive,
      capitalised,
      upper: capitalised && letterCount >= 2 && !HAS_LOWER.test(word),
    });
  }
  return out;
}

/** True when only spaces or tabs (or one line break in a hard-wrapped line) separate the two offsets. */
export function isSpaceBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return to === from;
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (++breaks > 1) return false;
    } else if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0 && c !== 0x202f) return false;
  }
  return true;
}

/** Index of the first token whose start is at or after `offset` (binary search). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
