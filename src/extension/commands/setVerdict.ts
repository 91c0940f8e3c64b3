/**
 * Command `transcriptAnnotator.setVerdict`: gives the claim at the cursor or of the hover
 * whose link ran it (or the selected passage, which then becomes a claim) a verdict from the configured list,
 * stored in the account's sidecar with the reviewer's name; setting it again replaces the
 * reviewer's earlier verdict (one undo step).
 */
import * as vscode from 'vscode';
import type { AccountStore } from '../accountStore';
import type { HandAnnotationLayer } from '../handAnnotations';
import { reviewTarget } from './reviewTarget';
import { quoteOf, targetInAccount } from './handCommandSupport';
import { askVerdict, saveReview } from './reviewPrompts';

/** Registers Set Verdict…. */
export function registerSetVerdict(store: AccountStore, layer: HandAnnotationLayer): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.setVerdict', async (arg?: unknown) => {
    const found = await reviewTarget(store, 'Set Verdict…', arg);
    if (!found) return;
    const { view, range, claim } = found;
    const quote = quoteOf(view.account.text, range);
    // A quick fix may name the verdict ("Mark Claim as Accurate"); otherwise ask.
    const given = typeof (arg as { verdict?: unknown } | undefined)?.verdict === 'string' ? ((arg as { verdict: string }).verdict.trim() || undefined) : undefined;
    const verdict = given ?? (await askVerdict(view.account.uri, claim?.review?.verdict, `Verdict on ${quote}`));
    if (!verdict) return;
    await saveReview(layer, { account: view.account.uri, target: targetInAccount(view, range), quote }, { verdict });
  });
}
