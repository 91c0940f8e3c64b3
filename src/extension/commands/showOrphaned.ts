/**
 * Command `transcriptAnnotator.showOrphaned`: lists the hand annotations that could not
 * be placed in the current text (their words were edited away), with the reason; for
 * one of them, open its sidecar at the entry, copy its text, or delete it (asks; undoable).
 * Opening and deleting are the panel's own actions (orphanActions.ts).
 */
import * as vscode from 'vscode';
import type { AccountStore } from '../accountStore';
import { basename } from '../accountStore';
import type { HandAnnotationLayer } from '../handAnnotations';
import { truncate } from '../markdownText';
import { openOrphanInSidecar, removeOrphan } from '../orphanActions';
import { placeFromArgs } from './accountArgs';

/** Registers Show Orphaned Annotations. */
export function registerShowOrphaned(store: AccountStore, layer: HandAnnotationLayer): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.showOrphaned', async (arg?: unknown) => {
    const place = placeFromArgs(arg);
    if (place && store.isAccount(place.uri)) await store.analyse(place.uri);
    const orphans = layer.orphansOf();
    if (orphans.length === 0) {
      void vscode.window.showInformationMessage('Every hand annotation of the open accounts is placed in the current text: none is orphaned.');
      return;
    }
    const picked = await vscode.window.showQuickPick(
      orphans.map((o) => ({
        label: `${o.annotation.action === 'tag' ? o.annotation.kind : o.annotation.action}: ${truncate(o.annotation.target.selectors.quote.exact.replace(/\s+/g, ' '), 70)}`,
        description: basename(vscode.Uri.parse(o.uri)),
        detail: o.reason,
        orphan: o,
      })),
      { title: `${orphans.length} orphaned hand annotation(s): kept in their sidecars`, matchOnDetail: true },
    );
    if (!picked) return;
    const account = vscode.Uri.parse(picked.orphan.uri);
    const action = await vscode.window.showQuickPick(['Open the sidecar at this entry', 'Copy its text', 'Delete it from the sidecar'], { title: picked.label });
    if (action === 'Copy its text') {
      await vscode.env.clipboard.writeText(picked.orphan.annotation.target.selectors.quote.exact);
    } else if (action === 'Delete it from the sidecar') {
      await removeOrphan(layer, account, picked.orphan.annotation.id);
    } else if (action) {
      await openOrphanInSidecar(account, picked.orphan.annotation.id);
    }
  });
}
