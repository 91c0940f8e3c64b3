/**
 * The messages between the extension and the cross-reference panel (webview view
 * `transcriptAnnotator.crossReferences`): `ToPanel` goes extension → panel, `FromPanel`
 * panel → extension. Both sides validate every message on receipt with
 * `checkToPanel` / `checkFromPanel` and drop (and log) what does not fit.
 *
 * Offsets are UTF-16 code units into the account text, half-open, as in the model.
 * The panel never receives markup: every string here is document text or a label
 * and is inserted with `textContent`.
 */
import type { AgreementKind, AnnotationKind } from '../core/index';
import { arrayOf, bool, type Checked, num, obj, oneOf, str, taggedUnion, type Validator } from './validate';

/** The model's annotation kinds, listed here so the panel bundle carries no core code. */
export const PANEL_ANNOTATION_KINDS = ['person', 'country', 'turn', 'claim'] as const;
/** Fails to compile when the list above and the model's `AnnotationKind` part ways. */
type SameKinds<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const sameKinds: SameKinds<(typeof PANEL_ANNOTATION_KINDS)[number], AnnotationKind> = true;
void sameKinds;

export const PANEL_MATCH_CLASSES = ['verbatim', 'close', 'paraphrase', 'partial'] as const;
/** Match class of a cross-reference (the model's `MatchClass`). */
export type PanelMatchClass = (typeof PANEL_MATCH_CLASSES)[number];

export const PANEL_CLAIM_TYPES = ['quote', 'reported', 'statement', 'statistic'] as const;
export type PanelClaimType = (typeof PANEL_CLAIM_TYPES)[number];

/** A passage of one account with its text (possibly shortened, see `truncated`). */
export interface PanelPassage {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** True when `text` is only the beginning of the passage. */
  readonly truncated?: boolean;
}

/** One word-diff part, seen from the report: `report` words vs `transcript` words. */
export interface PanelDiffPart {
  /** kept: same words; changed: report words replace transcript words; added: only in the report; dropped: only in the transcript. */
  readonly op: 'kept' | 'changed' | 'added' | 'dropped';
  readonly report?: string;
  readonly transcript?: string;
}

/** A person or country with its mention counts in each account. */
export interface PanelEntity {
  readonly id: string;
  readonly kind: 'person' | 'country';
  readonly name: string;
  readonly iso?: string;
  readonly speaker?: boolean;
  readonly reportMentions: number;
  readonly transcriptMentions: number;
}

/** A reviewer's verdict and/or note on a claim or a cross-reference (the model's `Review`). */
export interface PanelReview {
  readonly verdict?: string;
  readonly note?: string;
  /** Who gave the last verdict or note, when known. */
  readonly creator?: string;
}

/** A cross-reference: a report passage and the transcript passage saying the same. */
export interface PanelMatchRow {
  readonly kind: 'match';
  /** The cross-reference id (`x12`). */
  readonly id: string;
  readonly match: PanelMatchClass;
  readonly score: number;
  /** Quotes only: share of quoted words rendered faithfully, 0..1. */
  readonly fidelity?: number;
  readonly claimType?: PanelClaimType;
  /** Person entity id of who asserts it (the filter and grouping key); absent when unknown. */
  readonly speaker?: string;
  /** Person entity id the report attributes its passage to; absent when it names no one. */
  readonly attribution?: string;
  /** Person entity id of the transcript turn holding the transcript passage; absent when unlabelled or unknown. */
  readonly transcriptSpeaker?: string;
  /** Country entity ids mentioned in either passage. */
  readonly countries: readonly string[];
  readonly report: PanelPassage;
  readonly transcript: PanelPassage;
  readonly diff?: readonly PanelDiffPart[];
  /** The review of the report passage's claim, when it has one. */
  readonly review?: PanelReview;
  /** The review of the cross-reference itself, when it has one. */
  readonly linkReview?: PanelReview;
}

/**
 * Why a report passage has no counterpart: the core's `Unmatched.reason`, or
 * `unconfirmed` for a claim of the core's `AnnotationSet.unconfirmed` (a passage is alike,
 * without supporting it).
 */
export const PANEL_UNMATCHED_REASONS = ['unsupported', 'context', 'unconfirmed'] as const;
export type PanelUnmatchedReason = (typeof PANEL_UNMATCHED_REASONS)[number];

/**
 * A report passage the transcript does not hold: `reason` `unsupported` for words credited
 * to a speaker of the event (the finding), `context` for the report's own background,
 * `unconfirmed` for a claim a transcript passage is like without supporting it.
 */
export interface PanelUnsupportedRow {
  readonly kind: 'unsupported';
  /** The claim annotation id (`a40`). */
  readonly id: string;
  readonly reason: PanelUnmatchedReason;
  readonly claimType?: PanelClaimType;
  readonly speaker?: string;
  /** Person entity id the report attributes the claim to; absent when it names no one. */
  readonly attribution?: string;
  readonly countries: readonly string[];
  readonly report: PanelPassage;
  /** The transcript passage most like it, when one shares a word or a name with it (always for `unconfirmed`). */
  readonly nearest?: PanelPassage;
  /** How alike `nearest` is, 0..1 (with `nearest`). */
  readonly similarity?: number;
  /** The review of the claim, when it has one. */
  readonly review?: PanelReview;
}

export type PanelRow = PanelMatchRow | PanelUnsupportedRow;

/** One account of the pair shown. */
export interface PanelAccount {
  readonly uri: string;
  /** File name shown to the user. */
  readonly name: string;
}

export const PANEL_HAND_ACTIONS = ['tag', 'reject', 'setSpeaker', 'link', 'unlink', 'assess', 'comment'] as const;
/** What a hand annotation does (the sidecar entry's `action`). */
export type PanelHandAction = (typeof PANEL_HAND_ACTIONS)[number];

/**
 * A hand annotation of one account of the pair that could not be placed in the current
 * text (its words were edited away). It stays in the sidecar; the panel lists it.
 */
export interface PanelOrphan {
  /** The hand annotation's id (`urn:uuid:…`). */
  readonly id: string;
  /** The account whose sidecar holds it. */
  readonly uri: string;
  /** That account's file name, shown to the user. */
  readonly account: string;
  readonly action: PanelHandAction;
  /** tag and reject: the kind tagged or rejected; absent for the other actions. */
  readonly kind?: AnnotationKind;
  /**
   * Whom or what it names, as the user chose it: the entity (“Norway (NO)”), the speaker
   * of a claim, or for a link the counterpart's quote. Absent when it names nothing.
   */
  readonly label?: string;
  /** The stored quote (the words it was attached to), possibly shortened (see `truncated`). */
  readonly quote: string;
  readonly truncated?: boolean;
  /** Why it could not be placed, as a sentence. */
  readonly reason: string;
}

/** Everything the panel shows for one pair. Rows are in report order. */
export interface PanelSnapshot {
  readonly report: PanelAccount;
  readonly transcript: PanelAccount;
  readonly entities: readonly PanelEntity[];
  readonly rows: readonly PanelMatchRow[];
  readonly unsupported: readonly PanelUnsupportedRow[];
  /** Orphaned hand annotations of either account, report first; empty when every one is placed. */
  readonly orphans: readonly PanelOrphan[];
}

/** Why there is nothing to show; the panel words its instructions after it. */
export const PANEL_EMPTY_REASONS = ['noAccount', 'unpaired', 'analysing', 'failed'] as const;
export type PanelEmptyReason = (typeof PANEL_EMPTY_REASONS)[number];

/** Commands the panel may ask the extension to run (nothing else is accepted). */
export const PANEL_COMMANDS = ['pairWith', 'annotateFile', 'reanalyse', 'showOrphaned'] as const;
export type PanelCommand = (typeof PANEL_COMMANDS)[number];

/** What the panel may do with an orphaned hand annotation. */
export const PANEL_ORPHAN_ACTIONS = ['open', 'remove'] as const;
export type PanelOrphanAction = (typeof PANEL_ORPHAN_ACTIONS)[number];

/** What a row's review buttons act on: the report claim, or (match rows) the cross-reference. */
export const PANEL_REVIEW_TARGETS = ['claim', 'link'] as const;
export type PanelReviewTarget = (typeof PANEL_REVIEW_TARGETS)[number];
/** What a row's review buttons set. */
export const PANEL_REVIEW_FIELDS = ['verdict', 'note'] as const;
export type PanelReviewField = (typeof PANEL_REVIEW_FIELDS)[number];

/** The kinds two reviewers are compared on (the core's `AgreementKind`). */
export const PANEL_AGREEMENT_KINDS = ['claims', 'speakers', 'verdicts', 'links', 'persons', 'countries'] as const;
const sameAgreementKinds: SameKinds<(typeof PANEL_AGREEMENT_KINDS)[number], AgreementKind> = true;
void sameAgreementKinds;
export type PanelAgreementKind = (typeof PANEL_AGREEMENT_KINDS)[number];

/** Two reviewers' agreement on one kind: items, items agreed, raw agreement and Cohen's κ (absent when undefined). */
export interface PanelAgreement {
  readonly kind: PanelAgreementKind;
  readonly items: number;
  readonly agreed: number;
  readonly raw?: number;
  readonly kappa?: number;
}

/** One item the two reviewers disagree on, with our category and theirs. */
export interface PanelDisagreement {
  /** Unique within the comparison. */
  readonly id: string;
  readonly kind: PanelAgreementKind;
  /** The words of the item (for a link, of its first passage), possibly shortened. */
  readonly quote: string;
  /** For a link: the words of its other passage. */
  readonly to?: string;
  readonly mine: string;
  readonly theirs: string;
}

/** The comparison with another reviewer's sidecar of one account (Compare with Another Reviewer's Annotations…). */
export interface PanelComparison {
  /** The account's file name. */
  readonly account: string;
  /** The other reviewer (their name, or their sidecar's file name). */
  readonly them: string;
  readonly agreements: readonly PanelAgreement[];
  /** Those not resolved yet. */
  readonly disagreements: readonly PanelDisagreement[];
}

/** What the user chose for a disagreement: keep our annotation, or take theirs. */
export const PANEL_REVIEWER_CHOICES = ['mine', 'theirs'] as const;
export type PanelReviewerChoice = (typeof PANEL_REVIEWER_CHOICES)[number];

/** Extension → panel. */
export type ToPanel =
  /** The pair's cross-references, sent on open, on every analysis and on pair change. */
  | { readonly type: 'snapshot'; readonly snapshot: PanelSnapshot }
  /** Nothing to show; `detail` is a sentence for the user (e.g. the file name involved). */
  | { readonly type: 'empty'; readonly reason: PanelEmptyReason; readonly detail: string }
  /**
   * The cursor of an account is at `offset`: highlight its rows and scroll to them.
   * With `filter`, also restrict the list to those rows (the Show Cross-References command);
   * with `end` too, to the rows whose passage in `uri` starts in `[offset, end)` (a paragraph
   * or turn, as the CodeLens counts them). `label` names the place for the user ("news.txt, line 12").
   */
  /** The comparison with another reviewer, or none (`comparison` absent: the section is removed). */
  | { readonly type: 'reviewers'; readonly comparison?: PanelComparison }
  | {
      readonly type: 'cursor';
      readonly uri: string;
      readonly offset: number;
      readonly filter: boolean;
      readonly end?: number;
      readonly label?: string;
    };

/** Panel → extension. */
export type FromPanel =
  /** The panel script runs and listens; the extension answers with the current state. */
  | { readonly type: 'ready' }
  /** Reveal and select both passages of a row side by side. */
  | { readonly type: 'reveal'; readonly rowId: string }
  /** Run one of the allowed commands (the empty state's buttons, Show Orphaned Annotations). */
  | { readonly type: 'command'; readonly command: PanelCommand }
  /**
   * Act on an orphaned hand annotation of the pair shown: `open` its entry in the sidecar,
   * or `remove` it from the sidecar (the extension asks first; undoable).
   */
  | { readonly type: 'orphan'; readonly action: PanelOrphanAction; readonly uri: string; readonly id: string }
  /**
   * Set the verdict or the note of a row's claim (`on: 'claim'`, the report passage, made a
   * claim if it is none) or of its cross-reference (`on: 'link'`, match rows only); the
   * extension asks for the value and stores it in the report's sidecar (undoable).
   */
  | { readonly type: 'review'; readonly rowId: string; readonly on: PanelReviewTarget; readonly field: PanelReviewField }
  /** Resolve a disagreement of the comparison shown: keep ours, or take theirs (written to our sidecar, undoable). */
  | { readonly type: 'reviewerChoice'; readonly id: string; readonly take: PanelReviewerChoice }
  /** Close the comparison. */
  | { readonly type: 'reviewerClose' }
  /** A timing measured in the panel, written to the extension's log. */
  | { readonly type: 'metric'; readonly name: 'render' | 'filter'; readonly ms: number; readonly rows: number };

const MAX_TEXT = 200_000;
const id = str(200);
const uri = str(4_096);
const offset = num(0, Number.MAX_SAFE_INTEGER, true);
const claimType = oneOf(PANEL_CLAIM_TYPES);

const passage: Validator<PanelPassage> = obj({ uri, start: offset, end: offset, text: str(MAX_TEXT) }, { truncated: bool });

const diffPart: Validator<PanelDiffPart> = obj(
  { op: oneOf(['kept', 'changed', 'added', 'dropped'] as const) },
  { report: str(MAX_TEXT), transcript: str(MAX_TEXT) },
);

const entity: Validator<PanelEntity> = obj(
  {
    id,
    kind: oneOf(['person', 'country'] as const),
    name: str(1_000),
    reportMentions: num(0, Number.MAX_SAFE_INTEGER, true),
    transcriptMentions: num(0, Number.MAX_SAFE_INTEGER, true),
  },
  { iso: str(8), speaker: bool },
);

const review: Validator<PanelReview> = obj({}, { verdict: str(1_000), note: str(MAX_TEXT), creator: str(1_000) });

const matchRow: Validator<PanelMatchRow> = obj(
  {
    kind: oneOf(['match'] as const),
    id,
    match: oneOf(PANEL_MATCH_CLASSES),
    score: num(0, 1),
    countries: arrayOf(id, 1_000),
    report: passage,
    transcript: passage,
  },
  { fidelity: num(0, 1), claimType, speaker: id, attribution: id, transcriptSpeaker: id, diff: arrayOf(diffPart, 10_000), review, linkReview: review },
);

const unsupportedRow: Validator<PanelUnsupportedRow> = obj(
  { kind: oneOf(['unsupported'] as const), id, reason: oneOf(PANEL_UNMATCHED_REASONS), countries: arrayOf(id, 1_000), report: passage },
  { claimType, speaker: id, attribution: id, nearest: passage, similarity: num(0, 1), review },
);

const account: Validator<PanelAccount> = obj({ uri, name: str(1_000) });

const orphan: Validator<PanelOrphan> = obj(
  { id, uri, account: str(1_000), action: oneOf(PANEL_HAND_ACTIONS), quote: str(MAX_TEXT), reason: str(2_000) },
  { kind: oneOf(PANEL_ANNOTATION_KINDS), label: str(MAX_TEXT), truncated: bool },
);

const snapshot: Validator<PanelSnapshot> = obj({
  report: account,
  transcript: account,
  entities: arrayOf(entity, 50_000),
  rows: arrayOf(matchRow, 100_000),
  unsupported: arrayOf(unsupportedRow, 100_000),
  orphans: arrayOf(orphan, 100_000),
});

const agreement: Validator<PanelAgreement> = obj(
  { kind: oneOf(PANEL_AGREEMENT_KINDS), items: num(0, Number.MAX_SAFE_INTEGER, true), agreed: num(0, Number.MAX_SAFE_INTEGER, true) },
  { raw: num(0, 1), kappa: num(-1, 1) },
);

const disagreement: Validator<PanelDisagreement> = obj(
  { id, kind: oneOf(PANEL_AGREEMENT_KINDS), quote: str(MAX_TEXT), mine: str(MAX_TEXT), theirs: str(MAX_TEXT) },
  { to: str(MAX_TEXT) },
);

const comparison: Validator<PanelComparison> = obj({
  account: str(1_000),
  them: str(1_000),
  agreements: arrayOf(agreement, PANEL_AGREEMENT_KINDS.length),
  disagreements: arrayOf(disagreement, 100_000),
});

const toPanel: Validator<ToPanel> = taggedUnion<ToPanel>({
  snapshot: obj({ type: oneOf(['snapshot'] as const), snapshot }),
  empty: obj({ type: oneOf(['empty'] as const), reason: oneOf(PANEL_EMPTY_REASONS), detail: str(2_000) }),
  reviewers: obj({ type: oneOf(['reviewers'] as const) }, { comparison }),
  cursor: obj({ type: oneOf(['cursor'] as const), uri, offset, filter: bool }, { end: offset, label: str(500) }),
});

const fromPanel: Validator<FromPanel> = taggedUnion<FromPanel>({
  ready: obj({ type: oneOf(['ready'] as const) }),
  reveal: obj({ type: oneOf(['reveal'] as const), rowId: id }),
  command: obj({ type: oneOf(['command'] as const), command: oneOf(PANEL_COMMANDS) }),
  orphan: obj({ type: oneOf(['orphan'] as const), action: oneOf(PANEL_ORPHAN_ACTIONS), uri, id }),
  review: obj({ type: oneOf(['review'] as const), rowId: id, on: oneOf(PANEL_REVIEW_TARGETS), field: oneOf(PANEL_REVIEW_FIELDS) }),
  reviewerChoice: obj({ type: oneOf(['reviewerChoice'] as const), id, take: oneOf(PANEL_REVIEWER_CHOICES) }),
  reviewerClose: obj({ type: oneOf(['reviewerClose'] as const) }),
  metric: obj({
    type: oneOf(['metric'] as const),
    name: oneOf(['render', 'filter'] as const),
    ms: num(0, 3_600_000),
    rows: num(0, Number.MAX_SAFE_INTEGER, true),
  }),
});

/** Validates a message received by the panel; the error names the offending field. */
export function checkToPanel(message: unknown): Checked<ToPanel> {
  return toPanel(message, undefined);
}

/** Validates a message received by the extension; the error names the offending field. */
export function checkFromPanel(message: unknown): Checked<FromPanel> {
  return fromPanel(message, undefined);
}
