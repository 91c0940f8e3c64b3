/**
 * The coverage view's controller and drawing: the event's transcript down the side (each
 * turn, then its sentences), one column per report, each cell showing how that report
 * rendered the passage by a symbol, a word for screen readers and a theme colour
 * (media/coverage.css); per-report summary rows on top; the same quote across reports
 * grouped below with each report's word diff. Clicking a cell asks the extension to open
 * the transcript and that report side by side with both passages selected.
 *
 * Notes:
 * - Every string from the extension is document text or a label and goes in as text
 *   (`h()` of dom.ts); the message is validated first (coverageProtocol.ts).
 * - The extension posts the event's head first (coveragePages.ts): the figures, the first
 *   rows and the quote groups' summaries. A matrix of `VIRTUAL_FROM` rows or more, or
 *   whose rows are not all in the head, is drawn through the virtual list
 *   (virtualList.ts), so a long transcript costs only the rows on screen; rows not yet
 *   here are drawn as placeholders and asked for (`rows`, a page at a time, with a margin
 *   around those drawn: coverageRowCache.ts). A quote group whose quotes are not in the
 *   head asks for them (`quotes`) when it is first opened.
 * - After drawing the head, the view says how long it took (`rendered`), for the extension's log.
 */
import { RENDERING_MARKS } from '../shared/coverageMarks';
import {
  checkToCoverage,
  COVERAGE_RENDERINGS,
  type CoverageCommand,
  type CoverageEmptyReason,
  decodeRenderings,
  type CoverageRendering,
  type CoverageViewHead,
  type CoverageViewOutlet,
  type CoverageViewQuote,
  type CoverageViewQuoteGroupHead,
  type CoverageViewRow,
  type FromCoverage,
} from '../shared/coverageProtocol';
import { CoverageRowCache } from '../shared/coverageRowCache';
import { DIFF_LEGEND } from '../shared/diffLegend';
import type { PanelDiffPart } from '../shared/panelProtocol';
import { h, icon, srOnly } from './dom';
import { VirtualList } from './virtualList';

/** The part of the webview API the view uses (`acquireVsCodeApi()`). */
export interface CoverageWebviewApi {
  postMessage(message: FromCoverage): void;
}

/** From this many rows on, the matrix is virtualised (and below it, when the head does not hold every row). */
export const VIRTUAL_FROM = 300;

const percent = (share: number): string => `${Math.round(share * 100)}%`;

const EMPTY: Readonly<Record<CoverageEmptyReason, { readonly title: string; readonly hint: string; readonly icon: string }>> = {
  noTranscript: { icon: 'table', title: 'No transcript is open', hint: 'Open a transcript (or one of its reports): the coverage of its event shows here.' },
  noEvent: { icon: 'link', title: 'This transcript has no reports yet', hint: 'Reports in the transcript\'s folder join its event automatically; Add Report to Event… adds others.' },
  analysing: { icon: 'loading', title: 'Cross-referencing the reports…', hint: 'The coverage shows here when every report is analysed.' },
  failed: { icon: 'error', title: 'The event could not be analysed', hint: 'Fix the problem below, then run Re-analyse.' },
};

export class CoverageViewPanel {
  readonly #api: CoverageWebviewApi;
  readonly #root: HTMLElement;
  #view: CoverageViewHead | undefined;
  #rows: CoverageRowCache | undefined;
  #list: VirtualList | undefined;
  /** Quote groups opened whose quotes were asked for, by group index. */
  readonly #awaitingQuotes = new Map<number, HTMLDetailsElement>();
  /** The cell clicked last (kept across redraws of the virtual list). */
  #active: { readonly kind: string; readonly index: number; readonly outlet: number } | undefined;

  constructor(root: HTMLElement, api: CoverageWebviewApi) {
    this.#root = root;
    this.#api = api;
    root.addEventListener('click', (e) => this.#onClick(e));
    window.addEventListener('message', (e) => this.receive(e.data));
    this.#showEmpty('analysing', '');
    api.postMessage({ type: 'ready' });
  }

  /** Handles a message from the extension; malformed ones are dropped with a console warning. */
  receive(data: unknown): void {
    const started = performance.now();
    const checked = checkToCoverage(data);
    if (!checked.ok) {
      console.warn(`Transcript Annotator coverage view: ignored a malformed message (${checked.error}).`);
      return;
    }
    const message = checked.value;
    if (message.type === 'empty') {
      this.#showEmpty(message.reason, message.detail);
      return;
    }
    if (message.type === 'rows') {
      this.#receiveRows(message.id, message.from, message.rows);
      return;
    }
    if (message.type === 'quotes') {
      this.#receiveQuotes(message.id, message.group, message.quotes);
      return;
    }
    this.#draw(message.view);
    // Layout included: reading a size makes the browser lay the page out now.
    void this.#root.getBoundingClientRect().height;
    const ms = performance.now() - started;
    this.#api.postMessage({
      type: 'rendered',
      ms,
      sinceSent: Math.max(-3_600_000, Math.min(3_600_000, Date.now() - message.sentAt)),
      rows: message.view.rowCount,
      outlets: message.view.outlets.length,
      cells: this.#root.querySelectorAll('.cov-cell').length,
    });
  }

  /** Rows of the head shown: stored, and those drawn as placeholders drawn again. */
  #receiveRows(id: number, from: number, rows: readonly CoverageViewRow[]): void {
    if (!this.#rows || this.#view?.id !== id) return;
    const span = this.#rows.put(from, rows);
    const drawn = this.#list?.drawnRange;
    if (drawn && span.from < drawn.end && span.to > drawn.first) this.#list!.redrawItems(span.from, span.to);
  }

  /** The quotes of an opened group of the head shown. */
  #receiveQuotes(id: number, group: number, quotes: readonly CoverageViewQuote[]): void {
    const details = this.#awaitingQuotes.get(group);
    if (!details || this.#view?.id !== id) return;
    this.#awaitingQuotes.delete(group);
    details.querySelector('.cov-loading')?.remove();
    withChildren(details, this.#quotes(quotes, this.#view.outlets));
  }

  /** Asks for the rows around those drawn that have not arrived. */
  #askRows(): void {
    const view = this.#view;
    const list = this.#list;
    if (!view || !list || !this.#rows) return;
    for (const span of this.#rows.ask(list.drawnRange.first, list.drawnRange.end)) this.#api.postMessage({ type: 'rows', id: view.id, from: span.from, to: span.to });
  }

  #showEmpty(reason: CoverageEmptyReason, detail: string): void {
    this.#dispose();
    this.#view = undefined;
    const text = EMPTY[reason];
    const buttons: HTMLElement[] = [];
    if (reason === 'noEvent') buttons.push(this.#commandButton('addToEvent', 'Add Report to Event…', 'add'));
    this.#root.replaceChildren(
      h(
        'div',
        { class: `empty cov-empty empty-${reason}`, role: 'status' },
        h('h2', {}, h('span', { class: reason === 'analysing' ? 'spin' : '' }, icon(text.icon)), ' ', text.title),
        detail ? h('p', { class: 'detail' }, detail) : undefined,
        h('p', {}, text.hint),
        buttons.length ? withChildren(h('div', { class: 'buttons' }), buttons) : undefined,
      ),
    );
  }

  #commandButton(command: CoverageCommand, label: string, iconName: string): HTMLElement {
    return h('button', { type: 'button', class: 'primary', 'data-command': command }, icon(iconName), label);
  }

  #draw(view: CoverageViewHead): void {
    this.#dispose();
    this.#view = view;
    const rows = new CoverageRowCache(view.rowCount, view.rows);
    this.#rows = rows;
    const n = view.outlets.length;
    const sentences = view.sentenceCount;
    const header = h(
      'header',
      { class: 'cov-head' },
      h('h2', {}, 'Event “', view.event, '”'),
      h('p', { class: 'cov-meta' }, view.transcript.name, ` · ${n} report${n === 1 ? '' : 's'} · ${sentences} sentence${sentences === 1 ? '' : 's'}`),
      h('div', { class: 'buttons' }, this.#commandButton('exportCoverageReport', 'Export Coverage Report…', 'export'), this.#commandButton('addToEvent', 'Add Report to Event…', 'add')),
    );
    const legend = withChildren(
      h('ul', { class: 'cov-legend', 'aria-label': 'Legend' }),
      COVERAGE_RENDERINGS.map((r) => h('li', {}, h('span', { class: `cov-swatch r-${r}`, 'aria-hidden': 'true' }, RENDERING_MARKS[r].symbol), ' ', RENDERING_MARKS[r].word)),
    );
    const matrix = h('div', { class: 'cov-matrix', role: 'table', 'aria-label': `Coverage of ${view.transcript.name} by ${n} reports`, 'aria-rowcount': view.rowCount + 6, 'data-rows': view.rowCount });
    withChildren(matrix, [this.#headRow(view.outlets), ...this.#summaryRows(view.outlets)]);
    const body = h('div', { class: 'cov-body', role: 'rowgroup' });
    matrix.append(body);
    const outlets = this.#outletList(view.outlets);
    const quotes = this.#quoteGroups(view);
    const page = h('div', { class: 'cov' }, header, legend, matrix, outlets, quotes);
    page.style.setProperty('--cov-n', String(n));
    this.#root.replaceChildren(page);
    if (view.rowCount >= VIRTUAL_FROM || view.rows.length < view.rowCount) {
      body.classList.add('cov-virtual');
      this.#list = new VirtualList(body, () => this.#askRows());
      this.#list.setItems(
        view.rowCount,
        (i) => {
          const row = rows.get(i);
          return row ? this.#row(row, view.outlets) : this.#pendingRow();
        },
        (i) => (rows.get(i)?.kind === 'turn' ? 26 : 40),
      );
    } else {
      withChildren(body, view.rows.map((r) => this.#row(r, view.outlets)));
    }
  }

  /** A row that has not arrived yet (asked for: see `#askRows`). */
  #pendingRow(): HTMLElement {
    return h('div', { class: 'cov-row cov-pending', role: 'row', 'aria-busy': 'true' }, h('span', { class: 'cov-text cov-note', role: 'rowheader' }, 'Loading…'));
  }

  #headRow(outlets: readonly CoverageViewOutlet[]): HTMLElement {
    return withChildren(h('div', { class: 'cov-row cov-header', role: 'row' }), [
      h('span', { class: 'cov-text', role: 'columnheader' }, 'Transcript'),
      ...outlets.map((o) => h('span', { class: 'cov-key', role: 'columnheader', title: o.name }, o.key, srOnly(`: ${o.name}`))),
      h('span', { class: 'cov-count', role: 'columnheader', title: 'Reports rendering the passage' }, 'n'),
    ]);
  }

  /** Per-report figures, one row each, aligned with the report columns. */
  #summaryRows(outlets: readonly CoverageViewOutlet[]): HTMLElement[] {
    const rows: [string, string, (o: CoverageViewOutlet) => string][] = [
      ['Covered', 'Share of the transcript the report renders', (o) => percent(o.share)],
      ['Quotes accurate', 'Quotations whose words the transcript holds', (o) => String(o.quotes.accurate)],
      ['Quotes altered', 'Quotations whose words differ in substance (misattributed ones also counted)', (o) => String(o.quotes.altered)],
      ['Unsupported', 'Claims credited to a speaker that the transcript does not hold', (o) => String(o.unsupported)],
    ];
    return rows.map(([label, title, value]) =>
      withChildren(h('div', { class: 'cov-row cov-summary', role: 'row' }), [
        h('span', { class: 'cov-text', role: 'rowheader', title }, label),
        ...outlets.map((o) => h('span', { class: 'cov-fig', role: 'cell', title: `${o.key} ${o.name}: ${label.toLowerCase()} ${value(o)}` }, value(o))),
        h('span', { class: 'cov-count' }),
      ]),
    );
  }

  #row(row: CoverageViewRow, outlets: readonly CoverageViewOutlet[]): HTMLElement {
    const n = outlets.length;
    return withChildren(h('div', { class: `cov-row cov-${row.kind}`, role: 'row' }), [
      h('span', { class: 'cov-text', role: 'rowheader', title: row.truncated ? `${row.text}` : undefined }, row.text),
      ...decodeRenderings(row.renderings).map((r, i) => this.#cell(row, r, i, outlets[i]!)),
      h('span', { class: 'cov-count', role: 'cell', title: `Rendered by ${row.outlets} of ${n} reports` }, `${row.outlets}/${n}`),
    ]);
  }

  #cell(row: CoverageViewRow, rendering: CoverageRendering, outlet: number, o: CoverageViewOutlet): HTMLElement {
    const mark = RENDERING_MARKS[rendering];
    const quote = row.fidelity?.find((f) => f.outlet === outlet);
    const fidelity = quote ? `, quote fidelity ${percent(quote.value)}` : '';
    const count = row.covered?.[outlet];
    const covered = count !== undefined && rendering !== 'absent' && row.sentences !== undefined ? `, ${count} of ${row.sentences} sentences` : '';
    const label = `${o.key} ${o.name}: ${mark.word}${fidelity}${covered}`;
    const active = this.#active?.kind === row.kind && this.#active.index === row.index && this.#active.outlet === outlet;
    return h(
      'button',
      {
        type: 'button',
        class: `cov-cell r-${rendering}${active ? ' active' : ''}`,
        role: 'cell',
        title: `${label}. Click to open both passages.`,
        'aria-label': label,
        'data-kind': row.kind,
        'data-index': row.index,
        'data-outlet': outlet,
        'data-rendering': rendering,
      },
      h('span', { 'aria-hidden': 'true' }, mark.symbol),
    );
  }

  #outletList(outlets: readonly CoverageViewOutlet[]): HTMLElement {
    return h(
      'section',
      { class: 'cov-outlets', 'aria-label': 'Reports' },
      h('h3', {}, 'Reports'),
      withChildren(
        h('ul'),
        outlets.map((o) => {
          const q = o.quotes;
          const quotes = q.total === 0 ? 'no quotes' : `${q.accurate} accurate, ${q.altered} altered${q.misattributed ? `, ${q.misattributed} misattributed` : ''}, ${q.notFound} not found`;
          const speakers = o.speakersQuoted.length ? o.speakersQuoted.map((s) => `${s.name ?? 'unattributed'} ${s.count}`).join(' · ') : 'nobody';
          return h(
            'li',
            {},
            h('span', { class: 'cov-key' }, o.key),
            ' ',
            h('strong', {}, o.name),
            o.sameAs ? h('span', { class: 'cov-note' }, ` (same text as ${o.sameAs})`) : undefined,
            h('br'),
            h('span', { class: 'cov-note' }, `covers ${percent(o.share)} (${o.sentencesCovered} sentences) · quotes: ${quotes} · ${o.unsupported} unsupported`),
            h('br'),
            h('span', { class: 'cov-note' }, `speakers quoted: ${speakers}`),
          );
        }),
      ),
    );
  }

  #quoteGroups(view: CoverageViewHead): HTMLElement {
    const section = h('section', { class: 'cov-quotes', 'aria-label': 'Quotes across reports' }, h('h3', {}, 'Quotes across reports'));
    if (view.quoteGroups.length === 0) {
      section.append(h('p', { class: 'cov-note' }, 'No report quotes the transcript.'));
      return section;
    }
    section.append(h('p', { class: 'cov-note' }, `${DIFF_LEGEND.title}: `, h('del', {}, h('span', { class: 'mark' }, '−'), 'struck'), ` ${DIFF_LEGEND.dropped} · `, h('ins', {}, h('span', { class: 'mark' }, '+'), 'bold'), ` ${DIFF_LEGEND.added}`));
    view.quoteGroups.forEach((g, i) => section.append(this.#quoteGroup(g, i, view)));
    return section;
  }

  /**
   * A group as a `<details>`: open (and drawn) at once when several reports quote it and
   * the head holds its quotes (the groups are few); otherwise its quotes are drawn when it
   * is first opened, asked for then if the head does not hold them, so a long event's many
   * groups cost only their summaries.
   */
  #quoteGroup(g: CoverageViewQuoteGroupHead, index: number, view: CoverageViewHead): HTMLElement {
    const open = g.quotes !== undefined && g.outlets > 1;
    const details = h(
      'details',
      { class: 'cov-group', open },
      h('summary', {}, `${g.speaker ? `${g.speaker}, ` : ''}quoted by ${g.outlets} report${g.outlets === 1 ? '' : 's'}: `, h('q', {}, g.text)),
    ) as HTMLDetailsElement;
    if (open) withChildren(details, this.#quotes(g.quotes!, view.outlets));
    else {
      const fill = () => {
        details.removeEventListener('toggle', fill);
        if (g.quotes) withChildren(details, this.#quotes(g.quotes, view.outlets));
        else {
          details.append(h('p', { class: 'cov-note cov-loading', role: 'status' }, 'Loading the quotes…'));
          this.#awaitingQuotes.set(index, details);
          this.#api.postMessage({ type: 'quotes', id: view.id, group: index });
        }
      };
      details.addEventListener('toggle', fill);
    }
    return details;
  }

  #quotes(quotes: readonly CoverageViewQuote[], outlets: readonly CoverageViewOutlet[]): HTMLElement[] {
    return quotes.map((q) => {
        const o = outlets[q.outlet];
        const mark = RENDERING_MARKS[q.match];
        return h(
          'div',
          { class: 'cov-quote' },
          h(
            'button',
            { type: 'button', class: `cov-cell cov-quote-cell r-${q.match}`, 'data-kind': 'sentence', 'data-index': q.sentence, 'data-outlet': q.outlet, title: `${o?.key ?? ''} ${o?.name ?? ''}: ${mark.word}. Click to open both passages.`, 'aria-label': `${o?.key ?? ''} ${o?.name ?? ''}: ${mark.word}` },
            h('span', { 'aria-hidden': 'true' }, mark.symbol),
          ),
          h('span', { class: 'cov-key' }, o?.key ?? '?'),
          q.fidelity !== undefined ? h('span', { class: 'cov-note' }, ` fidelity ${percent(q.fidelity)}`) : undefined,
          h('p', { class: 'cov-passage' }, q.diff.length ? diffNode(q.diff) : h('q', {}, q.text)),
          q.findings.length ? withChildren(h('ul', { class: 'cov-findings' }), q.findings.map((f) => h('li', {}, f))) : undefined,
        );
      });
  }

  #onClick(e: MouseEvent): void {
    const target = e.target instanceof Element ? e.target : undefined;
    const command = target?.closest<HTMLElement>('[data-command]')?.dataset.command;
    if (command === 'addToEvent' || command === 'exportCoverageReport') {
      this.#api.postMessage({ type: 'command', command });
      return;
    }
    const cell = target?.closest<HTMLElement>('.cov-cell');
    if (!cell || !this.#view) return;
    const kind = cell.dataset.kind === 'turn' ? 'turn' : 'sentence';
    const index = Number(cell.dataset.index);
    const outlet = Number(cell.dataset.outlet);
    if (!Number.isInteger(index) || !Number.isInteger(outlet)) return;
    this.#root.querySelectorAll('.cov-cell.active').forEach((el) => el.classList.remove('active'));
    cell.classList.add('active');
    this.#active = cell.classList.contains('cov-quote-cell') ? undefined : { kind, index, outlet };
    this.#api.postMessage({ type: 'reveal', kind, index, outlet });
  }

  #dispose(): void {
    this.#list?.dispose();
    this.#list = undefined;
    this.#rows = undefined;
    this.#active = undefined;
    this.#awaitingQuotes.clear();
  }
}

/**
 * `parent` with `children` appended one by one (a list of any length: never spread into
 * a call, whose argument count is limited; see test/unit/unboundedSpread.test.ts).
 */
function withChildren<T extends Element>(parent: T, children: readonly (Node | string)[]): T {
  for (const child of children) parent.append(child);
  return parent;
}

/** The word diff, report against transcript (diffLegend.ts convention), as text nodes. */
function diffNode(diff: readonly PanelDiffPart[]): HTMLElement {
  const out = h('span', { class: 'diff' });
  for (const p of diff) {
    if (out.childNodes.length) out.append(' ');
    if (p.op === 'kept') out.append(p.report ?? p.transcript ?? '');
    else {
      if ((p.op === 'changed' || p.op === 'dropped') && p.transcript) out.append(h('del', {}, h('span', { class: 'mark', 'aria-hidden': 'true' }, '−'), p.transcript));
      if (p.op === 'changed') out.append(' ');
      if ((p.op === 'changed' || p.op === 'added') && p.report) out.append(h('ins', {}, h('span', { class: 'mark', 'aria-hidden': 'true' }, '+'), p.report));
    }
  }
  return out;
}
