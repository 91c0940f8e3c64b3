/**
 * Command `transcriptAnnotator.setVerdict`: gives the claim at the cursor or of the hover
 * whose link ran it (or the selected passage, which then becomes a claim) a verdict from the configured list,
 * stored in the account's sidecar with the reviewer's name; setting it again replaces the
 * reviewer's earlier verdict (one undo step).
 */
import * as vscode from 'vscode';
import { DEFAULT_VERDICTS, reviewEdit } from '../../core/index';
import type { AccountStore } from '../accountStore';
import type { HandAnnotationLayer } from '../handAnnotations';
import { configuredVerdicts, reviewerName } from '../reviewer';
import { reviewTarget } from './reviewTarget';
import { newHandId, now, quoteOf, reportOutcome, targetInAccount } from './handCommandSupport';

/** Registers Set Verdict…. */
export function registerSetVerdict(store: AccountStore, layer: HandAnnotationLayer): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.setVerdict', async (arg?: unknown) => {
    const found = await reviewTarget(store, 'Set Verdict…', arg);
    if (!found) return;
    const { view, range, claim } = found;
    const current = claim?.review?.verdict;
    const items = configuredVerdicts(view.account.uri, DEFAULT_VERDICTS).map((v) => ({ label: v, description: v === current ? 'current' : undefined }));
    // A quick fix may name the verdict ("Mark Claim as Accurate"); otherwise ask.
    const given = typeof (arg as { verdict?: unknown } | undefined)?.verdict === 'string' ? ((arg as { verdict: string }).verdict.trim() || undefined) : undefined;
    const picked = given ? { label: given } : await vscode.window.showQuickPick(items, { title: `Verdict on ${quoteOf(view.account.text, range)}`, placeHolder: 'Choose a verdict (the list is the setting transcriptAnnotator.review.verdicts)' });
    if (!picked) return;
    const creator = await reviewerName(view.account.uri);
    const entry = { id: newHandId(), created: now(), ...(creator && { creator }), action: 'assess' as const, verdict: picked.label, target: targetInAccount(view, range) };
    const outcome = await layer.edit(view.account.uri, reviewEdit(layer.handOf(view.account.uri), entry), `set verdict of ${quoteOf(view.account.text, range)} to ${picked.label}`);
    reportOutcome(layer, outcome, `Verdict on ${quoteOf(view.account.text, range)}: ${picked.label}`);
  });
}
