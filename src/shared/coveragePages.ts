/**
 * What the extension posts of a coverage view, and when (the paging of
 * coverageProtocol.ts). The whole `CoverageView` of a 50 KB transcript with five reports
 * is some 270 KB of JSON, and a webview message crosses the extension host, the workbench
 * and (in code-server) a websocket before the view can draw: the head posted first holds
 * only what the first screen needs (the figures, the first `FIRST_ROWS` rows and the quote
 * groups' summaries, about 25 KB there); the rest goes as answers to the view's requests.
 * Both read a `CoverageViewSource` (coverageView.ts), which builds rows and quotes only
 * when first asked for, so the head waits for its own rows only. Pure: no vscode, no DOM.
 */
import type { CoverageView, CoverageViewHead, CoverageViewQuote, FromCoverage, ToCoverage } from './coverageProtocol';
import { MAX_ROWS_ASKED } from './coverageProtocol';
import type { CoverageViewSource } from './coverageView';

/**
 * Rows in the head. The matrix shows at most 70% of the view's height, drawn with 400 px
 * to spare on each side (windowing.ts), and a row is 26 px or more: 100 rows fill 2,600 px,
 * more than the first screen of any usual display.
 */
export const FIRST_ROWS = 100;

/** Rows the view asks for at a time (about 13 KB of a typical transcript). */
export const ROW_PAGE = 100;

/**
 * Up to this many quote groups, the head carries every group's quotes (the view draws
 * those quoted by several reports open at once); past it, a group's quotes are sent
 * when the view opens it.
 */
export const EAGER_GROUPS = 20;

/** The head of `view`, named `id`. */
export function coverageHead(view: CoverageViewSource, id: number): CoverageViewHead {
  const eager = view.quoteGroups.length <= EAGER_GROUPS;
  return {
    id,
    event: view.event,
    transcript: view.transcript,
    outlets: view.outlets,
    rowCount: view.rowCount,
    sentenceCount: view.sentenceCount,
    rows: view.rows(0, FIRST_ROWS),
    quoteGroups: eager ? view.quoteGroups.map((g, i) => ({ ...g, quotes: view.quotes(i)! })) : view.quoteGroups,
  };
}

/** A whole `CoverageView` read as a source (what tests and the benchmark post in pages). */
export function sourceOfView(view: CoverageView): CoverageViewSource {
  let sentenceCount = 0;
  for (const row of view.rows) if (row.kind === 'sentence') sentenceCount++;
  return {
    event: view.event,
    transcript: view.transcript,
    outlets: view.outlets,
    rowCount: view.rows.length,
    sentenceCount,
    rows: (from, to) => view.rows.slice(Math.max(0, from), Math.max(0, to)),
    quoteGroups: view.quoteGroups.map(({ quotes: _quotes, ...summary }) => summary),
    quotes: (group): readonly CoverageViewQuote[] | undefined => view.quoteGroups[group]?.quotes,
  };
}

/**
 * The answer to the view's `rows` or `quotes` request about head `id` of `view`: the rows
 * asked for that exist (none past the end), or the group's quotes. `undefined` when the
 * request is about another head (an event no longer shown: the view has dropped it too)
 * or a group that does not exist.
 */
export function answerCoverageRequest(view: CoverageViewSource, id: number, request: Extract<FromCoverage, { type: 'rows' | 'quotes' }>): ToCoverage | undefined {
  if (request.id !== id) return undefined;
  if (request.type === 'rows') {
    const from = Math.min(request.from, view.rowCount);
    const to = Math.min(request.to, view.rowCount, from + MAX_ROWS_ASKED);
    return { type: 'rows', id, from, rows: view.rows(from, Math.max(from, to)) };
  }
  const quotes = view.quotes(request.group);
  return quotes ? { type: 'quotes', id, group: request.group, quotes } : undefined;
}
