/**
 * Writes an export without losing anything that was there (see `--help`):
 *
 * - a file export goes to a temporary file beside the target, then is renamed, so a
 *   failure never leaves a partial output; an existing target is replaced only with
 *   `force`;
 * - a folder export (brat) into a folder that does not exist is written as a temporary
 *   folder beside it, then renamed; into an existing folder, each of its files is written
 *   the same way as a file export, and nothing else in the folder is touched. Existing
 *   files are replaced only with `force`, and all conflicts are reported before anything
 *   is written;
 * - a path that `protect` names (an input account, a file the extension owns) is never
 *   written, whatever `force` says.
 */
import { existsSync, lstatSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ExportOutput } from '../core/export/index';

/** An output problem; the message is one line for the user. */
export class OutputError extends Error {}

/** How to write. */
export interface WriteOptions {
  /** Replace existing files the export writes. */
  readonly force: boolean;
  /** Why `path` must never be written, or `undefined`. */
  readonly protect: (path: string) => string | undefined;
}

/** Writes `output` to `path` (a file, or a folder for folder exports). Throws `OutputError`. */
export function writeOutput(output: ExportOutput, path: string, options: WriteOptions): void {
  const dir = dirname(path);
  if (!existsSync(dir)) throw new OutputError(`Cannot write ${path}: the folder ${dir} does not exist. Create it or choose another --out path.`);
  if (output.kind === 'file') {
    check([path], options);
    writeFileAtomically(path, output.content);
    return;
  }
  if (existsSync(path) && !statSync(path).isDirectory()) throw new OutputError(`Cannot write the brat folder ${path}: a file of that name exists. Choose another --out path.`);
  const targets = output.files.map((f) => ({ path: join(path, f.name), content: f.content }));
  if (!existsSync(path)) {
    const temp = temporaryPath(path);
    try {
      mkdirSync(temp);
      for (const f of output.files) writeFileSync(join(temp, f.name), f.content, 'utf8');
      renameSync(temp, path);
    } catch (error) {
      rmSync(temp, { recursive: true, force: true });
      throw cannotWrite(path, error);
    }
    return;
  }
  check(targets.map((t) => t.path), options);
  for (const t of targets) writeFileAtomically(t.path, t.content);
}

/** Throws, naming every conflict, when a target is protected, a folder, or exists without `force`. */
function check(paths: readonly string[], options: WriteOptions): void {
  const refused: string[] = [];
  const existing: string[] = [];
  for (const p of paths) {
    const reason = options.protect(p);
    if (reason) refused.push(reason);
    else if (existsSync(p) && lstatSync(p).isDirectory()) refused.push(`${p} is a folder`);
    else if (existsSync(p) && !options.force) existing.push(basename(p));
  }
  if (refused.length > 0) throw new OutputError(`Nothing was written: ${refused.join('; ')}. Choose another --out path.`);
  if (existing.length > 0) {
    const names = existing.slice(0, 5).join(', ') + (existing.length > 5 ? `, and ${existing.length - 5} more` : '');
    throw new OutputError(`Nothing was written: ${paths.length === 1 ? `${paths[0]} exists` : `${names} exist${existing.length === 1 ? 's' : ''} in ${dirname(paths[0]!)}`}. Add --force to replace ${existing.length === 1 ? 'it' : 'them'}, or choose another --out path.`);
  }
}

/** Writes `content` to a temporary file beside `path`, then renames it over `path`. Throws `OutputError`. */
export function writeFileAtomically(path: string, content: string): void {
  const temp = temporaryPath(path);
  try {
    writeFileSync(temp, content, { encoding: 'utf8', flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw cannotWrite(path, error);
  }
}

function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
}

function cannotWrite(path: string, error: unknown): OutputError {
  if (error instanceof OutputError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new OutputError(`Cannot write ${path} (${code ?? String(error)}): check that the folder is writable and there is space.`);
}
