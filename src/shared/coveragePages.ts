/**
 * What the extension posts of a coverage view, and when (the paging of
 * coverageProtocol.ts). The whole `CoverageView` of a 50 KB transcript with five reports
 * is some 270 KB of JSON, and a webview message crosses the extension host, the workbench
 * and (in code-server) a websocket before the view can draw: the head posted first holds
 * only what the first screen needs (the figures, the first `FIRST_ROWS` rows and the quote
 * groups' summaries, about 25 KB there); the rest goes as answers to the view's requests.
 * Pure: no vscode, no DOM.
 */
import type { CoverageView, CoverageViewHead, CoverageViewQuoteGroupHead, FromCoverage, ToCoverage } from './coverageProtocol';
import { MAX_ROWS_ASKED } from './coverageProtocol';

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
export function coverageHead(view: CoverageView, id: number): CoverageViewHead {
  const eager = view.quoteGroups.length <= EAGER_GROUPS;
  let sentenceCount = 0;
  for (const row of view.rows) if (row.kind === 'sentence') sentenceCount++;
  return {
    id,
    event: view.event,
    transcript: view.transcript,
    outlets: view.outlets,
    rowCount: view.rows.length,
    sentenceCount,
    rows: view.rows.slice(0, FIRST_ROWS),
    quoteGroups: view.quoteGroups.map((g): CoverageViewQuoteGroupHead => {
      if (eager) return g;
      const { quotes: _quotes, ...summary } = g;
      return summary;
    }),
  };
}

/**
 * The answer to the view's `rows` or `quotes` request about head `id` of `view`: the rows
 * asked for that exist (none past the end), or the group's quotes. `undefined` when the
 * request is about another head (an event no longer shown: the view has dropped it too)
 * or a group that does not exist.
 */
export function answerCoverageRequest(view: CoverageView, id: number, request: Extract<FromCoverage, { type: 'rows' | 'quotes' }>): ToCoverage | undefined {
  if (request.id !== id) return undefined;
  if (request.type === 'rows') {
    const from = Math.min(request.from, view.rows.length);
    const to = Math.min(request.to, view.rows.length, from + MAX_ROWS_ASKED);
    return { type: 'rows', id, from, rows: view.rows.slice(from, Math.max(from, to)) };
  }
  const group = view.quoteGroups[request.group];
  return group ? { type: 'quotes', id, group: request.group, quotes: group.quotes } : undefined;
}
