/**
 * Turns the first-pass readings of one or more accounts into one annotation set: clusters
 * person names across all accounts (one entity per person), resolves each account, groups
 * country mentions by ISO code, and numbers everything deterministically (`d1…`, `p1…`,
 * `c1…`, `a1…` in document and offset order).
 */
import type { Annotation, AnnotationKind, AnnotationSet, Entity } from '../model/annotation';
import { FORMAT } from '../model/annotation';
import { clusterPersons, type NameMention } from './personClusters';
import type { AccountReading } from './readAccount';
import { resolveAccount, type KeyedMention, type ResolvedAccount } from './resolveAccount';

const KIND_ORDER: Readonly<Record<AnnotationKind, number>> = { turn: 0, claim: 1, person: 2, country: 3 };

/** Builds the annotation set of `readings` (cross-references are added by the caller). */
export function annotateReadings(readings: readonly AccountReading[]): AnnotationSet {
  const { perAccount, clusters } = clusterAll(readings);
  const resolved: ResolvedAccount[] = readings.map((r, i) => resolveAccount(r, perAccount[i]!, clusters));

  // Entities: persons in cluster order, countries by first mention.
  const personIds = new Map<string, string>();
  const speakers = new Set<string>();
  for (const r of resolved) {
    for (const t of r.turns) if (t.speaker) speakers.add(t.speaker);
    for (const c of r.claims) if (c.speaker) speakers.add(c.speaker);
  }
  const entities: Entity[] = [];
  const usedPersons = new Set(resolved.flatMap((r) => [...r.persons.map((m) => m.speaker), ...r.turns.map((t) => t.speaker), ...r.claims.map((c) => c.speaker)]));
  for (const c of clusters.values()) {
    if (!usedPersons.has(c.key)) continue;
    const id = `p${personIds.size + 1}`;
    personIds.set(c.key, id);
    entities.push({ id, kind: 'person', name: c.name, aliases: c.aliases, ...(speakers.has(c.key) ? { speaker: true } : {}) });
  }
  const countryIds = new Map<string, string>();
  const countryForms = new Map<string, { name: string; forms: string[] }>();
  for (const r of readings) {
    for (const u of r.units) {
      for (const c of u.countries) {
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

  // Annotations.
  // Annotations are made once, sorted, and numbered in place (at 10 MB there are ~200k).
  type Draft = { -readonly [K in keyof Annotation]: Annotation[K] };
  // One list per document (in document order), each sorted on its own.
  const perDocument: Draft[][] = readings.map(() => []);
  let drafts: Draft[] = [];
  const make = (document: string, kind: Draft['kind'], start: number, end: number, text: string): Draft => {
    const d: Draft = { id: '', document, kind, start, end, text: text.slice(start, end) };
    drafts.push(d);
    return d;
  };
  readings.forEach((r, i) => {
    const document = `d${i + 1}`;
    drafts = perDocument[i]!;
    const text = r.text;
    const res = resolved[i]!;
    for (const t of res.turns) {
      const d = make(document, 'turn', t.start, t.end, text);
      if (t.speaker && personIds.has(t.speaker)) d.speaker = personIds.get(t.speaker)!;
      if (t.label) d.label = t.label;
    }
    for (const c of res.claims) {
      const d = make(document, 'claim', c.start, c.end, text);
      d.claimType = c.claimType;
      if (c.speaker && personIds.has(c.speaker)) d.speaker = personIds.get(c.speaker)!;
    }
    for (const m of res.persons) {
      const entity = personIds.get(m.speaker);
      if (entity) make(document, 'person', m.start, m.end, text).entity = entity;
    }
    for (const u of r.units) {
      for (const c of u.countries) make(document, 'country', u.unit.start + c.start, u.unit.start + c.end, text).entity = countryIds.get(c.iso)!;
    }
  });
  const byPlace = (a: Draft, b: Draft) => a.start - b.start || b.end - a.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.claimType ?? '').localeCompare(b.claimType ?? '');
  const annotations: Annotation[] = [];
  let previous: Draft | undefined;
  for (const d of perDocument.flatMap((list) => list.sort(byPlace))) {
    if (previous && previous.document === d.document && previous.kind === d.kind && previous.start === d.start && previous.end === d.end && previous.claimType === d.claimType) continue;
    d.id = `a${annotations.length + 1}`;
    annotations.push(d);
    previous = d;
  }
  return {
    format: FORMAT,
    documents: readings.map((r, i) => ({ id: `d${i + 1}`, uri: r.uri, role: r.role, length: r.text.length })),
    entities,
    annotations,
    crossReferences: [],
    unmatched: [],
  };
}

/** Clusters the name mentions of every account; returns per-account keyed mentions sorted by offset. */
function clusterAll(readings: readonly AccountReading[]) {
  const mentions: (NameMention & { end: number })[] = [];
  readings.forEach((r, account) => {
    const found: (NameMention & { end: number })[] = [];
    for (const u of r.units) {
      for (const p of u.persons) {
        const start = u.unit.start + p.start;
        // one object shape for every mention (country and role undefined when absent)
        found.push({ account, start, end: u.unit.start + p.end, text: p.text, words: p.words, evidence: p.evidence, country: p.country, role: p.role });
      }
    }
    // A label's name: the person annotator's reading of it when it has one (it strips
    // titles and countries: "President of Russia Vladimir Putin"), else the label's words.
    const labelNames = r.labels.filter((l) => l.name).map((l) => l.name!);
    let f = 0;
    for (const n of labelNames) {
      while (f < found.length && found[f]!.end <= n.start) mentions.push(found[f++]!);
      const inside: (NameMention & { end: number })[] = [];
      while (f < found.length && found[f]!.start < n.end) inside.push(found[f++]!);
      const named = inside.filter((m) => m.start >= n.start && m.end <= n.end && m.words.length > 1);
      if (named.length > 0) for (const m of named) mentions.push({ ...m, evidence: 'strong' });
      else mentions.push({ account, start: n.start, end: n.end, text: n.text, words: n.text.replace(/\\/g, '').split(/\s+/).filter((w) => !/^(of|the)$/i.test(w)), evidence: 'strong' });
    }
    while (f < found.length) mentions.push(found[f++]!);
  });
  const { keyOf, clusters } = clusterPersons(mentions);
  const perAccount: KeyedMention[][] = readings.map(() => []);
  mentions.forEach((m, i) => perAccount[m.account]!.push({ start: m.start, end: m.end, key: keyOf[i] }));
  for (const list of perAccount) list.sort((a, b) => a.start - b.start);
  return { perAccount, clusters };
}
