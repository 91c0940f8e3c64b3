/**
 * The `json` export: the annotation set of EXPORT-CONTRACT.md, as 2-space JSON with a
 * final newline. Key order is the order the set was built in, so the same input gives
 * byte-identical output.
 */
import type { AnnotationSet } from '../model/annotation';

/** Serialises `set` as the `transcript-annotator/1` JSON document. */
export function toJson(set: AnnotationSet): string {
  return `${JSON.stringify(set, null, 2)}\n`;
}
