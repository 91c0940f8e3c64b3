/**
 * Registers the hand-annotation and export commands (issue 7), all sharing one
 * HandAnnotationLayer, and the Problems entries of that layer.
 */
import * as vscode from 'vscode';
import type { AccountStore } from '../accountStore';
import type { HandAnnotationLayer } from '../handAnnotations';
import { registerApplyToIdenticalAction } from '../applyToIdenticalAction';
import { registerHandDiagnostics } from '../handDiagnostics';
import { registerExportAnnotations } from './exportAnnotations';
import { registerImportAnnotations } from './importAnnotations';
import { registerLinkCounterpart } from './linkCounterpart';
import { registerRejectAnnotation } from './rejectAnnotation';
import { registerRestoreRejected } from './restoreRejected';
import { registerAddNote } from './addNote';
import { registerApplyToIdentical } from './applyToIdentical';
import { registerCompareReviewers } from './compareReviewers';
import { registerSetSpeaker } from './setSpeaker';
import { registerSetVerdict } from './setVerdict';
import { registerShowOrphaned } from './showOrphaned';
import { registerTagClaim } from './tagClaim';
import { registerTagCountry } from './tagCountry';
import { registerTagPerson } from './tagPerson';
import { registerUndoHandAnnotation } from './undoHandAnnotation';
import { registerUnlinkCounterpart } from './unlinkCounterpart';

/** Registers Tag as Person/Country/Claim, Set Speaker, Set Verdict, Add Note, Reject, Restore, Apply to All Identical, Link, Unlink, Show Orphaned, Undo, Export, Import, Compare Reviewers, and the layer's diagnostics. */
export function registerHandCommands(store: AccountStore, layer: HandAnnotationLayer): vscode.Disposable {
  return vscode.Disposable.from(
    registerTagPerson(store, layer),
    registerTagCountry(store, layer),
    registerTagClaim(store, layer),
    registerSetSpeaker(store, layer),
    registerSetVerdict(store, layer),
    registerAddNote(store, layer),
    registerRejectAnnotation(store, layer),
    registerRestoreRejected(store, layer),
    registerLinkCounterpart(store, layer),
    registerUnlinkCounterpart(store, layer),
    registerShowOrphaned(store, layer),
    registerApplyToIdentical(store, layer),
    registerApplyToIdenticalAction(store, layer),
    registerUndoHandAnnotation(layer),
    registerExportAnnotations(store, layer),
    registerImportAnnotations(store, layer),
    registerCompareReviewers(store, layer),
    registerHandDiagnostics(layer),
  );
}
