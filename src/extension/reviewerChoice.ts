/**
 * The panel's side of the two-reviewer comparison: resolving a disagreement the user
 * chose in the panel, and the comparison as a `reviewers` message.
 */
import * as vscode from 'vscode';
import type { PanelComparison, PanelReviewerChoice } from '../shared/panelProtocol';
import type { HandAnnotationLayer } from './handAnnotations';
import { reportOutcome } from './commands/handCommandSupport';

/** Keeps ours or takes theirs on the disagreement `id`, and tells the user how it went. */
export async function resolveDisagreement(layer: HandAnnotationLayer, id: string, take: PanelReviewerChoice): Promise<void> {
  const resolved = await layer.reviewers.resolve(id, take);
  if (resolved.kind === 'taken') reportOutcome(layer, resolved.outcome, resolved.label[0]!.toUpperCase() + resolved.label.slice(1));
  else if (resolved.kind === 'unchanged') void vscode.window.showInformationMessage('No entry of either sidecar decides this item (another hand annotation nearby does), so it cannot be taken over alone: edit it by hand, or keep yours.');
}

/** `{ comparison }` when there is one, else nothing (the message then removes the section). */
export function withComparison(comparison: PanelComparison | undefined): { readonly comparison?: PanelComparison } {
  return comparison ? { comparison } : {};
}
