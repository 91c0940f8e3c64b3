/**
 * Splits an account into parse units: blank-line separated paragraphs, further split at
 * given offsets (speaker-label starts, so that a turn never shares a unit with the one
 * before it). Parsing per unit keeps retext linear in the document's length.
 */
import type { OffsetRange } from '../model/annotation';

/** One parse unit: its range in the account, trimmed of surrounding white space. */
export interface ParseUnit extends OffsetRange {
  readonly text: string;
}

const BLANK_LINES = /\n[ \t\f\v\r\u00a0\u2000-\u200a\u3000]*\n/g;

/**
 * Returns the non-empty units of `text`, in order. `breaks` are extra offsets where a new
 * unit must start (sorted or not).
 */
export function splitParagraphs(text: string, breaks: readonly number[] = []): ParseUnit[] {
  const cuts = new Set<number>(breaks);
  BLANK_LINES.lastIndex = 0;
  for (let m = BLANK_LINES.exec(text); m; m = BLANK_LINES.exec(text)) {
    cuts.add(m.index + m[0].length - 1);
    BLANK_LINES.lastIndex = m.index + m[0].length - 1;
  }
  const points = [...cuts].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
  const out: ParseUnit[] = [];
  let from = 0;
  for (const to of [...points, text.length]) {
    pushTrimmed(text, from, to, out);
    from = to;
  }
  return out;
}

function pushTrimmed(text: string, from: number, to: number, out: ParseUnit[]): void {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

/** White space, including NBSP and a lone BOM-like zero-width no-break space. */
export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x3000 || code === 0x2028 || code === 0x2029 || code === 0x1680 || code === 0x205f || code === 0x85;
}
