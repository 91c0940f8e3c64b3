/**
 * The one way the extension writes a file (sidecars, the pairs file, exports): through
 * `vscode.workspace.fs` (so virtual file systems work), to a temporary file in the same
 * folder, then renamed over the target, so a crash or a full disk never leaves a
 * half-written file in its place.
 */
import * as vscode from 'vscode';

/** The last path segment of `uri`. */
function nameOf(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** Writes `content` to `target` atomically (see the module notes). */
export async function writeAtomically(target: vscode.Uri, content: string | Uint8Array): Promise<void> {
  const temp = vscode.Uri.joinPath(target, '..', `.${nameOf(target)}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  await vscode.workspace.fs.writeFile(temp, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  try {
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (e) {
    await Promise.resolve(vscode.workspace.fs.delete(temp)).catch(() => undefined);
    throw e;
  }
}

/** True when `uri` names an existing file or folder (through `workspace.fs`, like every file access of the extension). */
export async function fileExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
