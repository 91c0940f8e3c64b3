/**
 * Applies sidecar files, given as text, over an annotation set: what the command line
 * does (the extension goes through `SidecarRepository` instead). A sidecar that cannot
 * be read is reported, never fatal: its account is exported without hand annotations.
 */
import type { AnnotationSet } from '../model/annotation';
import { applyHandAnnotations, type OrphanedHandAnnotation } from './apply';
import { createSidecarCodec } from './sidecar';
import { SidecarError } from './sidecarError';

/** One account of the set, with its sidecar's text when it has one. */
export interface AccountWithSidecar {
  readonly docId: string;
  readonly uri: string;
  readonly text: string;
  /** The sidecar's text; `undefined` when there is no sidecar. */
  readonly sidecarText?: string;
  /** The sidecar's name, for messages. */
  readonly sidecarName?: string;
}

/** The set with hand annotations applied, and what could not be used. */
export interface SidecarsApplied {
  readonly set: AnnotationSet;
  readonly orphans: readonly OrphanedHandAnnotation[];
  readonly problems: readonly SidecarError[];
}

/** Parses each sidecar and applies the hand annotations of all of them over `set`. */
export function applySidecars(set: AnnotationSet, accounts: readonly AccountWithSidecar[]): SidecarsApplied {
  if (accounts.every((a) => a.sidecarText === undefined)) return { set, orphans: [], problems: [] };
  const codec = createSidecarCodec();
  const problems: SidecarError[] = [];
  const withHand = accounts.map((a) => {
    if (a.sidecarText === undefined) return { docId: a.docId, uri: a.uri, text: a.text, hand: [] };
    try {
      return { docId: a.docId, uri: a.uri, text: a.text, hand: codec.parse(a.sidecarText, a.sidecarName).annotations };
    } catch (e) {
      if (!(e instanceof SidecarError)) throw e;
      problems.push(e);
      return { docId: a.docId, uri: a.uri, text: a.text, hand: [] };
    }
  });
  const result = applyHandAnnotations(set, withHand);
  return { set: result.set, orphans: result.orphans, problems };
}
