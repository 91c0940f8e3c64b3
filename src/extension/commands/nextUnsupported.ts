/** Command `transcriptAnnotator.nextUnsupported`: the next unsupported claim of the active account. */
import * as vscode from 'vscode';
import type { AccountStore } from '../accountStore';
import { moveToUnsupported } from './unsupportedNavigation';

/** Registers Next Unsupported Claim. */
export function registerNextUnsupported(store: AccountStore): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.nextUnsupported', () => moveToUnsupported(store, 1));
}
