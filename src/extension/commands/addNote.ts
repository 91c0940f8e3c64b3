/**
 * Command `transcriptAnnotator.addNote`: writes (or changes, or clears) the reviewer's
 * note on the claim at the cursor or of the hover whose link ran it (or the selected passage, which then becomes a claim),
 * stored in the account's sidecar with the reviewer's name.
 */
import * as vscode from 'vscode';
import type { AccountStore } from '../accountStore';
import type { HandAnnotationLayer } from '../handAnnotations';
import { reviewTarget } from './reviewTarget';
import { quoteOf, targetInAccount } from './handCommandSupport';
import { askNote, saveReview } from './reviewPrompts';

/** Registers Add Note…. */
export function registerAddNote(store: AccountStore, layer: HandAnnotationLayer): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.addNote', async (arg?: unknown) => {
    const found = await reviewTarget(store, 'Add Note…', arg);
    if (!found) return;
    const { view, range, claim } = found;
    const quote = quoteOf(view.account.text, range);
    const note = await askNote(claim?.review?.note, `Note on ${quote}`, 'Your note on this claim (leave empty to clear it)');
    if (note === undefined) return;
    await saveReview(layer, { account: view.account.uri, target: targetInAccount(view, range), quote }, { note });
  });
}
