/**
 * The sidecar file of an account (`news.annotations.json` beside `news.txt`): its hand
 * annotations as W3C Web Annotations, 2-space JSON with a fixed key order, one
 * annotation per array entry, so it is readable and diffs well in git.
 *
 * Reading is strict: a file that is not JSON, not a sidecar, of a newer version, against
 * the schema, or with values the annotation set cannot take (a blank name, an ISO code
 * that is not two letters, a span that ends before it starts) gives a `SidecarError`,
 * and the caller must not overwrite it.
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
/**
 * The highest sidecar version this code reads and writes; a higher one is refused.
 * Version 2 adds verdicts and notes (`assess`, `comment`), the creator's name and
 * `modified`. A sidecar is written as version 2 only when it holds one of these, so one
 * without reviews stays readable (and editable) by releases that read only version 1.
 */
export const SIDECAR_VERSION = 2;

/** The lowest version that holds every annotation of `annotations` (see `SIDECAR_VERSION`). */
export function sidecarVersionFor(annotations: readonly HandAnnotation[]): number {
  return annotations.some((h) => h.action === 'assess' || h.action === 'comment' || h.creator !== undefined || h.modified !== undefined) ? 2 : 1;
}
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

/** Why `hand` cannot be applied (it would give an annotation set against its schema), or `undefined`. */
export function invalidValueOf(hand: HandAnnotation): string | undefined {
  const blank = (v: string | undefined) => v !== undefined && v.trim() === '';
  const counterpart = hand.action === 'link' || hand.action === 'unlink' || hand.action === 'assess' || hand.action === 'comment' ? hand.counterpart : undefined;
  for (const t of counterpart ? [hand.target, counterpart] : [hand.target]) {
    if (t.selectors.position.end < t.selectors.position.start) return `has a TextPositionSelector that ends (${t.selectors.position.end}) before it starts (${t.selectors.position.start})`;
  }
  if (hand.action === 'tag' && hand.kind !== 'claim') {
    if (blank(hand.entity)) return `tags a ${hand.kind} with a blank name`;
    if (hand.kind === 'country' && (hand.iso === undefined || !/^[A-Za-z]{2}$/.test(hand.iso))) return `tags a country with ${hand.iso === undefined ? 'no ISO 3166-1 code' : `the ISO code "${hand.iso}", which is not two letters (ISO 3166-1 alpha-2, e.g. FR)`}`;
  }
  if ((hand.action === 'tag' && hand.kind === 'claim') || hand.action === 'setSpeaker') {
    if (blank(hand.speaker)) return 'names a blank speaker';
  }
  if (hand.action === 'assess' && hand.verdict.trim() === '') return 'gives a blank verdict';
  return undefined;
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
        if (typeof hand === 'string') {
          preserved.push(entry);
          continue;
        }
        const problem = invalidValueOf(hand);
        if (problem) throw new SidecarError('invalid', `${fileName}: annotation ${entry.id} ${problem}. It was left untouched; fix that entry (or remove it) and your hand annotations will load.`);
        annotations.push(hand);
      }
      return { account: file.account, annotations, preserved };
    },
    serialize(sidecar) {
      const file = {
        format: SIDECAR_FORMAT,
        version: sidecarVersionFor(sidecar.annotations),
        account: sidecar.account,
        annotations: [...sidecar.annotations.map(toSidecarEntry), ...sidecar.preserved],
      };
      return `${JSON.stringify(file, null, 2)}\n`;
    },
  };
}
