/**
 * Command `transcriptAnnotator.reanalyse`: forget every cached analysis, pairing and
 * verdict, and analyse the open accounts again (with progress, cancellable).
 */
import * as vscode from 'vscode';
import type { AccountStore } from '../accountStore';

/** Registers Re-analyse. */
export function registerReanalyse(store: AccountStore): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.reanalyse', () =>
    vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Transcript Annotator: re-analysing', cancellable: true }, async (_progress, token) => {
      store.reanalyse();
      const uris = vscode.window.visibleTextEditors.map((e) => e.document.uri);
      await Promise.all(uris.map((u) => store.analyse(u, token)));
    }),
  );
}
