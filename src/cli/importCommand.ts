/**
 * `transcript-annotator import <file> --into <account>`: merges hand annotations from a
 * brat `.ann` or W3C Web Annotation JSON into the account's sidecar (see `--help` and
 * `core/hand/mergeImported.ts`). Nothing is written when nothing is added, with
 * `--dry-run`, or when the sidecar cannot be read (it is left untouched); the sidecar is
 * written to a temporary file and renamed, after checking that it did not change while
 * the import ran.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { applySidecars, type BratSibling, createSidecarCodec, describeHand, ImportError, type ImportRead, mergeImported, readBratAnn, readWebAnnotations, type Sidecar, SidecarError, createAnnotationService } from '../core/index';
import { InputError, readAccountFile } from './readAccountFile';
import { readSidecar } from './readSidecar';
import { escapeControls } from './terminalText';
import { OutputError, writeFileAtomically } from './writeOutput';

/** The import command's arguments. */
export interface ImportCommand {
  readonly file: string;
  readonly into: string;
  readonly dryRun: boolean;
}

/** Runs the import; prints what was added, orphaned and skipped. Throws `InputError` / `OutputError`. */
export async function runImport(command: ImportCommand, stdout: (s: string) => void, warn: (message: string) => void): Promise<void> {
  const account = readAccountFile(command.into);
  if (account.warning) warn(account.warning);
  const accountUri = pathToFileURL(resolve(command.into)).href;
  const content = readImportFile(command.file);

  const sidecarFile = readSidecar(command.into);
  const sidecarPath = join(dirname(command.into), sidecarFile.sidecarName);
  if (sidecarFile.problem) throw new InputError(`${sidecarFile.problem.message} Nothing was imported.`);
  const codec = createSidecarCodec();
  let sidecar: Sidecar = { account: basename(command.into), annotations: [], preserved: [] };
  if (sidecarFile.sidecarText !== undefined) {
    try {
      sidecar = codec.parse(sidecarFile.sidecarText, sidecarFile.sidecarName);
    } catch (e) {
      if (e instanceof SidecarError) throw new InputError(`${e.message} Nothing was imported.`);
      throw e;
    }
  }

  // What the account shows now: its automatic annotations with the sidecar's applied.
  const annotated = await createAnnotationService().annotateAccountsAsync([{ uri: accountUri, text: account.text }]);
  const current = applySidecars(annotated, [{ docId: annotated.documents[0]!.id, uri: accountUri, text: account.text, ...(sidecarFile.sidecarText !== undefined ? { sidecarText: sidecarFile.sidecarText } : {}) }]).set;

  const now = new Date().toISOString();
  const target = { uri: accountUri, text: account.text };
  let read: ImportRead;
  try {
    read = extname(command.file).toLowerCase() === '.ann' ? readBratAnn(content, target, now, (txt) => bratSibling(command.file, command.into, txt)) : readWebAnnotations(content, target, now);
  } catch (e) {
    if (e instanceof ImportError) throw new InputError(`${command.file} cannot be imported: ${e.message}. Give a brat .ann or a W3C Web Annotation JSON file.`);
    throw e;
  }
  const result = mergeImported(read.candidates, {
    account: target,
    existing: sidecar.annotations,
    textOf: (uri) => readOtherAccount(uri),
    current: { set: current, docId: current.documents[0]!.id },
  });

  const skipped = [...read.skipped, ...result.skipped];
  const lines = [`${command.dryRun ? 'Would import' : 'Imported'} into ${sidecarFile.sidecarName}: ${result.added.length} added, ${result.orphaned.length} orphaned, ${skipped.length} skipped.`];
  for (const h of result.added) lines.push(`  added: ${describeHand(h)}`);
  for (const o of result.orphaned) lines.push(`  orphaned (not written): ${o.what}: ${o.reason}`);
  for (const s of skipped) lines.push(`  skipped: ${s.what}: ${s.reason}`);
  stdout(`${lines.map(escapeControls).join('\n')}\n`);
  if (command.dryRun || result.added.length === 0) return;

  // The sidecar may have been edited (in VS Code) while the import ran: never overwrite that.
  const now_ = readSidecar(command.into);
  if (now_.sidecarText !== sidecarFile.sidecarText) throw new OutputError(`${sidecarFile.sidecarName} changed while importing; nothing was written. Run the import again.`);
  writeFileAtomically(sidecarPath, [codec.serialize({ ...sidecar, annotations: result.annotations })]);
}

function readImportFile(path: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${path} does not exist: check the path of the file to import.` : `${path} cannot be read (${code ?? String(error)}): check the file.`);
  }
}

/** The text of another account (a counterpart), or `undefined`. */
function readOtherAccount(uri: string): string | undefined {
  try {
    const path = fileURLToPath(uri);
    return existsSync(path) ? readAccountFile(path).text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The other account of a brat collection: its `.ann` beside the imported one, and the
 * account itself, found beside `<account>` under the same name (else the brat folder's copy).
 */
function bratSibling(annFile: string, intoAccount: string, txtName: string): BratSibling | undefined {
  if (basename(txtName) !== txtName || !txtName.endsWith('.txt')) return undefined;
  const folder = dirname(annFile);
  const ann = join(folder, `${txtName.slice(0, -'.txt'.length)}.ann`);
  if (!existsSync(ann)) return undefined;
  const beside = join(dirname(intoAccount), txtName);
  const accountPath = existsSync(beside) ? beside : join(folder, txtName);
  const text = readOtherAccount(pathToFileURL(resolve(accountPath)).href);
  if (text === undefined) return undefined;
  return { ann: readFileSync(ann, 'utf8'), text, uri: pathToFileURL(resolve(accountPath)).href };
}
