/**
 * Draws one list item: a group heading, a cross-reference row (both passages side by
 * side, speaker, class, fidelity, word diff) or an unsupported claim. All document text
 * goes through `h()` as text nodes.
 */
import type { PanelDiffPart, PanelEntity, PanelPassage, PanelRow, PanelUnsupportedRow } from '../shared/panelProtocol';
import { DIFF_LEGEND } from '../shared/diffLegend';
import { h, icon, srOnly } from './dom';
import { CLASS_ICONS, CLASS_LABELS, percent, reflow, rowAriaLabel } from './labels';
import type { HeadingItem, ListItem, RowItem } from './viewModel';
import { rowClass } from './viewModel';
import { renderReviewLine } from './reviewLine';

/** What the row renderer needs besides the item. */
export interface RowContext {
  readonly names: ReadonlyMap<string, PanelEntity>;
  readonly reportName: string;
  readonly transcriptName: string;
  /** Position among the rows (1-based) and number of rows, for aria-posinset/setsize. */
  readonly position: number;
  readonly rowCount: number;
  readonly active: boolean;
  readonly atCursor: boolean;
}

/** The DOM id of the item at `index` (used by aria-activedescendant). */
export function itemDomId(index: number): string {
  return `item-${index}`;
}

/** Draws a list item. */
export function renderItem(item: ListItem, index: number, ctx: RowContext): HTMLElement {
  return item.kind === 'heading' ? renderHeading(item, index) : renderRow(item, index, ctx);
}

function renderHeading(item: HeadingItem, index: number): HTMLElement {
  return h(
    'div',
    // Hidden from screen readers: a listbox holds only options, and each row's label names its group.
    { class: `heading${item.unsupported ? ' heading-unsupported' : item.context ? ' heading-context' : item.unconfirmed ? ' heading-unconfirmed' : ''}`, id: itemDomId(index), 'aria-hidden': 'true', 'data-key': item.key },
    icon(item.unsupported ? 'warning' : item.context ? 'info' : item.unconfirmed ? 'question' : 'list-tree'),
    h('span', { class: 'heading-label' }, item.label),
    h('span', { class: 'count', 'aria-label': `${item.count} rows` }, String(item.count)),
  );
}

function renderRow(item: RowItem, index: number, ctx: RowContext): HTMLElement {
  const row = item.row;
  const cls = rowClass(row);
  const classes = ['row', `row-${cls}`, ctx.active ? 'active' : '', ctx.atCursor ? 'at-cursor' : ''].filter(Boolean).join(' ');
  return h(
    'div',
    {
      class: classes,
      id: itemDomId(index),
      role: 'option',
      'aria-selected': ctx.active ? 'true' : 'false',
      'aria-setsize': ctx.rowCount,
      'aria-posinset': ctx.position,
      'aria-label': rowAriaLabel(row, ctx.names, item.group),
      'data-key': item.key,
      'data-row-id': row.id,
    },
    renderMeta(row, ctx),
    renderReviewLine(row, ctx.active),
    h(
      'div',
      { class: 'passages' },
      renderPassage('report', `Report · ${ctx.reportName}`, row.report),
      row.kind === 'match' ? renderPassage('transcript', `Transcript · ${ctx.transcriptName}`, row.transcript) : renderMissing(row),
    ),
    // A quote rendered word for word needs no diff: the class and fidelity say so.
    row.kind === 'match' && row.diff?.some((d) => d.op !== 'kept') ? renderDiff(row.diff) : undefined,
  );
}

function renderMeta(row: PanelRow, ctx: RowContext): HTMLElement {
  const cls = rowClass(row);
  const nameOf = (id: string | undefined) => (id ? ctx.names.get(id)?.name ?? id : undefined);
  const attribution = nameOf(row.attribution);
  const spoken = row.kind === 'match' ? nameOf(row.transcriptSpeaker) : undefined;
  const figure =
    row.kind === 'match'
      ? row.fidelity !== undefined
        ? h('span', { class: 'figure', title: 'Share of the quoted words rendered faithfully' }, `fidelity ${percent(row.fidelity)}`)
        : h('span', { class: 'figure', title: 'Similarity of the two passages' }, `similarity ${percent(row.score)}`)
      : undefined;
  return h(
    'div',
    { class: 'meta', 'aria-hidden': 'true' },
    h('span', { class: `badge badge-${cls}` }, icon(CLASS_ICONS[cls]), CLASS_LABELS[cls]),
    figure,
    // The report's attribution and the transcript's speaker, apart: they may differ.
    h('span', { class: `speaker attribution${attribution ? '' : ' unknown'}`, title: 'Whom the report attributes this to' }, icon('quote'), `Report: ${attribution ?? 'no one named'}`),
    row.kind === 'match'
      ? h('span', { class: `speaker transcript-speaker${spoken ? '' : ' unknown'}`, title: 'Who speaks in the transcript turn' }, icon('person'), `Transcript: ${spoken ?? 'no speaker'}`)
      : undefined,
    row.claimType ? h('span', { class: 'claim-type' }, icon(row.claimType === 'quote' ? 'quote' : 'comment'), row.claimType) : undefined,
    ...row.countries.map((c) => {
      const country = ctx.names.get(c);
      return h('span', { class: 'country' }, icon('globe'), country?.name ?? c, country?.iso ? h('span', { class: 'iso' }, country.iso) : undefined);
    }),
  );
}

function renderPassage(side: 'report' | 'transcript', label: string, passage: PanelPassage): HTMLElement {
  return h(
    'div',
    { class: `passage passage-${side}` },
    h('div', { class: 'passage-label' }, label),
    h('div', { class: 'passage-text' }, reflow(passage.text), passage.truncated ? h('span', { class: 'truncated' }, ' …') : undefined),
  );
}

function renderMissing(row: PanelUnsupportedRow): HTMLElement {
  const said =
    row.reason === 'context'
      ? h('div', { class: 'passage-text' }, icon('info'), ' Not from this event: the report\'s own background, which the transcript does not hold.')
      : row.reason === 'unconfirmed'
        ? h('div', { class: 'passage-text' }, icon('question'), ' Not confirmed by the transcript: the passage below is alike, without supporting it.')
        : h('div', { class: 'passage-text' }, icon('circle-slash'), ' Nothing in the transcript says this.');
  // The nearest passage, for the reader to judge (context rows keep to their one line).
  const nearest = row.nearest && row.reason !== 'context' ? row.nearest : undefined;
  return h(
    'div',
    { class: 'passage passage-missing' },
    h('div', { class: 'passage-label' }, 'Transcript'),
    said,
    nearest
      ? h(
          'div',
          { class: 'passage-text nearest' },
          h('span', { class: 'nearest-label' }, `Nearest (similarity ${percent(row.similarity ?? 0)}): `),
          reflow(nearest.text),
          nearest.truncated ? h('span', { class: 'truncated' }, ' …') : undefined,
        )
      : undefined,
  );
}

/**
 * The word diff, report against the transcript (shared/diffLegend.ts, as in hovers): kept
 * words plain; words only in the transcript struck through after a "−"; words only in the
 * report bold after a "+". The marks and screen-reader text make it readable without colour.
 */
export function renderDiff(diff: readonly PanelDiffPart[]): HTMLElement {
  const body = h('div', { class: 'diff-text' });
  const said = (words: string) => h('del', {}, h('span', { class: 'mark', 'aria-hidden': 'true' }, '−'), srOnly(`${DIFF_LEGEND.dropped}: `), words);
  const added = (words: string) => h('ins', {}, h('span', { class: 'mark', 'aria-hidden': 'true' }, '+'), srOnly(`${DIFF_LEGEND.added}: `), words);
  for (const part of diff) {
    if (part.op === 'kept') body.append(document.createTextNode(part.report ?? part.transcript ?? ''));
    if ((part.op === 'changed' || part.op === 'dropped') && part.transcript) body.append(said(part.transcript));
    if (part.op === 'changed') body.append(document.createTextNode(' '));
    if ((part.op === 'changed' || part.op === 'added') && part.report) body.append(added(part.report));
    body.append(document.createTextNode(' '));
  }
  return h(
    'div',
    { class: 'diff', role: 'group', 'aria-label': 'Quote compared with the transcript' },
    diffLegend(),
    body,
  );
}

/** The legend of the word diff (also in the panel header). */
export function diffLegend(): HTMLElement {
  return h(
    'div',
    { class: 'diff-legend', 'aria-hidden': 'true' },
    icon('diff'),
    `${DIFF_LEGEND.title}: `,
    h('del', {}, h('span', { class: 'mark' }, '−'), DIFF_LEGEND.dropped),
    ' · ',
    h('ins', {}, h('span', { class: 'mark' }, '+'), DIFF_LEGEND.added),
  );
}
