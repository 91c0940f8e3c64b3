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
import { placeOrder } from './placeOrder';

/**
 * Order of annotations on the same span: turn, claim (by claim type, alphabetically), person,
 * country. Kinds are spaced by the number of claim types so that one number orders both.
 */
const KIND_ORDER: Readonly<Record<AnnotationKind, number>> = { turn: 0, claim: 1, person: 1 + CLAIM_TYPES.length, country: 2 + CLAIM_TYPES.length };
const CLAIM_TYPE_ORDER = Object.fromEntries([...CLAIM_TYPES].sort((a, b) => a.localeCompare(b)).map((t, i) => [t, i])) as Readonly<Record<ClaimType, number>>;

/**
 * Builds the annotation set of `readings` (cross-references are added by the caller);
 * `reread` reads a unit's claims again where resolved names ask for it (see `RereadClaims`);
 * `memo` keeps the last clustering of persons (see `PersonMemo`); `ids` the annotation ids
 * made so far (`ids[n]` is `a${n + 1}`, made where missing and kept), so that an analysis
 * after an edit does not make the ~16k ids of a 1 MB account again.
 */
export function annotateReadings(readings: readonly AccountReading[], reread: RereadClaims, memo?: PersonMemo, ids: string[] = []): AnnotationSet {
  const { clusters, accounts: resolved } = resolveReadings(readings, reread, memo);

  // Entities: persons in cluster order, countries by first mention.
  const personIds = new Map<string, string>();
  const speakers = new Set<string>();
  const entities: Entity[] = [];
  // Loops rather than spread lists, by index (no iterator results: an account has tens of
  // thousands of mentions).
  const usedPersons = new Set<string | undefined>();
  for (const r of resolved) {
    for (let j = 0; j < r.persons.length; j++) usedPersons.add(r.persons[j]!.speaker);
    for (const list of [r.turns, r.claims]) {
      for (let j = 0; j < list.length; j++) {
        const speaker = list[j]!.speaker;
        usedPersons.add(speaker);
        if (speaker) speakers.add(speaker);
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
      const found = units[ui]!;
      for (let j = 0; j < found.length; j++) {
        const c = found[j]!;
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
  // are ~200k). Each is made as one literal (one object shape per kind and field set), its
  // place in the sort order beside it in three arrays of numbers (`placeOrder`).
  const annotations: Annotation[] = [];
  readings.forEach((r, i) => {
    const document = `d${i + 1}`;
    const text = r.text;
    const res = resolved[i]!;
    let most = res.turns.length + res.claims.length + res.persons.length;
    for (let ui = 0; ui < countriesOf[i]!.length; ui++) most += countriesOf[i]![ui]!.length;
    const made: Annotation[] = [];
    const starts = new Int32Array(most);
    const ends = new Int32Array(most);
    const orders = new Int32Array(most);
    const place = (a: Annotation, order: number): void => {
      const n = made.length;
      starts[n] = a.start;
      ends[n] = a.end;
      orders[n] = order;
      made.push(a);
    };
    for (let j = 0; j < res.turns.length; j++) {
      const t = res.turns[j]!;
      const speaker = t.speaker === undefined ? undefined : personIds.get(t.speaker);
      const a: Annotation =
        speaker !== undefined && t.label
          ? { id: '', document, kind: 'turn', start: t.start, end: t.end, text: text.slice(t.start, t.end), speaker, label: t.label, rule: t.rule }
          : speaker !== undefined
            ? { id: '', document, kind: 'turn', start: t.start, end: t.end, text: text.slice(t.start, t.end), speaker, rule: t.rule }
            : t.label
              ? { id: '', document, kind: 'turn', start: t.start, end: t.end, text: text.slice(t.start, t.end), label: t.label, rule: t.rule }
              : { id: '', document, kind: 'turn', start: t.start, end: t.end, text: text.slice(t.start, t.end), rule: t.rule };
      place(a, KIND_ORDER.turn);
    }
    for (let j = 0; j < res.claims.length; j++) {
      const c = res.claims[j]!;
      const speaker = c.speaker === undefined ? undefined : personIds.get(c.speaker);
      const a: Annotation =
        speaker !== undefined
          ? { id: '', document, kind: 'claim', start: c.start, end: c.end, text: text.slice(c.start, c.end), claimType: c.claimType, speaker, rule: c.rule }
          : { id: '', document, kind: 'claim', start: c.start, end: c.end, text: text.slice(c.start, c.end), claimType: c.claimType, rule: c.rule };
      place(a, KIND_ORDER.claim + CLAIM_TYPE_ORDER[c.claimType]);
    }
    for (let j = 0; j < res.persons.length; j++) {
      const m = res.persons[j]!;
      const entity = personIds.get(m.speaker);
      if (entity) place({ id: '', document, kind: 'person', start: m.start, end: m.end, text: text.slice(m.start, m.end), entity, rule: m.rule }, KIND_ORDER.person);
    }
    const units = countriesOf[i]!;
    for (let ui = 0; ui < units.length; ui++) {
      const base = r.units[ui]!.unit.start;
      const found = units[ui]!;
      for (let j = 0; j < found.length; j++) {
        const c = found[j]!;
        const start = base + c.start;
        const end = base + c.end;
        place({ id: '', document, kind: 'country', start, end, text: c.text, entity: countryIds.get(c.iso)!, rule: c.rule }, KIND_ORDER.country);
      }
    }
    const order = placeOrder(starts, ends, orders, made.length);
    // the same kind (and claim type) on the same span once
    let previous = -1;
    for (let j = 0; j < order.length; j++) {
      const k = order[j]!;
      if (previous >= 0 && starts[previous] === starts[k] && ends[previous] === ends[k] && orders[previous] === orders[k]) continue;
      const n = annotations.length;
      const a = made[k]!;
      (a as { id: string }).id = ids[n] ??= `a${n + 1}`;
      annotations.push(a);
      previous = k;
    }
  });
  return {
    format: FORMAT,
    documents: readings.map((r, i) => ({ id: `d${i + 1}`, uri: r.uri, role: r.role, length: r.text.length })),
    entities,
    annotations,
    crossReferences: [],
    unmatched: [],
  };
}
