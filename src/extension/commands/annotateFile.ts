/**
 * Command `transcriptAnnotator.annotateFile`: annotate the current file even when
 * detection does not take it for an account (persisted in the pairs file).
 */
import * as vscode from 'vscode';
import type { AccountStore } from '../accountStore';
import { basename } from '../accountStore';
import { PAIRS_FILE } from '../../core/index';
import { placeFromArgs } from './accountArgs';

/** Registers Annotate Current File. */
export function registerAnnotateFile(store: AccountStore): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.annotateFile', async (arg?: unknown) => {
    const place = placeFromArgs(arg);
    if (!place) {
      void vscode.window.showInformationMessage('Open the transcript or news report you want to annotate, then run “Annotate Current File” again.');
      return;
    }
    try {
      await store.include(place.uri);
    } catch (e) {
      void vscode.window.showErrorMessage((e as Error).message);
      return;
    }
    const role = store.roleOf(place.uri);
    const pair = store.counterpartOf(place.uri);
    const where = vscode.workspace.getWorkspaceFolder(place.uri) ? ` (saved in ${PAIRS_FILE})` : ' (for this session)';
    void vscode.window.showInformationMessage(`Annotating ${basename(place.uri)} as a ${role ?? 'account'}${pair ? `, paired with ${basename(pair)}` : ''}${where}.`);
  });
}
