/**
 * The panel header: pair title and counts, search box, grouping, speaker and country
 * filters, row-class toggles and the "rows at the cursor" chip. Built once (so the search
 * box keeps focus while typing) and updated after each change.
 */
import type { PanelEntity, PanelSnapshot } from '../shared/panelProtocol';
import { h, icon } from './dom';
import { CLASS_ICONS, CLASS_LABELS } from './labels';
import { diffLegend } from './renderRow';
import type { ListModel } from './viewModel';
import { GROUPINGS, nextClasses, ROW_CLASSES, type Grouping, type RowClass, type ViewState } from './viewState';
import { fileNameOf } from '../shared/fileName';
import { NO_VERDICT, verdictsIn } from './reviewFilter';

const GROUPING_LABELS: Readonly<Record<Grouping, string>> = { report: 'Report order', speaker: 'Speaker', country: 'Country' };

/** A change the user asked for. */
export type StateChange = Partial<Pick<ViewState, 'grouping' | 'classes' | 'speaker' | 'country' | 'verdict' | 'search' | 'at'>> & { readonly clearAt?: true };

export class Toolbar {
  readonly element: HTMLElement;
  readonly #title = h('div', { class: 'pair-title' });
  readonly #counts = h('div', { class: 'counts', 'aria-live': 'polite' });
  readonly #search = h('input', { type: 'search', class: 'search', placeholder: 'Search passages, speakers, countries', 'aria-label': 'Search cross-references', spellcheck: 'false' });
  readonly #grouping = h('select', { 'aria-label': 'Group by' });
  readonly #speaker = h('select', { 'aria-label': 'Filter by speaker' });
  readonly #country = h('select', { 'aria-label': 'Filter by country' });
  readonly #verdict = h('select', { 'aria-label': 'Filter by verdict' });
  readonly #classes = h('div', { class: 'class-toggles', role: 'group', 'aria-label': 'Show match classes' });
  readonly #classButtons = new Map<RowClass, HTMLButtonElement>();
  readonly #allButton = h('button', { type: 'button', class: 'toggle toggle-all', 'aria-pressed': 'true', title: 'Show every match class' }, 'All');
  readonly #at = h('div', { class: 'at-chip', hidden: true });
  readonly #clear = h('button', { type: 'button', class: 'link-button', title: 'Show every row' }, icon('clear-all'), 'Clear filters');
  #state: ViewState | undefined;

  constructor(private readonly onChange: (change: StateChange) => void) {
    for (const g of GROUPINGS) this.#grouping.append(h('option', { value: g }, GROUPING_LABELS[g]));
    this.#allButton.addEventListener('click', () => this.onChange({ classes: nextClasses(this.#state?.classes ?? ROW_CLASSES, undefined) }));
    this.#classes.append(this.#allButton);
    for (const c of ROW_CLASSES) {
      const button = h('button', { type: 'button', class: `toggle toggle-${c}`, 'aria-pressed': 'false', 'data-class': c });
      button.addEventListener('click', (e) => this.onChange({ classes: nextClasses(this.#state?.classes ?? ROW_CLASSES, c, e.ctrlKey || e.metaKey) }));
      this.#classButtons.set(c, button);
      this.#classes.append(button);
    }
    let searchTimer: ReturnType<typeof setTimeout> | undefined;
    this.#search.addEventListener('input', () => {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => this.onChange({ search: this.#search.value }), 120);
    });
    this.#search.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.#search.value) {
        e.stopPropagation();
        this.#search.value = '';
        this.onChange({ search: '' });
      }
    });
    this.#grouping.addEventListener('change', () => this.onChange({ grouping: this.#grouping.value as Grouping }));
    this.#speaker.addEventListener('change', () => this.onChange({ speaker: this.#speaker.value }));
    this.#country.addEventListener('change', () => this.onChange({ country: this.#country.value }));
    this.#verdict.addEventListener('change', () => this.onChange({ verdict: this.#verdict.value }));
    this.#clear.addEventListener('click', () => {
      this.#search.value = '';
      this.onChange({ search: '', speaker: '', country: '', verdict: '', classes: ROW_CLASSES, clearAt: true });
    });
    this.element = h(
      'div',
      { class: 'toolbar' },
      h('div', { class: 'title-line' }, this.#title, this.#counts),
      diffLegend(),
      h('div', { class: 'search-line' }, h('span', { class: 'search-icon' }, icon('search')), this.#search),
      h(
        'div',
        { class: 'select-line' },
        h('label', {}, h('span', { class: 'select-label' }, 'Group'), this.#grouping),
        h('label', {}, h('span', { class: 'select-label' }, 'Speaker'), this.#speaker),
        h('label', {}, h('span', { class: 'select-label' }, 'Country'), this.#country),
        h('label', {}, h('span', { class: 'select-label' }, 'Verdict'), this.#verdict),
      ),
      this.#classes,
      h('div', { class: 'filter-line' }, this.#at, this.#clear),
    );
  }

  /** Shows the pair's options; call when a new snapshot arrives. */
  setSnapshot(snapshot: PanelSnapshot): void {
    this.#title.replaceChildren(
      icon('references'),
      h('span', { class: 'file' }, snapshot.report.name),
      h('span', { class: 'arrow', 'aria-label': 'compared with' }, ' ⇄ '),
      h('span', { class: 'file' }, snapshot.transcript.name),
    );
    const used = (key: 'speaker' | 'countries') => {
      const ids = new Set<string>();
      for (const r of [...snapshot.rows, ...snapshot.unsupported]) {
        if (key === 'speaker' && r.speaker) ids.add(r.speaker);
        if (key === 'countries') for (const c of r.countries) ids.add(c);
      }
      return ids;
    };
    fillSelect(this.#speaker, 'Any speaker', pick(snapshot.entities, used('speaker')));
    fillSelect(this.#country, 'Any country', pick(snapshot.entities, used('countries')));
    fillVerdicts(this.#verdict, verdictsIn([...snapshot.rows, ...snapshot.unsupported]));
  }

  /** Reflects the state and counts. */
  update(state: ViewState, model: ListModel): void {
    this.#state = state;
    if (document.activeElement !== this.#search && this.#search.value !== state.search) this.#search.value = state.search;
    this.#grouping.value = state.grouping;
    ensureOption(this.#speaker, state.speaker);
    this.#speaker.value = state.speaker;
    ensureOption(this.#country, state.country);
    this.#country.value = state.country;
    ensureOption(this.#verdict, state.verdict);
    this.#verdict.value = state.verdict;
    // "All" is pressed while every class shows; otherwise the classes shown are.
    const all = state.classes.length === ROW_CLASSES.length;
    this.#allButton.setAttribute('aria-pressed', String(all));
    for (const [c, button] of this.#classButtons) {
      const on = !all && state.classes.includes(c);
      button.setAttribute('aria-pressed', String(on));
      button.replaceChildren(icon(on ? 'check' : CLASS_ICONS[c]), `${CLASS_LABELS[c]} `, h('span', { class: 'count' }, String(model.byClass[c])));
      button.title = on && state.classes.length === 1
        ? 'Show every class again'
        : `Show only ${CLASS_LABELS[c].toLowerCase()} rows (Ctrl+click: ${on ? 'hide them' : 'add them'})`;
    }
    const { unsupported, context, unconfirmed } = model.byClass;
    this.#counts.textContent =
      model.shown === model.total ? `${model.total} rows · ${unsupported} unsupported${unconfirmed ? ` · ${unconfirmed} not confirmed` : ''}${context ? ` · ${context} context` : ''}` : `${model.shown} of ${model.total} rows shown`;
    if (state.at) {
      this.#at.hidden = false;
      const clear = h('button', { type: 'button', class: 'icon-button', 'aria-label': 'Show rows everywhere', title: 'Show rows everywhere' }, icon('close'));
      clear.addEventListener('click', () => this.onChange({ clearAt: true }));
      this.#at.replaceChildren(icon('location'), `Only rows ${state.at.end === undefined ? 'at' : 'in'} ${state.at.label ?? `${fileNameOf(state.at.uri)}, offset ${state.at.offset}`}`, clear);
    } else this.#at.hidden = true;
    const filtered = state.search || state.speaker || state.country || state.verdict || state.at || state.classes.length !== ROW_CLASSES.length;
    this.#clear.hidden = !filtered;
  }

  /** Moves focus to the search box. */
  focusSearch(): void {
    this.#search.focus();
    this.#search.select();
  }
}

function pick(entities: readonly PanelEntity[], ids: ReadonlySet<string>): PanelEntity[] {
  return entities.filter((e) => ids.has(e.id)).sort((a, b) => a.name.localeCompare(b.name));
}

function fillSelect(select: HTMLSelectElement, anyLabel: string, entities: readonly PanelEntity[]): void {
  // One append per option: a spread of every entity into one call could pass too many arguments.
  select.replaceChildren(h('option', { value: '' }, anyLabel));
  for (const e of entities) select.append(h('option', { value: e.id }, e.iso ? `${e.name} (${e.iso})` : e.name));
}

/** Any verdict, each verdict given in the pair, and "Not reviewed". */
function fillVerdicts(select: HTMLSelectElement, verdicts: readonly string[]): void {
  select.replaceChildren(h('option', { value: '' }, 'Any verdict'));
  for (const v of verdicts) select.append(h('option', { value: v }, v));
  select.append(h('option', { value: NO_VERDICT }, 'Not reviewed'));
}

/** Keeps a stored filter value selectable even if the new snapshot no longer has it. */
function ensureOption(select: HTMLSelectElement, value: string): void {
  if (value && !Array.from(select.options).some((o) => o.value === value)) select.append(h('option', { value }, `${value} (not in this pair)`));
}
