/**
 * Problems-panel entries for the hand-annotation layer, so nothing is lost silently:
 * an account whose sidecar cannot be written (warning: new work is only in memory) and
 * an account with orphaned hand annotations (information: run “Show Orphaned
 * Annotations”). Both sit on the account's first line, since they have no place in the
 * text.
 */
import * as vscode from 'vscode';
import type { HandAnnotationLayer } from './handAnnotations';

/** Registers the diagnostics; they follow `layer.onDidChange`. */
export function registerHandDiagnostics(layer: HandAnnotationLayer): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('transcriptAnnotator.hand');
  const top = new vscode.Range(0, 0, 0, 0);
  const update = (uris: readonly vscode.Uri[]) => {
    for (const uri of uris) {
      const diagnostics: vscode.Diagnostic[] = [];
      const problem = layer.problemOf(uri);
      if (problem) {
        const d = new vscode.Diagnostic(top, `Hand annotations are not being saved: ${problem.message}`, vscode.DiagnosticSeverity.Warning);
        d.source = 'Transcript Annotator';
        d.code = `sidecar-${problem.code}`;
        diagnostics.push(d);
      }
      const orphans = layer.orphansOf(uri);
      if (orphans.length > 0) {
        const d = new vscode.Diagnostic(
          top,
          `${orphans.length} hand annotation(s) could not be placed in the current text (their words changed). They are kept in the sidecar: run “Transcript Annotator: Show Orphaned Annotations” to review them.`,
          vscode.DiagnosticSeverity.Information,
        );
        d.source = 'Transcript Annotator';
        d.code = 'orphaned-hand-annotations';
        diagnostics.push(d);
      }
      collection.set(uri, diagnostics);
    }
  };
  return vscode.Disposable.from(collection, layer.onDidChange(update));
}
