/**
 * The cross-reference panel's controller: receives validated messages, keeps the view
 * state, rebuilds the list model on change, draws through the virtual list, handles
 * mouse and keyboard, and reports timings back to the extension.
 */
import { checkToPanel, type FromPanel, type PanelEntity, type PanelSnapshot, type ToPanel } from '../shared/panelProtocol';
import { h } from './dom';
import { renderEmptyState } from './emptyState';
import { renderOrphans } from './orphans';
import { hasReviewLine } from './reviewLine';
import { renderReviewers } from './reviewers';
import { itemDomId, renderItem } from './renderRow';
import { renderSummary } from './summary';
import { Toolbar, type StateChange } from './toolbar';
import { buildListModel, createSearchIndex, itemsAt, type ListItem, type ListModel } from './viewModel';
import { readViewState, type ViewState } from './viewState';
import { VirtualList } from './virtualList';

/** The part of the webview API the panel uses (`acquireVsCodeApi()`). */
export interface WebviewApi {
  postMessage(message: FromPanel): void;
  getState(): unknown;
  setState(state: unknown): void;
}

const PAGE = 8;

export class Panel {
  readonly #api: WebviewApi;
  #state: ViewState;
  #snapshot: PanelSnapshot | undefined;
  #names: ReadonlyMap<string, PanelEntity> = new Map();
  #searchIndex: ReturnType<typeof createSearchIndex> | undefined;
  #model: ListModel | undefined;
  #keyIndex = new Map<string, number>();
  #rowPositions: number[] = [];
  #highlight = new Set<string>();
  #pendingCursor: Extract<ToPanel, { type: 'cursor' }> | undefined;
  #restoredScroll = false;
  readonly #toolbar: Toolbar;
  readonly #summaryHost = h('div', { class: 'summary-host' });
  readonly #orphansHost = h('div', { class: 'orphans-host', hidden: true });
  readonly #reviewersHost = h('div', { class: 'reviewers-host', hidden: true });
  readonly #scroller = h('div', { class: 'list', role: 'listbox', tabindex: 0, 'aria-label': 'Cross-references' });
  readonly #emptyHost = h('div', { class: 'empty-host' });
  readonly #noRows = h('p', { class: 'no-rows', hidden: true, role: 'status' }, 'No rows match the filters. Press Clear filters to see every row.');
  readonly #main = h('div', { class: 'main', hidden: true });
  readonly #list: VirtualList;

  constructor(root: HTMLElement, api: WebviewApi) {
    this.#api = api;
    this.#state = readViewState(api.getState());
    this.#toolbar = new Toolbar((change) => this.#change(change));
    this.#main.append(this.#toolbar.element, this.#summaryHost, this.#reviewersHost, this.#orphansHost, this.#noRows, this.#scroller);
    root.replaceChildren(this.#main, this.#emptyHost);
    // Until the extension answers "ready" (it reads the pair first), say that work is under way.
    this.#showEmpty('analysing', '');
    this.#list = new VirtualList(this.#scroller, () => this.#afterDraw());
    this.#scroller.addEventListener('click', (e) => this.#onClick(e));
    this.#scroller.addEventListener('keydown', (e) => this.#onKey(e));
    window.addEventListener('message', (e) => this.receive(e.data));
    document.addEventListener('keydown', (e) => {
      if (e.key === '/' && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement)) {
        e.preventDefault();
        this.#toolbar.focusSearch();
      }
    });
    api.postMessage({ type: 'ready' });
  }

  /** Handles a message from the extension; malformed ones are dropped with a console warning. */
  receive(data: unknown): void {
    const started = performance.now();
    const checked = checkToPanel(data);
    if (!checked.ok) {
      console.warn(`Transcript Annotator panel: ignored a malformed message (${checked.error}).`);
      return;
    }
    const message = checked.value;
    switch (message.type) {
      case 'snapshot':
        this.#showSnapshot(message.snapshot, started);
        break;
      case 'empty':
        this.#showEmpty(message.reason, message.detail);
        break;
      case 'reviewers': {
        // Two reviewers (issue 20): the comparison being resolved, or none.
        const section = renderReviewers(message.comparison, {
          choose: (d, take) => this.#api.postMessage({ type: 'reviewerChoice', id: d.id, take }),
          close: () => this.#api.postMessage({ type: 'reviewerClose' }),
        });
        if (section) this.#reviewersHost.replaceChildren(section);
        else this.#reviewersHost.replaceChildren();
        this.#reviewersHost.hidden = !section;
        break;
      }
      case 'cursor':
        if (this.#snapshot) this.#cursor(message);
        else this.#pendingCursor = message;
        break;
    }
  }

  #showSnapshot(snapshot: PanelSnapshot, started: number): void {
    this.#snapshot = snapshot;
    this.#names = new Map(snapshot.entities.map((e) => [e.id, e]));
    this.#searchIndex = createSearchIndex(snapshot);
    this.#emptyHost.replaceChildren();
    this.#main.hidden = false;
    this.#toolbar.setSnapshot(snapshot);
    this.#summaryHost.replaceChildren(
      renderSummary(
        snapshot,
        this.#state.summaryOpen,
        // A speaker filters by speaker, a country by country; a person who never speaks by name.
        (e) => this.#change(e.kind === 'country' ? { country: e.id } : e.speaker ? { speaker: e.id } : { search: e.name }),
        (open) => this.#save({ summaryOpen: open }),
      ),
    );
    const orphans = renderOrphans(snapshot.orphans, {
      act: (action, orphan) => this.#api.postMessage({ type: 'orphan', action, uri: orphan.uri, id: orphan.id }),
      showAll: () => this.#api.postMessage({ type: 'command', command: 'showOrphaned' }),
    });
    this.#orphansHost.replaceChildren(...(orphans ? [orphans] : []));
    this.#orphansHost.hidden = !orphans;
    // The first snapshot after a reload goes back to where the user was.
    const restore = this.#restoredScroll ? undefined : this.#state.scrollTop;
    this.#restoredScroll = true;
    this.#rebuild();
    if (restore !== undefined) this.#list.scrollTo(restore);
    if (this.#pendingCursor) {
      const pending = this.#pendingCursor;
      this.#pendingCursor = undefined;
      this.#cursor(pending);
    }
    this.#metric('render', started);
  }

  #showEmpty(reason: Parameters<typeof renderEmptyState>[0], detail: string): void {
    this.#snapshot = undefined;
    this.#main.hidden = true;
    this.#emptyHost.replaceChildren(renderEmptyState(reason, detail, (command) => this.#api.postMessage({ type: 'command', command })));
  }

  #cursor(message: Extract<ToPanel, { type: 'cursor' }>): void {
    if (message.filter) {
      const { uri, offset, end, label } = message;
      this.#state = { ...this.#state, at: { uri, offset, ...(end === undefined ? {} : { end }), ...(label === undefined ? {} : { label }) }, scrollTop: 0 };
      this.#rebuild();
      this.#list.scrollTo(0);
    }
    if (!this.#model) return;
    const keys = itemsAt(this.#model.items, message.uri, message.offset);
    // The cursor moved within the same rows (typing, arrow keys): leave the panel where the user put it.
    if (!message.filter && keys.length === this.#highlight.size && keys.every((k) => this.#highlight.has(k))) return;
    this.#highlight = new Set(keys);
    this.#list.redraw();
    const target = keys.includes(this.#state.activeKey ?? '') ? this.#state.activeKey : keys[0];
    if (target !== undefined) this.#list.reveal(this.#keyIndex.get(target) ?? -1);
  }

  #change(change: StateChange): void {
    const started = performance.now();
    const { clearAt, ...rest } = change;
    const next: ViewState = { ...this.#state, ...rest };
    if (clearAt) delete (next as { at?: unknown }).at;
    this.#state = next;
    this.#rebuild();
    this.#list.scrollTo(0);
    this.#metric('filter', started);
  }

  /** Rebuilds the model from the snapshot and state, and draws. */
  #rebuild(): void {
    if (!this.#snapshot) return;
    const model = buildListModel(this.#snapshot, this.#state, this.#searchIndex);
    this.#model = model;
    this.#keyIndex = new Map(model.items.map((item, i) => [item.key, i]));
    let position = 0;
    this.#rowPositions = model.items.map((item) => (item.kind === 'row' ? ++position : 0));
    if (this.#state.activeKey && !this.#keyIndex.has(this.#state.activeKey)) this.#state = { ...this.#state, activeKey: undefined };
    this.#toolbar.update(this.#state, model);
    this.#scroller.setAttribute('aria-label', `Cross-references: ${model.shown} of ${model.total} rows`);
    const width = this.#scroller.clientWidth || 400;
    this.#list.setItems(
      model.items.length,
      (i) => this.#draw(model.items[i], i),
      (i) => estimateHeight(model.items[i], width),
    );
    this.#noRows.hidden = model.items.length > 0;
    this.#noRows.textContent =
      model.total === 0
        ? 'No cross-references: the analysis found no passage of the report that matches the transcript, and no unsupported claim.'
        : 'No rows match the filters. Press Clear filters (or Escape in the list) to see every row.';
    this.#save({});
  }

  #draw(item: ListItem, index: number): HTMLElement {
    const snapshot = this.#snapshot!;
    return renderItem(item, index, {
      names: this.#names,
      reportName: snapshot.report.name,
      transcriptName: snapshot.transcript.name,
      position: this.#rowPositions[index],
      rowCount: this.#model?.shown ?? 0,
      active: item.key === this.#state.activeKey,
      atCursor: this.#highlight.has(item.key),
    });
  }

  #afterDraw(): void {
    const active = this.#state.activeKey === undefined ? -1 : this.#keyIndex.get(this.#state.activeKey) ?? -1;
    if (active >= 0 && this.#list.elementAt(active)) this.#scroller.setAttribute('aria-activedescendant', itemDomId(active));
    else this.#scroller.removeAttribute('aria-activedescendant');
    // Before the first snapshot the list is empty: keep the stored position for it.
    if (this.#snapshot && this.#state.scrollTop !== this.#scroller.scrollTop) this.#save({ scrollTop: this.#scroller.scrollTop });
  }

  #onClick(e: MouseEvent): void {
    const review = (e.target as Element | null)?.closest<HTMLElement>('[data-review-field]');
    if (review) {
      const rowId = review.closest<HTMLElement>('[data-row-id]')?.dataset.rowId;
      const on = review.dataset.reviewOn === 'link' ? 'link' : 'claim';
      const field = review.dataset.reviewField === 'note' ? 'note' : 'verdict';
      if (rowId) this.#api.postMessage({ type: 'review', rowId, on, field });
      return;
    }
    const target = (e.target as Element | null)?.closest<HTMLElement>('[data-row-id]');
    if (!target?.dataset.key) return;
    this.#activate(target.dataset.key, true);
  }

  #onKey(e: KeyboardEvent): void {
    const model = this.#model;
    if (!model) return;
    const current = this.#state.activeKey === undefined ? -1 : this.#keyIndex.get(this.#state.activeKey) ?? -1;
    const step = (from: number, delta: number): number => {
      let i = from;
      for (let moved = 0; moved < Math.abs(delta); ) {
        const next = i + Math.sign(delta);
        let j = next;
        while (j >= 0 && j < model.items.length && model.items[j].kind !== 'row') j += Math.sign(delta);
        if (j < 0 || j >= model.items.length) break;
        i = j;
        moved++;
      }
      return i;
    };
    let next: number | undefined;
    switch (e.key) {
      case 'ArrowDown':
        next = step(current, 1);
        break;
      case 'ArrowUp':
        next = current < 0 ? step(-1, 1) : step(current, -1);
        break;
      case 'PageDown':
        next = step(current, PAGE);
        break;
      case 'PageUp':
        next = current < 0 ? step(-1, 1) : step(current, -PAGE);
        break;
      case 'Home':
        next = step(-1, 1);
        break;
      case 'End':
        next = step(model.items.length, -1);
        break;
      case 'Enter':
      case ' ':
        if (this.#state.activeKey) this.#activate(this.#state.activeKey, true);
        e.preventDefault();
        return;
      case 'v':
      case 'n': {
        // Verdict / note on the active row's claim (the buttons do the same by mouse).
        const item = this.#state.activeKey === undefined ? undefined : model.items[this.#keyIndex.get(this.#state.activeKey) ?? -1];
        if (item?.kind === 'row') this.#api.postMessage({ type: 'review', rowId: item.row.id, on: 'claim', field: e.key === 'v' ? 'verdict' : 'note' });
        e.preventDefault();
        return;
      }
      case 'Escape':
        if (this.#state.at) this.#change({ clearAt: true });
        else if (this.#highlight.size) {
          this.#highlight.clear();
          this.#list.redraw();
        } else {
          this.#save({ activeKey: undefined });
          this.#list.redraw();
        }
        e.preventDefault();
        return;
      default:
        return;
    }
    e.preventDefault();
    if (next !== undefined && next >= 0 && next < model.items.length && model.items[next].kind === 'row') this.#activate(model.items[next].key, false);
  }

  /** Makes the item with `key` the active row; with `reveal`, asks the extension to show its passages. */
  #activate(key: string, reveal: boolean): void {
    const index = this.#keyIndex.get(key);
    const item = index === undefined ? undefined : this.#model?.items[index];
    if (index === undefined || item?.kind !== 'row') return;
    this.#save({ activeKey: key });
    this.#list.redraw();
    this.#list.reveal(index);
    if (reveal) this.#api.postMessage({ type: 'reveal', rowId: item.row.id });
  }

  #save(change: Partial<ViewState>): void {
    this.#state = { ...this.#state, ...change };
    this.#api.setState(this.#state);
  }

  #metric(name: 'render' | 'filter', started: number): void {
    // Measured after layout: drawing read every drawn item's height.
    this.#api.postMessage({ type: 'metric', name, ms: Math.round((performance.now() - started) * 10) / 10, rows: this.#model?.shown ?? 0 });
  }
}

/** A guess of an item's height before it is drawn, from its text length and the list width. */
function estimateHeight(item: ListItem, width: number): number {
  if (item.kind === 'heading') return 30;
  const sideBySide = width >= 520;
  const columnWidth = sideBySide ? (width - 40) / 2 : width - 24;
  const charsPerLine = Math.max(20, columnWidth / 7);
  const lines = (text: string) => Math.min(8, Math.ceil(text.length / charsPerLine)) + 1;
  const row = item.row;
  const report = lines(row.report.text);
  const transcript = row.kind === 'match' ? lines(row.transcript.text) : 2;
  const passages = (sideBySide ? Math.max(report, transcript) : report + transcript) * 18;
  const diff = row.kind === 'match' && row.diff?.length ? 40 + Math.min(8, Math.ceil(row.report.text.length / (width / 7))) * 18 : 0;
  // 26: the review line of a reviewed row (the active row's is measured when drawn).
  return 44 + (hasReviewLine(row) ? 26 : 0) + passages + diff;
}
