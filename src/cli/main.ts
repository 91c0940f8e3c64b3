/**
 * `transcript-annotator`: files in, core, exports out. See `--help` for usage and exit codes.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { exportAs } from '../core/export/index';
import { applySidecars } from '../core/hand/applySidecars';
import { createAnnotationService } from '../core/index';
import { helpText, parseArgs, UsageError } from './args';
import { InputError, readAccountFile } from './readAccountFile';
import { OutputError, writeOutput } from './writeOutput';
import { readSidecar } from './readSidecar';
import { createWorkerUnitReader } from '../node/workerUnitReader';
import { version } from '../../package.json';

/** Exit codes, as documented in `--help`. */
export const EXIT = { ok: 0, internal: 1, usage: 2, input: 3, output: 4 } as const;

/** The worker script beside the bundle (dist/unitWorker.js); absent when run from the sources. */
const WORKER_FILE = join(__dirname, 'unitWorker.js');

/** Runs the command line; resolves to the exit code. */
export async function run(argv: readonly string[], stdout: (s: string) => void, stderr: (s: string) => void): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.kind === 'help') {
      stdout(helpText(version));
      return EXIT.ok;
    }
    if (command.kind === 'version') {
      stdout(`${version}\n`);
      return EXIT.ok;
    }
    const accounts = command.files.map((file, i) => {
      const role = command.roles[i];
      return { uri: pathToFileURL(resolve(file)).href, text: readAccountFile(file), ...(role ? { role } : {}) };
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
    const { set, orphans, problems } = applySidecars(annotated, annotated.documents.map((d, i) => ({ docId: d.id, uri: d.uri, text: accounts[i]!.text, ...readSidecar(command.files[i]!) })));
    for (const p of problems) stderr(`transcript-annotator: warning: ${p.message}\n`);
    if (orphans.length > 0) stderr(`transcript-annotator: warning: ${orphans.length} hand annotation(s) could not be placed in the current text; they stay in their sidecars.\n`);
    const texts = Object.fromEntries(set.documents.map((d, i) => [d.id, accounts[i]!.text]));
    const output = exportAs(command.format, set, texts);
    if (command.out !== undefined) writeOutput(output, command.out);
    else if (output.kind === 'file') stdout(output.content.endsWith('\n') ? output.content : `${output.content}\n`);
    else throw new UsageError(`The ${command.format} export is a folder of files: give --out FOLDER.`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) return fail(stderr, error.message, EXIT.usage);
    if (error instanceof InputError) return fail(stderr, error.message, EXIT.input);
    if (error instanceof OutputError) return fail(stderr, error.message, EXIT.output);
    return fail(stderr, `Internal error: ${(error as Error)?.stack ?? String(error)}\nPlease report it with the input files.`, EXIT.internal);
  }
}

function fail(stderr: (s: string) => void, message: string, code: number): number {
  stderr(`transcript-annotator: ${message}\n`);
  return code;
}

if (require.main === module) {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  void run(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s)).then((code) => {
    process.exitCode = code;
  });
}
