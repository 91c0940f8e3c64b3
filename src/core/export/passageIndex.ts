/**
 * Finds the cross-references and unsupported marks that touch an annotation, for the
 * exporters that show them per annotation (csv, brat).
 */
import type { Annotation, AnnotationSet, CrossReference, Passage } from '../model/annotation';

/** One cross-reference seen from one of its sides. */
export interface CounterpartView {
  readonly crossReference: CrossReference;
  /** The other side's passage. */
  readonly other: Passage;
}

/** Looks up, per annotation, its counterparts and whether it is unsupported. */
export interface PassageIndex {
  counterpartsOf(a: Annotation): readonly CounterpartView[];
  isUnsupported(a: Annotation): boolean;
  /** Cross-references whose `from` side is no annotation of the set. */
  readonly detached: readonly CrossReference[];
}

const key = (p: Passage) => `${p.document}:${p.start}:${p.end}`;

/** Indexes `set` by passage. A cross-reference attaches to its `annotation`, or to annotations with exactly its passages. */
export function indexPassages(set: AnnotationSet): PassageIndex {
  const byId = new Map(set.annotations.map((a) => [a.id, a]));
  const byPassage = new Map<string, Annotation[]>();
  for (const a of set.annotations) {
    if (a.kind !== 'claim' && a.kind !== 'turn') continue;
    const list = byPassage.get(key(a)) ?? [];
    list.push(a);
    byPassage.set(key(a), list);
  }
  const views = new Map<string, CounterpartView[]>();
  const add = (id: string, view: CounterpartView) => {
    const list = views.get(id) ?? [];
    list.push(view);
    views.set(id, list);
  };
  const detached: CrossReference[] = [];
  for (const x of set.crossReferences) {
    const fromAnnotations = x.annotation && byId.has(x.annotation) ? [byId.get(x.annotation)!] : (byPassage.get(key(x.from)) ?? []);
    if (fromAnnotations.length === 0) detached.push(x);
    for (const a of fromAnnotations) add(a.id, { crossReference: x, other: x.to });
    for (const a of byPassage.get(key(x.to)) ?? []) add(a.id, { crossReference: x, other: x.from });
  }
  const unsupported = new Set(set.unmatched.map((u) => u.annotation));
  return {
    counterpartsOf: (a) => views.get(a.id) ?? [],
    isUnsupported: (a) => unsupported.has(a.id),
    detached,
  };
}
