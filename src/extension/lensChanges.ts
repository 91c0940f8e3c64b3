/**
 * The change event shared by the extension's CodeLens providers: it fires when `source`
 * does (new analyses or events) and when the `transcriptAnnotator.codeLens` setting changes.
 */
import * as vscode from 'vscode';

/** A CodeLens provider's `onDidChangeCodeLenses` and the disposables its owner disposes. */
export interface LensChanges {
  readonly event: vscode.Event<void>;
  readonly disposables: readonly vscode.Disposable[];
}

/** The change event of a CodeLens provider whose lenses follow `source`. */
export function lensChanges(source: vscode.Event<unknown>): LensChanges {
  const changed = new vscode.EventEmitter<void>();
  return {
    event: changed.event,
    disposables: [
      changed,
      source(() => changed.fire()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('transcriptAnnotator.codeLens')) changed.fire();
      }),
    ],
  };
}
