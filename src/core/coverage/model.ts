/**
 * The coverage of one event: one transcript, any number of reports ("outlets"), and how
 * each outlet rendered each passage of the transcript. Built by `buildCoverage` from an
 * annotation set whose reports were aligned with the transcript; read by the HTML
 * coverage report and the batch summary. Pure data: offsets are UTF-16 code units into
 * the texts as analysed, half-open.
 */
import type { DiffPart, LinkFinding, MatchClass, OffsetRange, UnmatchedReason, ClaimType, Passage } from '../model/annotation';

/** How an outlet rendered a passage: the match class of its best link, or `absent`. */
export const RENDERINGS = ['verbatim', 'close', 'paraphrase', 'partial', 'absent'] as const;
export type Rendering = MatchClass | 'absent';

/** One report of the event. */
export interface CoverageOutlet {
  /** The report's `AccountDocument.id` (`d2`, …). */
  readonly id: string;
  readonly uri: string;
  /** Column order, 0-based, in the order of `set.documents`. */
  readonly index: number;
  /** The id of an earlier outlet with exactly the same text (the same report filed twice). */
  readonly sameTextAs?: string;
}

/** One cross-reference between a report and the transcript, seen from the report. */
export interface CoverageLink {
  /** The cross-reference id (`x12`). */
  readonly id: string;
  /** The outlet (report document id). */
  readonly outlet: string;
  /** The report's passage. */
  readonly report: Passage;
  /** The transcript's passage. */
  readonly transcript: Passage;
  readonly match: MatchClass;
  readonly score: number;
  /** Quotes only: share of the quoted words rendered faithfully, 0..1. */
  readonly fidelity?: number;
  /** Quotes only: the word diff as stored on the cross-reference (`from → to`). */
  readonly diff?: readonly DiffPart[];
  /** True when the cross-reference's `from` is the report (so `diff` runs report → transcript). */
  readonly reportIsFrom: boolean;
  /** The report's claim annotation id, when the passage is a claim. */
  readonly claim?: string;
  readonly claimType?: ClaimType;
  readonly findings: readonly LinkFinding[];
  readonly origin?: 'auto' | 'hand';
}

/** How one outlet rendered one passage (a sentence, or a whole turn). */
export interface CoverageCell {
  readonly outlet: string;
  /** The best rendering: the class of the best link, or `absent`. */
  readonly rendering: Rendering;
  /** The best link (by class, then score); absent when `rendering` is `absent`. */
  readonly best?: CoverageLink;
  /** How many links of this outlet touch the passage. */
  readonly links: number;
}

/** A sentence of the transcript: a row of the coverage matrix. */
export interface CoverageSentence extends OffsetRange {
  /** Position in `Coverage.sentences`. */
  readonly index: number;
  /** Index of the turn holding it in `Coverage.turns`, -1 outside turns. */
  readonly turn: number;
  /** The person speaking (the turn's speaker entity id), when known. */
  readonly speaker?: string;
  /** One cell per outlet, in outlet order. */
  readonly cells: readonly CoverageCell[];
  /** How many outlets render it at all. */
  readonly outlets: number;
}

/** A turn's cell: the best rendering among its sentences and how many of them the outlet renders. */
export interface CoverageTurnCell {
  readonly outlet: string;
  readonly rendering: Rendering;
  readonly sentencesCovered: number;
}

/** A turn of the transcript (or a stretch of prose outside turns, `label` and `annotation` absent). */
export interface CoverageTurn extends OffsetRange {
  readonly index: number;
  /** The turn annotation id; absent for prose outside turns. */
  readonly annotation?: string;
  readonly label?: string;
  readonly speaker?: string;
  /** Indices into `Coverage.sentences`, in order. */
  readonly sentences: readonly number[];
  readonly cells: readonly CoverageTurnCell[];
  /** How many outlets render at least one of its sentences. */
  readonly outlets: number;
}

/** What one outlet's quotes became. Counted per quote claim of the report. */
export interface QuoteCounts {
  /** Quote claims in the report. */
  readonly total: number;
  /** Linked to the transcript with no altered-quote finding. */
  readonly accurate: number;
  /** Linked, with words that differ in substance (an `altered-quote` finding). */
  readonly altered: number;
  /** Linked to words another speaker said (a `misattribution` finding); also counted as accurate or altered. */
  readonly misattributed: number;
  /** Not linked to the transcript at all. */
  readonly notFound: number;
}

/** A count per person (`speaker` absent: claims attributed to no named person). */
export interface SpeakerCount {
  readonly speaker?: string;
  readonly count: number;
}

/** The figures of one outlet. */
export interface OutletStats {
  readonly outlet: string;
  /** Claims in the report (every type). */
  readonly claims: number;
  readonly quotes: QuoteCounts;
  /** Report claims credited to a speaker of the event that the transcript does not hold. */
  readonly unsupported: number;
  /** Report claims that are the reporter's own background or narration. */
  readonly context: number;
  /** Links with a `changed-figure` finding. */
  readonly changedFigures: number;
  /** Links with an `added-name` finding. */
  readonly addedNames: number;
  /** Transcript sentences the outlet renders, and their share of all sentences. */
  readonly sentencesCovered: number;
  /** Share of the transcript's sentence characters the outlet renders, 0..1. */
  readonly share: number;
  /** Sentences per rendering (the five add up to the number of sentences). */
  readonly renderings: Readonly<Record<Rendering, number>>;
  /** Quotes and reported speech of the report per attributed person, most first. */
  readonly speakersQuoted: readonly SpeakerCount[];
  /** Transcript sentences the outlet renders, per speaker of the transcript, most first. */
  readonly speakersCovered: readonly SpeakerCount[];
}

/** One outlet's rendering of a transcript passage that outlets quote. */
export interface QuoteRendering {
  readonly outlet: string;
  /** The report's quote claim annotation id. */
  readonly claim: string;
  readonly link: CoverageLink;
}

/** The same words of the transcript quoted by one or more outlets. */
export interface QuoteGroup {
  /** The transcript sentence the quotes point into (`Coverage.sentences`). */
  readonly sentence: number;
  /** The span of the transcript the quotes point at: the union of their transcript passages in that sentence. */
  readonly transcript: Passage;
  /** Each outlet's quotes of it, in outlet order, then report order. */
  readonly renderings: readonly QuoteRendering[];
  /** How many distinct outlets quote it. */
  readonly outlets: number;
}

/** A report claim the transcript does not support. */
export interface CoverageUnmatched extends Passage {
  readonly outlet: string;
  readonly claim: string;
  readonly claimType?: ClaimType;
  /** The person the report credits it to, when named. */
  readonly speaker?: string;
  readonly reason: UnmatchedReason;
  /** The closest transcript passage, when any shares content with it. */
  readonly nearest?: Passage & { readonly score: number };
}

/** The coverage of one event. */
export interface Coverage {
  /** The transcript's document id, uri and length. */
  readonly transcript: { readonly id: string; readonly uri: string; readonly length: number };
  readonly outlets: readonly CoverageOutlet[];
  readonly turns: readonly CoverageTurn[];
  readonly sentences: readonly CoverageSentence[];
  /** One per outlet, in outlet order. */
  readonly stats: readonly OutletStats[];
  /** Quoted transcript passages in transcript order. */
  readonly quoteGroups: readonly QuoteGroup[];
  /** Unsupported and context claims of every outlet, outlet by outlet in report order: one per unmatched passage (a claim may have several clauses). */
  readonly unmatched: readonly CoverageUnmatched[];
}
