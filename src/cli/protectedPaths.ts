/**
 * What the command line never writes over, whatever `--force` says: an input account, a
 * hand-annotation sidecar, a pairs file; and an account named twice, which would be
 * cross-referenced with itself.
 */
import { resolve } from 'node:path';
import { ownedFileReason } from '../core/index';
import { UsageError } from './args';
import { sameFile } from './sameFile';

/** Why `path` must never be written (it is one of `inputs`, or a file the extension owns), or `undefined`. */
export function protectInputs(inputs: readonly string[]): (path: string) => string | undefined {
  return (path) => {
    const input = inputs.find((f) => sameFile(f, path));
    return input !== undefined ? `${path} is the input account ${input}` : ownedFileReason(resolve(path));
  };
}

/** Refuses an account named twice (the same file by another path or link): it would be cross-referenced with itself. */
export function refuseRepeatedFiles(files: readonly string[]): void {
  for (let i = 0; i < files.length; i++) {
    for (let j = 0; j < i; j++) {
      if (sameFile(files[j]!, files[i]!)) {
        const as = files[j] === files[i] ? '' : ` (as ${files[j]} and ${files[i]})`;
        throw new UsageError(`${files[i]} is given twice${as}: name each account once.`);
      }
    }
  }
}
