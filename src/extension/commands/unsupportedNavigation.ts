/**
 * Shared by Next / Previous Unsupported Claim: move the cursor to the neighbouring
 * unsupported claim of the active account, wrapping around.
 */
import * as vscode from 'vscode';
import type { AccountStore } from '../accountStore';
import { basename } from '../accountStore';
import { viewOfDocument } from '../accountView';

/** Moves to the next (`+1`) or previous (`-1`) unsupported claim of the active editor. */
export async function moveToUnsupported(store: AccountStore, direction: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Open a news report paired with its transcript to step through its unsupported claims.');
    return;
  }
  const view = await viewOfDocument(store, editor.document);
  if (!view) {
    void vscode.window.showInformationMessage(`${basename(editor.document.uri)} is not annotated (or is changing): run “Annotate Current File”, or try again in a moment.`);
    return;
  }
  // Findings only: context (the report's own background) is not stepped through.
  const items = view.analysis.set.unmatched.filter((u) => u.document === view.account.docId && u.reason === 'unsupported').sort((a, b) => a.start - b.start);
  if (items.length === 0) {
    const reason = view.other ? `${basename(view.other.uri)} supports every claim of ${basename(editor.document.uri)}` : `${basename(editor.document.uri)} has no counterpart: run “Pair with Other Account…”`;
    void vscode.window.showInformationMessage(`No unsupported claims: ${reason}.`);
    return;
  }
  // After a jump the claim is selected: step from the selection's far side, never onto itself.
  const from = view.convert.offsetAt(editor.selection.start);
  const to = view.convert.offsetAt(editor.selection.end);
  const isSelected = (u: { start: number; end: number }) => u.start === from && u.end === to;
  const target =
    direction > 0
      ? items.find((u) => u.start >= to && !isSelected(u)) ?? items[0]!
      : [...items].reverse().find((u) => u.start < from) ?? items[items.length - 1]!;
  const range = view.convert.rangeOf(target);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  const n = items.indexOf(target) + 1;
  void vscode.window.setStatusBarMessage(`Unsupported claim ${n} of ${items.length}`, 3000);
}
