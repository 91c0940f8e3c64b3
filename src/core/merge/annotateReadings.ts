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

/**
 * Order of annotations on the same span: turn, claim (by claim type, alphabetically), person,
 * country. Kinds are spaced by the number of claim types so that one number orders both.
 */
const KIND_ORDER: Readonly<Record<AnnotationKind, number>> = { turn: 0, claim: 1, person: 1 + CLAIM_TYPES.length, country: 2 + CLAIM_TYPES.length };
const CLAIM_TYPE_ORDER = Object.fromEntries([...CLAIM_TYPES].sort((a, b) => a.localeCompare(b)).map((t, i) => [t, i])) as Readonly<Record<ClaimType, number>>;

/** The place of an annotation in the sort order: its kind (and claim type) as one number. */
function orderOf(a: Annotation): number {
  return a.kind === 'claim' ? KIND_ORDER.claim + CLAIM_TYPE_ORDER[a.claimType!] : KIND_ORDER[a.kind];
}

/** By start, then the longer first, then by kind and claim type. */
function byPlace(a: Annotation, b: Annotation): number {
  return a.start - b.start || b.end - a.end || orderOf(a) - orderOf(b);
}

/** `list` in place order: itself when it is in that order already (the common case), else sorted (stably). */
export function inPlaceOrder(list: Annotation[]): Annotation[] {
  for (let i = 1; i < list.length; i++) if (byPlace(list[i - 1]!, list[i]!) > 0) return list.sort(byPlace);
  return list;
}

/**
 * The annotations of `lists` (each in place order) pushed to `into` in place order and
 * numbered, the same kind (and claim type) on the same span once: what a stable sort of the
 * lists one after the other gives, made by merging them (on a tie, the earlier list first).
 * `ids[n]` is the id of the annotation at `n` (`a${n + 1}`), made where missing and kept.
 */
export function mergeInPlaceOrder(lists: readonly Annotation[][], into: Annotation[], ids: string[] = []): void {
  const at = lists.map(() => 0);
  let previous: Annotation | undefined;
  for (;;) {
    let best = -1;
    for (let l = 0; l < lists.length; l++) {
      const a = lists[l]![at[l]!];
      if (a && (best < 0 || byPlace(a, lists[best]![at[best]!]!) < 0)) best = l;
    }
    if (best < 0) return;
    const a = lists[best]![at[best]!++]!;
    if (previous && previous.start === a.start && previous.end === a.end && orderOf(previous) === orderOf(a)) continue;
    const n = into.length;
    (a as { id: string }).id = ids[n] ??= `a${n + 1}`;
    into.push(a);
    previous = a;
  }
}

/**
 * Builds the annotation set of `readings` (cross-references are added by the caller);
 * `reread` reads a unit's claims again where resolved names ask for it (see `RereadClaims`);
 * `memo` keeps the last clustering of persons (see `PersonMemo`); `ids` the annotation ids
 * made so far (`ids[n]` is `a${n + 1}`), so that an analysis after an edit does not make
 * its ~16k ids of a 1 MB account again.
 */
export function annotateReadings(readings: readonly AccountReading[], reread: RereadClaims, memo?: PersonMemo, ids?: string[]): AnnotationSet {
  const { clusters, accounts: resolved } = resolveReadings(readings, reread, memo);

  // Entities: persons in cluster order, countries by first mention.
  const personIds = new Map<string, string>();
  const speakers = new Set<string>();
  for (const r of resolved) {
    for (const t of r.turns) if (t.speaker) speakers.add(t.speaker);
    for (const c of r.claims) if (c.speaker) speakers.add(c.speaker);
  }
  const entities: Entity[] = [];
  // Loops rather than spread lists: an account has tens of thousands of mentions.
  const usedPersons = new Set<string | undefined>();
  for (const r of resolved) {
    for (const m of r.persons) usedPersons.add(m.speaker);
    for (const t of r.turns) usedPersons.add(t.speaker);
    for (const c of r.claims) usedPersons.add(c.speaker);
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
  for (const [ri, r] of readings.entries()) {
    for (const [ui] of r.units.entries()) {
      for (const c of countriesOf[ri]![ui]!) {
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
  // are ~200k). Each is made as one literal (one object shape per kind and field set), in
  // four lists (turns, claims, persons, countries) that are merged in place order.
  const annotations: Annotation[] = [];
  readings.forEach((r, i) => {
    const document = `d${i + 1}`;
    const text = r.text;
    const res = resolved[i]!;
    const turns: Annotation[] = [];
    const claims: Annotation[] = [];
    const persons: Annotation[] = [];
    const countries: Annotation[] = [];
    for (const t of res.turns) {
      const speaker = t.speaker === undefined ? undefined : personIds.get(t.speaker);
      const a: Annotation =
        speaker !== undefined && t.label
          ? { id: '', document, kind: 'turn', start: t.start, end: t.end, text: text.slice(t.start, t.end), speaker, label: t.label, rule: t.rule }
          : speaker !== undefined
            ? { id: '', document, kind: 'turn', start: t.start, end: t.end, text: text.slice(t.start, t.end), speaker, rule: t.rule }
            : t.label
              ? { id: '', document, kind: 'turn', start: t.start, end: t.end, text: text.slice(t.start, t.end), label: t.label, rule: t.rule }
              : { id: '', document, kind: 'turn', start: t.start, end: t.end, text: text.slice(t.start, t.end), rule: t.rule };
      turns.push(a);
    }
    for (const c of res.claims) {
      const speaker = c.speaker === undefined ? undefined : personIds.get(c.speaker);
      const a: Annotation =
        speaker !== undefined
          ? { id: '', document, kind: 'claim', start: c.start, end: c.end, text: text.slice(c.start, c.end), claimType: c.claimType, speaker, rule: c.rule }
          : { id: '', document, kind: 'claim', start: c.start, end: c.end, text: text.slice(c.start, c.end), claimType: c.claimType, rule: c.rule };
      claims.push(a);
    }
    for (const m of res.persons) {
      const entity = personIds.get(m.speaker);
      if (entity) persons.push({ id: '', document, kind: 'person', start: m.start, end: m.end, text: text.slice(m.start, m.end), entity, rule: m.rule });
    }
    for (const [ui, u] of r.units.entries()) {
      const base = u.unit.start;
      for (const c of countriesOf[i]![ui]!) {
        const start = base + c.start;
        const end = base + c.end;
        countries.push({ id: '', document, kind: 'country', start, end, text: text.slice(start, end), entity: countryIds.get(c.iso)!, rule: c.rule });
      }
    }
    // each list is in place order already but for the rare claim out of it: merged rather than sorted
    mergeInPlaceOrder([inPlaceOrder(turns), inPlaceOrder(claims), inPlaceOrder(persons), inPlaceOrder(countries)], annotations, ids);
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
