/**
 * Turns a `PanelSnapshot` and the view state into the flat list the panel draws:
 * group headings and rows, filtered by row class, speaker, country, location and search
 * text, plus the counts shown in the header. Pure (no DOM) so it is unit tested.
 *
 * Notes: unsupported report claims always come after the cross-references under their
 * own heading, whatever the grouping, then claims not confirmed, then context (both quiet). When grouping by country, a row naming two countries appears in both
 * groups (its item keys differ); rows naming none go to "No country".
 */
import type { PanelEntity, PanelMatchRow, PanelRow, PanelSnapshot } from '../shared/panelProtocol';
import { passesVerdict } from './reviewFilter';
import { ROW_CLASSES, type LocationFilter, type RowClass, type ViewState } from './viewState';

/** A group heading of the list. */
export interface HeadingItem {
  readonly kind: 'heading';
  /** Unique within the list. */
  readonly key: string;
  readonly label: string;
  /** Rows under this heading (after filtering). */
  readonly count: number;
  readonly unsupported: boolean;
  /** The quiet group of context rows. */
  readonly context?: boolean;
  /** The quiet group of claims not confirmed by the transcript. */
  readonly unconfirmed?: boolean;
}

/** A row of the list. */
export interface RowItem {
  readonly kind: 'row';
  /** Unique within the list: `<group key>/<row id>`. */
  readonly key: string;
  readonly row: PanelRow;
  /** Label of the group this item sits in (read out by screen readers). */
  readonly group: string;
}

export type ListItem = HeadingItem | RowItem;

/** The list and its counts. */
export interface ListModel {
  readonly items: readonly ListItem[];
  /** Distinct rows shown (a row in two country groups counts once). */
  readonly shown: number;
  /** All rows of the snapshot, cross-references plus unsupported claims. */
  readonly total: number;
  /** Rows per class before the class filter (after the other filters), for the filter toggles. */
  readonly byClass: Readonly<Record<RowClass, number>>;
}

const UNKNOWN_SPEAKER = 'Unknown speaker';
const NO_COUNTRY = 'No country';

/** Class of a row as used by the filters. */
export function rowClass(row: PanelRow): RowClass {
  return row.kind === 'match' ? row.match : row.reason;
}

/** Lower case without diacritics, for search. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * True when the row has a passage in `at.uri` containing `at.offset` (end inclusive, like a
 * cursor), or, when `at.end` is set, a passage there starting in `[at.offset, at.end)`.
 */
export function rowIsAt(row: PanelRow, at: LocationFilter): boolean {
  const passages = row.kind === 'match' ? [row.report, row.transcript] : [row.report];
  const { end } = at;
  return passages.some((p) =>
    p.uri !== at.uri ? false : end !== undefined ? at.offset <= p.start && p.start < end : p.start <= at.offset && at.offset <= p.end,
  );
}

/** The searchable text of a row: both passages, speaker and country names. */
function searchText(row: PanelRow, names: ReadonlyMap<string, PanelEntity>): string {
  const parts = [row.report.text];
  if (row.kind === 'match') parts.push(row.transcript.text);
  if (row.speaker) parts.push(names.get(row.speaker)?.name ?? '');
  for (const c of row.countries) parts.push(names.get(c)?.name ?? '', names.get(c)?.iso ?? '');
  for (const review of row.kind === 'match' ? [row.review, row.linkReview] : [row.review]) parts.push(review?.note ?? '');
  return foldForSearch(parts.join('\n'));
}

/**
 * Caches the folded search text of each row of one snapshot, so typing in the search
 * box does not fold 2,000 passages per keystroke. Make one per snapshot.
 */
export function createSearchIndex(snapshot: PanelSnapshot): (row: PanelRow) => string {
  const names = new Map(snapshot.entities.map((e) => [e.id, e]));
  const cache = new Map<PanelRow, string>();
  return (row) => {
    let text = cache.get(row);
    if (text === undefined) {
      text = searchText(row, names);
      cache.set(row, text);
    }
    return text;
  };
}

/** Builds the list for `snapshot` under `state`. `searchIndex` defaults to a fresh one. */
export function buildListModel(snapshot: PanelSnapshot, state: ViewState, searchIndex = createSearchIndex(snapshot)): ListModel {
  const names = new Map(snapshot.entities.map((e) => [e.id, e]));
  const terms = foldForSearch(state.search).split(/\s+/).filter(Boolean);
  const passesOthers = (row: PanelRow): boolean => {
    if (state.speaker && row.speaker !== state.speaker) return false;
    if (state.country && !row.countries.includes(state.country)) return false;
    if (!passesVerdict(row, state.verdict)) return false;
    if (state.at && !rowIsAt(row, state.at)) return false;
    if (terms.length) {
      const text = searchIndex(row);
      if (!terms.every((t) => text.includes(t))) return false;
    }
    return true;
  };
  const byClass = Object.fromEntries(ROW_CLASSES.map((c) => [c, 0])) as Record<RowClass, number>;
  const classes = new Set(state.classes);
  const keep = <R extends PanelRow>(rows: readonly R[]): R[] =>
    rows.filter((row) => {
      if (!passesOthers(row)) return false;
      byClass[rowClass(row)]++;
      return classes.has(rowClass(row));
    });
  const matches = keep(snapshot.rows);
  const unmatched = keep(snapshot.unsupported);
  const unsupported = unmatched.filter((r) => r.reason === 'unsupported');
  const unconfirmed = unmatched.filter((r) => r.reason === 'unconfirmed');
  const context = unmatched.filter((r) => r.reason === 'context');

  const items: ListItem[] = [];
  for (const group of groupRows(matches, state.grouping, names)) {
    items.push({ kind: 'heading', key: `g:${group.key}`, label: group.label, count: group.rows.length, unsupported: false });
    for (const row of group.rows) items.push({ kind: 'row', key: `g:${group.key}/${row.id}`, row, group: group.label });
  }
  if (unsupported.length) {
    const label = 'Report claims the transcript does not support';
    items.push({ kind: 'heading', key: 'u', label, count: unsupported.length, unsupported: true });
    for (const row of unsupported) items.push({ kind: 'row', key: `u/${row.id}`, row, group: label });
  }
  if (unconfirmed.length) {
    const label = 'Not confirmed: a transcript passage is alike, without supporting it';
    items.push({ kind: 'heading', key: 'n', label, count: unconfirmed.length, unsupported: false, unconfirmed: true });
    for (const row of unconfirmed) items.push({ kind: 'row', key: `n/${row.id}`, row, group: label });
  }
  if (context.length) {
    const label = 'Context: the report\'s own background, not from this event';
    items.push({ kind: 'heading', key: 'c', label, count: context.length, unsupported: false, context: true });
    for (const row of context) items.push({ kind: 'row', key: `c/${row.id}`, row, group: label });
  }
  return {
    items,
    shown: matches.length + unmatched.length,
    total: snapshot.rows.length + snapshot.unsupported.length,
    byClass,
  };
}

interface Group {
  readonly key: string;
  readonly label: string;
  readonly rows: PanelMatchRow[];
}

/** Groups rows (already in report order, which each group keeps). Bigger groups first, then by name. */
function groupRows(rows: readonly PanelMatchRow[], grouping: ViewState['grouping'], names: ReadonlyMap<string, PanelEntity>): Group[] {
  if (grouping === 'report') return rows.length ? [{ key: 'all', label: 'Cross-references in report order', rows: [...rows] }] : [];
  const groups = new Map<string, Group>();
  const add = (key: string, label: string, row: PanelMatchRow) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, label, rows: [] }));
    g.rows.push(row);
  };
  for (const row of rows) {
    if (grouping === 'speaker') {
      if (row.speaker) add(`s:${row.speaker}`, names.get(row.speaker)?.name ?? row.speaker, row);
      else add('s:', UNKNOWN_SPEAKER, row);
    } else if (row.countries.length) {
      for (const c of row.countries) add(`c:${c}`, names.get(c)?.name ?? c, row);
    } else add('c:', NO_COUNTRY, row);
  }
  const isFallback = (g: Group) => g.key === 's:' || g.key === 'c:';
  return [...groups.values()].sort(
    (a, b) => Number(isFallback(a)) - Number(isFallback(b)) || b.rows.length - a.rows.length || a.label.localeCompare(b.label),
  );
}

/** Keys of the row items whose passage in `uri` contains `offset`, in list order. */
export function itemsAt(items: readonly ListItem[], uri: string, offset: number): string[] {
  return items.filter((i): i is RowItem => i.kind === 'row' && rowIsAt(i.row, { uri, offset })).map((i) => i.key);
}
