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
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ExportOutput } from '../core/index';

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
    writeFileAtomically(path, output.chunks());
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
  for (const t of targets) writeFileAtomically(t.path, [t.content]);
}

/** UTF-16 code units joined for one write to standard output: under V8's large-object size (see `writePieces`). */
const BATCH = 1 << 15;

/** Bytes written to a file at a time. */
const BUFFER_BYTES = 1 << 20;

/**
 * Writes `pieces` as UTF-8 to `fd`, each encoded straight into one reused buffer that is
 * written when full. Joining pieces into large strings first would put each in V8's
 * large-object space, freed only by a full collection: at 20 MB of account the W3C
 * export's ~1,000 such strings made the peak RSS vary from 0.8 to 1.3 GB.
 */
function writePieces(fd: number, pieces: Iterable<string>): void {
  const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  let used = 0;
  const writeAll = (bytes: Buffer, length: number) => {
    for (let done = 0; done < length; ) done += writeSync(fd, bytes, done, length - done);
  };
  for (const piece of pieces) {
    // A UTF-16 code unit is at most 3 bytes of UTF-8.
    if (3 * piece.length > buffer.length - used) {
      writeAll(buffer, used);
      used = 0;
      if (3 * piece.length > buffer.length) {
        const bytes = Buffer.from(piece, 'utf8');
        writeAll(bytes, bytes.length);
        continue;
      }
    }
    used += buffer.write(piece, used, 'utf8');
  }
  writeAll(buffer, used);
}

/** `pieces` joined into strings of about `size` UTF-16 code units (one write each, not one per small piece). */
export function* batches(pieces: Iterable<string>, size = BATCH): Generator<string> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= size) {
      yield batch.join('');
      batch = [];
      length = 0;
    }
  }
  if (length > 0) yield batch.join('');
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

/** Writes `pieces` to a temporary file beside `path`, then renames it over `path`. Throws `OutputError`. */
export function writeFileAtomically(path: string, pieces: Iterable<string>): void {
  const temp = temporaryPath(path);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx');
    writePieces(fd, pieces);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw cannotWrite(path, error);
  }
}

function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
}

/** `error` as an `OutputError` when the file system gave it; any other error (a bug) as it is. */
function cannotWrite(path: string, error: unknown): Error {
  if (error instanceof OutputError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === undefined && error instanceof Error) return error;
  return new OutputError(`Cannot write ${path} (${code ?? String(error)}): check that the folder is writable and there is space.`);
}
