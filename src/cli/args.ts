/**
 * Command-line arguments of `transcript-annotator`, parsed without dependencies.
 */
import { type AccountRole, EXPORT_FORMATS, type ExportFormat, isExportFormat } from '../core/index';
import { parseReportArgs, type ReportCommand } from './reportArgs';

/** What the user asked for. */
export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'export';
      readonly files: readonly string[];
      readonly format: ExportFormat;
      readonly out?: string;
      /** Replace existing files that the export writes (never an input account, nor a file the extension owns). */
      readonly force: boolean;
      readonly roles: readonly (AccountRole | undefined)[];
    }
  | ReportCommand
  | {
      readonly kind: 'import';
      /** A brat `.ann`, or W3C Web Annotation JSON(-LD). */
      readonly file: string;
      /** The account whose sidecar receives the annotations. */
      readonly into: string;
      /** Say what would be added, write nothing. */
      readonly dryRun: boolean;
    };

/** A usage error: the message says what is wrong and what to type instead. */
export class UsageError extends Error {}

/** Parses `argv` (without node and the script). Throws `UsageError`. */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { kind: 'help' };
  if (argv.includes('--version') || argv.includes('-v')) return { kind: 'version' };
  const [command, ...rest] = argv;
  if (command === 'report') return parseReportArgs(rest);
  if (command === 'import') return parseImportArgs(rest);
  if (command !== 'export') throw new UsageError(`Unknown command "${command}". Use: transcript-annotator export <account> [<account> …] --format json [--out PATH], report <transcript> <report> [<report> …] --out report.html, or import <file.ann | annotations.w3c.jsonld> --into <account> (see --help).`);
  const files: string[] = [];
  const roles: (AccountRole | undefined)[] = [];
  let format: ExportFormat = 'json';
  let out: string | undefined;
  let force = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = (name: string) => {
      const v = rest[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value (see --help).`);
      return v;
    };
    if (arg === '--format' || arg === '-f') {
      const f = value('--format');
      if (!isExportFormat(f)) throw new UsageError(`Unknown format "${f}". Use one of: ${EXPORT_FORMATS.join(', ')}.`);
      format = f;
    } else if (arg.startsWith('--format=')) {
      const f = arg.slice('--format='.length);
      if (!isExportFormat(f)) throw new UsageError(`Unknown format "${f}". Use one of: ${EXPORT_FORMATS.join(', ')}.`);
      format = f;
    } else if (arg === '--out' || arg === '-o') out = value('--out');
    else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--force') force = true;
    else if (arg === '--transcript' || arg === '--report') {
      files.push(value(arg));
      roles.push(arg === '--transcript' ? 'transcript' : 'report');
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option "${arg}" (see --help).`);
    else {
      files.push(arg);
      roles.push(undefined);
    }
  }
  if (out !== undefined && out.trim() === '') throw new UsageError('--out needs a path: give the file (or, for brat, the folder) to write, or leave --out out to write to standard output.');
  if (files.length === 0) throw new UsageError('Name at least one account file: transcript-annotator export <account> [<account> …] --format json.');
  return { kind: 'export', files, format, force, roles, ...(out !== undefined ? { out } : {}) };
}

/** Parses the arguments of `import` (after the command). */
function parseImportArgs(rest: readonly string[]): Command {
  const files: string[] = [];
  let into: string | undefined;
  let dryRun = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--into') {
      into = rest[++i];
      if (into === undefined || into.startsWith('--')) throw new UsageError('--into needs the account whose sidecar receives the annotations, e.g. --into news.txt.');
    } else if (arg.startsWith('--into=')) into = arg.slice('--into='.length);
    else if (arg === '--dry-run') dryRun = true;
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option "${arg}" for import (see --help).`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError(`Name one file to import (${files.length === 0 ? 'none was given' : `${files.length} were given`}): transcript-annotator import <file.ann | annotations.w3c.jsonld> --into <account>.`);
  if (!into || into.trim() === '') throw new UsageError('Say which account receives the annotations: transcript-annotator import <file> --into <account>.');
  return { kind: 'import', file: files[0]!, into, dryRun };
}

/** The text of `--help`. */
export function helpText(version: string): string {
  return `transcript-annotator ${version}

Annotates press-conference accounts (an official transcript and news reports about it):
speakers, turns, persons, countries, claims, and cross-references between the accounts.

Usage:
  transcript-annotator export <account> [<account> …] [--format FORMAT] [--out PATH]
  transcript-annotator report <transcript> <report> [<report> …] [--out FILE.html]
  transcript-annotator report <folder> --out <folder>
  transcript-annotator export <folder> --out <folder> [--format FORMAT]
  transcript-annotator import <file.ann | annotations.w3c.jsonld> --into <account> [--dry-run]
  transcript-annotator --help | --version

Options:
  --format, -f FORMAT   ${EXPORT_FORMATS.join(' | ')} (default: json)
  --out, -o PATH        write to PATH instead of standard output (brat: a folder)
  --force               replace files that --out would write and that exist already
  --transcript FILE     an account to read as a transcript (instead of detecting it)
  --report FILE         an account to read as a news report

report writes the coverage report of one event, a transcript and the reports of it: one
self-contained HTML file (no script, nothing fetched, printable) with the coverage matrix,
a table per report (quotes accurate and altered, unsupported claims, share covered,
speakers quoted), each quote across reports with its word diff, and unsupported claims.
The first account named is the transcript.

Given one folder, export and report run a batch: each subfolder holding a transcript and
one or more reports (.txt, .md or .transcript files; README files aside) is an event, and
so is the folder itself when it holds accounts. For each event, --out <folder> gets
<event>.html (report) or <event>.json (export; <event>.<ext> for other formats), and
summary.csv gets one row per event and report (<event>.summary.csv when the folder given
is itself the one event, so that tasks of one event each never write the same file).
The transcript of an event is the one file whose name says "transcript", else the one
account that reads as a transcript. A line per event goes to standard error; an event
that fails is reported there and in the summary, and the others go on.

Each account is a UTF-8 text file; one BOM is dropped, line ends are kept as they are,
and offsets in the output count UTF-16 code units of the text as read. Name each account
once. The sidecar beside an account (news.txt → news.annotations.json) adds its hand
annotations.

--out never deletes anything, and never replaces an existing file unless --force is
given. A file export is written to a temporary file beside PATH, then renamed. A brat
folder that does not exist is created (written as a temporary folder, then renamed); into
one that exists, its .txt, .ann and annotation.conf files are written one by one and
nothing else there is touched. Whatever --force says, --out never replaces an input
account, a sidecar (*.annotations.json) or a pairs file (.vscode/transcript-annotator.json).

import merges hand annotations from a brat .ann (as the brat export writes it, or edited
in brat or INCEpTION) or from W3C Web Annotation JSON (the w3c export, another sidecar)
into the sidecar of <account>: each is found again in the account's current text; what
is there already, what the automatic layer shows already, and what conflicts with a hand
annotation of the sidecar are skipped (the sidecar's own are never replaced); what cannot
be found is listed as orphaned and not written. The sidecar is written to a temporary
file, then renamed. It prints what was added, orphaned and skipped; --dry-run writes
nothing. For links of a brat file, the other account's .ann is read from beside it.

Exit codes:
  0  success
  1  unexpected internal error (please report it with the input files)
  2  usage error (unknown command, option or format; no account named, one named twice;
     --out empty, an input account or a file the extension owns; a batch without --out)
  3  an account file is missing, unreadable, empty, not text or UTF-16; a folder holds no
     event; in a batch, an event failed (the others were written); import: the file is no
     brat or W3C annotation file, or the sidecar cannot be read (left untouched)
  4  the output could not be written, or would replace existing files (see --force)
`;
}
