/**
 * `transcript-annotator`: files in, core, exports out. See `--help` for usage and exit codes.
 */
import { exportAs } from '../core/index';
import { annotateFiles } from './annotateFiles';
import { helpText, parseArgs, UsageError } from './args';
import { runBatch, isFolder } from './batch';
import { InputError } from './readAccountFile';
import { runReport } from './report';
import { batches, OutputError, writeOutput } from './writeOutput';
import { protectInputs, refuseRepeatedFiles } from './protectedPaths';
import { escapeControls, escapeControlsPerLine } from './terminalText';
import { runImport } from './importCommand';
import { version } from '../../package.json';
import { EXIT } from './exitCodes';

export { EXIT };

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
    // One folder: a batch of events (see batch.ts).
    if (command.files.length === 1 && isFolder(command.files[0]!)) return await runBatch(command, version, stderr);
    if (command.kind === 'report') return await runReport(command, version, stdout, warn);
    refuseRepeatedFiles(command.files);
    // What --out may never replace: an input account, a sidecar, a pairs file.
    const protect = protectInputs(command.files);
    if (command.out !== undefined) {
      const reason = protect(command.out);
      if (reason) throw new UsageError(`--out cannot be ${command.out}: ${reason}. Write the export to a file of its own, e.g. name.export.json.`);
    }
    const { set, texts } = await annotateFiles(command.files, command.roles, warn);
    const output = exportAs(command.format, set, texts);
    if (command.out !== undefined) writeOutput(output, command.out, { force: command.force, protect });
    else if (output.kind === 'file') {
      let last = '';
      for (const batch of batches(output.chunks())) {
        stdout(batch);
        last = batch;
      }
      if (!last.endsWith('\n')) stdout('\n');
    }
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
