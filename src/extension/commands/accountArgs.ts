/**
 * Reads the `{uri, offset}` argument commands receive from hovers, CodeLens and menus,
 * falling back to the active editor's cursor.
 */
import * as vscode from 'vscode';
import { documentOffsetAt } from '../convert';

/** A place in an account. */
export interface AccountPlace {
  readonly uri: vscode.Uri;
  /** Offset into the document text; `undefined` when only the file is known. */
  readonly offset: number | undefined;
}

/**
 * The place a command is about: `{uri: string, offset: number}` (or `[that]`), a Uri
 * (explorer/editor menus), else the active editor and its cursor. `undefined` when there
 * is none of these.
 */
export function placeFromArgs(arg: unknown): AccountPlace | undefined {
  const value = Array.isArray(arg) ? arg[0] : arg;
  if (value instanceof vscode.Uri) {
    const editor = vscode.window.activeTextEditor;
    const same = editor?.document.uri.toString() === value.toString();
    return { uri: value, offset: same ? documentOffsetAt(editor!.document, editor!.selection.active) : undefined };
  }
  if (value && typeof value === 'object') {
    const v = value as { uri?: unknown; offset?: unknown };
    if (typeof v.uri === 'string') {
      try {
        return { uri: vscode.Uri.parse(v.uri, true), offset: typeof v.offset === 'number' && v.offset >= 0 ? v.offset : undefined };
      } catch {
        return undefined;
      }
    }
  }
  const editor = vscode.window.activeTextEditor;
  return editor ? { uri: editor.document.uri, offset: documentOffsetAt(editor.document, editor.selection.active) } : undefined;
}

/** Opens `uri` and selects `range`, beside the current editor or in a given column. */
export async function revealRange(uri: vscode.Uri, range: vscode.Range, viewColumn: vscode.ViewColumn = vscode.ViewColumn.Beside): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(uri, { viewColumn, preserveFocus: false, selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
