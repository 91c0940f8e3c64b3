/**
 * Whether two paths name the same file: the same device and inode when both exist (hard
 * and symbolic links, `a/../b`), else the same real path of their folder and name.
 */
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

/** The real path of `path`, or of its folder joined with its name when it does not exist. */
function realPath(path: string): string {
  const full = resolve(path);
  try {
    return realpathSync.native(full);
  } catch {
    try {
      return resolve(realpathSync.native(dirname(full)), basename(full));
    } catch {
      return full;
    }
  }
}

/** True when `a` and `b` are the same file (see the module notes). */
export function sameFile(a: string, b: string): boolean {
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    if (sa.ino !== 0 && sa.dev === sb.dev && sa.ino === sb.ino) return true;
  } catch {
    // One does not exist (yet): compare paths.
  }
  return realPath(a) === realPath(b);
}
