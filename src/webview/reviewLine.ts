/**
 * A row's review line: the verdict and note of its claim and (match rows) of its
 * cross-reference, with who gave them, and the buttons that set them (the extension asks
 * for the value). All document text and notes go through `h()` as text nodes.
 */
import type { PanelReview, PanelReviewField, PanelReviewTarget, PanelRow } from '../shared/panelProtocol';
import { h, icon } from './dom';
import { rowReviews } from './reviewFilter';

/** Draws the review line of `row`. Buttons carry `data-review-on` and `data-review-field`; the panel handles their clicks. */
export function renderReviewLine(row: PanelRow): HTMLElement {
  const { claim, link } = rowReviews(row);
  return h(
    'div',
    { class: 'review-line' },
    renderReview('claim', 'Claim', claim),
    row.kind === 'match' ? renderReview('link', 'Link', link) : undefined,
  );
}

function renderReview(on: PanelReviewTarget, label: string, review: PanelReview | undefined): HTMLElement {
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
    button('verdict', review?.verdict !== undefined ? 'Change verdict…' : 'Set verdict…', `Set the verdict on ${what}`),
    button('note', review?.note !== undefined ? 'Edit note…' : 'Add note…', `Write a note on ${what}`),
  );
}
