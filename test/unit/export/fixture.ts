/**
 * A small synthetic pair with hostile text (quotes, commas, line breaks, `<`, `&`,
 * formula prefixes, an astral character) and overlapping spans, for exporter tests.
 */
import type { Annotation, AnnotationSet } from '../../../src/core/model/annotation';

export const REPORT = [
  'Ana Kovač said "=cmd|\' /C calc\'!A0, <b>&amp;" at the summit in Chile.',
  '@Kovač added: "-5% growth, +3 jobs\ton Monday 🎉".',
  'Unrelated line.',
].join('\r\n');

export const TRANSCRIPT = ['ANA KOVAČ: We expect -5% growth, +3 jobs on Monday.', 'Chile & Peru agree.'].join('\n');

const at = (text: string, needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not found`);
  return { start, end: start + needle.length, text: needle };
};

/** Builds the set; every `text` is the exact slice of its document. */
export function hostileSet(): AnnotationSet {
  const quote1 = at(REPORT, '"=cmd|\' /C calc\'!A0, <b>&amp;"');
  // A claim across the CRLF line break, and crossing the quote that opens inside it.
  const across = { start: REPORT.indexOf('in Chile.'), end: REPORT.indexOf('@Kovač added') + 6 };
  const quote2 = at(REPORT, '"-5% growth, +3 jobs\ton Monday 🎉"');
  const turn = { start: 0, end: TRANSCRIPT.indexOf('\n'), text: TRANSCRIPT.slice(0, TRANSCRIPT.indexOf('\n')) };
  const tClaim = at(TRANSCRIPT, 'We expect -5% growth, +3 jobs on Monday.');
  const annotations: Annotation[] = [
    { id: 'a1', document: 'd1', kind: 'person', ...at(REPORT, 'Ana Kovač'), entity: 'p1' },
    { id: 'a2', document: 'd1', kind: 'claim', ...quote1, speaker: 'p1', claimType: 'quote' },
    { id: 'a3', document: 'd1', kind: 'country', ...at(REPORT, 'Chile'), entity: 'c1' },
    { id: 'a4', document: 'd1', kind: 'claim', ...across, text: REPORT.slice(across.start, across.end), speaker: 'p1', claimType: 'reported', origin: 'hand' },
    { id: 'a5', document: 'd1', kind: 'person', ...at(REPORT, 'Kovač', REPORT.indexOf('@')), entity: 'p1' },
    { id: 'a6', document: 'd1', kind: 'claim', ...quote2, speaker: 'p1', claimType: 'quote' },
    { id: 'a7', document: 'd2', kind: 'turn', ...turn, speaker: 'p1', label: 'ANA KOVAČ' },
    { id: 'a8', document: 'd2', kind: 'claim', ...tClaim, speaker: 'p1', claimType: 'statement' },
    { id: 'a9', document: 'd2', kind: 'country', ...at(TRANSCRIPT, 'Chile'), entity: 'c1' },
  ];
  return {
    format: 'transcript-annotator/1',
    documents: [
      { id: 'd1', uri: 'file:///tmp/pair/report%20one.txt', role: 'report', length: REPORT.length },
      { id: 'd2', uri: 'file:///tmp/pair/transcript.txt', role: 'transcript', length: TRANSCRIPT.length },
    ],
    entities: [
      { id: 'p1', kind: 'person', name: 'Ana Kovač', aliases: ['Kovač', 'ANA KOVAČ'], speaker: true },
      { id: 'c1', kind: 'country', name: 'Chile', iso: 'CL', aliases: [] },
    ],
    annotations,
    crossReferences: [
      { id: 'x1', from: { document: 'd1', start: quote2.start, end: quote2.end }, to: { document: 'd2', start: tClaim.start, end: tClaim.end }, score: 0.81, match: 'close', annotation: 'a6' },
      // A passage that is no annotation on either side.
      { id: 'x2', from: { document: 'd1', start: 0, end: 3 }, to: { document: 'd2', start: TRANSCRIPT.indexOf('Peru'), end: TRANSCRIPT.indexOf('Peru') + 4 }, score: 0.4, match: 'partial', origin: 'hand' },
    ],
    unmatched: [{ document: 'd1', start: quote1.start, end: quote1.end, annotation: 'a2', reason: 'unsupported' }],
  };
}

export const TEXTS = { d1: REPORT, d2: TRANSCRIPT } as const;
