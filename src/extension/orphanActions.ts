/**
 * What the side panel can do with one orphaned hand annotation (one that could not be
 * placed in the current text): open its entry in the sidecar, or remove it from the
 * sidecar after asking (undoable with Undo Last Hand Annotation).
 */
import * as vscode from 'vscode';
import { basename } from './accountStore';
import { reportOutcome } from './commands/handCommandSupport';
import { sidecarUriOf, type HandAnnotationLayer } from './handAnnotations';
import { truncate } from './markdownText';
import { documentCaretAt } from './convert';

/** Opens `account`'s sidecar with the cursor on the entry `id` (its start when the id is not found). */
export async function openOrphanInSidecar(account: vscode.Uri, id: string): Promise<void> {
  const sidecar = sidecarUriOf(account);
  if (!sidecar) {
    void vscode.window.showInformationMessage(`${basename(account)} is not saved to disk, so it has no sidecar to open. Save it first.`);
    return;
  }
  const doc = await vscode.workspace.openTextDocument(sidecar);
  const at = doc.getText().indexOf(id);
  await vscode.window.showTextDocument(doc, { selection: documentCaretAt(doc, Math.max(0, at)), preview: false });
}

/**
 * Removes the orphan `id` of `account` from its sidecar once the user confirms; does
 * nothing if it is no longer an orphan (placed again, or already removed).
 */
export async function removeOrphan(layer: HandAnnotationLayer, account: vscode.Uri, id: string): Promise<void> {
  const orphan = layer.orphansOf(account).find((o) => o.annotation.id === id);
  if (!orphan) {
    void vscode.window.showInformationMessage('That hand annotation is no longer orphaned (it was placed again or removed); nothing was deleted.');
    return;
  }
  const quote = truncate(orphan.annotation.target.selectors.quote.exact.replace(/\s+/g, ' '), 60);
  const choice = await vscode.window.showWarningMessage(
    `Delete the orphaned hand annotation on “${quote}” from ${basename(account)}'s sidecar?`,
    { modal: true, detail: 'Undo Last Hand Annotation brings it back during this session.' },
    'Delete',
  );
  if (choice !== 'Delete') return;
  const outcome = await layer.edit(account, { remove: [id] }, 'delete an orphaned annotation');
  reportOutcome(layer, outcome, 'Deleted the orphaned annotation');
}
