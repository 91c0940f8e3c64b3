/**
 * Command `transcriptAnnotator.addToEvent` ("Add Report to Event…"): from a transcript,
 * pick reports (open documents and workspace text files) to make part of its event; from
 * a report, pick the transcript whose event it joins. Persisted in the workspace file
 * (core/pairs.ts, version 2 events).
 */
import * as vscode from 'vscode';
import type { AccountStore } from '../accountStore';
import { basename } from '../accountStore';
import { placeFromArgs } from './accountArgs';

interface FileItem extends vscode.QuickPickItem {
  readonly uri: vscode.Uri;
}

/** Open text documents and the store's candidate files, `self` excluded, open ones first. */
async function candidateFiles(store: AccountStore, self: vscode.Uri): Promise<vscode.Uri[]> {
  const open = vscode.workspace.textDocuments.filter((d) => d.uri.scheme !== 'untitled' && d.uri.scheme !== 'output' && !d.uri.path.endsWith('.json')).map((d) => d.uri);
  const seen = new Set<string>([self.toString()]);
  const out: vscode.Uri[] = [];
  for (const uri of [...open, ...(await store.pairCandidates(self))]) {
    if (seen.has(uri.toString())) continue;
    seen.add(uri.toString());
    out.push(uri);
  }
  return out;
}

/** Registers Add Report to Event…. */
export function registerAddToEvent(store: AccountStore): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.addToEvent', async (arg?: unknown) => {
    const place = placeFromArgs(arg);
    if (!place) {
      void vscode.window.showInformationMessage('Open the transcript of the event (or a report to add to one), then run “Add Report to Event…” again.');
      return;
    }
    await store.analyse(place.uri).catch(() => undefined);
    const isTranscript = store.roleOf(place.uri) === 'transcript';
    const event = isTranscript ? store.eventEntryOf(place.uri) : undefined;
    const members = new Set((event?.reports ?? []).map((u) => u.toString()));
    const items: FileItem[] = (await candidateFiles(store, place.uri))
      .filter((uri) => !members.has(uri.toString()))
      .map((uri) => ({ uri, label: basename(uri), description: store.roleOf(uri), detail: vscode.workspace.asRelativePath(uri, true) }));
    if (items.length === 0) {
      void vscode.window.showInformationMessage(`No other text file is open or in the workspace to ${isTranscript ? 'add to this event' : 'take as the transcript'}. Open it, then try again.`);
      return;
    }
    const title = isTranscript ? `Add reports to the event “${event?.name ?? basename(place.uri)}”` : `Add ${basename(place.uri)} to the event of…`;
    const picked = isTranscript
      ? await vscode.window.showQuickPick(items, { title, placeHolder: 'Reports of the same event (news accounts of this transcript)', canPickMany: true, matchOnDetail: true })
      : await vscode.window.showQuickPick(items.sort((a, b) => Number(b.description === 'transcript') - Number(a.description === 'transcript')), { title, placeHolder: 'The transcript of the event', matchOnDetail: true }).then((p) => (p ? [p] : undefined));
    if (!picked?.length) return;
    try {
      for (const item of picked) {
        if (isTranscript) await store.addToEvent(place.uri, item.uri);
        else await store.addToEvent(item.uri, place.uri);
      }
    } catch (e) {
      void vscode.window.showErrorMessage((e as Error).message);
      return;
    }
    const transcript = isTranscript ? place.uri : picked[0]!.uri;
    const names = isTranscript ? picked.map((p) => p.label).join(', ') : basename(place.uri);
    void vscode.window.showInformationMessage(`Added ${names} to the event of ${basename(transcript)}.`);
  });
}
