/**
 * Command `transcriptAnnotator.showCrossReferences`: opens the cross-reference panel.
 * Optional argument `{ uri: string; offset: number }` (as the hover and CodeLens pass it)
 * restricts the panel to the rows at that place of that account and scrolls to them.
 */
import * as vscode from 'vscode';
import { documentOffsetAt } from '../convert';

/** The argument other features pass to the command. */
export interface ShowCrossReferencesArgs {
  readonly uri: string;
  readonly offset: number;
}

/** What the command needs from the panel. */
export interface CrossReferenceView {
  show(at?: { readonly uri: vscode.Uri; readonly offset: number }): Promise<void>;
}

export const SHOW_CROSS_REFERENCES = 'transcriptAnnotator.showCrossReferences';

/**
 * Reads the command argument; `undefined` when there is none, an error message when it is malformed.
 * Accepts the object form, or the array form command links produce (`[{ uri, offset }]`).
 */
export function readShowArgs(arg: unknown): { readonly uri: vscode.Uri; readonly offset: number } | undefined | string {
  const value = Array.isArray(arg) ? arg[0] : arg;
  if (value === undefined || value === null) return undefined;
  if (value instanceof vscode.Uri) return atCursorOf(value);
  const v = value as Partial<Record<keyof ShowCrossReferencesArgs, unknown>>;
  if (typeof value !== 'object' || typeof v.uri !== 'string' || typeof v.offset !== 'number' || !Number.isInteger(v.offset) || v.offset < 0) {
    return `${SHOW_CROSS_REFERENCES} expects { uri: string; offset: non-negative integer }, got ${safeJson(value)}`;
  }
  try {
    return { uri: vscode.Uri.parse(v.uri, true), offset: v.offset };
  } catch (e) {
    return `${SHOW_CROSS_REFERENCES}: "${v.uri}" is not a uri (${(e as Error).message})`;
  }
}

/** From an editor's context menu (argument: its uri): the rows at that editor's cursor. */
function atCursorOf(uri: vscode.Uri): { readonly uri: vscode.Uri; readonly offset: number } | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.uri.toString() !== uri.toString()) return undefined;
  return { uri, offset: documentOffsetAt(editor.document, editor.selection.active) };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 200) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Registers the command against `panel`. */
export function registerShowCrossReferences(panel: CrossReferenceView, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_CROSS_REFERENCES, async (arg?: unknown) => {
    const at = readShowArgs(arg);
    if (typeof at === 'string') {
      // A caller bug: still open the panel, unfiltered, and say why in the log.
      log.warn(`${at}; showing the panel unfiltered`);
      await panel.show();
      return;
    }
    await panel.show(at);
  });
}
