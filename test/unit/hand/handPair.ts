/**
 * What the hand-annotation and review tests share: a report/transcript pair (each test
 * its own invented texts) as an annotation set, spans by their words, and the pair's
 * accounts with their hand annotations.
 */
import type { HandAccount } from '../../../src/core/hand/apply';
import type { HandAnnotation } from '../../../src/core/hand/model';
import type { AnnotationSet, OffsetRange } from '../../../src/core/model/annotation';

/** The two accounts of a pair: d1 the report, d2 the transcript. */
export interface HandPair {
  readonly report: string;
  readonly transcript: string;
  readonly reportUri: string;
  readonly transcriptUri: string;
}

/** The first occurrence of `needle` in `text`, as a half-open range. */
export function spanOf(text: string, needle: string): OffsetRange {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`test fixture: "${needle}" is not in the text`);
  return { start, end: start + needle.length };
}

/** The pair's automatic annotation set with the given parts (each empty by default). */
export function pairSet(pair: HandPair, parts: Partial<Pick<AnnotationSet, 'entities' | 'annotations' | 'crossReferences' | 'unmatched'>>): AnnotationSet {
  return {
    format: 'transcript-annotator/1',
    documents: [
      { id: 'd1', uri: pair.reportUri, role: 'report', length: pair.report.length },
      { id: 'd2', uri: pair.transcriptUri, role: 'transcript', length: pair.transcript.length },
    ],
    entities: parts.entities ?? [],
    annotations: parts.annotations ?? [],
    crossReferences: parts.crossReferences ?? [],
    unmatched: parts.unmatched ?? [],
  };
}

/** The pair's accounts with their hand annotations (the report's text may be an edited one). */
export function pairAccounts(pair: HandPair, reportHand: readonly HandAnnotation[], reportText = pair.report, transcriptHand: readonly HandAnnotation[] = []): HandAccount[] {
  return [
    { docId: 'd1', uri: pair.reportUri, text: reportText, hand: reportHand },
    { docId: 'd2', uri: pair.transcriptUri, text: pair.transcript, hand: transcriptHand },
  ];
}
