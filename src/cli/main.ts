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
import { sameFile } from './sameFile';
import { escapeControls, escapeControlsPerLine } from './terminalText';
import { ownedFileReason } from '../core/export/ownedFiles';
import { createWorkerUnitReader } from '../node/workerUnitReader';
import { runImport } from './importCommand';
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
    const warn = (message: string) => stderr(`transcript-annotator: warning: ${escapeControls(message)}\n`);
    if (command.kind === 'import') {
      await runImport(command, stdout, warn);
      return EXIT.ok;
    }
    refuseRepeatedFiles(command.files);
    // What --out may never replace: an input account, a sidecar, a pairs file.
    const protect = (path: string): string | undefined => {
      const input = command.files.find((f) => sameFile(f, path));
      return input !== undefined ? `${path} is the input account ${input}` : ownedFileReason(resolve(path));
    };
    if (command.out !== undefined) {
      const reason = protect(command.out);
      if (reason) throw new UsageError(`--out cannot be ${command.out}: ${reason}. Write the export to a file of its own, e.g. name.export.json.`);
    }
    const accounts = command.files.map((file, i) => {
      const role = command.roles[i];
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
    const sidecars = command.files.map(readSidecar);
    for (const s of sidecars) if (s.problem) warn(s.problem.message);
    const { set, orphans, problems } = applySidecars(annotated, annotated.documents.map((d, i) => ({ docId: d.id, uri: d.uri, text: accounts[i]!.text, sidecarName: sidecars[i]!.sidecarName, ...(sidecars[i]!.sidecarText !== undefined ? { sidecarText: sidecars[i]!.sidecarText } : {}) })));
    for (const p of problems) warn(p.message);
    if (orphans.length > 0) warn(`${orphans.length} hand annotation(s) could not be placed in the current text; they stay in their sidecars.`);
    const texts = Object.fromEntries(set.documents.map((d, i) => [d.id, accounts[i]!.text]));
    const output = exportAs(command.format, set, texts);
    if (command.out !== undefined) writeOutput(output, command.out, { force: command.force, protect });
    else if (output.kind === 'file') stdout(output.content.endsWith('\n') ? output.content : `${output.content}\n`);
    else throw new UsageError(`The ${command.format} export is a folder of files: give --out FOLDER.`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) return fail(stderr, error.message, EXIT.usage);
    if (error instanceof InputError) return fail(stderr, error.message, EXIT.input);
    if (error instanceof OutputError) return fail(stderr, error.message, EXIT.output);
    stderr(`transcript-annotator: ${escapeControlsPerLine(`Internal error: ${(error as Error)?.stack ?? String(error)}`)}\nPlease report it with the input files.\n`);
    return EXIT.internal;
  }
}

/** Prints a one-line message, file names escaped (they may hold terminal escape codes). */
function fail(stderr: (s: string) => void, message: string, code: number): number {
  stderr(`transcript-annotator: ${escapeControls(message)}\n`);
  return code;
}

/** Refuses an account named twice (the same file by another path or link): it would be cross-referenced with itself. */
function refuseRepeatedFiles(files: readonly string[]): void {
  for (let i = 0; i < files.length; i++) {
    for (let j = 0; j < i; j++) {
      if (sameFile(files[j]!, files[i]!)) {
        const as = files[j] === files[i] ? '' : ` (as ${files[j]} and ${files[i]})`;
        throw new UsageError(`${files[i]} is given twice${as}: name each account once.`);
      }
    }
  }
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
