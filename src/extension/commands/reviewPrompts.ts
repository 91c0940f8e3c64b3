/**
 * What setting a verdict or a note shares, from the editor (Set Verdict…, Add Note…, the
 * quick fixes) or from a panel row: asking for the value, and storing it in the
 * account's sidecar with the reviewer's name, replacing the reviewer's earlier one
 * (`reviewEdit`: one undo step).
 */
import * as vscode from 'vscode';
import { reviewEdit } from '../../core/index';
import type { HandTarget } from '../../core/index';
import { DEFAULT_VERDICTS } from '../../core/index';
import type { HandAnnotationLayer } from '../handAnnotations';
import { configuredVerdicts, reviewerName } from '../reviewer';
import { newHandId, now, reportOutcome } from './handCommandSupport';

/** Asks for a verdict from the configured list (`current` marked); `undefined` when cancelled. */
export async function askVerdict(account: vscode.Uri, current: string | undefined, title: string): Promise<string | undefined> {
  const items = configuredVerdicts(account, DEFAULT_VERDICTS).map((v) => ({ label: v, description: v === current ? 'current' : undefined }));
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: 'Choose a verdict (the list is the setting transcriptAnnotator.review.verdicts)' });
  return picked?.label;
}

/** Asks for a note (empty clears it), trimmed; `undefined` when cancelled. */
export async function askNote(current: string | undefined, title: string, prompt: string): Promise<string | undefined> {
  const note = await vscode.window.showInputBox({ title, prompt, value: current ?? '' });
  return note?.trim();
}

/** Where a verdict or note goes: the account whose sidecar keeps it, its span, and for a cross-reference the other passage. */
export interface ReviewPlace {
  readonly account: vscode.Uri;
  readonly target: HandTarget;
  readonly counterpart?: HandTarget;
  /** The span's words as messages quote them (“…”). */
  readonly quote: string;
}

/** Stores a verdict (or a note) at `place` and tells the user. */
export async function saveReview(layer: HandAnnotationLayer, place: ReviewPlace, value: { readonly verdict: string } | { readonly note: string }): Promise<void> {
  const creator = await reviewerName(place.account);
  const base = { id: newHandId(), created: now(), ...(creator && { creator }), target: place.target, ...(place.counterpart && { counterpart: place.counterpart }) };
  const entry = 'verdict' in value ? { ...base, action: 'assess' as const, verdict: value.verdict } : { ...base, action: 'comment' as const, note: value.note };
  const what = place.counterpart ? `the link of ${place.quote}` : place.quote;
  const label = 'verdict' in value ? `set verdict of ${what} to ${value.verdict}` : `note on ${what}`;
  const outcome = await layer.edit(place.account, reviewEdit(layer.handOf(place.account), entry), label);
  const done = 'verdict' in value ? `Verdict on ${what}: ${value.verdict}` : value.note ? `Note saved on ${what}` : `Note cleared on ${what}`;
  reportOutcome(layer, outcome, done);
}
