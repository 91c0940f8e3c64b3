/**
 * Command `transcriptAnnotator.undoHandAnnotation`: undoes the last hand edit of this
 * session (tag, reject, speaker, link, unlink, restore, delete), in the sidecar too.
 */
import * as vscode from 'vscode';
import type { HandAnnotationLayer } from '../handAnnotations';
import { reportOutcome } from './handCommandSupport';

/** Registers Undo Last Hand Annotation. */
export function registerUndoHandAnnotation(layer: HandAnnotationLayer): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.undoHandAnnotation', async () => {
    const undone = await layer.undo();
    if (!undone) {
      void vscode.window.showInformationMessage('There is no hand annotation to undo in this session.');
      return;
    }
    reportOutcome(layer, undone.outcome, `Undid: ${undone.label}`);
  });
}
