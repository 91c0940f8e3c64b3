/**
 * Command `transcriptAnnotator.exportAnnotations`: exports the annotations (hand
 * annotations applied) of the current account, its pair, or every account of the
 * workspace, as json, w3c, csv, brat or tei, to a file (a folder for brat) the user
 * chooses. Proposes a name of its own (`news.export.json`, `news.w3c.jsonld`, …), never
 * a sidecar's; refuses a target that is an exported account, a sidecar or the pairs file
 * (`core/export/ownedFiles.ts`); never overwrites anything else without asking; writes
 * each file atomically (temporary file, then rename); shows progress and can be cancelled.
 *
 * Arguments (all optional, for the panel and tests): `{ scope, format, target }` with
 * `target` a URI string; a missing one is asked for. Returns the URIs written.
 */
import * as vscode from 'vscode';
import { combineSets, documentBaseName, EXPORT_FORMAT_LABELS, EXPORT_FORMATS, exportAs, exportFileName, type ExportFormat, type ExportOutput, isExportFormat, ownedFileReason, selectDocument, type SetWithTexts } from '../../core/index';
import type { AccountStore, PairAnalysis } from '../accountStore';
import { basename } from '../accountStore';
import { readConfig } from '../config';
import type { HandAnnotationLayer } from '../handAnnotations';
import { fileExists, writeAtomically } from '../atomicWrite';
import { encodeChunks } from '../../shared/encodeChunks';

/** What to export. */
export type ExportScope = 'account' | 'pair' | 'workspace';

interface ExportArgs {
  readonly scope?: ExportScope;
  readonly format?: ExportFormat;
  readonly target?: string;
}

const FILTERS: Record<Exclude<ExportFormat, 'brat'>, Record<string, string[]>> = {
  json: { 'Annotation set (JSON)': ['json'] },
  w3c: { 'W3C Web Annotation (JSON-LD)': ['jsonld', 'json'] },
  csv: { 'CSV': ['csv'] },
  tei: { 'TEI XML': ['xml'] },
  'recogito-csv': { 'CSV (Recogito)': ['csv'] },
  'webanno-tsv': { 'WebAnno TSV 3.3': ['tsv'] },
  claimreview: { 'ClaimReview (JSON-LD)': ['jsonld', 'json'] },
};

/** Registers Export Annotations…. */
export function registerExportAnnotations(store: AccountStore, layer: HandAnnotationLayer): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.exportAnnotations', async (arg?: unknown): Promise<vscode.Uri[] | undefined> => {
    const args = parseArgs(arg);
    const current = activeAccount(store);
    const scope = args.scope ?? (await pickScope(store, current));
    if (!scope) return undefined;
    if (scope !== 'workspace' && !current) {
      void vscode.window.showInformationMessage('Open a transcript or news report to export it, or choose “All accounts in the workspace”.');
      return undefined;
    }
    const format = args.format ?? (await pickFormat());
    if (!format) return undefined;
    const target = args.target ? vscode.Uri.parse(args.target) : await pickTarget(format, scope, current);
    if (!target) return undefined;
    const owned = format === 'brat' ? undefined : ownedFileReason(target.toString());
    if (owned) return refuse(target, owned, format === 'brat' ? 'folder' : 'file');

    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Exporting annotations (${format})`, cancellable: true },
      async (progress, token) => {
        const parts = await collect(store, layer, scope, current, progress, token);
        if (token.isCancellationRequested) return undefined;
        if (parts.length === 0) {
          void vscode.window.showInformationMessage(scope === 'workspace' ? 'No account was found in the workspace. Open a transcript or report and run “Annotate Current File”, or check the `transcriptAnnotator.files` setting.' : 'The account could not be analysed, so there is nothing to export. Run “Re-analyse” and try again.');
          return undefined;
        }
        const { set, texts } = combineSets(parts);
        progress.report({ message: `writing ${set.annotations.length} annotations` });
        let output: ExportOutput;
        let files: Array<{ uri: vscode.Uri; content: string | Uint8Array }>;
        try {
          output = exportAs(format, set, texts);
          // A file export is made as it is encoded: errors show here too.
          files = output.kind === 'file' ? [{ uri: target, content: encodeChunks(output.chunks) }] : output.files.map((f) => ({ uri: vscode.Uri.joinPath(target, f.name), content: f.content }));
        } catch (e) {
          void vscode.window.showErrorMessage(`Export failed: ${(e as Error).message}`);
          return undefined;
        }
        const inputs = new Set(set.documents.map((d) => d.uri));
        for (const f of files) {
          const reason = inputs.has(f.uri.toString()) ? `${basename(f.uri)} is an account being exported` : ownedFileReason(f.uri.toString());
          if (reason) return refuse(f.uri, reason, output.kind);
        }
        const written = await write(files, output.kind === 'file' && !args.target);
        if (!written) return undefined;
        const where = output.kind === 'folder' ? target : written[0]!;
        void vscode.window.showInformationMessage(`Exported ${set.annotations.length} annotations of ${set.documents.length} account(s) as ${format} to ${basename(where)}.`, output.kind === 'file' ? 'Open' : 'Reveal').then((choice) => {
          if (choice === 'Open') void vscode.window.showTextDocument(where);
          else if (choice === 'Reveal') void vscode.commands.executeCommand('revealInExplorer', where);
        });
        return written;
      },
    );
  });
}

function parseArgs(arg: unknown): ExportArgs {
  const v = (Array.isArray(arg) ? arg[0] : arg) as Record<string, unknown> | undefined;
  if (!v || typeof v !== 'object' || v instanceof vscode.Uri) return {};
  return {
    scope: v.scope === 'account' || v.scope === 'pair' || v.scope === 'workspace' ? v.scope : undefined,
    format: typeof v.format === 'string' && isExportFormat(v.format) ? v.format : undefined,
    target: typeof v.target === 'string' ? v.target : undefined,
  };
}

function activeAccount(store: AccountStore): vscode.Uri | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  return uri && store.isAccount(uri) ? uri : undefined;
}

async function pickScope(store: AccountStore, current: vscode.Uri | undefined): Promise<ExportScope | undefined> {
  const other = current && store.counterpartOf(current);
  const items: Array<vscode.QuickPickItem & { scope: ExportScope }> = [];
  if (current) items.push({ label: '$(file) Current account', description: basename(current), scope: 'account' });
  if (current && other) items.push({ label: '$(files) The pair', description: `${basename(current)} + ${basename(other)}`, scope: 'pair' });
  items.push({ label: '$(root-folder) All accounts in the workspace', scope: 'workspace' });
  const picked = await vscode.window.showQuickPick(items, { title: 'Export annotations: what to export' });
  return picked?.scope;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    EXPORT_FORMATS.map((f) => ({ label: f, description: EXPORT_FORMAT_LABELS[f], format: f })),
    { title: 'Export annotations: format' },
  );
  return picked?.format;
}

async function pickTarget(format: ExportFormat, scope: ExportScope, current: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  const folder = current ? vscode.Uri.joinPath(current, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
  if (format === 'brat') {
    const picked = await vscode.window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, canSelectMany: false, defaultUri: folder, openLabel: 'Export brat files here', title: 'Folder for the brat collection (.txt, .ann, annotation.conf)' });
    return picked?.[0];
  }
  const base = current ? documentBaseName(current.toString()) : 'annotations';
  // Never the sidecar's name (`news.annotations.json`): exports have suffixes of their own.
  const name = exportFileName(`${base}${scope === 'pair' ? '-pair' : scope === 'workspace' ? '-workspace' : ''}`, format);
  return vscode.window.showSaveDialog({ defaultUri: folder && vscode.Uri.joinPath(folder, name), filters: FILTERS[format], saveLabel: 'Export', title: `Export annotations as ${format}` });
}

async function collect(
  store: AccountStore,
  layer: HandAnnotationLayer,
  scope: ExportScope,
  current: vscode.Uri | undefined,
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
): Promise<SetWithTexts[]> {
  const analyse = async (uri: vscode.Uri): Promise<PairAnalysis | undefined> => {
    await layer.load(uri);
    const other = store.counterpartOf(uri);
    if (other) await layer.load(other);
    return store.analyse(uri, token);
  };
  const withTexts = (a: PairAnalysis): SetWithTexts => ({ set: a.set, texts: Object.fromEntries(a.accounts.map((s) => [s.docId, s.text])) });
  if (scope !== 'workspace') {
    const analysis = current && (await analyse(current));
    if (!analysis) return [];
    if (scope === 'pair') return [withTexts(analysis)];
    const account = analysis.accounts.find((a) => a.uri.toString() === current!.toString());
    return account ? [{ set: selectDocument(analysis.set, account.docId), texts: { [account.docId]: account.text } }] : [];
  }
  const globs = [...readConfig().files, '**/*.transcript'];
  const files = (await vscode.workspace.findFiles(`{${globs.join(',')}}`, '**/{node_modules,.git}/**', 2000, token)).sort((a, b) => a.path.localeCompare(b.path));
  const parts: SetWithTexts[] = [];
  const seen = new Set<string>();
  for (const [i, uri] of files.entries()) {
    if (token.isCancellationRequested) return [];
    if (seen.has(uri.toString())) continue;
    progress.report({ message: `${basename(uri)} (${i + 1}/${files.length})`, increment: 100 / files.length });
    const analysis = await analyse(uri);
    if (!analysis) continue;
    for (const a of analysis.accounts) seen.add(a.uri.toString());
    parts.push(withTexts(analysis));
  }
  return parts;
}

/** Says why nothing was written to `target`; returns `undefined` (nothing written). */
function refuse(target: vscode.Uri, reason: string, kind: 'file' | 'folder'): undefined {
  void vscode.window.showErrorMessage(`Nothing was exported to ${basename(target)}: ${reason}. Choose another ${kind === 'folder' ? 'folder' : 'file name (exports end in .export.json, .w3c.jsonld, .export.csv, .tei.xml, .recogito.csv, .webanno.tsv or .claimreview.jsonld)'}.`);
  return undefined;
}

/**
 * Writes the export's files, each atomically; asks before replacing anything the save
 * dialog did not already confirm (`dialogConfirmed` is false for a target passed as an
 * argument, and for the files written into a brat folder). Returns the URIs written,
 * `undefined` when declined.
 */
async function write(files: ReadonlyArray<{ readonly uri: vscode.Uri; readonly content: string | Uint8Array }>, dialogConfirmed: boolean): Promise<vscode.Uri[] | undefined> {
  const existing: vscode.Uri[] = [];
  if (!dialogConfirmed) {
    for (const f of files) if (await fileExists(f.uri)) existing.push(f.uri);
  }
  if (existing.length > 0) {
    const names = existing.slice(0, 5).map(basename).join(', ') + (existing.length > 5 ? ', …' : '');
    const choice = await vscode.window.showWarningMessage(`${existing.length} file(s) already exist: ${names}. Replace them?`, { modal: true }, 'Replace');
    if (choice !== 'Replace') return undefined;
  }
  for (const f of files) {
    try {
      await writeAtomically(f.uri, f.content);
    } catch (e) {
      void vscode.window.showErrorMessage(`Could not write ${basename(f.uri)}: ${(e as Error).message}. Check that the folder is writable and there is space; nothing is left half-written.`);
      return undefined;
    }
  }
  return files.map((f) => f.uri);
}
