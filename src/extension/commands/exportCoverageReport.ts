/**
 * Command `transcriptAnnotator.exportCoverageReport`: the HTML coverage report
 * (shared/coverageReport.ts) of the active account's event — its transcript and every
 * report of the transcript's folder paired with it (the automatic pairing, or an explicit
 * one), hand annotations applied — saved where the user chooses.
 *
 * The event and its coverage come from eventCoverage.ts (the store's pair analyses,
 * combined). Refuses a target that is an account of the event, a sidecar
 * or the pairs file; asks before replacing a file the save dialog did not confirm; writes
 * atomically; shows progress and can be cancelled.
 *
 * Arguments (optional, for tests): `{ target }`, a URI string. Returns the URI written.
 */
import * as vscode from 'vscode';
import { documentBaseName, ownedFileReason } from '../../core/index';
import { buildCoverageReport } from '../../shared/coverageReport';
import type { AccountStore } from '../accountStore';
import { basename } from '../accountStore';
import { fileExists, writeAtomically } from '../atomicWrite';
import type { EventCoverageIndex } from '../eventCoverage';
import type { HandAnnotationLayer } from '../handAnnotations';

/** Registers Export Coverage Report…. */
export function registerExportCoverageReport(store: AccountStore, layer: HandAnnotationLayer, events: EventCoverageIndex, version: string): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.exportCoverageReport', async (arg?: unknown): Promise<vscode.Uri | undefined> => {
    const given = targetArg(arg);
    const active = vscode.window.activeTextEditor?.document.uri;
    if (!active) {
      void vscode.window.showInformationMessage('Open a transcript, or a report paired with one, to export the coverage report of its event.');
      return undefined;
    }
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Coverage report', cancellable: true }, async (progress, token) => {
      progress.report({ message: `analysing ${basename(active)}` });
      await layer.load(active);
      const first = await store.analyse(active, token);
      const transcript = first?.accounts.find((a) => a.role === 'transcript')?.uri;
      if (token.isCancellationRequested) return undefined;
      if (!transcript) {
        void vscode.window.showInformationMessage(`${basename(active)} is no transcript and is paired with none: open the transcript (or pair this report with it, “Pair with Other Account…”) and try again.`);
        return undefined;
      }
      const event = await events.eventOf(transcript, token, (message) => progress.report({ message }));
      if (token.isCancellationRequested) return undefined;
      if (!event) {
        void vscode.window.showInformationMessage(`No report in the folder of ${basename(transcript)} is paired with it: put the reports beside the transcript, or pair them with “Pair with Other Account…”.`);
        return undefined;
      }
      const { set, texts, coverage, pairs } = event;
      const target = given ?? (await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(transcript, '..', `${documentBaseName(transcript.toString())}.coverage.html`),
        filters: { 'HTML coverage report': ['html'] },
        saveLabel: 'Export',
        title: `Coverage report of ${basename(transcript)} and ${pairs.length} ${pairs.length === 1 ? 'report' : 'reports'}`,
      }));
      if (!target) return undefined;
      const inputs = new Set(set.documents.map((d) => d.uri));
      const refused = inputs.has(target.toString()) ? `${basename(target)} is an account of the event` : ownedFileReason(target.toString());
      if (refused) {
        void vscode.window.showErrorMessage(`Nothing was written to ${basename(target)}: ${refused}. Choose another file name (e.g. ${documentBaseName(transcript.toString())}.coverage.html).`);
        return undefined;
      }
      if (given && (await fileExists(target))) {
        const choice = await vscode.window.showWarningMessage(`${basename(target)} already exists. Replace it?`, { modal: true }, 'Replace');
        if (choice !== 'Replace') return undefined;
      }
      progress.report({ message: `writing ${basename(target)}` });
      const html = buildCoverageReport({ coverage, set, texts, names: Object.fromEntries(set.documents.map((d) => [d.id, basename(vscode.Uri.parse(d.uri))])), generator: `Transcript Annotator ${version}` });
      try {
        await writeAtomically(target, html);
      } catch (e) {
        void vscode.window.showErrorMessage(`Could not write ${basename(target)}: ${(e as Error).message}. Check that the folder is writable and there is space; nothing is left half-written.`);
        return undefined;
      }
      void vscode.window.showInformationMessage(`Wrote the coverage report of ${basename(transcript)} and ${pairs.length} ${pairs.length === 1 ? 'report' : 'reports'} to ${basename(target)}.`, 'Reveal').then((choice) => {
        if (choice === 'Reveal') void vscode.commands.executeCommand('revealInExplorer', target);
      });
      return target;
    });
  });
}

function targetArg(arg: unknown): vscode.Uri | undefined {
  const v = (Array.isArray(arg) ? arg[0] : arg) as Record<string, unknown> | undefined;
  return v && typeof v === 'object' && !(v instanceof vscode.Uri) && typeof v.target === 'string' ? vscode.Uri.parse(v.target) : undefined;
}
