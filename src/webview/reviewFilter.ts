/**
 * The panel's verdict filter: which verdicts a row carries (its claim's and its
 * cross-reference's) and whether it passes the filter. Pure (no DOM), unit tested.
 */
import type { PanelReview, PanelRow } from '../shared/panelProtocol';

/**
 * The filter value of rows that carry no verdict ("Not reviewed"). Verdicts are words from
 * the user's list; this one starts with a control character so none can equal it.
 */
export const NO_VERDICT = '\u0001none';

/** The reviews of a row: its claim's, then (match rows) its cross-reference's. */
export function rowReviews(row: PanelRow): { readonly claim?: PanelReview; readonly link?: PanelReview } {
  return row.kind === 'match' ? { claim: row.review, link: row.linkReview } : { claim: row.review };
}

/** The verdicts a row carries (claim first), without repeats. */
export function rowVerdicts(row: PanelRow): string[] {
  const { claim, link } = rowReviews(row);
  return [...new Set([claim?.verdict, link?.verdict].filter((v): v is string => v !== undefined))];
}

/** True when `row` passes the verdict filter `verdict` ('' is any; `NO_VERDICT` is rows with none). */
export function passesVerdict(row: PanelRow, verdict: string): boolean {
  if (!verdict) return true;
  const verdicts = rowVerdicts(row);
  return verdict === NO_VERDICT ? verdicts.length === 0 : verdicts.includes(verdict);
}

/** Every verdict given in `rows`, sorted, for the filter's options. */
export function verdictsIn(rows: readonly PanelRow[]): string[] {
  const all = new Set<string>();
  for (const row of rows) for (const v of rowVerdicts(row)) all.add(v);
  return [...all].sort((a, b) => a.localeCompare(b));
}
