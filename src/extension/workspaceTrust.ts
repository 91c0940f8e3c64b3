/**
 * Restricted Mode (an untrusted workspace, `capabilities.untrustedWorkspaces: limited`):
 * analysis, highlighting, hovers, the panel and exports the user asks for all work, and
 * sidecars and the pairs file are read; but nothing is written on the extension's own
 * account. Hand edits are held in memory and written once the workspace is trusted;
 * pairs and include/exclude choices hold for the session. This module says so, with a
 * button to the trust editor.
 */
import * as vscode from 'vscode';

/** Why sidecars are not written now; `undefined` in a trusted workspace. */
export function sidecarWritesBlocked(): string | undefined {
  return vscode.workspace.isTrusted ? undefined : 'Restricted Mode: hand annotations are not written to sidecar files until you trust this workspace (Manage Workspace Trust).';
}

/** True when the pairs file may be written. */
export function mayWritePairsFile(): boolean {
  return vscode.workspace.isTrusted;
}

/** Tells the user that `what` holds for this session only, with a button to the trust editor. */
export function explainSessionOnly(what: string): void {
  void vscode.window.showInformationMessage(`Restricted Mode: ${what} for this session only; trust the workspace to save it in .vscode/transcript-annotator.json.`, MANAGE_TRUST).then((choice) => {
    if (choice) manageTrust();
  });
}

/** The button text that opens the trust editor, for messages that offer it. */
export const MANAGE_TRUST = 'Manage Workspace Trust';

/** Opens the trust editor. */
export function manageTrust(): void {
  void vscode.commands.executeCommand('workbench.trust.manage');
}
