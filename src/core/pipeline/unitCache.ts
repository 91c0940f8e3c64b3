/**
 * What makes re-analysis incremental: the findings of each parse unit, kept per account
 * (uri) from its last reading and keyed by what the annotators read of the unit (its text,
 * the account's role, where its turn's words start, the name of the label opening it: all of
 * `PlannedUnit` but its offsets). A unit whose key is unchanged has the same findings
 * (offsets are relative to the unit), so after an edit only the changed paragraphs are read
 * again.
 *
 * Notes:
 * - Each account keeps only the units of its last reading (its map counts the units of each
 *   key: after an edit it is updated where units were not found by place, a key dropped
 *   when no unit has it any more), and accounts of `MAX_KEPT_CHARS` at most are kept, the least recently read dropped first;
 *   a longer account is read whole every time.
 * - No finding or key refers to the text it was read from: keys are JSON made for the
 *   purpose and the strings of the findings are copied flat (`ownCopy`), so that no slice
 *   keeps an old version of a document alive (V8 slices of 13 characters or more point into
 *   the string they were cut from). The one version kept is each account's last text and
 *   its units, so that a unit of the next version lying where the edit did not reach (before
 *   it, or after it, moved) is found by place: its key is the one it had, taken without
 *   being made again (the keys of a 1 MB account are 1 MB of JSON to make and hash).
 */
import type { DetachedUnitFindings, UnitFindings } from '../annotators/unitFindings';
import type { PlannedUnit } from '../text/paragraphs';
import { stretchesOf, type StretchMemo } from '../text/sharedStretches';
import { sameFields } from '../model/sameFields';

/**
 * Characters of text whose unit findings are kept, over all accounts (a pair of 2 MB
 * accounts): the least recently read accounts are dropped beyond it. A longer account is not
 * kept at all: at 10 MB keeping its findings cost ~10% more time and ~160 MB more memory per
 * analysis, for a file too long to be edited in an editor anyway.
 */
export const MAX_KEPT_CHARS = 4_000_000;

/** The unit findings of recently read accounts. */
export interface UnitCache {
  /** The keys of `units` (of `text`) and the kept findings of each in account `uri` (undefined: a unit read with another key, or never). */
  lookup(uri: string, units: readonly PlannedUnit[], text: string): UnitLookup;
  /** Keeps `findings` (one per unit of the lookup, in order) as the last reading of `uri`. */
  store(uri: string, lookup: UnitLookup, units: readonly PlannedUnit[], findings: readonly UnitFindings[]): void;
}

/** What the cache holds of the units of one reading. */
export interface UnitLookup {
  readonly text: string;
  readonly keys: readonly string[];
  readonly kept: readonly (DetachedUnitFindings | undefined)[];
  /** For each unit, the position in the account's last reading of the unit it was found as by place; -1: found by key, or not found. */
  readonly places?: Int32Array;
  /** The account's last reading the lookup was made against (`store` updates it when it is still the last). */
  readonly against?: KeptAccount;
}

/** A key's findings and how many units of the account's last reading have that key. */
interface KeyedFindings {
  readonly findings: DetachedUnitFindings;
  count: number;
}

/**
 * What the cache holds of an account: its units' findings by key (with how many of its
 * units have each key), and its last text and units in order (with their keys and findings).
 */
interface KeptAccount {
  readonly units: Map<string, KeyedFindings>;
  readonly chars: number;
  readonly text: string;
  readonly planned: readonly PlannedUnit[];
  readonly keys: readonly string[];
  readonly found: readonly DetachedUnitFindings[];
}

/** An empty cache (`stretches`: the pipeline's comparisons of a run, when it shares them). */
export function createUnitCache(stretches?: StretchMemo): UnitCache {
  // Insertion order is recency order: an account read again is deleted and set again.
  const accounts = new Map<string, KeptAccount>();
  let kept = 0;
  return {
    lookup(uri, units, text) {
      if (charsOf(units) > MAX_KEPT_CHARS) {
        forget(uri);
        return { text, keys: [], kept: units.map(() => undefined) };
      }
      const account = accounts.get(uri);
      if (!account) {
        const keys = units.map(unitKey);
        return { text, keys, kept: keys.map(() => undefined) };
      }
      const { keys, places } = keysByPlace(account, units, text, stretches);
      // a unit found by place has the findings of the unit it was; the others are looked up by key
      const kept = keys.map((k, i) => (places[i]! >= 0 ? account.found[places[i]!] : account.units.get(k)?.findings));
      return { text, keys, kept, places, against: account };
    },
    store(uri, { text, keys, kept: found, places, against }, units, findings) {
      if (keys.length !== units.length) return; // too long to keep (see `lookup`)
      // a unit found in the cache is kept as it was (already an own copy)
      const own = units.map((_, i) => found[i] ?? ownCopy(detached(findings[i]!)));
      const last = accounts.get(uri);
      const next = last && last === against && places ? keptAfter(last, keys, places, own) : keyedFindings(keys, own);
      const chars = charsOf(units);
      forget(uri);
      accounts.set(uri, { units: next, chars, text, planned: units, keys, found: own });
      kept += chars;
      for (const oldest of accounts.keys()) {
        if (kept <= MAX_KEPT_CHARS || oldest === uri) break;
        forget(oldest);
      }
    },
  };

  function forget(uri: string): void {
    const account = accounts.get(uri);
    if (!account) return;
    accounts.delete(uri);
    kept -= account.chars;
  }
}

/** The findings of `keys` (one per unit, `own` their findings) by key, with how many units have each. */
function keyedFindings(keys: readonly string[], own: readonly DetachedUnitFindings[]): Map<string, KeyedFindings> {
  const out = new Map<string, KeyedFindings>();
  for (let i = 0; i < keys.length; i++) {
    const entry = out.get(keys[i]!);
    if (entry) entry.count++;
    else out.set(keys[i]!, { findings: own[i]!, count: 1 });
  }
  return out;
}

/**
 * The findings by key of a reading whose units were looked up against `last` (`places`:
 * where each was found by place), made from `last`'s map in place: a unit found by place
 * has the key of the unit it was, so only the units found otherwise, and the last
 * reading's units no unit was found as, change the counts (an edit: a few of each). The
 * same keys and counts as `keyedFindings` gives; a key's findings are those of some unit
 * of the reading with that key, as there.
 */
function keptAfter(last: KeptAccount, keys: readonly string[], places: Int32Array, own: readonly DetachedUnitFindings[]): Map<string, KeyedFindings> {
  const map = last.units;
  const taken = new Uint8Array(last.keys.length);
  for (let i = 0; i < keys.length; i++) {
    const r = places[i]!;
    if (r >= 0) {
      taken[r] = 1;
      continue;
    }
    const entry = map.get(keys[i]!);
    if (entry) entry.count++;
    else map.set(keys[i]!, { findings: own[i]!, count: 1 });
  }
  for (let r = 0; r < taken.length; r++) {
    if (taken[r] === 1) continue;
    const key = last.keys[r]!;
    const entry = map.get(key)!;
    if (--entry.count === 0) map.delete(key);
  }
  return map;
}

/**
 * The keys of `units` (of `text`): a unit lying wholly in a stretch `text` shares with the
 * account's last text, where a unit of the same length was that reads the same (every field
 * but its place and text, whose equality the stretch gives), has that unit's key and is
 * found there (`places`: its position in the last reading); the others get theirs made
 * (`unitKey`; place -1).
 */
function keysByPlace(account: KeptAccount, units: readonly PlannedUnit[], text: string, stretches: StretchMemo | undefined): { keys: string[]; places: Int32Array } {
  const { same, tail, shift } = stretchesOf(stretches, account.text, text);
  const { planned, keys } = account;
  const places = new Int32Array(units.length);
  const out: string[] = new Array(units.length);
  let r = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const at = u.start >= tail ? u.start - shift : u.end <= same ? u.start : -1;
    if (at >= 0) {
      while (r < planned.length && planned[r]!.start < at) r++;
      const p = planned[r];
      if (p && p.start === at && p.end - p.start === u.end - u.start && readsAlike(p, u)) {
        places[i] = r;
        out[i] = keys[r]!;
        continue;
      }
    }
    places[i] = -1;
    out[i] = unitKey(u);
  }
  return { keys: out, places };
}

/**
 * True when two units have the same fields but their place and text (see `unitKey`): the
 * same field names and, field by field, values whose JSON is the same (made only for an
 * object that is not one of flat values in the same order: a unit's fields are numbers,
 * strings and the label name's `{start, end}`). Units made alike (`placeUnits`: their fields
 * in one order) that read alike have the same key.
 */
export function readsAlike(a: PlannedUnit, b: PlannedUnit): boolean {
  return sameFields(a, b, PLACE_FIELDS);
}

/** The fields of a unit that `unitKey` reads apart from the rest: its place and text. */
const PLACE_FIELDS: ReadonlySet<string> = new Set(['start', 'end', 'text']);

function charsOf(units: readonly PlannedUnit[]): number {
  let n = 0;
  for (const u of units) n += u.text.length;
  return n;
}

/**
 * What the annotators read of a unit (see `PlannedUnit`: everything but where it stands in
 * the text), as one string of its own; a field added to `PlannedUnit` is part of it unasked.
 */
export function unitKey(u: PlannedUnit): string {
  const { start: _start, end: _end, ...read } = u;
  return JSON.stringify(read);
}

function detached(f: UnitFindings): DetachedUnitFindings {
  return { countries: f.countries, persons: f.persons, nominals: f.nominals, claims: f.claims, subjectsMet: f.subjectsMet };
}

/**
 * A deep copy of plain data (arrays, plain objects, primitives) whose strings are copied
 * flat. Findings are plain data (they cross threads as structured clones).
 */
export function ownCopy<T>(value: T): T {
  if (typeof value === 'string') return flat(value) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(ownCopy) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = ownCopy(v);
  return out as T;
}

/** `s` as a string of its own: concatenated, then cut (short strings are copied anyway). */
function flat(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
