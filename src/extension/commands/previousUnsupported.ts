/** Command `transcriptAnnotator.previousUnsupported`: the previous unsupported claim of the active account. */
import * as vscode from 'vscode';
import type { AccountStore } from '../accountStore';
import { moveToUnsupported } from './unsupportedNavigation';

/** Registers Previous Unsupported Claim. */
export function registerPreviousUnsupported(store: AccountStore): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.previousUnsupported', () => moveToUnsupported(store, -1));
}
