/**
 * Line/character ↔ offset arithmetic on a string, the way VS Code counts: lines end at
 * `\r\n`, `\n` or `\r`; characters are UTF-16 code units; both start at 0. Pure (no vscode
 * import) so it can be tested with node:test; `convert.ts` wraps it in vscode types.
 */

/** A zero-based line and UTF-16 character. */
export interface LineCharacter {
  readonly line: number;
  readonly character: number;
}

/** The line starts of one text, computed once. */
export class LineIndex {
  readonly #text: string;
  readonly #starts: number[];

  constructor(text: string) {
    this.#text = text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.#starts = starts;
  }

  /** Number of lines (an empty text has one). */
  get lineCount(): number {
    return this.#starts.length;
  }

  /** Offset of the first character of `line` (clamped). */
  lineStart(line: number): number {
    return this.#starts[Math.max(0, Math.min(line, this.#starts.length - 1))]!;
  }

  /** Offset just past the last character of `line`, line break excluded. */
  lineEnd(line: number): number {
    if (line >= this.#starts.length - 1) return this.#text.length;
    let end = this.#starts[line + 1]!;
    if (this.#text.charCodeAt(end - 1) === 10) end--;
    if (this.#text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The line holding `offset` (binary search; offsets past the end give the last line). */
  lineOf(offset: number): number {
    const o = Math.max(0, Math.min(offset, this.#text.length));
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Line and character of `offset`, clamped to the text. */
  positionAt(offset: number): LineCharacter {
    const o = Math.max(0, Math.min(offset, this.#text.length));
    const line = this.lineOf(o);
    return { line, character: Math.min(o, this.lineEnd(line)) - this.#starts[line]! };
  }

  /** Offset of a line and character, clamped to the line (as `TextDocument.offsetAt`). */
  offsetAt(position: LineCharacter): number {
    if (position.line < 0) return 0;
    if (position.line >= this.#starts.length) return this.#text.length;
    const start = this.#starts[position.line]!;
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }
}
