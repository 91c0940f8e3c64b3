/**
 * Command `transcriptAnnotator.stopAnnotating`: stop annotating the current file
 * (persisted in the pairs file; Annotate Current File undoes it).
 */
import * as vscode from 'vscode';
import type { AccountStore } from '../accountStore';
import { basename } from '../accountStore';
import { placeFromArgs } from './accountArgs';

/** Registers Stop Annotating Current File. */
export function registerStopAnnotating(store: AccountStore): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.stopAnnotating', async (arg?: unknown) => {
    const place = placeFromArgs(arg);
    if (!place) {
      void vscode.window.showInformationMessage('Open the file you want to stop annotating, then run “Stop Annotating Current File” again.');
      return;
    }
    try {
      await store.exclude(place.uri);
    } catch (e) {
      void vscode.window.showErrorMessage((e as Error).message);
      return;
    }
    void vscode.window.showInformationMessage(`Stopped annotating ${basename(place.uri)}. Run “Annotate Current File” to annotate it again.`);
  });
}
