/**
 * Small helpers on `vscode.Uri` and open documents that every part of the editor side
 * uses: the file name, the parent folder, the open document of a uri.
 */
import * as vscode from 'vscode';

/** The file name of `uri`. */
export function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The folder holding `uri`, as a uri string. */
export function parentPath(uri: vscode.Uri): string {
  return vscode.Uri.joinPath(uri, '..').toString();
}

/** The open document of `uri`, if any. */
export function findOpenDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}
