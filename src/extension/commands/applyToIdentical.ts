/**
 * Command `transcriptAnnotator.applyToAllIdentical`: repeats the hand tag, retag or
 * rejection at the cursor (the latest one there) on every identical mention of the event,
 * in both accounts (`identicalCopies`). Asks first, with the count; written as one edit
 * per sidecar and undone as ONE step by Undo Last Hand Annotation.
 */
import * as vscode from 'vscode';
import { anchorSpan } from '../../core/index';
import { handTagOrRejectAt, identicalCopies } from '../../core/index';
import type { HandReject, HandTag } from '../../core/index';
import type { AccountStore } from '../accountStore';
import { basename } from '../accountStore';
import type { HandAnnotationLayer } from '../handAnnotations';
import { reviewerName } from '../reviewer';
import { argOffset } from './reviewTarget';
import { editorAccount, newHandId, now, quoteOf, reportOutcome } from './handCommandSupport';
import { documentOffsetAt } from '../convert';

/** Registers Apply Hand Tag or Rejection to All Identical Mentions. */
export function registerApplyToIdentical(store: AccountStore, layer: HandAnnotationLayer): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.applyToAllIdentical', async (arg?: unknown) => {
    const found = await editorAccount(store, 'put the cursor in a span you tagged or rejected by hand');
    if (!found) return;
    const { editor, view } = found;
    const account = view.account;
    // Its quick fix passes the place; else the cursor.
    const offset = argOffset(arg, editor.document) ?? documentOffsetAt(editor.document, editor.selection.active);
    const entry = handTagOrRejectAt(layer.handOf(account.uri), account.text, offset);
    if (!entry) {
      void vscode.window.showInformationMessage('There is no hand tag or rejection at the cursor. Tag, retag or reject a mention first (Tag as Person…, Tag as Country…, Tag as Claim…, Reject Annotation at Cursor), then run “Apply to All Identical Mentions” with the cursor in it.');
      return;
    }
    const creator = await reviewerName(account.uri);
    const copies = identicalCopies(
      entry,
      account.uri.toString(),
      view.analysis.accounts.map((a) => ({ docId: a.docId, uri: a.uri.toString(), text: a.text })),
      view.analysis.set,
      { newId: newHandId, created: now(), ...(creator && { creator }) },
    );
    const range = anchorSpan(account.text, entry.target.selectors)!;
    const quote = quoteOf(account.text, range);
    const what = entry.action === 'reject' ? `rejection of ${entry.kind} ${quote}` : `tag of ${quote} as ${entry.kind}${tagName(entry)}`;
    const total = copies.reduce((n, c) => n + c.annotations.length, 0);
    if (total === 0) {
      void vscode.window.showInformationMessage(`No other mention of ${quote} in this event needs the ${what}.`);
      return;
    }
    const where = copies.map((c) => `${c.annotations.length} in ${basename(vscode.Uri.parse(c.uri))}`).join(', ');
    const apply = 'Apply';
    const choice = await vscode.window.showInformationMessage(`Repeat the ${what} on ${total} identical mention(s) (${where})?`, { modal: true, detail: 'One step: Undo Last Hand Annotation undoes them all.' }, apply);
    if (choice !== apply) return;
    const outcomes = await layer.editMany(
      copies.map((c) => ({ account: vscode.Uri.parse(c.uri), edit: { add: c.annotations } })),
      `${what} applied to ${total} identical mention(s)`,
    );
    reportOutcome(layer, outcomes.find((o) => !o.saved) ?? outcomes[0]!, `Applied the ${what} to ${total} identical mention(s) (${where})`);
  });
}

function tagName(entry: HandTag | HandReject): string {
  if (entry.action !== 'tag') return '';
  const name = entry.kind === 'claim' ? entry.speaker : entry.entity ?? entry.iso;
  return name ? ` (${name})` : '';
}
