/**
 * Command `transcriptAnnotator.restoreRejected`: lists the rejections of the current
 * account (all ticked) and removes the chosen ones, bringing the automatic annotations back.
 */
import * as vscode from 'vscode';
import type { HandReject } from '../../core/index';
import type { AccountStore } from '../accountStore';
import { basename } from '../accountStore';
import type { HandAnnotationLayer } from '../handAnnotations';
import { truncate } from '../markdownText';
import { placeFromArgs } from './accountArgs';
import { reportOutcome } from './handCommandSupport';

/** Registers Restore Rejected Annotations. */
export function registerRestoreRejected(store: AccountStore, layer: HandAnnotationLayer): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.restoreRejected', async (arg?: unknown) => {
    const place = placeFromArgs(arg);
    if (!place || !store.isAccount(place.uri)) {
      void vscode.window.showInformationMessage('Open the account whose rejected annotations you want back, then run “Restore Rejected Annotations” again.');
      return;
    }
    await layer.load(place.uri);
    const rejected = layer.handOf(place.uri).filter((h): h is HandReject => h.action === 'reject');
    if (rejected.length === 0) {
      void vscode.window.showInformationMessage(`No annotation of ${basename(place.uri)} has been rejected.`);
      return;
    }
    const picked = await vscode.window.showQuickPick(
      rejected.map((h) => ({ label: `${h.kind}: ${truncate(h.target.selectors.quote.exact.replace(/\s+/g, ' '), 70)}`, description: h.created ? new Date(h.created).toLocaleString() : undefined, picked: true, hand: h })),
      { title: `Restore rejected annotations of ${basename(place.uri)}`, canPickMany: true },
    );
    if (!picked || picked.length === 0) return;
    const outcome = await layer.edit(place.uri, { remove: picked.map((p) => p.hand.id) }, `restore ${picked.length} rejected annotation(s)`);
    reportOutcome(layer, outcome, `Restored ${picked.length} rejected annotation(s)`);
  });
}
