/**
 * Entry point of the extension, shared by the Node and web extension hosts.
 * Builds the objects the features share, then registers each feature; every
 * registration returns a Disposable owned by the extension context.
 */
import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  const started = Date.now();
  const log = vscode.window.createOutputChannel('Transcript Annotator', { log: true });
  context.subscriptions.push(log);
  // Feature registrations are added here, one line per feature (see src/extension/*.ts).
  log.info(`activated in ${Date.now() - started} ms`);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
