/**
 * Command `transcriptAnnotator.addNote`: writes (or changes, or clears) the reviewer's
 * note on the claim at the cursor or of the hover whose link ran it (or the selected passage, which then becomes a claim),
 * stored in the account's sidecar with the reviewer's name.
 */
import * as vscode from 'vscode';
import { reviewEdit } from '../../core/index';
import type { AccountStore } from '../accountStore';
import type { HandAnnotationLayer } from '../handAnnotations';
import { reviewerName } from '../reviewer';
import { reviewTarget } from './reviewTarget';
import { newHandId, now, quoteOf, reportOutcome, targetInAccount } from './handCommandSupport';

/** Registers Add Note…. */
export function registerAddNote(store: AccountStore, layer: HandAnnotationLayer): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.addNote', async (arg?: unknown) => {
    const found = await reviewTarget(store, 'Add Note…', arg);
    if (!found) return;
    const { view, range, claim } = found;
    const note = await vscode.window.showInputBox({
      title: `Note on ${quoteOf(view.account.text, range)}`,
      prompt: 'Your note on this claim (leave empty to clear it)',
      value: claim?.review?.note ?? '',
    });
    if (note === undefined) return;
    const creator = await reviewerName(view.account.uri);
    const entry = { id: newHandId(), created: now(), ...(creator && { creator }), action: 'comment' as const, note: note.trim(), target: targetInAccount(view, range) };
    const outcome = await layer.edit(view.account.uri, reviewEdit(layer.handOf(view.account.uri), entry), `note on ${quoteOf(view.account.text, range)}`);
    reportOutcome(layer, outcome, note.trim() ? `Note saved on ${quoteOf(view.account.text, range)}` : `Note cleared on ${quoteOf(view.account.text, range)}`);
  });
}
