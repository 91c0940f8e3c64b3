/**
 * Narrows an annotation set to one of its accounts, for exporting a single account.
 */
import type { AnnotationSet } from '../model/annotation';

/**
 * The part of `set` about document `docId`: the document, its annotations and
 * unsupported claims, the entities they name. Cross-references are left out, since
 * their other side is not exported. Ids are kept.
 */
export function selectDocument(set: AnnotationSet, docId: string): AnnotationSet {
  const annotations = set.annotations.filter((a) => a.document === docId);
  const named = new Set(annotations.flatMap((a) => [a.entity, a.speaker]).filter((id): id is string => !!id));
  return {
    format: set.format,
    documents: set.documents.filter((d) => d.id === docId),
    entities: set.entities.filter((e) => named.has(e.id)),
    annotations,
    crossReferences: [],
    unmatched: set.unmatched.filter((u) => u.document === docId),
    ...(set.unconfirmed ? { unconfirmed: set.unconfirmed.filter((u) => u.document === docId) } : {}),
  };
}
