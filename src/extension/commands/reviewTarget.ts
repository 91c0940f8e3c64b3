/**
 * The claim a verdict or note command acts on: the claim at `{ uri, offset }` when a hover
 * link passes them for the active editor's account, else the claim at the cursor, or the
 * selected passage (which the verdict makes a claim).
 */
import * as vscode from 'vscode';
import type { Annotation, OffsetRange } from '../../core/index';
import type { AccountStore } from '../accountStore';
import type { AccountView } from '../accountView';
import { claimAt } from '../annotationQueries';
import { editorAccount } from './handCommandSupport';
import { documentOffsetAt, documentOffsetRange } from '../convert';

/**
 * The offset a hover link or a quick fix passes as `{ uri, offset }` for the document
 * `doc`; `undefined` when the argument is absent, malformed, or for another document.
 */
export function argOffset(arg: unknown, doc: vscode.TextDocument): number | undefined {
  const link = arg as { uri?: unknown; offset?: unknown } | undefined;
  return typeof link?.uri === 'string' && typeof link.offset === 'number' && link.uri === doc.uri.toString() ? link.offset : undefined;
}

/** The account, the span, and the claim there (if any); `undefined` after telling the user what is needed. */
export async function reviewTarget(store: AccountStore, command: string, arg?: unknown): Promise<{ view: AccountView; range: OffsetRange; claim?: Annotation } | undefined> {
  const found = await editorAccount(store, 'put the cursor in a claim');
  if (!found) return undefined;
  const { editor, view } = found;
  const doc = editor.document;
  const set = view.analysis.set;
  const fromHover = argOffset(arg, doc);
  if (fromHover !== undefined || editor.selection.isEmpty) {
    const claim = claimAt(set, view.account.docId, fromHover ?? documentOffsetAt(doc, editor.selection.active));
    if (!claim) {
      void vscode.window.showInformationMessage(`There is no claim at the cursor. Put the cursor in a claim, or select a passage to make it a claim, then run “${command}” again.`);
      return undefined;
    }
    return { view, range: { start: claim.start, end: claim.end }, claim };
  }
  const range = documentOffsetRange(doc, editor.selection);
  const claim = set.annotations.find((a) => a.kind === 'claim' && a.document === view.account.docId && a.start === range.start && a.end === range.end);
  return { view, range, ...(claim && { claim }) };
}
