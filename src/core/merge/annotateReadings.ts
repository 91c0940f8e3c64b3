/**
 * Turns the first-pass readings of one or more accounts into one annotation set: runs the
 * annotators' account pass (../annotators/resolveAccount: person names clustered across all
 * accounts, each account resolved), makes one entity per person and per country (by ISO
 * code), and numbers everything deterministically (`d1…`, `p1…`, `c1…`, `a1…` in document
 * and offset order).
 */
import type { Annotation, AnnotationKind, AnnotationSet, ClaimType, Entity } from '../model/annotation';
import { CLAIM_TYPES, FORMAT } from '../model/annotation';
import { resolveReadings, type AccountReading, type PersonMemo, type RereadClaims } from '../annotators/index';
import { commonPrefix } from '../text/sharedStretches';

/**
 * Order of annotations on the same span: turn, claim (by claim type, alphabetically), person,
 * country. Kinds are spaced by the number of claim types so that one number orders both.
 */
const KIND_ORDER: Readonly<Record<AnnotationKind, number>> = { turn: 0, claim: 1, person: 1 + CLAIM_TYPES.length, country: 2 + CLAIM_TYPES.length };
const CLAIM_TYPE_ORDER = Object.fromEntries([...CLAIM_TYPES].sort((a, b) => a.localeCompare(b)).map((t, i) => [t, i])) as Readonly<Record<ClaimType, number>>;

/** An annotation with its place in the sort order (one object shape for all kinds). */
interface PlacedAnnotation {
  readonly start: number;
  readonly end: number;
  readonly order: number;
  /** Replaced by a copy when a kept row is numbered differently (an annotation handed out is never changed). */
  annotation: Annotation;
  /** The analysis (`NumberingMemo.run`) whose text the annotation's `text` was sliced from. */
  readonly run: number;
}

/**
 * What the numbering keeps of each account from one analysis to the next, owned by the
 * pipeline: the rows it made, by kind, in the order of the resolved lists. After an edit,
 * an annotation of the text before the edit (it ends inside the common prefix of the two
 * versions) that comes out with the same offsets and fields is taken as it was, with its
 * row, instead of being made, sliced and kept again (~16k objects per analysis of a 1 MB
 * account, most of the garbage an edit leaves); only its id is checked (a copy when it
 * moved in the numbering).
 *
 * A kept annotation's `text` is a slice of the version it was made from, which it keeps
 * alive: rows are taken only from the last `KEPT_TEXT_BUDGET / length` analyses, so that
 * typing forward through a long account does not keep every version (the rows of older
 * ones are made again from the current text).
 */
export interface NumberingMemo {
  /** The number of the current analysis. */
  run: number;
  /** By document index: the account and its rows (turns, claims, persons, countries by unit). */
  documents: (NumberedAccount | undefined)[];
}

interface NumberedAccount {
  readonly uri: string;
  readonly text: string;
  /** Rows of turns, claims, persons (undefined where a mention has no entity) and countries, as the resolved lists give them. */
  readonly rows: readonly (readonly (PlacedAnnotation | undefined)[])[];
}

/** A new, empty numbering memo. */
export function newNumberingMemo(): NumberingMemo {
  return { run: 0, documents: [] };
}

/** Characters of older versions of an account that kept annotations may keep alive (see `NumberingMemo`). */
const KEPT_TEXT_BUDGET = 4_000_000;

/** By start, then the longer first, then by kind and claim type. */
function byPlace(a: PlacedAnnotation, b: PlacedAnnotation): number {
  return a.start - b.start || b.end - a.end || a.order - b.order;
}

/**
 * Builds the annotation set of `readings` (cross-references are added by the caller);
 * `reread` reads a unit's claims again where resolved names ask for it (see `RereadClaims`);
 * `memo` keeps the last clustering of persons (see `PersonMemo`); `ids` the annotation ids
 * made so far (`ids[n]` is `a${n + 1}`, made where missing and kept), so that an analysis
 * after an edit does not make the ~16k ids of a 1 MB account again; `kept` the rows of the
 * last analysis (see `NumberingMemo`).
 */
export function annotateReadings(readings: readonly AccountReading[], reread: RereadClaims, memo?: PersonMemo, ids: string[] = [], kept?: NumberingMemo): AnnotationSet {
  const { clusters, accounts: resolved } = resolveReadings(readings, reread, memo);

  // Entities: persons in cluster order, countries by first mention.
  const personIds = new Map<string, string>();
  const speakers = new Set<string>();
  const entities: Entity[] = [];
  // Loops rather than spread lists: an account has tens of thousands of mentions. Runs of
  // one speaker (claims of one turn, mentions of one person) are added once.
  const usedPersons = new Set<string | undefined>();
  for (const r of resolved) {
    let last: string | undefined;
    for (const m of r.persons) if (m.speaker !== last) usedPersons.add((last = m.speaker));
    for (const list of [r.turns, r.claims]) {
      let first = true;
      last = undefined;
      for (const t of list) {
        if (!first && t.speaker === last) continue;
        first = false;
        last = t.speaker;
        usedPersons.add(last);
        if (last) speakers.add(last);
      }
    }
  }
  for (const c of clusters.values()) {
    if (!usedPersons.has(c.key)) continue;
    const id = `p${personIds.size + 1}`;
    personIds.set(c.key, id);
    entities.push({ id, kind: 'person', name: c.name, aliases: c.aliases, ...(speakers.has(c.key) ? { speaker: true } : {}) });
  }
  // forms shared by several states, settled by each account (or left out)
  const countriesOf = resolved.map((r) => r.countries);
  const countryIds = new Map<string, string>();
  const countryForms = new Map<string, { name: string; forms: string[] }>();
  for (let ri = 0; ri < readings.length; ri++) {
    const units = countriesOf[ri]!;
    for (let ui = 0; ui < units.length; ui++) {
      for (const c of units[ui]!) {
        if (!countryIds.has(c.iso)) {
          countryIds.set(c.iso, `c${countryIds.size + 1}`);
          countryForms.set(c.iso, { name: c.name, forms: [] });
        }
        const f = countryForms.get(c.iso)!;
        if (c.text !== f.name && !f.forms.includes(c.text)) f.forms.push(c.text);
      }
    }
  }
  for (const [iso, id] of countryIds) {
    const f = countryForms.get(iso)!;
    entities.push({ id, kind: 'country', name: f.name, iso, aliases: f.forms });
  }

  // Annotations: made once per document, sorted, de-duplicated and numbered (at 10 MB there
  // are ~200k). Each is made as one literal (one object shape per kind and field set) and
  // sorted through a row of numbers, so the comparison reads one object shape.
  const annotations: Annotation[] = [];
  const run = kept ? ++kept.run : 0;
  const numbered: (NumberedAccount | undefined)[] = [];
  readings.forEach((r, i) => {
    const document = `d${i + 1}`;
    const text = r.text;
    const res = resolved[i]!;
    // The last analysis's rows of this account: those ending before `same` (the text is the
    // same up to there) and made from a recent enough version may be taken.
    const last = kept?.documents[i];
    const before = last && last.uri === r.uri ? last.rows : undefined;
    const same = before ? commonPrefix(last!.text, text) : 0;
    const oldest = run - Math.floor(KEPT_TEXT_BUDGET / Math.max(1, text.length));
    /** The last analysis's row `j` of kind list `k` when it may be taken for an annotation of `start..end` (its fields are compared by the caller). */
    const keptRow = (k: number, j: number, start: number, end: number): PlacedAnnotation | undefined => {
      const row = before?.[k]![j];
      return row && row.end <= same && row.start === start && row.end === end && row.run >= oldest && row.annotation.document === document ? row : undefined;
    };
    const rows: PlacedAnnotation[] = [];
    const turnRows: PlacedAnnotation[] = [];
    const claimRows: PlacedAnnotation[] = [];
    const personRows: (PlacedAnnotation | undefined)[] = [];
    const countryRows: PlacedAnnotation[] = [];
    for (let j = 0; j < res.turns.length; j++) {
      const t = res.turns[j]!;
      const speaker = t.speaker === undefined ? undefined : personIds.get(t.speaker);
      const label = t.label ? t.label : undefined;
      const k = keptRow(0, j, t.start, t.end);
      let row: PlacedAnnotation;
      if (k && k.annotation.speaker === speaker && k.annotation.label === label && k.annotation.rule === t.rule) row = k;
      else {
        const a: Annotation =
          speaker !== undefined && t.label
            ? { id: '', document, kind: 'turn', start: t.start, end: t.end, text: text.slice(t.start, t.end), speaker, label: t.label, rule: t.rule }
            : speaker !== undefined
              ? { id: '', document, kind: 'turn', start: t.start, end: t.end, text: text.slice(t.start, t.end), speaker, rule: t.rule }
              : t.label
                ? { id: '', document, kind: 'turn', start: t.start, end: t.end, text: text.slice(t.start, t.end), label: t.label, rule: t.rule }
                : { id: '', document, kind: 'turn', start: t.start, end: t.end, text: text.slice(t.start, t.end), rule: t.rule };
        row = { start: t.start, end: t.end, order: KIND_ORDER.turn, annotation: a, run };
      }
      rows.push(row);
      turnRows.push(row);
    }
    for (let j = 0; j < res.claims.length; j++) {
      const c = res.claims[j]!;
      const speaker = c.speaker === undefined ? undefined : personIds.get(c.speaker);
      const k = keptRow(1, j, c.start, c.end);
      let row: PlacedAnnotation;
      if (k && k.annotation.claimType === c.claimType && k.annotation.speaker === speaker && k.annotation.rule === c.rule) row = k;
      else {
        const a: Annotation =
          speaker !== undefined
            ? { id: '', document, kind: 'claim', start: c.start, end: c.end, text: text.slice(c.start, c.end), claimType: c.claimType, speaker, rule: c.rule }
            : { id: '', document, kind: 'claim', start: c.start, end: c.end, text: text.slice(c.start, c.end), claimType: c.claimType, rule: c.rule };
        row = { start: c.start, end: c.end, order: KIND_ORDER.claim + CLAIM_TYPE_ORDER[c.claimType], annotation: a, run };
      }
      rows.push(row);
      claimRows.push(row);
    }
    for (let j = 0; j < res.persons.length; j++) {
      const m = res.persons[j]!;
      const entity = personIds.get(m.speaker);
      if (!entity) {
        personRows.push(undefined);
        continue;
      }
      const k = keptRow(2, j, m.start, m.end);
      const row: PlacedAnnotation =
        k && k.annotation.entity === entity && k.annotation.rule === m.rule
          ? k
          : { start: m.start, end: m.end, order: KIND_ORDER.person, annotation: { id: '', document, kind: 'person', start: m.start, end: m.end, text: text.slice(m.start, m.end), entity, rule: m.rule }, run };
      rows.push(row);
      personRows.push(row);
    }
    const units = countriesOf[i]!;
    for (let ui = 0; ui < units.length; ui++) {
      const base = r.units[ui]!.unit.start;
      for (const c of units[ui]!) {
        const start = base + c.start;
        const end = base + c.end;
        const entity = countryIds.get(c.iso)!;
        const k = keptRow(3, countryRows.length, start, end);
        const row: PlacedAnnotation =
          k && k.annotation.entity === entity && k.annotation.rule === c.rule
            ? k
            : { start, end, order: KIND_ORDER.country, annotation: { id: '', document, kind: 'country', start, end, text: text.slice(start, end), entity, rule: c.rule }, run };
        rows.push(row);
        countryRows.push(row);
      }
    }
    rows.sort(byPlace);
    // the same kind (and claim type) on the same span once
    let previous: PlacedAnnotation | undefined;
    for (const row of rows) {
      if (previous && previous.start === row.start && previous.end === row.end && previous.order === row.order) continue;
      const n = annotations.length;
      const id = (ids[n] ??= `a${n + 1}`);
      // a new annotation (or a kept one never handed out) is numbered in place; one handed out is copied
      if (row.annotation.id === '') (row.annotation as { id: string }).id = id;
      else if (row.annotation.id !== id) row.annotation = { ...row.annotation, id };
      annotations.push(row.annotation);
      previous = row;
    }
    numbered.push({ uri: r.uri, text, rows: [turnRows, claimRows, personRows, countryRows] });
  });
  if (kept) kept.documents = numbered;
  return {
    format: FORMAT,
    documents: readings.map((r, i) => ({ id: `d${i + 1}`, uri: r.uri, role: r.role, length: r.text.length })),
    entities,
    annotations,
    crossReferences: [],
    unmatched: [],
  };
}
