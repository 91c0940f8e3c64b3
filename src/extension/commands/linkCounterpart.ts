/**
 * Command `transcriptAnnotator.linkCounterpart`: links the selection (or the claim at
 * the cursor) to a passage of the paired account: the selection in the other account's
 * editor when it is open, or a claim or turn of it picked from a list (most similar
 * first). Asks how close the match is.
 */
import * as vscode from 'vscode';
import { handTargetFor, type OffsetRange } from '../../core/index';
import { claimAt } from '../annotationQueries';
import type { AccountStore } from '../accountStore';
import { basename } from '../accountStore';
import type { HandAnnotationLayer } from '../handAnnotations';
import { truncate } from '../markdownText';
import { argOffset } from './reviewTarget';
import { editorAccount, newHandId, now, pickMatch, quoteOf, reportOutcome, targetInAccount } from './handCommandSupport';
import { documentOffsetAt, documentOffsetRange } from '../convert';

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Share of `a`'s words found in `b` (0..1), to rank candidate passages. */
function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / a.size;
}

/** Registers Link Selection to Counterpart…. */
export function registerLinkCounterpart(store: AccountStore, layer: HandAnnotationLayer): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.linkCounterpart', async (arg?: unknown) => {
    const found = await editorAccount(store, 'select a passage');
    if (!found) return;
    const { editor, view } = found;
    const doc = editor.document;
    // A quick fix passes the claim's place; else the selection, or the claim at the cursor.
    const given = argOffset(arg, doc);
    const here: OffsetRange | undefined = given !== undefined || editor.selection.isEmpty
      ? claimAt(view.analysis.set, view.account.docId, given ?? documentOffsetAt(doc, editor.selection.active))
      : documentOffsetRange(doc, editor.selection);
    if (!here || here.end <= here.start) {
      void vscode.window.showInformationMessage('Select the passage to link (or put the cursor in a claim), then run “Link Selection to Counterpart…” again.');
      return;
    }
    const other = view.other;
    if (!other) {
      void vscode.window.showInformationMessage(`${basename(view.account.uri)} has no paired account to link to. Run “Pair with Other Account…” first.`);
      return;
    }
    type Item = vscode.QuickPickItem & { range?: OffsetRange };
    const items: Item[] = [];
    const otherEditor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === other.uri.toString() && !e.selection.isEmpty);
    if (otherEditor && otherEditor.document.version === other.version) {
      const range = documentOffsetRange(otherEditor.document, otherEditor.selection);
      items.push({ label: `$(selection) Selection in ${basename(other.uri)}`, description: truncate(other.text.slice(range.start, range.end).replace(/\s+/g, ' '), 80), range });
    }
    const hereWords = words(view.account.text.slice(here.start, here.end));
    const candidates = view.analysis.set.annotations
      .filter((a) => a.document === other.docId && (a.kind === 'claim' || a.kind === 'turn'))
      .map((a) => ({ a, score: overlap(hereWords, words(a.text)) }))
      .sort((x, y) => y.score - x.score || x.a.start - y.a.start);
    for (const { a, score } of candidates) {
      items.push({ label: truncate(a.text.replace(/\s+/g, ' '), 90), description: `${a.kind}${a.claimType ? ` · ${a.claimType}` : ''} · ${Math.round(score * 100)}% shared words`, range: { start: a.start, end: a.end } });
    }
    if (items.length === 0) {
      void vscode.window.showInformationMessage(`${basename(other.uri)} has no claim or turn to link to. Select the passage there, keep both editors open, and run the command again from ${basename(view.account.uri)}.`);
      return;
    }
    const picked = await vscode.window.showQuickPick(items, { title: `Link ${quoteOf(view.account.text, here)} to a passage of ${basename(other.uri)}`, matchOnDescription: true });
    if (!picked?.range) return;
    const match = await pickMatch();
    if (!match) return;
    const counterpart = handTargetFor(view.account.uri.toString(), other.uri.toString(), other.text, picked.range);
    const outcome = await layer.edit(
      view.account.uri,
      { add: [{ id: newHandId(), created: now(), action: 'link', match, target: targetInAccount(view, here), counterpart }] },
      `link ${quoteOf(view.account.text, here)}`,
    );
    reportOutcome(layer, outcome, `Linked ${quoteOf(view.account.text, here)} to ${basename(other.uri)} (${match})`);
  });
}
