/**
 * The short lines a text opens with: a transcript's heading, title, dateline or place line,
 * told from its prose by their length in words.
 */

/** One line of a text's head: where it stands (without its line break) and its text. */
export interface HeadLine {
  readonly start: number;
  readonly end: number;
  readonly line: string;
}

/**
 * The lines among the first `maxLines` non-blank lines of `text` before `end` (a line running
 * past `end` is cut there) that hold `maxWords` words at most. A longer line counts toward
 * `maxLines` but is not given: it is prose, and the head is read no further than it would be
 * with it.
 */
export function shortHeadLines(text: string, end: number, maxLines: number, maxWords: number): HeadLine[] {
  const out: HeadLine[] = [];
  let at = 0;
  for (let lines = 0; lines < maxLines && at < end; ) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 || nl > end ? end : nl;
    const line = text.slice(at, lineEnd);
    const start = at;
    at = lineEnd + 1;
    if (!/\S/.test(line)) continue;
    lines++;
    if ((line.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= maxWords) out.push({ start, end: lineEnd, line });
  }
  return out;
}
