/**
 * What the panel remembers across reloads (`vscode.getState/setState`): grouping,
 * filters, search, scroll position and the active row. Pure; `readViewState` accepts
 * anything (an older or corrupt state) and returns a complete, valid state.
 */
import { PANEL_MATCH_CLASSES, type PanelMatchClass } from '../shared/panelProtocol';

export const GROUPINGS = ['report', 'speaker', 'country'] as const;
/** How rows are grouped: report order (one group), by speaker, or by country. */
export type Grouping = (typeof GROUPINGS)[number];

/** The classes a row can have in the filters: the match classes, `unsupported`, `context` and `unconfirmed`. */
export const ROW_CLASSES = [...PANEL_MATCH_CLASSES, 'unsupported', 'context', 'unconfirmed'] as const;
export type RowClass = PanelMatchClass | 'unsupported' | 'context' | 'unconfirmed';

/** Classes added after the first release, oldest first: a state saved before the last, showing every class it knew, shows them too. */
const LATER_CLASSES: readonly RowClass[] = ['context', 'unconfirmed'];

/**
 * Restricts the list to the rows at a place in an account (Show Cross-References): rows
 * whose passage in `uri` contains `offset`, or, with `end`, starts in `[offset, end)`.
 */
export interface LocationFilter {
  readonly uri: string;
  readonly offset: number;
  readonly end?: number;
  /** How the place is named to the user. */
  readonly label?: string;
}

/** The panel's view state. */
export interface ViewState {
  readonly grouping: Grouping;
  /** Row classes shown; all by default. */
  readonly classes: readonly RowClass[];
  /** Person entity id, or '' for any speaker. */
  readonly speaker: string;
  /** Country entity id, or '' for any country. */
  readonly country: string;
  /** A verdict, `NO_VERDICT` (reviewFilter.ts) for rows without one, or '' for any. */
  readonly verdict: string;
  readonly search: string;
  readonly at?: LocationFilter;
  readonly scrollTop: number;
  /** Key of the list item that has the keyboard focus. */
  readonly activeKey?: string;
  /** Whether the entity summary is expanded. */
  readonly summaryOpen: boolean;
}

/** The state of a panel opened for the first time. */
export const DEFAULT_VIEW_STATE: ViewState = Object.freeze({
  grouping: 'report',
  classes: ROW_CLASSES,
  speaker: '',
  country: '',
  verdict: '',
  search: '',
  scrollTop: 0,
  summaryOpen: true,
});

/** Reads a stored state, keeping each valid field and defaulting the rest. */
export function readViewState(stored: unknown): ViewState {
  if (typeof stored !== 'object' || stored === null) return DEFAULT_VIEW_STATE;
  const s = stored as Record<string, unknown>;
  const str = (v: unknown, max: number) => (typeof v === 'string' && v.length <= max ? v : undefined);
  const classes = Array.isArray(s.classes) ? ROW_CLASSES.filter((c) => (s.classes as unknown[]).includes(c)) : undefined;
  // Every class of a state saved before `context` or `unconfirmed` existed: all of them now.
  const known = ROW_CLASSES.filter((c) => !LATER_CLASSES.includes(c) || (s.classes as unknown[] | undefined)?.includes(c));
  if (classes && classes.length === known.length && !classes.includes(LATER_CLASSES[LATER_CLASSES.length - 1]!)) {
    for (const c of LATER_CLASSES) if (!classes.includes(c)) classes.push(c);
    classes.sort((a, b) => ROW_CLASSES.indexOf(a) - ROW_CLASSES.indexOf(b));
  }
  const at = s.at as Record<string, unknown> | undefined;
  const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  const validAt =
    at && typeof at === 'object' && typeof at.uri === 'string' && isOffset(at.offset)
      ? {
          uri: at.uri,
          offset: at.offset,
          ...(isOffset(at.end) && at.end > at.offset ? { end: at.end } : {}),
          ...(typeof at.label === 'string' && at.label.length <= 500 ? { label: at.label } : {}),
        }
      : undefined;
  const state: ViewState = {
    grouping: (GROUPINGS as readonly unknown[]).includes(s.grouping) ? (s.grouping as Grouping) : DEFAULT_VIEW_STATE.grouping,
    classes: classes ?? DEFAULT_VIEW_STATE.classes,
    speaker: str(s.speaker, 200) ?? '',
    country: str(s.country, 200) ?? '',
    verdict: str(s.verdict, 1_000) ?? '',
    search: str(s.search, 1_000) ?? '',
    scrollTop: typeof s.scrollTop === 'number' && Number.isFinite(s.scrollTop) && s.scrollTop >= 0 ? s.scrollTop : 0,
    summaryOpen: typeof s.summaryOpen === 'boolean' ? s.summaryOpen : DEFAULT_VIEW_STATE.summaryOpen,
  };
  const activeKey = str(s.activeKey, 500);
  return { ...state, ...(validAt ? { at: validAt } : {}), ...(activeKey ? { activeKey } : {}) };
}

/**
 * The classes shown after a click on the class button `clicked`: a click shows only that
 * class (or, on the class already shown alone, every class again); with `additive`
 * (Ctrl/Cmd-click) it adds or removes the class from those shown. `undefined` is the
 * "All" button. Never leaves no class shown.
 */
export function nextClasses(current: readonly RowClass[], clicked: RowClass | undefined, additive = false): readonly RowClass[] {
  if (clicked === undefined) return ROW_CLASSES;
  const all = current.length === ROW_CLASSES.length;
  if (!additive || all) return current.length === 1 && current[0] === clicked ? ROW_CLASSES : [clicked];
  const next = current.includes(clicked) ? current.filter((c) => c !== clicked) : ROW_CLASSES.filter((c) => c === clicked || current.includes(c));
  return next.length ? next : ROW_CLASSES;
}
