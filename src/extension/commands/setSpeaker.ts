/**
 * Command `transcriptAnnotator.setSpeaker`: sets who makes the claim at the cursor (or
 * the selected passage, which then becomes a claim), from the known persons or a new one.
 */
import * as vscode from 'vscode';
import { annotationsAt, claimAt } from '../annotationQueries';
import type { AccountStore } from '../accountStore';
import type { HandAnnotationLayer } from '../handAnnotations';
import { argOffset } from './reviewTarget';
import { editorAccount, newHandId, now, pickPerson, quoteOf, reportOutcome, targetInAccount } from './handCommandSupport';
import { documentOffsetAt } from '../convert';

/** Registers Set Speaker of Claim…. */
export function registerSetSpeaker(store: AccountStore, layer: HandAnnotationLayer): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.setSpeaker', async (arg?: unknown) => {
    const found = await editorAccount(store, 'put the cursor in a claim');
    if (!found) return;
    const { editor, view } = found;
    const doc = editor.document;
    // A quick fix passes the claim's place; else the cursor or the selection.
    const given = argOffset(arg, doc);
    const set = view.analysis.set;
    const target = given !== undefined
      ? claimAt(set, view.account.docId, given)
      : editor.selection.isEmpty
      ? annotationsAt(set, view.account.docId, documentOffsetAt(doc, editor.selection.active)).find((a) => a.kind === 'claim' || a.kind === 'turn')
      : { start: documentOffsetAt(doc, editor.selection.start), end: documentOffsetAt(doc, editor.selection.end), speaker: undefined };
    if (!target) {
      void vscode.window.showInformationMessage('There is no claim at the cursor. Put the cursor in a claim, or select a passage to make it a claim, then run “Set Speaker of Claim…” again.');
      return;
    }
    const current = target.speaker ? set.entities.find((e) => e.id === target.speaker)?.name : undefined;
    const speaker = await pickPerson(set, `Who makes the claim ${quoteOf(view.account.text, target)}?`, current);
    if (!speaker) return;
    const range = { start: target.start, end: target.end };
    const outcome = await layer.edit(
      view.account.uri,
      { add: [{ id: newHandId(), created: now(), action: 'setSpeaker', speaker, target: targetInAccount(view, range) }] },
      `set speaker of ${quoteOf(view.account.text, range)} to ${speaker}`,
    );
    reportOutcome(layer, outcome, `Speaker of ${quoteOf(view.account.text, range)} set to ${speaker}`);
  });
}
