/**
 * The rows of the coverage matrix: the transcript's turns and, inside each, its
 * sentences (the unit the alignment links report passages to). A turn's label
 * ("MS. OKAFOR:") is no sentence. Prose outside every turn (an opening statement no label
 * opens) forms groups of its own; short lines there (titles, datelines, captions) are
 * left out unless a link points into them.
 */
import { turnBodyStart } from '../align/passages';
import type { Annotation, AnnotationSet, OffsetRange } from '../model/annotation';
import { splitSentences } from '../align/segment';

/** A group of sentences: one turn, or one paragraph of prose outside turns. */
export interface SentenceGroup extends OffsetRange {
  /** The turn annotation; absent for prose outside turns. */
  readonly turn?: Annotation;
  readonly sentences: readonly OffsetRange[];
}

/** Words a paragraph outside turns needs to count as prose rather than a heading or dateline. */
export const MIN_PROSE_WORDS = 12;

const wordCount = (s: string): number => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;


/** The paragraphs (split at blank lines) of `range`. */
function paragraphs(text: string, range: OffsetRange): OffsetRange[] {
  const out: OffsetRange[] = [];
  let start = range.start;
  for (const m of text.slice(range.start, range.end).matchAll(/\n[ \t\r\u00A0]*\n/g)) {
    out.push({ start, end: range.start + m.index });
    start = range.start + m.index + m[0].length;
  }
  out.push({ start, end: range.end });
  return out;
}

/**
 * The sentence groups of transcript `documentId` in text order. `linked` holds the
 * transcript ranges links point at: prose outside turns that one of them touches is kept
 * whatever its length.
 */
export function transcriptSentences(set: AnnotationSet, documentId: string, text: string, linked: readonly OffsetRange[]): SentenceGroup[] {
  const turns = set.annotations
    .filter((a) => a.document === documentId && a.kind === 'turn' && a.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const touched = (r: OffsetRange): boolean => linked.some((l) => l.start < r.end && l.end > r.start);
  const out: SentenceGroup[] = [];
  const outside = (range: OffsetRange): void => {
    if (range.end <= range.start) return;
    for (const p of paragraphs(text, range)) {
      const sentences = splitSentences(text, p);
      if (sentences.length === 0) continue;
      if (wordCount(text.slice(p.start, p.end)) < MIN_PROSE_WORDS && !touched(p)) continue;
      out.push({ start: sentences[0]!.start, end: sentences[sentences.length - 1]!.end, sentences });
    }
  };
  let at = 0;
  for (const turn of turns) {
    if (turn.start < at) continue; // nested or overlapping turn: the outer one holds it
    outside({ start: at, end: turn.start });
    const sentences = splitSentences(text, { start: turnBodyStart(text, turn), end: turn.end });
    out.push({ start: turn.start, end: turn.end, turn, sentences });
    at = turn.end;
  }
  outside({ start: at, end: text.length });
  return out;
}
