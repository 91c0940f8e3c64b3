/** The set returned on cancellation: the documents, nothing found. */
import type { AccountInput } from '../api';
import { FORMAT, type AnnotationSet } from '../model/annotation';

export function emptySet(accounts: readonly AccountInput[]): AnnotationSet {
  return {
    format: FORMAT,
    documents: accounts.map((a, i) => ({ id: `d${i + 1}`, uri: a.uri, role: a.role ?? 'report', length: a.text.length })),
    entities: [],
    annotations: [],
    crossReferences: [],
    unmatched: [],
  };
}
