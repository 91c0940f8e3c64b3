/**
 * Command `transcriptAnnotator.unlinkCounterpart`: removes a cross-reference at the
 * cursor (asks which when several), automatic or made by hand. A claim left without a
 * counterpart is then reported as unsupported.
 */
import * as vscode from 'vscode';
import { handTargetFor } from '../../core/index';
import { claimAt, counterpartLinks } from '../annotationQueries';
import type { AccountStore } from '../accountStore';
import { basename } from '../accountStore';
import type { HandAnnotationLayer } from '../handAnnotations';
import { truncate } from '../markdownText';
import { editorAccount, newHandId, now, quoteOf, reportOutcome, targetInAccount } from './handCommandSupport';
import { documentOffsetAt } from '../convert';

/** Registers Unlink Cross-Reference at Cursor. */
export function registerUnlinkCounterpart(store: AccountStore, layer: HandAnnotationLayer): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.unlinkCounterpart', async () => {
    const found = await editorAccount(store, 'put the cursor in a cross-referenced passage');
    if (!found) return;
    const { editor, view } = found;
    const other = view.other;
    const offset = documentOffsetAt(editor.document, editor.selection.active);
    const claim = claimAt(view.analysis.set, view.account.docId, offset);
    const range = claim ?? { start: offset, end: Math.min(view.account.text.length, offset + 1) };
    const links = other ? counterpartLinks(view.analysis.set, view.account.docId, range, claim?.id) : [];
    if (!other || links.length === 0) {
      void vscode.window.showInformationMessage('There is no cross-reference at the cursor. Put the cursor in a passage that has a counterpart, then run “Unlink Cross-Reference at Cursor” again.');
      return;
    }
    let chosen = links[0]!;
    if (links.length > 1) {
      const picked = await vscode.window.showQuickPick(
        links.map((l) => ({ label: truncate(other.text.slice(l.there.start, l.there.end).replace(/\s+/g, ' '), 90), description: `${l.reference.match} · score ${l.reference.score.toFixed(2)}${l.reference.origin === 'hand' ? ' · by hand' : ''}`, link: l })),
        { title: `Unlink which counterpart in ${basename(other.uri)}?` },
      );
      if (!picked) return;
      chosen = picked.link;
    }
    const counterpart = handTargetFor(view.account.uri.toString(), other.uri.toString(), other.text, chosen.there);
    const outcome = await layer.edit(
      view.account.uri,
      { add: [{ id: newHandId(), created: now(), action: 'unlink', target: targetInAccount(view, chosen.here), counterpart }] },
      `unlink ${quoteOf(view.account.text, chosen.here)}`,
    );
    reportOutcome(layer, outcome, `Unlinked ${quoteOf(view.account.text, chosen.here)} from ${basename(other.uri)}`);
  });
}
