/**
 * The annotation model shared by the whole project: the analysis core produces it,
 * alignment adds cross-references to it, the exporters, the extension and the panel
 * read it. It is the `transcript-annotator/1` JSON format of EXPORT-CONTRACT.md.
 *
 * Offsets are UTF-16 code units into the exact text that was analysed (a BOM, if any,
 * is not part of it), half-open: `text === source.slice(start, end)`.
 */
import type { AnnotationRule } from '../data/ruleIds';

/** Format tag written in every annotation set. */
export const FORMAT = 'transcript-annotator/1' as const;

/** What an account is: speaker-labelled turns, or journalistic prose. */
export type AccountRole = 'transcript' | 'report';

/** A half-open `[start, end)` range of UTF-16 offsets. */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/** Every kind of annotation; the semantic token legend is derived from this list. */
export const ANNOTATION_KINDS = ['person', 'country', 'turn', 'claim'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

export const CLAIM_TYPES = ['quote', 'reported', 'statement', 'statistic'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export const MATCH_CLASSES = ['verbatim', 'close', 'paraphrase', 'partial'] as const;
export type MatchClass = (typeof MATCH_CLASSES)[number];

/**
 * Why a claim is unmatched. `unsupported`: words the report credits to a speaker of the
 * event (a quote, reported speech, "X said that …") that the transcript does not hold —
 * the fact-checker's finding. `context`: the reporter's own background and narration, or
 * words of people who do not speak at the event — not from this event, not an error.
 */
export const UNMATCHED_REASONS = ['unsupported', 'context'] as const;
export type UnmatchedReason = (typeof UNMATCHED_REASONS)[number];

/**
 * What a fact-checker should look at in a link. `misattribution`: the report credits the
 * words to `from` (a person entity id; absent when it names nobody), the transcript's
 * speaker is `to`. `changed-figure`: the report's figure `from` where the transcript says
 * `to`. `altered-quote`: inside quotation marks, words `from` where the transcript says
 * `to` (absent: words the quote adds). `added-name`: a name (`from`) the transcript's
 * passage does not give. `interpreted-quote`: a quote of words the transcript gives
 * through an interpreter or a translation — the outlet's own rendering, so only its names
 * and figures are compared (an `altered-quote` finding then holds one of those).
 */
export const LINK_FINDING_KINDS = ['misattribution', 'changed-figure', 'altered-quote', 'added-name', 'interpreted-quote'] as const;
export type LinkFindingKind = (typeof LINK_FINDING_KINDS)[number];

/** One finding on a link (see `LinkFindingKind`). */
export interface LinkFinding {
  readonly kind: LinkFindingKind;
  readonly from?: string;
  readonly to?: string;
}

export type EntityKind = 'person' | 'country';

/**
 * The verdicts offered by default for a claim or a cross-reference (the extension's
 * setting can replace the list; any non-blank verdict is kept and exported as written).
 */
export const DEFAULT_VERDICTS = ['accurate', 'misquoted', 'out of context', 'unsupported', 'needs checking'] as const;

/**
 * A reviewer's assessment of a claim or a cross-reference: the hand annotations with
 * motivation `assessing` (verdict) and `commenting` (note) of the account's sidecar.
 */
export interface Review {
  /** The verdict, as written (`accurate`, `misquoted`, …, or one of the user's own list). */
  readonly verdict?: string;
  /** Free text. */
  readonly note?: string;
  /** Who gave the last verdict or note (the annotation's `creator.name`), when known. */
  readonly creator?: string;
  /** ISO 8601 date-time of the last verdict or note. */
  readonly modified?: string;
}

/** One account (document) of the set. */
export interface AccountDocument {
  /** `d1`, `d2`, … in input order. */
  readonly id: string;
  readonly uri: string;
  readonly role: AccountRole;
  /** Length of the analysed text in UTF-16 code units. */
  readonly length: number;
}

/** One person or country, shared by every mention of it in every account. */
export interface Entity {
  /** `p1`, `p2`, … for persons, `c1`, `c2`, … for countries. */
  readonly id: string;
  readonly kind: EntityKind;
  /** Canonical name: the fullest form seen for a person, the common name for a country. */
  readonly name: string;
  /** Every other surface form seen in the texts (not the canonical name itself). */
  readonly aliases: readonly string[];
  /** ISO 3166-1 alpha-2 code, countries only. */
  readonly iso?: string;
  /** True when a turn or claim is attributed to this person. */
  readonly speaker?: boolean;
}

/** One annotated span of one account. */
export interface Annotation extends OffsetRange {
  /** `a1`, `a2`, … stable for the same input. */
  readonly id: string;
  /** The `AccountDocument.id` this span belongs to. */
  readonly document: string;
  readonly kind: AnnotationKind;
  readonly text: string;
  /** person and country mentions: the entity mentioned. */
  readonly entity?: string;
  /** turns and claims: the person entity speaking; absent when unknown or unnamed. */
  readonly speaker?: string;
  /** turns: the label as written ("Question", "MR. SMITH"), without the colon. */
  readonly label?: string;
  /** claims only. */
  readonly claimType?: ClaimType;
  /** Set on annotations added or changed by hand (hand annotations override automatic ones). */
  readonly origin?: 'auto' | 'hand';
  /** claims: the reviewer's verdict and note, when given. */
  readonly review?: Review;
  /**
   * Automatic annotations: the id of the rule that made it (`claim/said-after-quote`; the
   * list with a line on each is `ANNOTATION_RULES` in `data/ruleIds.ts`). Absent on hand
   * annotations and in files from before rule ids; a later version may write ids this one
   * does not list.
   */
  readonly rule?: AnnotationRule | (string & {});
}

/** A passage of one account. */
export interface Passage extends OffsetRange {
  readonly document: string;
}

/** Word-level difference between a quote and its counterpart. */
export interface DiffPart {
  readonly op: 'kept' | 'changed' | 'added' | 'dropped';
  /** Words as in the `from` passage (kept, changed, added) … */
  readonly from?: string;
  /** … and as in the `to` passage (kept, changed, dropped). */
  readonly to?: string;
}

/** A passage of one account linked to the passage of the other that says the same thing. */
export interface CrossReference {
  /** `x1`, `x2`, … */
  readonly id: string;
  readonly from: Passage;
  readonly to: Passage;
  /** Similarity in 0..1. */
  readonly score: number;
  readonly match: MatchClass;
  /** The claim annotation on the `from` side, when the passage is a claim. */
  readonly annotation?: string;
  /** Quotes only: share of the quoted words rendered faithfully, 0..1. */
  readonly fidelity?: number;
  /** Quotes only: the word diff from → to. */
  readonly diff?: readonly DiffPart[];
  /** What differs in substance between the two passages, when anything does. */
  readonly findings?: readonly LinkFinding[];
  readonly origin?: 'auto' | 'hand';
  /** The reviewer's verdict and note on the link, when given. */
  readonly review?: Review;
}

/** The passage of the other account most like an unmatched claim, and how alike (0..1). */
export interface NearestPassage extends Passage {
  readonly score: number;
}

/** A claim of one account that the other account does not support at all. */
export interface Unmatched extends Passage {
  /** The claim annotation id. */
  readonly annotation: string;
  /** Whether it is a finding (`unsupported`) or the report's own background (`context`). */
  readonly reason: UnmatchedReason;
  /**
   * The closest passage of the other account (checked against every passage): for an
   * `unsupported` claim, whenever a passage shares a word or a name with it; for `context`,
   * when it is alike enough to be worth showing (score at least 0.1).
   */
  readonly nearest?: NearestPassage;
}

/**
 * A claim in the report's own words (reported speech, a statement) that no passage of
 * the other account supports, whose nearest passage is alike without being support: not
 * confirmed by it, not unsupported either (the gray zone; paraphrase is where the support
 * measure is weakest). Listed apart from `unmatched`, with that nearest passage, for a
 * reader to judge.
 */
export interface Unconfirmed extends Passage {
  /** The claim annotation id. */
  readonly annotation: string;
  /** The closest passage of the other account and how alike it is (0..1). */
  readonly nearest: NearestPassage;
}

/** The whole annotation set of one or more accounts: the `--format json` export. */
export interface AnnotationSet {
  readonly format: typeof FORMAT;
  readonly documents: readonly AccountDocument[];
  readonly entities: readonly Entity[];
  readonly annotations: readonly Annotation[];
  readonly crossReferences: readonly CrossReference[];
  readonly unmatched: readonly Unmatched[];
  /** Claims not confirmed by the other account (`Unconfirmed`); absent when the accounts were not aligned (or in files from before it). */
  readonly unconfirmed?: readonly Unconfirmed[];
}

/** The cancellation token every core entry takes last; a VS Code token fits. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

/** A token that is never cancelled. */
export const NEVER_CANCELLED: CancellationToken = Object.freeze({ isCancellationRequested: false });
