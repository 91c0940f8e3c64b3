/**
 * A small synthetic report/transcript pair as an annotation set, with texts, for the
 * panel tests. Other people, countries and label styles than the samples.
 */
import type { AnnotationSet } from '../../../src/core/model/annotation';

export const REPORT_URI = 'file:///cases/lagos/report%20news.txt';
export const TRANSCRIPT_URI = 'file:///cases/lagos/transcript.txt';

export const TRANSCRIPT = [
  'MS. OKAFOR: Nigeria and Norway will sign the fisheries accord next spring.',
  'CHANCELLOR HOLM: We expect trade to double within five years.',
].join('\n');

export const REPORT = [
  'Okafor said Nigeria and Norway would sign a fisheries accord in spring.',
  'Holm told reporters: "We expect trade to triple within five years."',
  'The Chancellor also claimed Norway had cut emissions by half.',
].join('\n');

/** Offsets of `needle` in `text` (first occurrence), as a half-open range. */
export function span(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture: "${needle}" not found`);
  return { start, end: start + needle.length };
}

const line = (text: string, n: number) => {
  const lines = text.split('\n');
  const start = lines.slice(0, n).reduce((s, l) => s + l.length + 1, 0);
  return { start, end: start + lines[n].length };
};

const reportClaim1 = span(REPORT, 'Nigeria and Norway would sign a fisheries accord in spring');
const reportQuote = span(REPORT, 'We expect trade to triple within five years.');
const reportUnsupported = span(REPORT, 'Norway had cut emissions by half');
const turn1 = line(TRANSCRIPT, 0);
const turn2 = line(TRANSCRIPT, 1);
const transcriptClaim1 = span(TRANSCRIPT, 'Nigeria and Norway will sign the fisheries accord next spring.');
const transcriptQuote = span(TRANSCRIPT, 'We expect trade to double within five years.');

/** The set: d1 report, d2 transcript; x1 report→transcript, x2 transcript→report (reversed on purpose). */
export function fixtureSet(): AnnotationSet {
  return {
    format: 'transcript-annotator/1',
    documents: [
      { id: 'd1', uri: REPORT_URI, role: 'report', length: REPORT.length },
      { id: 'd2', uri: TRANSCRIPT_URI, role: 'transcript', length: TRANSCRIPT.length },
    ],
    entities: [
      { id: 'p1', kind: 'person', name: 'Amara Okafor', aliases: ['Okafor', 'MS. OKAFOR'], speaker: true },
      { id: 'p2', kind: 'person', name: 'Ingrid Holm', aliases: ['Holm'], speaker: true },
      { id: 'c1', kind: 'country', name: 'Nigeria', iso: 'NG', aliases: [] },
      { id: 'c2', kind: 'country', name: 'Norway', iso: 'NO', aliases: [] },
      { id: 'c3', kind: 'country', name: 'Côte d’Ivoire', iso: 'CI', aliases: [] },
    ],
    annotations: [
      { id: 'a1', document: 'd1', kind: 'person', ...span(REPORT, 'Okafor'), text: 'Okafor', entity: 'p1' },
      { id: 'a2', document: 'd1', kind: 'country', ...span(REPORT, 'Nigeria'), text: 'Nigeria', entity: 'c1' },
      { id: 'a3', document: 'd1', kind: 'country', ...span(REPORT, 'Norway'), text: 'Norway', entity: 'c2' },
      { id: 'a4', document: 'd1', kind: 'claim', ...reportClaim1, text: '', speaker: 'p1', claimType: 'reported' },
      { id: 'a5', document: 'd1', kind: 'person', ...span(REPORT, 'Holm'), text: 'Holm', entity: 'p2' },
      { id: 'a6', document: 'd1', kind: 'claim', ...reportQuote, text: '', claimType: 'quote' },
      { id: 'a7', document: 'd1', kind: 'claim', ...reportUnsupported, text: '', speaker: 'p2', claimType: 'statistic' },
      { id: 'a8', document: 'd1', kind: 'country', start: reportUnsupported.start, end: reportUnsupported.start + 6, text: 'Norway', entity: 'c2' },
      { id: 'a9', document: 'd2', kind: 'turn', ...turn1, text: '', speaker: 'p1', label: 'MS. OKAFOR' },
      { id: 'a10', document: 'd2', kind: 'turn', ...turn2, text: '', speaker: 'p2', label: 'CHANCELLOR HOLM' },
      { id: 'a11', document: 'd2', kind: 'country', ...span(TRANSCRIPT, 'Nigeria'), text: 'Nigeria', entity: 'c1' },
      { id: 'a12', document: 'd2', kind: 'country', ...span(TRANSCRIPT, 'Norway'), text: 'Norway', entity: 'c2' },
    ],
    crossReferences: [
      { id: 'x1', from: { document: 'd1', ...reportClaim1 }, to: { document: 'd2', ...transcriptClaim1 }, score: 0.74, match: 'paraphrase', annotation: 'a4' },
      {
        id: 'x2',
        from: { document: 'd2', ...transcriptQuote },
        to: { document: 'd1', ...reportQuote },
        score: 0.9,
        match: 'close',
        fidelity: 0.86,
        diff: [
          { op: 'kept', from: 'We expect trade to', to: 'We expect trade to' },
          { op: 'changed', from: 'double', to: 'triple' },
          { op: 'kept', from: 'within five years.', to: 'within five years.' },
          { op: 'added', from: 'really' },
        ],
      },
    ],
    unmatched: [{ document: 'd1', ...reportUnsupported, annotation: 'a7', reason: 'unsupported' }],
  };
}

/** The texts by uri. */
export const TEXTS: ReadonlyMap<string, string> = new Map([
  [REPORT_URI, REPORT],
  [TRANSCRIPT_URI, TRANSCRIPT],
]);
