/**
 * The "Another reviewer" section: the agreement with another reviewer's sidecar per kind
 * (Cohen's κ and raw agreement) and the disagreements left, each with buttons to keep
 * ours or take theirs, and a button to close the comparison. Drawn only while there is
 * one. All document text goes through `h()` as text nodes.
 */
import type { PanelAgreement, PanelComparison, PanelDisagreement, PanelReviewerChoice } from '../shared/panelProtocol';
import { h, icon } from './dom';
import { percent } from './labels';

/** What the section asks of the extension. */
export interface ReviewerHandlers {
  readonly choose: (disagreement: PanelDisagreement, take: PanelReviewerChoice) => void;
  readonly close: () => void;
}

/** `κ 0.62`, or `κ n/a` when it is not defined. */
export function kappaText(a: PanelAgreement): string {
  return a.kappa === undefined ? 'κ n/a' : `κ ${a.kappa.toFixed(2)}`;
}

/** Draws the section, or returns `undefined` when there is no comparison. */
export function renderReviewers(comparison: PanelComparison | undefined, handlers: ReviewerHandlers): HTMLElement | undefined {
  if (!comparison) return undefined;
  const headingId = 'reviewers-heading';
  const close = h('button', { type: 'button', class: 'link-button reviewers-close', title: 'Close the comparison' }, icon('close'), 'Close');
  close.addEventListener('click', () => handlers.close());
  const body = h('tbody', {});
  for (const a of comparison.agreements) {
    body.append(h('tr', { 'data-kind': a.kind }, h('td', {}, a.kind), h('td', {}, kappaText(a).slice(2)), h('td', {}, a.raw === undefined ? '–' : percent(a.raw)), h('td', {}, String(a.items))));
  }
  const table = h('table', { class: 'agreement' }, h('thead', {}, h('tr', {}, h('th', {}, 'Kind'), h('th', {}, 'κ'), h('th', {}, 'Agreed'), h('th', {}, 'Items'))), body);
  const list = h('ul', { class: 'disagreement-list', 'aria-labelledby': headingId });
  for (const d of comparison.disagreements) list.append(renderDisagreement(d, comparison.them, handlers));
  return h(
    'section',
    { class: 'reviewers', 'aria-labelledby': headingId },
    h(
      'h2',
      { class: 'reviewers-heading', id: headingId },
      icon('git-compare'),
      `${comparison.account}: you and ${comparison.them} `,
      h('span', { class: 'count', 'aria-label': `${comparison.disagreements.length} disagreements left` }, String(comparison.disagreements.length)),
    ),
    table,
    comparison.disagreements.length === 0 ? h('p', { class: 'reviewers-note' }, 'No disagreement left.') : list,
    close,
  );
}

function renderDisagreement(d: PanelDisagreement, them: string, handlers: ReviewerHandlers): HTMLElement {
  const button = (take: PanelReviewerChoice, label: string, title: string) => {
    const b = h('button', { type: 'button', class: `link-button reviewer-${take}`, 'data-take': take, title }, label);
    b.addEventListener('click', () => handlers.choose(d, take));
    return b;
  };
  return h(
    'li',
    { class: 'disagreement', 'data-disagreement-id': d.id, 'aria-label': `${d.kind}: “${d.quote}”${d.to ? ` and “${d.to}”` : ''}: yours ${d.mine}, ${them}'s ${d.theirs}` },
    h('div', { class: 'disagreement-head' }, h('span', { class: 'disagreement-kind' }, d.kind), h('span', { class: 'mine' }, `yours: ${d.mine}`), h('span', { class: 'theirs' }, `${them}: ${d.theirs}`)),
    h('blockquote', { class: 'disagreement-quote' }, d.quote, d.to ? h('span', { class: 'to' }, ` ↔ ${d.to}`) : undefined),
    h('div', { class: 'disagreement-actions' }, button('mine', 'Keep yours', 'Keep your annotation of this item'), button('theirs', `Take ${them}'s`, `Take ${them}'s annotation of this item into your sidecar (undoable)`)),
  );
}
