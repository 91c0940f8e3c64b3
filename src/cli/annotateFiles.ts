/**
 * Account files in, annotation set out, as every command of the command line needs it:
 * each file read (readAccountFile.ts), the accounts analysed and cross-referenced (large
 * ones on worker threads when the bundle has its worker), and each account's sidecar of
 * hand annotations applied over the automatic ones.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type AccountRole, type AnnotationSet, applySidecars, createAnnotationService } from '../core/index';
import { createWorkerUnitReader } from '../node/workerUnitReader';
import { readAccountFile } from './readAccountFile';
import { readSidecar } from './readSidecar';

/** The worker script beside the bundle (dist/unitWorker.js); absent when run from the sources. */
const WORKER_FILE = join(__dirname, 'unitWorker.js');

/** The analysed accounts. */
export interface AnnotatedFiles {
  readonly set: AnnotationSet;
  /** Each account's text by document id (`d1`, …), as read. */
  readonly texts: Readonly<Record<string, string>>;
}

/**
 * Reads, analyses and cross-references `files` (with `roles[i]` forced when given).
 * Warnings (invalid UTF-8, sidecar problems, orphaned hand annotations) go to `warn`.
 * Throws `InputError` for a file that cannot be read as an account.
 */
export async function annotateFiles(files: readonly string[], roles: readonly (AccountRole | undefined)[], warn: (message: string) => void): Promise<AnnotatedFiles> {
  const accounts = files.map((file, i) => {
    const role = roles[i];
    const read = readAccountFile(file);
    if (read.warning) warn(read.warning);
    return { uri: pathToFileURL(resolve(file)).href, text: read.text, ...(role ? { role } : {}) };
  });
  // Large accounts are read on worker threads (the result is the same).
  const unitReader = existsSync(WORKER_FILE) ? createWorkerUnitReader({ workerFile: WORKER_FILE }) : undefined;
  let annotated;
  try {
    annotated = await createAnnotationService(unitReader ? { unitReader } : {}).annotateAccountsAsync(accounts);
  } finally {
    await unitReader?.dispose();
  }
  // Hand annotations from each account's sidecar override the automatic ones.
  const sidecars = files.map(readSidecar);
  for (const s of sidecars) if (s.problem) warn(s.problem.message);
  const { set, orphans, problems } = applySidecars(annotated, annotated.documents.map((d, i) => ({ docId: d.id, uri: d.uri, text: accounts[i]!.text, sidecarName: sidecars[i]!.sidecarName, ...(sidecars[i]!.sidecarText !== undefined ? { sidecarText: sidecars[i]!.sidecarText } : {}) })));
  for (const p of problems) warn(p.message);
  if (orphans.length > 0) warn(`${orphans.length} hand annotation(s) could not be placed in the current text; they stay in their sidecars.`);
  return { set, texts: Object.fromEntries(set.documents.map((d, i) => [d.id, accounts[i]!.text])) };
}
