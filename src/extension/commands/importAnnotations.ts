/**
 * Command `transcriptAnnotator.importAnnotations`: merges hand annotations from a brat
 * `.ann` (the brat export, after editing in brat or INCEpTION) or W3C Web Annotation JSON
 * (a colleague's `w3c` export, another sidecar) into the sidecar of the account in the
 * active editor, as `transcript-annotator import` does (core `mergeImported`): found
 * again in the current text, never replacing the sidecar's own entries, what the
 * account shows already skipped, orphans listed and not written. One undo step; the
 * details go to the "Transcript Annotator: Import" output.
 */
import * as vscode from 'vscode';
import { type BratSibling, describeHand, ImportError, type ImportRead, mergeImported, readBratAnn, readWebAnnotations } from '../../core/index';
import type { AccountStore } from '../accountStore';
import { basename } from '../accountStore';
import type { HandAnnotationLayer } from '../handAnnotations';
import { decodeUtf8 } from '../../shared/textBytes';
import { editorAccount, reportOutcome } from './handCommandSupport';

/** Registers Import Annotations…. */
export function registerImportAnnotations(store: AccountStore, layer: HandAnnotationLayer): vscode.Disposable {
  const output = vscode.window.createOutputChannel('Transcript Annotator: Import');
  const command = vscode.commands.registerCommand('transcriptAnnotator.importAnnotations', async (arg?: unknown): Promise<number | undefined> => {
    const found = await editorAccount(store, 'open the account to import into');
    if (!found) return undefined;
    const { view } = found;
    const accountUri = view.account.uri;
    const given = typeof (arg as { file?: unknown } | undefined)?.file === 'string' ? vscode.Uri.parse((arg as { file: string }).file) : undefined;
    const file =
      given ??
      (await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Import', title: `Import annotations into ${basename(accountUri)}`, defaultUri: vscode.Uri.joinPath(accountUri, '..'), filters: { 'brat or W3C annotations': ['ann', 'jsonld', 'json'] } }))?.[0];
    if (!file) return undefined;
    const content = await readText(file);
    if (content === undefined) {
      void vscode.window.showErrorMessage(`${basename(file)} cannot be read as UTF-8 text: nothing was imported.`);
      return undefined;
    }
    const now = new Date().toISOString();
    const target = { uri: accountUri.toString(), text: view.account.text };
    let read: ImportRead;
    try {
      if (file.path.toLowerCase().endsWith('.ann')) {
        const siblings = await bratSiblings(content, file, view.other);
        read = readBratAnn(content, target, now, (txt) => siblings.get(txt));
      } else read = readWebAnnotations(content, target, now);
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      void vscode.window.showErrorMessage(`${basename(file)} cannot be imported: ${e.message}. Choose a brat .ann or a W3C Web Annotation JSON file.`);
      return undefined;
    }
    const texts = new Map([[accountUri.toString(), view.account.text], ...(view.other ? [[view.other.uri.toString(), view.other.text] as const] : [])]);
    const result = mergeImported(read.candidates, {
      account: target,
      existing: layer.handOf(accountUri),
      textOf: (uri) => texts.get(uri) ?? texts.get(vscode.Uri.parse(uri).toString()),
      current: { set: view.analysis.set, docId: view.account.docId },
    });
    const skipped = [...read.skipped, ...result.skipped];
    const summary = `${basename(file)} → ${basename(accountUri)}: ${result.added.length} added, ${result.orphaned.length} orphaned, ${skipped.length} skipped`;
    output.appendLine(`Import ${summary}.`);
    for (const h of result.added) output.appendLine(`  added: ${describeHand(h)}`);
    for (const o of result.orphaned) output.appendLine(`  orphaned (not written): ${o.what}: ${o.reason}`);
    for (const s of skipped) output.appendLine(`  skipped: ${s.what}: ${s.reason}`);
    if (result.added.length === 0) {
      void vscode.window.showInformationMessage(`Nothing to import from ${summary}.`, 'Show Details').then((c) => c && output.show());
      return 0;
    }
    const outcome = await layer.edit(accountUri, { add: result.added }, `import ${basename(file)}`);
    reportOutcome(layer, outcome, `Imported ${summary}`);
    if (outcome.saved && (result.orphaned.length > 0 || skipped.length > 0)) void vscode.window.showInformationMessage(`Imported ${summary}.`, 'Show Details').then((c) => c && output.show());
    return result.added.length;
  });
  return vscode.Disposable.from(command, output);
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const decoded = decodeUtf8(await vscode.workspace.fs.readFile(uri));
    return 'invalidAt' in decoded ? undefined : decoded.text.replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

/**
 * The other accounts a brat `.ann` names in its counterpart notes: their `.ann` beside
 * it, and their text (the paired account's when its file name matches, else the brat
 * folder's copy).
 */
async function bratSiblings(ann: string, file: vscode.Uri, other: { uri: vscode.Uri; text: string } | undefined): Promise<Map<string, BratSibling>> {
  const names = new Set([...ann.matchAll(/counterpart (\S+\.txt) T\d+/g)].map((m) => m[1]!));
  const out = new Map<string, BratSibling>();
  for (const name of names) {
    const folder = vscode.Uri.joinPath(file, '..');
    const siblingAnn = await readText(vscode.Uri.joinPath(folder, `${name.slice(0, -'.txt'.length)}.ann`));
    if (siblingAnn === undefined) continue;
    if (other && basename(other.uri) === name) {
      out.set(name, { ann: siblingAnn, text: other.text, uri: other.uri.toString() });
      continue;
    }
    const copy = vscode.Uri.joinPath(folder, name);
    const text = await readText(copy);
    if (text !== undefined) out.set(name, { ann: siblingAnn, text, uri: copy.toString() });
  }
  return out;
}
