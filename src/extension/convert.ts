/**
 * The only place converting core offset ranges to VS Code positions and ranges and back.
 * `OffsetConverter` works on the analysed text itself (not a TextDocument), so it serves
 * closed counterpart files too and always matches the offsets of the analysis it came
 * with. The `document…` functions convert against an open document's current text, for
 * what the user selects there (a selection, the cursor) and for files the analysis does
 * not hold (a sidecar).
 */
import * as vscode from 'vscode';
import type { OffsetRange } from '../core/index';
import { LineIndex } from './lineIndex';

/** Converts between offsets into one text and VS Code positions. */
export class OffsetConverter {
  readonly #text: string;
  #index: LineIndex | undefined;

  /** @param text the exact text the offsets index into */
  constructor(text: string) {
    this.#text = text;
  }

  /** The line index, built on first use. */
  get lines(): LineIndex {
    return (this.#index ??= new LineIndex(this.#text));
  }

  /** The position of `offset` (clamped to the text). */
  positionAt(offset: number): vscode.Position {
    const p = this.lines.positionAt(offset);
    return new vscode.Position(p.line, p.character);
  }

  /** The offset of `position` (clamped to its line, as `TextDocument.offsetAt`). */
  offsetAt(position: vscode.Position): number {
    return this.lines.offsetAt(position);
  }

  /** The VS Code range of a half-open offset range. */
  rangeOf(range: OffsetRange): vscode.Range {
    return new vscode.Range(this.positionAt(range.start), this.positionAt(range.end));
  }

  /** The empty range (a caret) at `offset`: where a code lens or a gutter mark of a span sits. */
  caretAt(offset: number): vscode.Range {
    const p = this.positionAt(offset);
    return new vscode.Range(p, p);
  }

  /** The offset range of a VS Code range. */
  offsetRangeOf(range: vscode.Range): OffsetRange {
    return { start: this.offsetAt(range.start), end: this.offsetAt(range.end) };
  }
}

/** The offset of `position` in the current text of `doc`. */
export function documentOffsetAt(doc: vscode.TextDocument, position: vscode.Position): number {
  return doc.offsetAt(position);
}

/** The offset range of `range` (a selection, a word) in the current text of `doc`. */
export function documentOffsetRange(doc: vscode.TextDocument, range: vscode.Range): OffsetRange {
  return { start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) };
}

/** The empty range (a caret) at `offset` of the current text of `doc`. */
export function documentCaretAt(doc: vscode.TextDocument, offset: number): vscode.Range {
  const p = doc.positionAt(offset);
  return new vscode.Range(p, p);
}

/**
 * The converter of `text`, cached per text string's owner object: pass the analysed
 * account snapshot so that every provider shares one line index per analysis.
 */
export class ConverterCache {
  readonly #cache = new WeakMap<object, OffsetConverter>();

  /** The converter of `owner.text`, built once per owner. */
  of(owner: { readonly text: string }): OffsetConverter {
    let c = this.#cache.get(owner);
    if (!c) {
      c = new OffsetConverter(owner.text);
      this.#cache.set(owner, c);
    }
    return c;
  }
}
