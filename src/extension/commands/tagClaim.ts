/**
 * Command `transcriptAnnotator.tagClaim`: tags the selection as a claim, asking its type
 * and its speaker (a known person, a new one, or unknown). Replaces an automatic claim
 * of the same span, keeping its cross-references.
 */
import * as vscode from 'vscode';
import { claimAt } from '../annotationQueries';
import type { AccountStore } from '../accountStore';
import type { HandAnnotationLayer } from '../handAnnotations';
import { editorAccount, newHandId, now, pickClaimType, pickPerson, quoteOf, reportOutcome, targetInAccount } from './handCommandSupport';
import { documentOffsetRange } from '../convert';

/** Registers Tag Selection as Claim…. */
export function registerTagClaim(store: AccountStore, layer: HandAnnotationLayer): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.tagClaim', async () => {
    const found = await editorAccount(store, 'select the words of a claim');
    if (!found) return;
    const { editor, view } = found;
    if (editor.selection.isEmpty) {
      void vscode.window.showInformationMessage('Select the words of the claim (a quote, reported speech, a statement or a figure), then run “Tag Selection as Claim…” again.');
      return;
    }
    const doc = editor.document;
    const raw = documentOffsetRange(doc, editor.selection);
    const text = view.account.text.slice(raw.start, raw.end);
    const range = { start: raw.start + (text.length - text.trimStart().length), end: raw.end - (text.length - text.trimEnd().length) };
    if (range.end <= range.start) {
      void vscode.window.showInformationMessage('The selection is only white space. Select the words of the claim.');
      return;
    }
    const existing = claimAt(view.analysis.set, view.account.docId, range.start);
    const claimType = await pickClaimType(existing?.claimType);
    if (!claimType) return;
    const existingSpeaker = existing?.speaker ? view.analysis.set.entities.find((e) => e.id === existing.speaker)?.name : undefined;
    const speaker = await pickPerson(view.analysis.set, `Who makes the claim ${quoteOf(view.account.text, range)}?`, existingSpeaker, true);
    if (speaker === undefined) return;
    const outcome = await layer.edit(
      view.account.uri,
      { add: [{ id: newHandId(), created: now(), action: 'tag', kind: 'claim', claimType, ...(speaker !== null && { speaker }), target: targetInAccount(view, range) }] },
      `tag ${quoteOf(view.account.text, range)} as ${claimType}`,
    );
    reportOutcome(layer, outcome, `Tagged ${quoteOf(view.account.text, range)} as ${claimType}${speaker ? ` by ${speaker}` : ''}`);
  });
}
