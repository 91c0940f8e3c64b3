/**
 * Finds quotations in one parse unit: curly or straight, double or single marks. Single
 * curly marks are told from apostrophes by their neighbours (‘ opens after a space, ’ closes
 * before a non-letter). A quotation left open at the end of the unit runs to its end (the
 * journalistic convention for quotes that go on into the next paragraph).
 */
import type { OffsetRange } from '../../model/annotation';

/** One quotation: the marks' range and the quoted words' range (offsets in the unit). */
export interface Quotation extends OffsetRange {
  /** The quoted words, without the marks and surrounding spaces. */
  readonly inner: OffsetRange;
}

const OPEN_CONTEXT = /[\s([{\u2014\u2013\-:;,/]/;
const LETTER = /[\p{L}\p{N}]/u;

/** Code units of every mark the scan reacts to: " ' “ ” ‘ ’ « » „ */
function isQuoteCode(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xab || c === 0xbb || c === 0x201e;
}

/** Finds the top-level quotations of `text` (quotes inside quotes are part of the outer one). */
export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  let open = -1;
  let closer = '';
  for (let i = 0; i < text.length; i++) {
    // most characters are no quotation mark: skip them without making strings
    if (!isQuoteCode(text.charCodeAt(i))) continue;
    const c = text[i]!;
    if (open < 0) {
      const prev = i > 0 ? text[i - 1]! : ' ';
      const next = text[i + 1] ?? '';
      if (c === '“' || c === '«' || c === '„') {
        open = i;
        closer = c === '«' ? '»' : c === '„' ? '“' : '”';
      } else if (c === '"' && OPEN_CONTEXT.test(prev) && next && !/\s/.test(next)) {
        open = i;
        closer = '"';
      } else if ((c === '‘' || c === "'") && OPEN_CONTEXT.test(prev) && LETTER.test(next)) {
        open = i;
        closer = c === '‘' ? '’' : "'";
      }
    } else if (c === closer || (closer === '”' && c === '"')) {
      const next = text[i + 1] ?? '';
      if ((closer === '’' || closer === "'") && LETTER.test(next)) continue; // an apostrophe
      push(text, open, i + 1, out);
      open = -1;
    }
  }
  if (open >= 0 && (closer === '”' || closer === '"' || closer === '»')) push(text, open, text.length, out);
  return out;
}

function push(text: string, start: number, end: number, out: Quotation[]): void {
  let s = start + 1;
  let e = end;
  if (e > s && /["”’'»“]/.test(text[e - 1]!) && e - 1 > start) e--;
  while (s < e && /[\s,]/.test(text[s]!)) s++;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start, end, inner: { start: s, end: e } });
}
