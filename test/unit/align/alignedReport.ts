/**
 * Analyses an invented report and transcript as the service does, aligns them, and tells
 * what the alignment says of one part of the report: the shared set-up of the alignment
 * rule tests (each test file keeps its own texts).
 */
import assert from 'node:assert/strict';
import { alignAccounts } from '../../../src/core/align/alignAccounts';
import { createAnnotationService } from '../../../src/core/index';

/** What the alignment says of a part of the report. */
export interface PartOutcome {
  /** The cross-references from the part: their match class and the transcript's words they link to. */
  readonly links: readonly { readonly match: string; readonly to: string }[];
  /** The report's words listed as unmatched (unsupported or context) that touch the part. */
  readonly unmatched: readonly string[];
  /** The report's words listed as not confirmed (neither linked nor unsupported) that touch the part. */
  readonly unconfirmed: readonly string[];
  /** The type of the report's claim that touches the part (undefined when none does). */
  readonly claimType: string | undefined;
}

/** Aligns `news` (the report) with `transcript` and gives the outcome for `part`, a substring of the report (its first occurrence). */
export function alignPart(news: string, transcript: string, part: string): PartOutcome {
  const set = createAnnotationService().annotateAccounts([
    { uri: 'file:///w/news.txt', text: news },
    { uri: 'file:///w/transcript.txt', text: transcript, role: 'transcript' },
  ]);
  const texts = set.documents.map((d) => (d.uri.endsWith('news.txt') ? news : transcript));
  const alignment = alignAccounts(set, texts);
  const newsId = set.documents.find((d) => d.uri.endsWith('news.txt'))!.id;
  const start = news.indexOf(part);
  assert.ok(start >= 0, `not in the report: ${part}`);
  const span = { start, end: start + part.length };
  const touches = (a: { start: number; end: number }): boolean => a.start < span.end && span.start < a.end;
  return {
    links: alignment.crossReferences.filter((x) => touches(x.from)).map((x) => ({ match: x.match, to: transcript.slice(x.to.start, x.to.end) })),
    unmatched: alignment.unmatched.filter(touches).map((u) => news.slice(u.start, u.end)),
    unconfirmed: alignment.unconfirmed.filter(touches).map((u) => news.slice(u.start, u.end)),
    claimType: set.annotations.find((a) => a.kind === 'claim' && a.document === newsId && touches(a))?.claimType,
  };
}
