/**
 * Command `transcriptAnnotator.pairWith`: pair the current account with another file
 * picked from a quick pick (persisted in the pairs file).
 */
import * as vscode from 'vscode';
import type { AccountStore } from '../accountStore';
import { basename } from '../accountStore';
import { placeFromArgs } from './accountArgs';

interface CandidateItem extends vscode.QuickPickItem {
  readonly uri: vscode.Uri;
}

/** Registers Pair with Other Account…. */
export function registerPairWith(store: AccountStore): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.pairWith', async (arg?: unknown) => {
    const place = placeFromArgs(arg);
    if (!place) {
      void vscode.window.showInformationMessage('Open the transcript or report you want to pair, then run “Pair with Other Account…” again.');
      return;
    }
    const current = store.counterpartOf(place.uri);
    const candidates = await store.pairCandidates(place.uri);
    const items: CandidateItem[] = candidates.map((uri) => ({
      uri,
      label: basename(uri),
      description: [store.roleOf(uri), current?.toString() === uri.toString() ? 'current pair' : ''].filter(Boolean).join(' · ') || undefined,
      detail: vscode.workspace.asRelativePath(uri, true),
    }));
    const browse: CandidateItem = { uri: place.uri, label: '$(folder-opened) Browse…', description: 'choose a file outside the list' };
    const picked = await vscode.window.showQuickPick([...items, browse], {
      title: `Pair ${basename(place.uri)} with…`,
      placeHolder: items.length ? 'The other account of the same event (transcript or news report)' : 'No other .txt, .md or .transcript file in the workspace: browse for one',
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!picked) return;
    let other = picked.uri;
    if (picked === browse) {
      const chosen = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Pair', filters: { Accounts: ['txt', 'md', 'transcript'], 'All files': ['*'] } });
      if (!chosen?.[0]) return;
      other = chosen[0];
    }
    if (other.toString() === place.uri.toString()) {
      void vscode.window.showWarningMessage('An account cannot be paired with itself: pick the other account of the event.');
      return;
    }
    try {
      await store.pair(place.uri, other);
    } catch (e) {
      void vscode.window.showErrorMessage((e as Error).message);
      return;
    }
    void vscode.window.showInformationMessage(`Paired ${basename(place.uri)} with ${basename(other)}.`);
  });
}
