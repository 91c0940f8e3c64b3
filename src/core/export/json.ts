/**
 * The `json` export: the annotation set of EXPORT-CONTRACT.md, as 2-space JSON with a
 * final newline. Key order is the order the set was built in, so the same input gives
 * byte-identical output. Written in pieces (one per array item, `jsonChunks.ts`): the
 * export of a large account is never one string.
 */
import type { AnnotationSet } from '../model/annotation';
import { jsonChunks } from './jsonChunks';

/** The `transcript-annotator/1` JSON document of `set`, in pieces. */
export function* jsonExportChunks(set: AnnotationSet): Generator<string> {
  yield* jsonChunks(set, (path) => path.length <= 1);
  yield '\n';
}

/** Serialises `set` as the `transcript-annotator/1` JSON document. */
export function toJson(set: AnnotationSet): string {
  return [...jsonExportChunks(set)].join('');
}
