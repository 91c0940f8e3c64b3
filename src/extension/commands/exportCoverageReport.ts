/**
 * Command `transcriptAnnotator.exportCoverageReport`: the HTML coverage report
 * (shared/coverageReport.ts) of the active account's event — its transcript and every
 * report of the transcript's folder paired with it (the automatic pairing, or an explicit
 * one), hand annotations applied — saved where the user chooses.
 *
 * Each report's pair analysis (the store's, cached and shared with every feature) is
 * combined into one set (core/export/combineSets.ts: the transcript taken once), from
 * which the coverage is built. Refuses a target that is an account of the event, a sidecar
 * or the pairs file; asks before replacing a file the save dialog did not confirm; writes
 * atomically; shows progress and can be cancelled.
 *
 * Arguments (optional, for tests): `{ target }`, a URI string. Returns the URI written.
 */
import * as vscode from 'vscode';
import { buildCoverage, findTranscript } from '../../core/coverage/index';
import { combineSets, type SetWithTexts } from '../../core/export/combineSets';
import { documentBaseName } from '../../core/export/documentName';
import { ownedFileReason } from '../../core/export/ownedFiles';
import { buildCoverageReport } from '../../shared/coverageReport';
import type { AccountStore, PairAnalysis } from '../accountStore';
import { basename } from '../accountStore';
import { writeAtomically } from '../atomicWrite';
import type { HandAnnotationLayer } from '../handAnnotations';

/** Files of the transcript's folder looked at for its reports, at most. */
const MAX_CANDIDATES = 200;

/** Account file extensions looked at in the transcript's folder. */
const ACCOUNT_FILE = /\.(?:txt|md|transcript)$/i;

/** Registers Export Coverage Report…. */
export function registerExportCoverageReport(store: AccountStore, layer: HandAnnotationLayer, version: string): vscode.Disposable {
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
      const pairs = await reportPairs(store, layer, transcript, progress, token);
      if (token.isCancellationRequested) return undefined;
      if (pairs.length === 0) {
        void vscode.window.showInformationMessage(`No report in the folder of ${basename(transcript)} is paired with it: put the reports beside the transcript, or pair them with “Pair with Other Account…”.`);
        return undefined;
      }
      const { set, texts } = combineSets(pairs.map(withTexts));
      const transcriptId = findTranscript(set);
      if (!transcriptId) {
        void vscode.window.showErrorMessage(`The accounts paired with ${basename(transcript)} read as more than one transcript; pair each report with its transcript and try again.`);
        return undefined;
      }
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
      if (given && (await exists(target))) {
        const choice = await vscode.window.showWarningMessage(`${basename(target)} already exists. Replace it?`, { modal: true }, 'Replace');
        if (choice !== 'Replace') return undefined;
      }
      progress.report({ message: `writing ${basename(target)}` });
      const html = buildCoverageReport({ coverage: buildCoverage(set, texts, transcriptId), set, texts, names: Object.fromEntries(set.documents.map((d) => [d.id, basename(vscode.Uri.parse(d.uri))])), generator: `Transcript Annotator ${version}` });
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

/** The pair analyses of the reports of `transcript`'s folder paired with it, in file-name order. */
async function reportPairs(store: AccountStore, layer: HandAnnotationLayer, transcript: vscode.Uri, progress: vscode.Progress<{ message?: string }>, token: vscode.CancellationToken): Promise<PairAnalysis[]> {
  const folder = vscode.Uri.joinPath(transcript, '..');
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return [];
  }
  const names = entries
    .filter(([name, type]) => (type & vscode.FileType.File) !== 0 && ACCOUNT_FILE.test(name) && !name.startsWith('.'))
    .map(([name]) => name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, MAX_CANDIDATES);
  const out: PairAnalysis[] = [];
  for (const name of names) {
    if (token.isCancellationRequested) return [];
    const uri = vscode.Uri.joinPath(folder, name);
    if (uri.toString() === transcript.toString()) continue;
    progress.report({ message: `analysing ${name}` });
    await layer.load(uri);
    await layer.load(transcript);
    const analysis = await store.analyse(uri, token);
    const self = analysis?.accounts.find((a) => a.uri.toString() === uri.toString());
    const paired = analysis?.accounts.some((a) => a.uri.toString() === transcript.toString());
    if (analysis && self?.role === 'report' && paired) out.push(analysis);
  }
  return out;
}

function withTexts(a: PairAnalysis): SetWithTexts {
  return { set: a.set, texts: Object.fromEntries(a.accounts.map((s) => [s.docId, s.text])) };
}

function targetArg(arg: unknown): vscode.Uri | undefined {
  const v = (Array.isArray(arg) ? arg[0] : arg) as Record<string, unknown> | undefined;
  return v && typeof v === 'object' && !(v instanceof vscode.Uri) && typeof v.target === 'string' ? vscode.Uri.parse(v.target) : undefined;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
