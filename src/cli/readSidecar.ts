/**
 * Reads the hand-annotation sidecar beside an account file (`news.txt` →
 * `news.annotations.json`), so exports from the command line include hand annotations
 * as the extension's do.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { sidecarNameFor } from '../core/hand/sidecar';

/** The sidecar's name and text; no text when the account has no sidecar or it cannot be read. */
export function readSidecar(accountFile: string): { sidecarName: string; sidecarText?: string } {
  const sidecarName = sidecarNameFor(basename(accountFile));
  try {
    return { sidecarName, sidecarText: readFileSync(join(dirname(accountFile), sidecarName), 'utf8') };
  } catch {
    return { sidecarName };
  }
}
