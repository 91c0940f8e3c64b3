/**
 * Reads the hand-annotation sidecar beside an account file (`news.txt` →
 * `news.annotations.json`), so exports from the command line include hand annotations
 * as the extension's do. A sidecar that is not valid UTF-8 is not used (it is reported,
 * as a corrupt one is).
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { notUtf8Error, type SidecarError, sidecarNameFor } from '../core/index';
import { decodeUtf8 } from '../shared/textBytes';

/** The sidecar's name and text; no text when the account has no sidecar, it cannot be read (`problem` then says why, if it exists). */
export function readSidecar(accountFile: string): { sidecarName: string; sidecarText?: string; problem?: SidecarError } {
  const sidecarName = sidecarNameFor(basename(accountFile));
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dirname(accountFile), sidecarName));
  } catch {
    return { sidecarName };
  }
  const decoded = decodeUtf8(bytes);
  if ('invalidAt' in decoded) return { sidecarName, problem: notUtf8Error(sidecarName, decoded.invalidAt) };
  return { sidecarName, sidecarText: decoded.text };
}
