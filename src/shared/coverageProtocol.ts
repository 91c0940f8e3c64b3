/**
 * The messages between the extension and the coverage view (webview view
 * `transcriptAnnotator.coverage`, beside the cross-references in the side bar):
 * `ToCoverage` goes extension → view, `FromCoverage` view → extension. Both sides
 * validate every message on receipt with `checkToCoverage` / `checkFromCoverage` and drop
 * (and log) what does not fit, as the cross-reference panel does (panelProtocol.ts).
 *
 * The view never receives markup: every string is document text or a label, inserted
 * with `textContent`. Offsets are UTF-16 code units into the texts as analysed.
 *
 * Paging: the extension keeps the whole `CoverageView` of the event shown and posts only
 * its head first (`coverage`: the figures, the first rows, the quote groups' summaries;
 * coveragePages.ts decides what); the view asks for more rows as it scrolls (`rows`) and
 * for a quote group's quotes when it is opened (`quotes`). Every answer names the `id` of
 * the head it belongs to, so an answer for an event no longer shown is dropped.
 */
import type { PanelDiffPart } from './panelProtocol';
import { arrayOf, bool, type Checked, formatPath, num, obj, oneOf, str, taggedUnion, type Validator } from './validate';

/** How an outlet rendered a passage (core/coverage `Rendering`), best first. */
export const COVERAGE_RENDERINGS = ['verbatim', 'close', 'paraphrase', 'partial', 'absent'] as const;
export type CoverageRendering = (typeof COVERAGE_RENDERINGS)[number];

/** One report ("outlet") of the event and its figures. */
export interface CoverageViewOutlet {
  /** Column key: A, B, … (as in the HTML report). */
  readonly key: string;
  /** File name. */
  readonly name: string;
  readonly uri: string;
  /** Key of an earlier outlet with exactly the same text. */
  readonly sameAs?: string;
  /** Share of the transcript (sentence characters) rendered, 0..1. */
  readonly share: number;
  readonly sentencesCovered: number;
  /** Quote claims of the report: accurate, altered, misattributed, not found in the transcript. */
  readonly quotes: { readonly total: number; readonly accurate: number; readonly altered: number; readonly misattributed: number; readonly notFound: number };
  /** Claims credited to a speaker of the event that the transcript does not hold. */
  readonly unsupported: number;
  /** Quotes and reported speech per person credited, most first (`name` absent: unattributed). */
  readonly speakersQuoted: readonly { readonly name?: string; readonly count: number }[];
}

/**
 * The one-letter code of each rendering in `CoverageViewRow.renderings` (a row of 5
 * reports is 5 characters rather than 5 objects: a 50 KB transcript has over a thousand rows).
 */
export const RENDERING_CODES: Readonly<Record<CoverageRendering, string>> = { verbatim: 'v', close: 'c', paraphrase: 'p', partial: 'r', absent: 'a' };

const RENDERING_OF_CODE: Readonly<Record<string, CoverageRendering>> = Object.fromEntries(COVERAGE_RENDERINGS.map((r) => [RENDERING_CODES[r], r]));

/** The renderings of a row, in outlet order (`renderings` has been validated). */
export function decodeRenderings(renderings: string): CoverageRendering[] {
  return [...renderings].map((c) => RENDERING_OF_CODE[c] ?? 'absent');
}

/** A row of the matrix: a turn (heading) or one of its sentences. */
export interface CoverageViewRow {
  readonly kind: 'turn' | 'sentence';
  /** Index into the coverage's `turns` or `sentences` (what `reveal` sends back). */
  readonly index: number;
  /** Turn: the speaker's name and label; sentence: its text (maybe shortened). */
  readonly text: string;
  readonly truncated?: boolean;
  /** Turns: how many sentences it has. */
  readonly sentences?: number;
  /** How each outlet rendered it, one `RENDERING_CODES` letter per outlet, in outlet order. */
  readonly renderings: string;
  /** Sentences: the quote fidelity (0..1) of the outlets whose best link is a quote. */
  readonly fidelity?: readonly { readonly outlet: number; readonly value: number }[];
  /** Turns: how many of its sentences each outlet renders, in outlet order. */
  readonly covered?: readonly number[];
  /** How many outlets render it. */
  readonly outlets: number;
}

/** One outlet's quotation of a transcript passage. */
export interface CoverageViewQuote {
  /** Outlet index. */
  readonly outlet: number;
  readonly match: Exclude<CoverageRendering, 'absent'>;
  readonly fidelity?: number;
  /** The report's words; empty when `diff` gives them. */
  readonly text: string;
  readonly truncated?: boolean;
  /** Report against transcript (reportDiff.ts); empty when the words are the same. */
  readonly diff: readonly PanelDiffPart[];
  /** Findings, as sentences (findingText.ts). */
  readonly findings: readonly string[];
  /** The sentence index to reveal (the group's). */
  readonly sentence: number;
}

/** The same transcript words quoted by one or more outlets. */
export interface CoverageViewQuoteGroup {
  readonly sentence: number;
  /** Who said it, when known. */
  readonly speaker?: string;
  /** The quoted transcript words. */
  readonly text: string;
  readonly truncated?: boolean;
  readonly outlets: number;
  readonly quotes: readonly CoverageViewQuote[];
}

/** Everything the coverage view shows for one event (kept by the extension; the view gets it in pages). */
export interface CoverageView {
  /** The event's name (workspace file, else the transcript's folder). */
  readonly event: string;
  readonly transcript: { readonly name: string; readonly uri: string };
  readonly outlets: readonly CoverageViewOutlet[];
  /** Turns, each followed by its sentences, in transcript order. */
  readonly rows: readonly CoverageViewRow[];
  readonly quoteGroups: readonly CoverageViewQuoteGroup[];
}

/** A quote group as the head carries it: its quotes only when the view draws them at once (else asked for on opening). */
export type CoverageViewQuoteGroupHead = Omit<CoverageViewQuoteGroup, 'quotes'> & { readonly quotes?: readonly CoverageViewQuote[] };

/** What the view gets first of a `CoverageView` (coveragePages.ts `coverageHead`). */
export interface CoverageViewHead {
  /** Names this head: the `rows` and `quotes` asked for and answered carry it. */
  readonly id: number;
  readonly event: string;
  readonly transcript: { readonly name: string; readonly uri: string };
  readonly outlets: readonly CoverageViewOutlet[];
  /** How many rows the whole matrix has (turns and sentences). */
  readonly rowCount: number;
  /** How many of them are sentences. */
  readonly sentenceCount: number;
  /** The first rows of the matrix, from row 0 (all of them for a short transcript). */
  readonly rows: readonly CoverageViewRow[];
  /** Every quote group, in the `CoverageView`'s order. */
  readonly quoteGroups: readonly CoverageViewQuoteGroupHead[];
}

/** Why there is nothing to show. */
export const COVERAGE_EMPTY_REASONS = ['noTranscript', 'noEvent', 'analysing', 'failed'] as const;
export type CoverageEmptyReason = (typeof COVERAGE_EMPTY_REASONS)[number];

/** Commands the view may ask the extension to run (nothing else is accepted). */
export const COVERAGE_COMMANDS = ['addToEvent', 'exportCoverageReport'] as const;
export type CoverageCommand = (typeof COVERAGE_COMMANDS)[number];

/** Extension → view. */
export type ToCoverage =
  /** The event's coverage, its head (the rest comes when asked for); `sentAt` is the extension's `Date.now()` when posted (for the render-time log). */
  | { readonly type: 'coverage'; readonly view: CoverageViewHead; readonly sentAt: number }
  /** Rows `from` … `from + rows.length - 1` of head `id`'s matrix. */
  | { readonly type: 'rows'; readonly id: number; readonly from: number; readonly rows: readonly CoverageViewRow[] }
  /** The quotes of quote group `group` (index into the head's `quoteGroups`) of head `id`. */
  | { readonly type: 'quotes'; readonly id: number; readonly group: number; readonly quotes: readonly CoverageViewQuote[] }
  /** Nothing to show; `detail` is a sentence for the user. */
  | { readonly type: 'empty'; readonly reason: CoverageEmptyReason; readonly detail: string };

/** View → extension. */
export type FromCoverage =
  /** The view script runs and listens; the extension answers with the current state. */
  | { readonly type: 'ready' }
  /** Open the transcript and the outlet's report side by side, each passage of the cell selected. */
  | { readonly type: 'reveal'; readonly kind: 'turn' | 'sentence'; readonly index: number; readonly outlet: number }
  /** Run one of the allowed commands. */
  | { readonly type: 'command'; readonly command: CoverageCommand }
  /** Send rows `from` … `to - 1` of head `id`'s matrix (at most `MAX_ROWS_ASKED`; the answer is cut to the rows there are). */
  | { readonly type: 'rows'; readonly id: number; readonly from: number; readonly to: number }
  /** Send the quotes of quote group `group` of head `id`. */
  | { readonly type: 'quotes'; readonly id: number; readonly group: number }
  /**
   * The view drew a `coverage` message: `ms` from its receipt to the end of drawing,
   * `sinceSent` from the extension's `sentAt` to then (same machine clock), `rows` of the
   * whole matrix (the head's `rowCount`), `cells` drawn.
   */
  | { readonly type: 'rendered'; readonly ms: number; readonly sinceSent: number; readonly rows: number; readonly outlets: number; readonly cells: number };

/** Most rows one `rows` request may ask for (the view asks for pages of `ROW_PAGE`, coveragePages.ts). */
export const MAX_ROWS_ASKED = 1_000;

const MAX_TEXT = 200_000;
const count = num(0, Number.MAX_SAFE_INTEGER, true);
const share = num(0, 1);
const diffPart: Validator<PanelDiffPart> = obj({ op: oneOf(['kept', 'changed', 'added', 'dropped'] as const) }, { report: str(MAX_TEXT), transcript: str(MAX_TEXT) });

const outlet: Validator<CoverageViewOutlet> = obj(
  {
    key: str(8),
    name: str(1_000),
    uri: str(4_096),
    share,
    sentencesCovered: count,
    quotes: obj({ total: count, accurate: count, altered: count, misattributed: count, notFound: count }),
    unsupported: count,
    speakersQuoted: arrayOf(obj({ count }, { name: str(1_000) }), 10_000),
  },
  { sameAs: str(8) },
);

/** A string of rendering codes. */
const renderings: Validator<string> = (v, p) => {
  const checked = str(1_000)(v, p);
  if (checked.ok && !/^[vcpra]*$/.test(checked.value)) return { ok: false, error: `${formatPath(p)}: expected rendering codes (v, c, p, r, a)` };
  return checked;
};

const row: Validator<CoverageViewRow> = obj(
  { kind: oneOf(['turn', 'sentence'] as const), index: count, text: str(MAX_TEXT), renderings, outlets: count },
  { truncated: bool, sentences: count, fidelity: arrayOf(obj({ outlet: count, value: share }), 1_000), covered: arrayOf(count, 1_000) },
);

const quote: Validator<CoverageViewQuote> = obj(
  { outlet: count, match: oneOf(['verbatim', 'close', 'paraphrase', 'partial'] as const), text: str(MAX_TEXT), diff: arrayOf(diffPart, 10_000), findings: arrayOf(str(2_000), 100), sentence: count },
  { fidelity: share, truncated: bool },
);

const quoteGroupHead: Validator<CoverageViewQuoteGroupHead> = obj(
  { sentence: count, text: str(MAX_TEXT), outlets: count },
  { speaker: str(1_000), truncated: bool, quotes: arrayOf(quote, 10_000) },
);

const MAX_ROWS = 200_000;

const headShape = obj({
  id: count,
  event: str(1_000),
  transcript: obj({ name: str(1_000), uri: str(4_096) }),
  outlets: arrayOf(outlet, 1_000),
  rowCount: num(0, MAX_ROWS, true),
  sentenceCount: num(0, MAX_ROWS, true),
  rows: arrayOf(row, MAX_ROWS),
  quoteGroups: arrayOf(quoteGroupHead, 100_000),
});

/** The head, whose first rows are no more than it has. */
const head: Validator<CoverageViewHead> = (v, p) => {
  const checked = headShape(v, p);
  if (checked.ok && checked.value.rows.length > checked.value.rowCount) return { ok: false, error: `${formatPath({ parent: p, key: 'rows' })}: ${checked.value.rows.length} rows sent of ${checked.value.rowCount}` };
  return checked;
};

const toCoverage: Validator<ToCoverage> = taggedUnion<ToCoverage>({
  coverage: obj({ type: oneOf(['coverage'] as const), view: head, sentAt: num(0) }),
  rows: obj({ type: oneOf(['rows'] as const), id: count, from: num(0, MAX_ROWS, true), rows: arrayOf(row, MAX_ROWS_ASKED) }),
  quotes: obj({ type: oneOf(['quotes'] as const), id: count, group: count, quotes: arrayOf(quote, 10_000) }),
  empty: obj({ type: oneOf(['empty'] as const), reason: oneOf(COVERAGE_EMPTY_REASONS), detail: str(2_000) }),
});

/** A `rows` request: `from` ≤ `to`, at most `MAX_ROWS_ASKED` rows. */
const rowsAskedShape = obj({ type: oneOf(['rows'] as const), id: count, from: num(0, MAX_ROWS, true), to: num(0, MAX_ROWS, true) });
const rowsAsked: Validator<Extract<FromCoverage, { type: 'rows' }>> = (v, p) => {
  const checked = rowsAskedShape(v, p);
  if (checked.ok && (checked.value.to < checked.value.from || checked.value.to - checked.value.from > MAX_ROWS_ASKED)) {
    return { ok: false, error: `${formatPath({ parent: p, key: 'to' })}: expected from ≤ to ≤ from + ${MAX_ROWS_ASKED}` };
  }
  return checked;
};

const fromCoverage: Validator<FromCoverage> = taggedUnion<FromCoverage>({
  ready: obj({ type: oneOf(['ready'] as const) }),
  reveal: obj({ type: oneOf(['reveal'] as const), kind: oneOf(['turn', 'sentence'] as const), index: count, outlet: count }),
  command: obj({ type: oneOf(['command'] as const), command: oneOf(COVERAGE_COMMANDS) }),
  rows: rowsAsked,
  quotes: obj({ type: oneOf(['quotes'] as const), id: count, group: count }),
  rendered: obj({ type: oneOf(['rendered'] as const), ms: num(0, 3_600_000), sinceSent: num(-3_600_000, 3_600_000), rows: count, outlets: count, cells: count }),
});

/** Validates a message received by the view; the error names the offending field. */
export function checkToCoverage(message: unknown): Checked<ToCoverage> {
  return toCoverage(message, undefined);
}

/** Validates a message received by the extension; the error names the offending field. */
export function checkFromCoverage(message: unknown): Checked<FromCoverage> {
  return fromCoverage(message, undefined);
}
