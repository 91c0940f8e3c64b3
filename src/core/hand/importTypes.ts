/**
 * What the import readers and `mergeImported` share: the account imported into, what a
 * reader found, what was left out and why, and a hand annotation told in a few words.
 * See `readWebAnnotations.ts`, `readBratAnn.ts` and `mergeImported.ts`.
 */
import type { HandAnnotation } from './model';

/** A candidate that was not taken, and why. */
export interface ImportNote {
  /** What it is, in a few words (`claim "…"`, `line 12`). */
  readonly what: string;
  readonly reason: string;
}

/** What a reader found: candidates for the account, and what it skipped. */
export interface ImportRead {
  readonly candidates: readonly HandAnnotation[];
  readonly skipped: readonly ImportNote[];
}

/** An import problem with the file itself (not JSON, not an annotation file). */
export class ImportError extends Error {}

/** The account being imported into. */
export interface ImportAccount {
  /** Its URI; sidecar sources are relative to it. */
  readonly uri: string;
  readonly text: string;
}

/** `claim "…" (verdict misquoted)`: a candidate in a few words, for the report. */
export function describeHand(h: HandAnnotation): string {
  const quote = `"${shorten(h.target.selectors.quote.exact)}"`;
  switch (h.action) {
    case 'tag':
      return `${h.kind} ${quote}${h.kind === 'claim' ? (h.speaker ? ` (speaker ${h.speaker})` : '') : h.entity ? ` (${h.entity}${h.iso ? `, ${h.iso}` : ''})` : ''}`;
    case 'reject':
      return `rejection of ${h.kind} ${quote}`;
    case 'setSpeaker':
      return `speaker ${h.speaker} of ${quote}`;
    case 'link':
      return `link ${quote} → "${shorten(h.counterpart.selectors.quote.exact)}" (${h.match})`;
    case 'unlink':
      return `unlink ${quote} → "${shorten(h.counterpart.selectors.quote.exact)}"`;
    case 'assess':
      return `verdict ${h.verdict} on ${h.counterpart ? 'the link of ' : ''}${quote}`;
    case 'comment':
      return `note on ${h.counterpart ? 'the link of ' : ''}${quote}`;
  }
}

/** `text` on one line, cut to 50 characters. */
export function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 50 ? `${flat.slice(0, 49)}…` : flat;
}

/** The last segment of a source or URI, decoded (`file:///a/news%201.txt` → `news 1.txt`). */
export function fileName(source: string): string {
  return normaliseUri(source.replace(/[?#].*$/, '').split('/').pop() ?? source);
}

/** `uri` decoded, or as it is when it cannot be. */
export function normaliseUri(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}
