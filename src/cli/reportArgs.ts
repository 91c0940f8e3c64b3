/**
 * Arguments of `transcript-annotator report`: the transcript first, then its reports (or
 * one folder of events), `--out`, `--force`.
 */
import type { AccountRole } from '../core/index';
import { UsageError } from './args';

/** `report <transcript> <report>… [--out FILE] [--force]`, or `report <folder> --out <dir>`. */
export interface ReportCommand {
  readonly kind: 'report';
  readonly files: readonly string[];
  /** The first file is the transcript, the others reports (unused for a folder). */
  readonly roles: readonly (AccountRole | undefined)[];
  readonly out?: string;
  readonly force: boolean;
}

/** Parses the arguments after `report`. Throws `UsageError`. */
export function parseReportArgs(rest: readonly string[]): ReportCommand {
  const files: string[] = [];
  let out: string | undefined;
  let force = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--out' || arg === '-o') {
      const v = rest[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError('--out needs a value (see --help).');
      out = v;
    } else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--force') force = true;
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option "${arg}" for report (see --help).`);
    else files.push(arg);
  }
  if (out !== undefined && out.trim() === '') throw new UsageError('--out needs a path: give the .html file (or, for a folder of events, the folder) to write.');
  if (files.length === 0) throw new UsageError('Name the transcript and its reports: transcript-annotator report <transcript> <report> [<report> …] --out report.html (or one folder of events).');
  return { kind: 'report', files, roles: files.map((_, i) => (i === 0 ? 'transcript' : 'report')), force, ...(out !== undefined ? { out } : {}) };
}
