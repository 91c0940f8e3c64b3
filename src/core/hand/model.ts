/**
 * Hand annotations: what a user added or corrected over the automatic layer. Each is
 * one entry of the account's sidecar file and one W3C Web Annotation there
 * (`webAnnotationCodec.ts`). They are an edit log: applied in order over the automatic
 * set (`applyHandAnnotations`), never dropped, undone by removing the entry.
 */
import type { SpanSelectors } from '../align/anchor';
import type { AnnotationKind, ClaimType, MatchClass } from '../model/annotation';

/** A span of an account, as stored: the account's path relative to the sidecar, and its selectors. */
export interface HandTarget {
  /** The account file, relative to the sidecar's folder (`news.txt`, `../other/transcript.txt`). */
  readonly source: string;
  readonly selectors: SpanSelectors;
}

/** Kinds a user can tag by hand (turns come from the transcript's labels). */
export type TaggableKind = 'person' | 'country' | 'claim';

interface HandBase {
  /** `urn:uuid:…`, unique. */
  readonly id: string;
  /** ISO 8601 date-time of creation. */
  readonly created: string;
  /** ISO 8601 date-time of the last change (a verdict or note set again), when changed. */
  readonly modified?: string;
  /** Who made it (the W3C `creator.name`), when known; two reviewers are told apart by it. */
  readonly creator?: string;
  readonly target: HandTarget;
}

/** Adds a span, or retags an automatic one with the same span. */
export interface HandTag extends HandBase {
  readonly action: 'tag';
  readonly kind: TaggableKind;
  /** person/country: the entity's name (a known entity's canonical name, or a new one). */
  readonly entity?: string;
  /** country: ISO 3166-1 alpha-2 code. */
  readonly iso?: string;
  /** claim: the speaker's name. */
  readonly speaker?: string;
  /** claim: its type. */
  readonly claimType?: ClaimType;
}

/** Rejects the automatic annotation of `kind` with exactly this span. */
export interface HandReject extends HandBase {
  readonly action: 'reject';
  readonly kind: AnnotationKind;
}

/** Sets the speaker of the claim (or turn) with exactly this span; makes a claim if there is none. */
export interface HandSetSpeaker extends HandBase {
  readonly action: 'setSpeaker';
  /** The speaker's name. */
  readonly speaker: string;
}

/** Links this span to a passage of the other account as its counterpart. */
export interface HandLink extends HandBase {
  readonly action: 'link';
  readonly counterpart: HandTarget;
  readonly match: MatchClass;
}

/** Removes every cross-reference between this span and the counterpart passage. */
export interface HandUnlink extends HandBase {
  readonly action: 'unlink';
  readonly counterpart: HandTarget;
}

/**
 * A verdict on the claim with this span (made a claim if there is none), or, with a
 * counterpart, on the cross-reference between the two passages. W3C motivation `assessing`.
 */
export interface HandAssess extends HandBase {
  readonly action: 'assess';
  /** Non-blank; one of the configured verdicts (see `DEFAULT_VERDICTS`), kept as written. */
  readonly verdict: string;
  readonly counterpart?: HandTarget;
}

/**
 * A free-text note on the claim with this span, or, with a counterpart, on the
 * cross-reference. An empty note clears an earlier one. W3C motivation `commenting`.
 */
export interface HandComment extends HandBase {
  readonly action: 'comment';
  readonly note: string;
  readonly counterpart?: HandTarget;
}

/** One hand annotation. */
export type HandAnnotation = HandTag | HandReject | HandSetSpeaker | HandLink | HandUnlink | HandAssess | HandComment;

/** A verdict or a note: the review layer of a sidecar. */
export type HandReview = HandAssess | HandComment;

/** Every hand action. */
export const HAND_ACTIONS = ['tag', 'reject', 'setSpeaker', 'link', 'unlink', 'assess', 'comment'] as const;
export type HandAction = HandAnnotation['action'];
