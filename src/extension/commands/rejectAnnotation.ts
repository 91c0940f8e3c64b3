/**
 * Command `transcriptAnnotator.rejectAnnotation`: rejects an annotation at the cursor
 * (asks which when several overlap there). The rejection is a hand annotation: it
 * survives re-analysis and is undone by “Restore Rejected Annotations”.
 */
import * as vscode from 'vscode';
import { annotationsAt } from '../annotationQueries';
import type { AccountStore } from '../accountStore';
import type { HandAnnotationLayer } from '../handAnnotations';
import { truncate } from '../markdownText';
import { argOffset } from './reviewTarget';
import { editorAccount, newHandId, now, quoteOf, reportOutcome, targetInAccount } from './handCommandSupport';
import { documentOffsetAt } from '../convert';

/** Registers Reject Annotation at Cursor. */
export function registerRejectAnnotation(store: AccountStore, layer: HandAnnotationLayer): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.rejectAnnotation', async (arg?: unknown) => {
    const found = await editorAccount(store, 'put the cursor in a highlighted annotation');
    if (!found) return;
    const { editor, view } = found;
    // A quick fix passes the place and the kind to reject; else the cursor, asking which when several.
    const given = argOffset(arg, editor.document);
    const kind = given !== undefined ? (arg as { kind?: unknown }).kind : undefined;
    const offset = given ?? documentOffsetAt(editor.document, editor.selection.active);
    const here = annotationsAt(view.analysis.set, view.account.docId, offset).filter((a) => kind === undefined || a.kind === kind);
    if (here.length === 0) {
      void vscode.window.showInformationMessage('There is no annotation at the cursor. Put the cursor in a highlighted person, country, claim or turn, then run “Reject Annotation at Cursor” again.');
      return;
    }
    let chosen = here[0]!;
    if (here.length > 1) {
      const picked = await vscode.window.showQuickPick(
        here.map((a) => ({ label: a.kind + (a.claimType ? ` (${a.claimType})` : ''), description: truncate(a.text.replace(/\s+/g, ' '), 80), annotation: a })),
        { title: 'Reject which annotation?' },
      );
      if (!picked) return;
      chosen = picked.annotation;
    }
    const outcome = await layer.edit(
      view.account.uri,
      { add: [{ id: newHandId(), created: now(), action: 'reject', kind: chosen.kind, target: targetInAccount(view, chosen) }] },
      `reject ${chosen.kind} ${quoteOf(view.account.text, chosen)}`,
    );
    reportOutcome(layer, outcome, `Rejected ${chosen.kind} ${quoteOf(view.account.text, chosen)}`);
  });
}
