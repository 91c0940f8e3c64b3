/**
 * Combines the annotation sets of several analyses (one per pair) into one set, for
 * exporting a whole workspace: documents, annotations and cross-references are
 * renumbered (`d1…`, `a1…`, `x1…`); a person or country has one entity across all
 * (same ISO code, or same kind and name); an account met twice is taken once.
 */
import { FORMAT, type Annotation, type AnnotationSet, type CrossReference, type Entity, type Passage, type Unconfirmed, type Unmatched } from '../model/annotation';
import type { AccountTexts } from './types';

/** One set and its texts by document id. */
export interface SetWithTexts {
  readonly set: AnnotationSet;
  readonly texts: AccountTexts;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Combines `parts` in order (see module notes). */
export function combineSets(parts: readonly SetWithTexts[]): SetWithTexts {
  if (parts.length === 1) return parts[0]!;
  const documents: AnnotationSet['documents'][number][] = [];
  const texts: Record<string, string> = {};
  const entities: Array<Mutable<Entity>> = [];
  const entityByKey = new Map<string, Mutable<Entity>>();
  const annotations: Annotation[] = [];
  const crossReferences: CrossReference[] = [];
  const unmatched: Unmatched[] = [];
  const unconfirmed: Unconfirmed[] = [];
  let aligned = false;
  const docByUri = new Map<string, string>();
  for (const { set, texts: partTexts } of parts) {
    const docMap = new Map<string, string>();
    const fresh = new Set<string>();
    for (const d of set.documents) {
      const known = docByUri.get(d.uri);
      if (known) {
        docMap.set(d.id, known);
        continue;
      }
      const id = `d${documents.length + 1}`;
      documents.push({ ...d, id });
      docByUri.set(d.uri, id);
      docMap.set(d.id, id);
      fresh.add(d.id);
      const text = partTexts[d.id];
      if (text !== undefined) texts[id] = text;
    }
    const entityMap = new Map<string, string>();
    for (const e of set.entities) {
      const key = e.kind === 'country' && e.iso ? `country:${e.iso}` : `${e.kind}:${e.name.toLowerCase()}`;
      let target = entityByKey.get(key);
      if (!target) {
        const n = entities.filter((x) => x.kind === e.kind).length + 1;
        target = { ...e, id: `${e.kind === 'person' ? 'p' : 'c'}${n}`, aliases: [...e.aliases] };
        entities.push(target);
        entityByKey.set(key, target);
      } else {
        target.aliases = [...new Set([...target.aliases, ...e.aliases])].filter((a) => a !== target!.name);
        if (e.speaker) target.speaker = true;
      }
      entityMap.set(e.id, target.id);
    }
    const annotationMap = new Map<string, string>();
    for (const a of set.annotations) {
      if (!fresh.has(a.document)) continue;
      const id = `a${annotations.length + 1}`;
      annotationMap.set(a.id, id);
      const copy: Mutable<Annotation> = { ...a, id, document: docMap.get(a.document)! };
      if (a.entity) copy.entity = entityMap.get(a.entity) ?? a.entity;
      if (a.speaker) copy.speaker = entityMap.get(a.speaker) ?? a.speaker;
      annotations.push(copy);
    }
    const passage = (p: Passage): Passage => ({ ...p, document: docMap.get(p.document)! });
    for (const x of set.crossReferences) {
      if (!fresh.has(x.from.document)) continue;
      const copy: Mutable<CrossReference> = { ...x, id: `x${crossReferences.length + 1}`, from: passage(x.from), to: passage(x.to) };
      if (x.annotation) copy.annotation = annotationMap.get(x.annotation) ?? x.annotation;
      crossReferences.push(copy);
    }
    for (const u of set.unmatched) {
      if (!fresh.has(u.document)) continue;
      unmatched.push({ ...u, document: docMap.get(u.document)!, annotation: annotationMap.get(u.annotation) ?? u.annotation, ...(u.nearest ? { nearest: { ...u.nearest, document: docMap.get(u.nearest.document)! } } : {}) });
    }
    if (set.unconfirmed) aligned = true;
    for (const u of set.unconfirmed ?? []) {
      if (!fresh.has(u.document)) continue;
      unconfirmed.push({ ...u, document: docMap.get(u.document)!, annotation: annotationMap.get(u.annotation) ?? u.annotation, nearest: { ...u.nearest, document: docMap.get(u.nearest.document)! } });
    }
  }
  return { set: { format: FORMAT, documents, entities, annotations, crossReferences, unmatched, ...(aligned ? { unconfirmed } : {}) }, texts };
}
