/**
 * The workspace file: which accounts form an event (one transcript and any number of
 * reports), and which files are (or are not) accounts regardless of detection.
 * Committable, so the VS Code extension and the command line agree on the same events.
 *
 * Location: `.vscode/transcript-annotator.json` in a workspace folder (see `PAIRS_FILE`).
 * Paths inside are relative to that workspace folder, with forward slashes.
 *
 * Version 2 (written):
 * ```json
 * {
 *   "version": 2,
 *   "events": [
 *     { "transcript": "briefing/transcript.txt", "reports": ["briefing/wire.txt", "briefing/daily.md"] }
 *   ],
 *   "include": ["notes/interview.md"],
 *   "exclude": ["README.md"]
 * }
 * ```
 * An event may also carry `name` (shown in the status bar and hovers) and `without`
 * (reports of the transcript's folder that Remove from Event took out of it).
 *
 * Version 1 (read): `"pairs": [["reports/news.txt", "reports/transcript.txt"]]`. Each pair
 * becomes an event of one report; v1 does not say which file is the transcript, so the
 * second is taken (the order v1 documented) and the extension re-orients the event by the
 * recognised roles before it writes (`orientEvents`). For one report the pairing is the
 * same either way: each is the other's counterpart.
 *
 * Notes:
 * - The file's JSON is checked against `schema/pairs-file.schema.json` (precompiled by
 *   scripts/build-validators.mjs) after the version check: a newer version is refused
 *   before its shape is judged, so the message says "update" rather than "fix".
 * - Members this version does not know, at the top and in each event, are kept verbatim
 *   and written back (`extra`), so a newer minor addition or a hand note survives a rewrite.
 *
 * Pure: no I/O. The caller reads and writes the file.
 */
// Precompiled from schema/pairs-file.schema.json by scripts/build-validators.mjs.
import validate from './pairsFileValidator.generated';

/** Path of the workspace file relative to a workspace folder. */
export const PAIRS_FILE = '.vscode/transcript-annotator.json';

/** The version this code writes, and the newest it reads. */
export const PAIRS_VERSION = 2;

/** Members of a JSON object this version does not interpret, kept for writing back. */
export type ExtraMembers = Readonly<Record<string, unknown>>;

/** One event: a transcript and the reports of it. */
export interface EventEntry {
  /** The transcript's path. */
  readonly transcript: string;
  /** The reports' paths, in the order they were added. */
  readonly reports: readonly string[];
  /** A name for the status bar and hovers; `undefined`: derived (`eventName`). */
  readonly name?: string;
  /** Reports of the transcript's folder that are not part of the event. */
  readonly without?: readonly string[];
  /** Members this version does not know. */
  readonly extra?: ExtraMembers;
}

/** The content of a workspace file. */
export interface PairsConfig {
  readonly version: typeof PAIRS_VERSION;
  /** Explicit events, each path relative to the workspace folder. */
  readonly events: readonly EventEntry[];
  /** Files annotated even when detection does not recognise them as accounts. */
  readonly include: readonly string[];
  /** Files never annotated (wins over `include` and detection). */
  readonly exclude: readonly string[];
  /** Top-level members this version does not know. */
  readonly extra?: ExtraMembers;
}

/** An empty workspace file. */
export const EMPTY_PAIRS: PairsConfig = Object.freeze({ version: PAIRS_VERSION, events: [], include: [], exclude: [] });

/** The outcome of parsing: the config, or why it could not be read. */
export type PairsParseResult =
  | { readonly ok: true; readonly config: PairsConfig; readonly readVersion: number }
  | { readonly ok: false; readonly error: string };

const KNOWN_TOP = new Set(['version', 'events', 'pairs', 'include', 'exclude']);
const KNOWN_EVENT = new Set(['transcript', 'reports', 'name', 'without']);

function extraOf(o: Record<string, unknown>, known: ReadonlySet<string>): ExtraMembers | undefined {
  const extra = Object.fromEntries(Object.entries(o).filter(([k]) => !known.has(k)));
  return Object.keys(extra).length ? extra : undefined;
}

/**
 * Parses the text of a workspace file. Never throws: a file that is not JSON, of a newer
 * version or of the wrong shape gives `{ok: false, error}` with a message saying what
 * to do; the caller must leave such a file untouched. Empty text (or only whitespace) is
 * an empty config. `readVersion` is the version the file was in (1 for the pairs form).
 */
export function parsePairsFile(text: string): PairsParseResult {
  if (text.trim() === '') return { ok: true, config: EMPTY_PAIRS, readVersion: PAIRS_VERSION };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${PAIRS_FILE} is not valid JSON (${(e as Error).message}). Fix or delete it.` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: `${PAIRS_FILE} must hold a JSON object like {"version": ${PAIRS_VERSION}, "events": []}. Fix or delete it.` };
  }
  const o = data as Record<string, unknown>;
  const version = o.version ?? (o.events === undefined ? 1 : PAIRS_VERSION);
  if (typeof version === 'number' && Number.isInteger(version) && version > PAIRS_VERSION) {
    return { ok: false, error: `${PAIRS_FILE} has version ${version}, newer than this release understands (${PAIRS_VERSION}); it was left untouched. Update Transcript Annotator to use it.` };
  }
  if (!validate(data)) {
    const first = validate.errors?.[0];
    const where = first ? `${first.instancePath || '(top)'} ${first.message ?? ''}`.trim() : 'wrong shape';
    return { ok: false, error: `${PAIRS_FILE} does not match its format (${where}); it was left untouched. Fix it (see schema/pairs-file.schema.json) or delete it.` };
  }
  const events: EventEntry[] = [];
  for (const raw of (o.events as Record<string, unknown>[] | undefined) ?? []) {
    const transcript = normalisePath(raw.transcript as string);
    const reports = [...new Set((raw.reports as string[]).map(normalisePath))];
    // An account cross-referenced with itself finds every claim "verbatim": no event.
    if (reports.includes(transcript)) return { ok: false, error: `An event in ${PAIRS_FILE} lists ${transcript} as its own report; remove it from "reports".` };
    const extra = extraOf(raw, KNOWN_EVENT);
    events.push({
      transcript,
      reports,
      ...(typeof raw.name === 'string' ? { name: raw.name } : {}),
      ...(Array.isArray(raw.without) && raw.without.length ? { without: (raw.without as string[]).map(normalisePath) } : {}),
      ...(extra ? { extra } : {}),
    });
  }
  // Version 1: each pair is an event of one report (see the module notes).
  for (const p of (o.pairs as [string, string][] | undefined) ?? []) {
    const [report, transcript] = [normalisePath(p[0]), normalisePath(p[1])];
    if (report === transcript) return { ok: false, error: `"pairs" in ${PAIRS_FILE} pairs ${report} with itself; pair it with the other account of the event.` };
    events.push({ transcript, reports: [report] });
  }
  const extra = extraOf(o, KNOWN_TOP);
  const config: PairsConfig = {
    version: PAIRS_VERSION,
    events,
    include: ((o.include as string[] | undefined) ?? []).map(normalisePath),
    exclude: ((o.exclude as string[] | undefined) ?? []).map(normalisePath),
    ...(extra ? { extra } : {}),
  };
  return { ok: true, config, readVersion: typeof version === 'number' ? version : PAIRS_VERSION };
}

/** Serialises a config as version 2: stable order, two-space indent, one event per line, trailing newline (diff-friendly). */
export function serializePairsFile(config: PairsConfig): string {
  const events = config.events
    .map((e) => ({
      ...(e.name !== undefined ? { name: e.name } : {}),
      transcript: e.transcript,
      reports: [...e.reports],
      ...(e.without?.length ? { without: [...new Set(e.without)].sort() } : {}),
      ...e.extra,
    }))
    .sort((a, b) => a.transcript.localeCompare(b.transcript));
  const list = (xs: readonly unknown[]) => (xs.length ? `[\n${xs.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]` : '[]');
  const extra = Object.entries(config.extra ?? {}).map(([k, v]) => `,\n  ${JSON.stringify(k)}: ${JSON.stringify(v, null, 2).replace(/\n/g, '\n  ')}`).join('');
  return `{\n  "version": ${PAIRS_VERSION},\n  "events": ${list(events)},\n  "include": ${list([...new Set(config.include)].sort())},\n  "exclude": ${list([...new Set(config.exclude)].sort())}${extra}\n}\n`;
}

/** Forward slashes, no leading `./`. */
export function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/** The event `path` belongs to (as transcript or report), or `undefined`. */
export function eventOf(config: PairsConfig, path: string): EventEntry | undefined {
  const p = normalisePath(path);
  return config.events.find((e) => e.transcript === p || e.reports.includes(p));
}

/**
 * The explicit counterpart of `path` for pair analysis: a report's transcript, a
 * transcript's first report; `undefined` when the file is in no event.
 */
export function counterpartInPairs(config: PairsConfig, path: string): string | undefined {
  const e = eventOf(config, path);
  if (!e) return undefined;
  const p = normalisePath(path);
  return e.transcript === p ? e.reports[0] : e.transcript;
}

/** True when the event of `transcript` says `report` is not part of it. */
export function isRemovedFromEvent(config: PairsConfig, transcript: string, report: string): boolean {
  const r = normalisePath(report);
  return config.events.some((e) => e.transcript === normalisePath(transcript) && !!e.without?.includes(r));
}

/**
 * The name of an event: its `name`, else the transcript's folder name, else the
 * transcript's file name without extension (a transcript at the top of the workspace).
 */
export function eventName(transcript: string, entry?: EventEntry): string {
  if (entry?.name) return entry.name;
  const parts = normalisePath(transcript).split('/');
  if (parts.length > 1) return parts[parts.length - 2]!;
  return parts[0]!.replace(/\.[^.]*$/, '') || parts[0]!;
}

/** `config` with `path` taken out of every event (an event whose transcript it is goes). */
function withoutPath(config: PairsConfig, p: string): EventEntry[] {
  return config.events
    .filter((e) => e.transcript !== p)
    .map((e) => (e.reports.includes(p) ? { ...e, reports: e.reports.filter((r) => r !== p) } : e))
    .filter(isKept);
}

/**
 * A config where `a` (a report) pairs with `b` (a transcript): `a` leaves every other
 * event and becomes the first report of `b`'s event (its counterpart in pair analysis);
 * the other reports of `b`'s event stay; `b` leaves any event it was a report of.
 */
export function withPair(config: PairsConfig, a: string, b: string): PairsConfig {
  const pa = normalisePath(a);
  const pb = normalisePath(b);
  const others = config.events
    .filter((e) => e.transcript !== pa)
    .map((e) => (e.reports.includes(pa) || e.reports.includes(pb) ? { ...e, reports: e.reports.filter((r) => r !== pa && r !== pb) } : e))
    .filter((e) => e.transcript === pb || isKept(e));
  const current = others.find((e) => e.transcript === pb);
  const next: EventEntry = current
    ? withoutRemoval({ ...current, reports: [pa, ...current.reports] }, pa)
    : { transcript: pb, reports: [pa] };
  return { ...config, events: current ? others.map((e) => (e === current ? next : e)) : [...others, next], exclude: config.exclude.filter((x) => x !== pa && x !== pb) };
}

/** `e` no longer saying that `report` was removed from it (`without` left out when empty). */
function withoutRemoval(e: EventEntry, report: string): EventEntry {
  if (!e.without) return e;
  const { without, ...rest } = e;
  const left = without.filter((x) => x !== report);
  return left.length ? { ...rest, without: left } : rest;
}

/** An event worth keeping: it lists a report, or says something else (a removal, a name, members this version does not know). */
function isKept(e: EventEntry): boolean {
  return e.reports.length > 0 || !!e.without?.length || e.name !== undefined || e.extra !== undefined;
}

/**
 * A config where `report` is a report of `transcript`'s event (created when there is
 * none), taken out of any other event; the rest of the event is kept.
 */
export function withReportInEvent(config: PairsConfig, transcript: string, report: string): PairsConfig {
  const t = normalisePath(transcript);
  const r = normalisePath(report);
  const others = withoutPath(config, r);
  const current = others.find((e) => e.transcript === t);
  const next: EventEntry = current
    ? withoutRemoval({ ...current, reports: [...current.reports, r] }, r)
    : { transcript: t, reports: [r] };
  return { ...config, events: current ? others.map((e) => (e === current ? next : e)) : [...others, next], exclude: config.exclude.filter((x) => x !== t && x !== r) };
}

/**
 * A config where `report` is not part of `transcript`'s event: dropped from its reports
 * and listed in `without`, so the automatic event of the folder leaves it out too.
 */
export function withReportRemoved(config: PairsConfig, transcript: string, report: string): PairsConfig {
  const t = normalisePath(transcript);
  const r = normalisePath(report);
  const current = config.events.find((e) => e.transcript === t);
  const next: EventEntry = current
    ? { ...current, reports: current.reports.filter((x) => x !== r), without: [...(current.without ?? []).filter((x) => x !== r), r] }
    : { transcript: t, reports: [], without: [r] };
  return { ...config, events: current ? config.events.map((e) => (e === current ? next : e)) : [...config.events, next] };
}

/**
 * Events of one report whose `transcript` is known to be the report and whose report is
 * known to be the transcript, turned round (version 1 did not say which was which).
 * `roleOf` answers from recognition; `undefined` leaves an event as it is.
 */
export function orientEvents(config: PairsConfig, roleOf: (path: string) => 'transcript' | 'report' | undefined): PairsConfig {
  let changed = false;
  const events = config.events.map((e) => {
    if (e.reports.length !== 1 || e.without?.length || roleOf(e.transcript) !== 'report' || roleOf(e.reports[0]!) !== 'transcript') return e;
    changed = true;
    return { ...e, transcript: e.reports[0]!, reports: [e.transcript] };
  });
  return changed ? { ...config, events } : config;
}

/** A config where `path` is always annotated. */
export function withIncluded(config: PairsConfig, path: string): PairsConfig {
  const p = normalisePath(path);
  return { ...config, include: [...config.include.filter((x) => x !== p), p], exclude: config.exclude.filter((x) => x !== p) };
}

/** A config where `path` is never annotated and belongs to no event. */
export function withExcluded(config: PairsConfig, path: string): PairsConfig {
  const p = normalisePath(path);
  return {
    ...config,
    events: withoutPath(config, p),
    include: config.include.filter((x) => x !== p),
    exclude: [...config.exclude.filter((x) => x !== p), p],
  };
}
