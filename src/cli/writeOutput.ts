/**
 * Writes an export atomically: to a temporary file beside the target, then renamed, so a
 * failure never leaves a partial output. A folder export (brat) is written to a temporary
 * folder and renamed the same way.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ExportOutput } from '../core/export/index';

/** An output problem; the message is one line for the user. */
export class OutputError extends Error {}

/** Writes `output` to `path` (a file, or a folder for folder exports). */
export function writeOutput(output: ExportOutput, path: string): void {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    if (!existsSync(dir)) throw new OutputError(`Cannot write ${path}: the folder ${dir} does not exist. Create it or choose another --out path.`);
    if (output.kind === 'file') {
      writeFileSync(temp, output.content, 'utf8');
      renameSync(temp, path);
    } else {
      if (existsSync(path) && !statSync(path).isDirectory()) throw new OutputError(`Cannot write the brat folder ${path}: a file of that name exists. Choose another --out path.`);
      mkdirSync(temp, { recursive: true });
      for (const f of output.files) writeFileSync(join(temp, f.name), f.content, 'utf8');
      if (existsSync(path)) rmSync(path, { recursive: true, force: true });
      renameSync(temp, path);
    }
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    if (error instanceof OutputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new OutputError(`Cannot write ${path} (${code ?? String(error)}): check that the folder is writable and there is space.`);
  }
}
