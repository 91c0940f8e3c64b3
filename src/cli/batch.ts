/**
 * `transcript-annotator export|report <folder> --out <folder>`: every event of the folder
 * (eventFolders.ts) analysed in turn, one file per event (the HTML coverage report, or
 * the export) and a summary CSV with one row per event and report.
 *
 * Notes:
 * - Made to run under a scheduler (GNU parallel, a job array) one event per task: a
 *   progress line per event on standard error; an event that fails (an unreadable file,
 *   no transcript) is said there and in the summary and the others go on; the exit code
 *   is non-zero only when something failed (see `--help`).
 * - File safety as for a single export: every target is checked before any work (nothing
 *   is written when one exists without --force or is an input or a file the extension
 *   owns), each file is written atomically, and nothing is ever deleted.
 */
import { existsSync, lstatSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { type AnnotationSet, exportAs, type ExportOutput, FORMAT, safeFileName, summaryCsv, type SummaryEvent, uniqueFileNames, wholeFileOutput } from '../core/index';
import { buildCoverageReport } from '../shared/coverageReport';
import { analyseEvent } from './analyseEvent';
import { UsageError, type Command } from './args';
import { findEvents, isFolder, rolesByName } from './eventFolders';
import { EXIT } from './exitCodes';
import { protectInputs } from './protectedPaths';
import { InputError } from './readAccountFile';
import { escapeControls } from './terminalText';
import { OutputError, writeOutput } from './writeOutput';

export { isFolder };

type BatchCommand = Exclude<Command, { kind: 'help' } | { kind: 'version' } | { kind: 'import' }>;

const EMPTY_SET: AnnotationSet = { format: FORMAT, documents: [], entities: [], annotations: [], crossReferences: [], unmatched: [] };

/** What one event writes: a file, or (brat) a folder. */
interface Target {
  readonly path: string;
  readonly folder: boolean;
}

/** Runs the batch over `command.files[0]`, a folder; resolves to the exit code. Throws the command line's errors for the batch as a whole. */
export async function runBatch(command: BatchCommand, version: string, stderr: (s: string) => void): Promise<number> {
  const folder = command.files[0]!;
  const out = command.out;
  const what = command.kind === 'report' ? 'coverage report' : 'export';
  if (out === undefined) throw new UsageError(`A batch writes one ${what} per event: give the folder to write them to, e.g. transcript-annotator ${command.kind} ${folder} --out ${command.kind}s.`);
  if (existsSync(out) && !isFolder(out)) throw new OutputError(`--out ${out} is a file: a batch writes into a folder. Choose a folder (it is created if missing).`);
  if (!existsSync(dirname(out))) throw new OutputError(`Cannot write into ${out}: the folder ${dirname(out)} does not exist. Create it or choose another --out folder.`);

  const { events, single } = findEvents(folder, out);
  if (events.length === 0) throw new InputError(`${folder} holds no event: put each transcript with its reports (.txt, .md or .transcript files) in a subfolder of its own.`);

  // Targets, known before any analysis: `<event>.<ext>` (or a brat folder), the summary.
  const probe: ExportOutput | undefined = command.kind === 'export' ? exportAs(command.format, EMPTY_SET, {}) : undefined;
  const extension = probe === undefined ? 'html' : probe.kind === 'file' ? probe.extension : undefined;
  const summaryName = single ? `${safeFileName(events[0]!.name)}.summary.csv` : 'summary.csv';
  const names = uniqueFileNames([...events.map((e) => (extension ? `${safeFileName(e.name)}.${extension}` : safeFileName(e.name))), summaryName]);
  const targets: Target[] = events.map((_, i) => ({ path: join(out, names[i]!), folder: extension === undefined }));
  const summaryPath = join(out, names[names.length - 1]!);
  const protect = protectInputs(events.flatMap((e) => e.files));
  checkTargets([...targets, { path: summaryPath, folder: false }], command.force, protect);
  mkdirSync(out, { recursive: true }); // tasks of a scheduler may create it at the same time

  const summary: SummaryEvent[] = [];
  const failed = { input: 0, output: 0, internal: 0 };
  const say = (line: string) => stderr(`transcript-annotator: ${escapeControls(line)}\n`);
  for (const [i, event] of events.entries()) {
    const started = Date.now();
    const step = `[${i + 1}/${events.length}] ${event.name}`;
    const target = targets[i]!;
    try {
      const analysed = await analyseEvent(event.files, rolesByName(event.files), (m) => say(`${step}: warning: ${m}`));
      const output: ExportOutput = command.kind === 'report'
        ? wholeFileOutput(buildCoverageReport({ ...analysed, generator: `Transcript Annotator ${version}` }), 'html', 'text/html')
        : exportAs(command.format, analysed.set, analysed.texts);
      writeOutput(output, target.path, { force: command.force, protect });
      summary.push({ name: event.name, coverage: analysed.coverage, names: analysed.names, persons: analysed.persons, output: relative(out, target.path) });
      const reports = analysed.coverage.outlets.length;
      say(`${step}: ${analysed.names[analysed.coverage.transcript.id]} + ${reports} ${reports === 1 ? 'report' : 'reports'} → ${basename(target.path)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof InputError) failed.input++;
      else if (error instanceof OutputError) failed.output++;
      else failed.internal++;
      summary.push({ name: event.name, error: message });
      say(`${step}: failed: ${error instanceof InputError || error instanceof OutputError ? message : `internal error: ${(error as Error)?.stack ?? message}`}`);
    }
  }
  writeOutput(wholeFileOutput(summaryCsv(summary), 'csv', 'text/csv'), summaryPath, { force: command.force, protect });
  const failures = failed.input + failed.output + failed.internal;
  say(`${events.length} ${events.length === 1 ? 'event' : 'events'}: ${events.length - failures} written${failures ? `, ${failures} failed` : ''}; summary in ${summaryPath}`);
  if (failed.internal) return EXIT.internal;
  if (failed.output) return EXIT.output;
  if (failed.input) return EXIT.input;
  return EXIT.ok;
}

/** Throws, naming every conflict, when a target is protected or exists without `force`; nothing is written then. */
function checkTargets(targets: readonly Target[], force: boolean, protect: (path: string) => string | undefined): void {
  const refused: string[] = [];
  const existing: string[] = [];
  for (const t of targets) {
    const reason = protect(t.path);
    if (reason) refused.push(reason);
    else if (existsSync(t.path) && lstatSync(t.path).isDirectory() !== t.folder) refused.push(`${t.path} is ${t.folder ? 'a file' : 'a folder'}`);
    else if (existsSync(t.path) && !force) existing.push(basename(t.path));
  }
  if (refused.length > 0) throw new UsageError(`Nothing was written: ${refused.join('; ')}. Choose another --out folder.`);
  if (existing.length > 0) {
    const names = existing.slice(0, 5).join(', ') + (existing.length > 5 ? `, and ${existing.length - 5} more` : '');
    throw new OutputError(`Nothing was written: ${names} ${existing.length === 1 ? 'exists' : 'exist'} in ${dirname(targets[0]!.path)}. Add --force to replace ${existing.length === 1 ? 'it' : 'them'}, or choose another --out folder.`);
  }
}
