/**
 * The sidecar file of an account (`news.annotations.json` beside `news.txt`): its hand
 * annotations as W3C Web Annotations, 2-space JSON with a fixed key order, one
 * annotation per array entry, so it is readable and diffs well in git.
 *
 * Reading is strict: a file that is not JSON, not a sidecar, of a newer version, or
 * against the schema gives a `SidecarError`, and the caller must not overwrite it.
 * Entries this version cannot interpret are kept verbatim and written back.
 */
// Precompiled from schema/sidecar.schema.json by scripts/build-validators.mjs: no schema
// compilation (nor `new Function`) at run time, which the web extension host forbids.
import validate from './sidecarValidator.generated';
import type { WebAnnotation } from '../export/webAnnotationTypes';
import type { HandAnnotation } from './model';
import { SidecarError } from './sidecarError';
import { fromSidecarEntry, toSidecarEntry } from './webAnnotationCodec';

export const SIDECAR_FORMAT = 'transcript-annotator/hand' as const;
/** The sidecar version this code writes and reads; a higher one is refused. */
export const SIDECAR_VERSION = 1;
/** Appended to the account's name without extension: `news.txt` → `news.annotations.json`. */
export const SIDECAR_SUFFIX = '.annotations.json';

/** The content of one sidecar. */
export interface Sidecar {
  /** The account's file name, relative to the sidecar. */
  readonly account: string;
  readonly annotations: readonly HandAnnotation[];
  /** Valid entries this version does not apply; kept so writing loses nothing. */
  readonly preserved: readonly WebAnnotation[];
}

/** Reads and writes sidecars. */
export interface SidecarCodec {
  /** Parses a sidecar; throws `SidecarError` (see module notes). */
  parse(text: string, fileName?: string): Sidecar;
  /** Serialises a sidecar (ends with a newline). */
  serialize(sidecar: Sidecar): string;
}

/** The sidecar file name for an account file name (`news.txt` → `news.annotations.json`). */
export function sidecarNameFor(accountFileName: string): string {
  const dot = accountFileName.lastIndexOf('.');
  return `${dot > 0 ? accountFileName.slice(0, dot) : accountFileName}${SIDECAR_SUFFIX}`;
}

/**
 * The error for a sidecar whose bytes are not UTF-8 (`offset`: the first bad byte).
 * Decoding it anyway would put U+FFFD in place of those bytes, and the next write would
 * lose them: like a corrupt sidecar, it is reported and left untouched.
 */
export function notUtf8Error(fileName: string, offset: number): SidecarError {
  return new SidecarError('corrupt', `${fileName} is not valid UTF-8 (first bad byte at offset ${offset}). It was left untouched; save it as UTF-8 (or remove it) and your hand annotations will load.`);
}

/** Creates the sidecar reader/writer. */
export function createSidecarCodec(): SidecarCodec {
  return {
    parse(text, fileName = 'the sidecar') {
      let data: unknown;
      try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch (e) {
        throw new SidecarError('corrupt', `${fileName} is not valid JSON (${(e as Error).message}). It was left untouched; fix or remove it (e.g. resolve a merge conflict) and your hand annotations will load.`);
      }
      const record = data as { format?: unknown; version?: unknown };
      if (typeof data !== 'object' || data === null || Array.isArray(data) || record.format !== SIDECAR_FORMAT) {
        throw new SidecarError('not-a-sidecar', `${fileName} is not a Transcript Annotator sidecar (no "format": "${SIDECAR_FORMAT}"). It was left untouched; rename it if it belongs to another tool.`);
      }
      if (typeof record.version === 'number' && record.version > SIDECAR_VERSION) {
        throw new SidecarError('newer-version', `${fileName} was written by a newer Transcript Annotator (sidecar version ${record.version}, this one reads ${SIDECAR_VERSION}). It was left untouched; update the extension to edit its hand annotations.`, record.version);
      }
      if (!validate(data)) {
        const problems = (validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
        throw new SidecarError('invalid', `${fileName} does not match the sidecar schema (${problems}). It was left untouched; fix the entries named or remove the file.`);
      }
      const file = data as { account: string; annotations: WebAnnotation[] };
      const annotations: HandAnnotation[] = [];
      const preserved: WebAnnotation[] = [];
      for (const entry of file.annotations) {
        const hand = fromSidecarEntry(entry);
        if (typeof hand === 'string') preserved.push(entry);
        else annotations.push(hand);
      }
      return { account: file.account, annotations, preserved };
    },
    serialize(sidecar) {
      const file = {
        format: SIDECAR_FORMAT,
        version: SIDECAR_VERSION,
        account: sidecar.account,
        annotations: [...sidecar.annotations.map(toSidecarEntry), ...sidecar.preserved],
      };
      return `${JSON.stringify(file, null, 2)}\n`;
    },
  };
}
