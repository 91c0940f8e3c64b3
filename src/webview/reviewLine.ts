/**
 * A row's review line: the verdict and note of its claim and (match rows) of its
 * cross-reference, with who gave them, and, on the active row, the buttons that set them
 * (the extension asks for the value; `v` / `n` do the same from the keyboard). A row that
 * is neither reviewed nor active has no review line, so that a long list stays compact.
 * All document text and notes go through `h()` as text nodes.
 */
import type { PanelReview, PanelReviewField, PanelReviewTarget, PanelRow } from '../shared/panelProtocol';
import { h, icon } from './dom';
import { rowReviews } from './reviewFilter';

/** True when `row` shows a review line while not active: its claim or its link has a review. */
export function hasReviewLine(row: PanelRow): boolean {
  const { claim, link } = rowReviews(row);
  return claim !== undefined || link !== undefined;
}

/**
 * Draws the review line of `row` (`undefined`: none, see above). Buttons carry
 * `data-review-on` and `data-review-field`; the panel handles their clicks.
 */
export function renderReviewLine(row: PanelRow, active: boolean): HTMLElement | undefined {
  const { claim, link } = rowReviews(row);
  if (!active && claim === undefined && link === undefined) return undefined;
  return h(
    'div',
    { class: 'review-line' },
    active || claim !== undefined ? renderReview('claim', 'Claim', claim, active) : undefined,
    row.kind === 'match' && (active || link !== undefined) ? renderReview('link', 'Link', link, active) : undefined,
  );
}

function renderReview(on: PanelReviewTarget, label: string, review: PanelReview | undefined, active: boolean): HTMLElement {
  const button = (field: PanelReviewField, text: string, title: string) =>
    h('button', { type: 'button', class: `link-button review-${field}`, 'data-review-on': on, 'data-review-field': field, title }, text);
  const what = on === 'claim' ? 'the report claim' : 'the cross-reference';
  return h(
    'div',
    { class: `review review-${on}` },
    h('span', { class: 'review-label' }, icon(on === 'claim' ? 'law' : 'link'), `${label}:`),
    review?.verdict !== undefined
      ? h('span', { class: 'verdict', 'data-verdict': review.verdict }, review.verdict)
      : h('span', { class: 'verdict unknown' }, 'no verdict'),
    review?.note !== undefined ? h('span', { class: 'note', title: 'Note' }, icon('note'), review.note) : undefined,
    review?.creator !== undefined ? h('span', { class: 'creator', title: 'Reviewer' }, `— ${review.creator}`) : undefined,
    active ? button('verdict', review?.verdict !== undefined ? 'Change verdict…' : 'Set verdict…', `Set the verdict on ${what} (v)`) : undefined,
    active ? button('note', review?.note !== undefined ? 'Edit note…' : 'Add note…', `Write a note on ${what} (n)`) : undefined,
  );
}
