/**
 * Word tokens of one parse unit (a paragraph): read from the unit's nlcst tree, or found
 * with one regular expression when there is no tree. Flat records with what the annotators'
 * pattern checks need (lower case, possessive, capitalisation).
 * Offsets are UTF-16 code units relative to the unit's text.
 */
import type { Root } from 'nlcst';

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

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’\-.][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

/** Splits `text` into word tokens with a regular expression (when no nlcst tree is at hand). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push(makeToken(text, m.index, m.index + m[0].length));
  return out;
}

/**
 * The word tokens of a parsed unit, read from the nlcst tree (its WordNodes), so the words
 * are not found twice. A trailing abbreviation period ("Mr.", "U.S.") is left out, as in
 * `tokenize`.
 */
export function tokensOfTree(tree: Root, text: string): Token[] {
  const out: Token[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      for (const word of sentence.children) {
        if (word.type !== 'WordNode' || !word.position) continue;
        const start = word.position.start.offset!;
        const nodeEnd = word.position.end.offset!;
        let end = nodeEnd;
        while (end > start && !isWordCode(text.charCodeAt(end - 1))) end--;
        if (end <= start || !isWordCode(text.charCodeAt(start))) continue;
        // a word of one text node, whole: its value is the word, no copy of it needed
        const only = word.children.length === 1 ? word.children[0] : undefined;
        out.push(makeToken(text, start, end, end === nodeEnd && only?.type === 'TextNode' ? only.value : undefined));
      }
    }
  }
  return out;
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 191 && c !== 0x2019 && c !== 0x2018 && c !== 0x201c && c !== 0x201d && c !== 0x2013 && c !== 0x2014 && c !== 0xa0);
}

function makeToken(text: string, start: number, end: number, written?: string): Token {
  const word = written ?? text.slice(start, end);
  let baseEnd = end;
  let possessive = false;
  const n = word.length;
  if (n > 2 && word.charCodeAt(n - 1) === 115 /* s */) {
    const apostrophe = word.charCodeAt(n - 2);
    if (apostrophe === 39 || apostrophe === 0x2019) {
      baseEnd -= 2;
      possessive = true;
    } else {
      const after = text.charCodeAt(end);
      if ((after === 39 || after === 0x2019) && !isLetterCode(text.charCodeAt(end + 1))) possessive = true;
    }
  }
  const base = baseEnd < end ? word.slice(0, baseEnd - start) : word;
  const first = word.charCodeAt(0);
  // Most words start with a lower-case ASCII letter or a digit: neither capitalised nor all
  // caps, and toLowerCase returns them unchanged without copying.
  if ((first >= 97 && first <= 122) || (first >= 48 && first <= 57)) return { start, end, text: word, lower: base.toLowerCase(), baseEnd, possessive, capitalised: false, upper: false };
  let capitalised: boolean;
  let upper: boolean;
  if (first >= 65 && first <= 90) {
    capitalised = true;
    upper = isAllCaps(word);
  } else {
    const letter = word[0]!;
    capitalised = letter !== letter.toLowerCase();
    upper = capitalised && word === word.toUpperCase() && letterCount(word) >= 2;
  }
  const lower = base.toLowerCase();
  return { start, end, text: word, lower, baseEnd, possessive, capitalised, upper };
}

/** All letters upper case, at least two of them ("US", "SMITH"; not "U", "Mr"), for a word starting with an ASCII capital. */
function isAllCaps(word: string): boolean {
  let uppers = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) uppers++;
    else if (c >= 97 && c <= 122) return false;
    else if (c > 127) return word === word.toUpperCase() && letterCount(word) >= 2;
  }
  return uppers >= 2;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 191 && c !== 0x2019 && c !== 0x201d && c !== 0x201c && c !== 0xa0);
}

function letterCount(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length && n < 2; i++) {
    const c = word[i]!;
    if (c.toLowerCase() !== c.toUpperCase()) n++;
  }
  return n;
}

/**
 * "Maria Lopez, a Colombian analyst in Bogotá, said", "Peskov, 56, told": the index of the
 * token after the comma that closes an apposition starting at token `from` (at most ten
 * words, one clause), or `tokens.length` when there is none.
 */
export function afterApposition(text: string, tokens: readonly Token[], from: number): number {
  for (let c = from; c < Math.min(tokens.length - 1, from + 10); c++) {
    const gap = text.slice(tokens[c]!.end, tokens[c + 1]!.start);
    if (/^\s*,\s*$/.test(gap)) return c + 1;
    if (/[.;:!?()"“”]/.test(gap)) break;
  }
  return tokens.length;
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
