/**
 * A tiny two-account annotation set built inline, with people and places unlike the
 * samples, for the pure editor modules' tests.
 */
import type { Annotation, AnnotationSet, CrossReference, Entity, Unmatched } from '../../../src/core/model/annotation';

export const REPORT = [
  'Chancellor Ingrid Halvorsen said Norway "will double aid to Peru" next year.',
  '',
  'Halvorsen added that talks were "productive and frank". Exports rose 12 percent.',
].join('\n');

export const TRANSCRIPT = [
  'INGRID HALVORSEN: We will double our aid to Peru next year.',
  '',
  'QUESTION: How were the talks?',
  '',
  'INGRID HALVORSEN: They were frank and productive.',
].join('\n');

function span(doc: 'd1' | 'd2', text: string, needle: string, from = 0): { start: number; end: number; text: string; document: string } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not found`);
  return { start, end: start + needle.length, text: needle, document: doc };
}

const r = (needle: string, from = 0) => span('d1', REPORT, needle, from);
const t = (needle: string, from = 0) => span('d2', TRANSCRIPT, needle, from);

export const ENTITIES: Entity[] = [
  { id: 'p1', kind: 'person', name: 'Ingrid Halvorsen', aliases: ['Halvorsen', 'INGRID HALVORSEN'], speaker: true },
  { id: 'c1', kind: 'country', name: 'Norway', iso: 'NO', aliases: [] },
  { id: 'c2', kind: 'country', name: 'Peru', iso: 'PE', aliases: [] },
];

let n = 0;
const a = (x: Omit<Annotation, 'id'>): Annotation => ({ id: `a${++n}`, ...x });

export const QUOTE_1 = a({ ...r('"will double aid to Peru"'), kind: 'claim', claimType: 'quote', speaker: 'p1' });
export const QUOTE_2 = a({ ...r('"productive and frank"'), kind: 'claim', claimType: 'quote', speaker: 'p1' });
export const STAT = a({ ...r('Exports rose 12 percent.'), kind: 'claim', claimType: 'statistic' });
export const TURN_1 = a({ ...t(TRANSCRIPT.split('\n')[0]!), kind: 'turn', speaker: 'p1', label: 'INGRID HALVORSEN' });
export const TURN_2 = a({ ...t('QUESTION: How were the talks?'), kind: 'turn', label: 'QUESTION' });
export const TURN_3 = a({ ...t('INGRID HALVORSEN: They were frank and productive.'), kind: 'turn', speaker: 'p1', label: 'INGRID HALVORSEN' });
export const T_CLAIM_1 = a({ ...t('We will double our aid to Peru next year.'), kind: 'claim', claimType: 'statement', speaker: 'p1' });
export const T_CLAIM_3 = a({ ...t('They were frank and productive.'), kind: 'claim', claimType: 'statement', speaker: 'p1' });

export const ANNOTATIONS: Annotation[] = [
  a({ ...r('Ingrid Halvorsen'), kind: 'person', entity: 'p1' }),
  a({ ...r('Norway'), kind: 'country', entity: 'c1' }),
  QUOTE_1,
  a({ ...r('Peru'), kind: 'country', entity: 'c2' }),
  a({ ...r('Halvorsen', 40), kind: 'person', entity: 'p1' }),
  QUOTE_2,
  STAT,
  TURN_1,
  a({ ...t('Peru'), kind: 'country', entity: 'c2' }),
  T_CLAIM_1,
  TURN_2,
  TURN_3,
  T_CLAIM_3,
];

const passage = (x: { start: number; end: number; document: string }) => ({ document: x.document, start: x.start, end: x.end });

export const CROSS_REFERENCES: CrossReference[] = [
  {
    id: 'x1', from: passage(QUOTE_1), to: passage(T_CLAIM_1), score: 0.9, match: 'close', annotation: QUOTE_1.id, fidelity: 0.86,
    diff: [{ op: 'kept', from: 'will double', to: 'will double' }, { op: 'dropped', to: 'our' }, { op: 'kept', from: 'aid to Peru', to: 'aid to Peru' }],
  },
  {
    id: 'x2', from: passage(QUOTE_2), to: passage(T_CLAIM_3), score: 0.7, match: 'close', annotation: QUOTE_2.id, fidelity: 0.5,
    diff: [{ op: 'changed', from: 'productive', to: 'frank' }, { op: 'kept', from: 'and', to: 'and' }, { op: 'changed', from: 'frank', to: 'productive' }],
  },
];

export const UNMATCHED: Unmatched[] = [{ document: 'd1', start: STAT.start, end: STAT.end, annotation: STAT.id, reason: 'unsupported' }];

export const SET: AnnotationSet = {
  format: 'transcript-annotator/1',
  documents: [
    { id: 'd1', uri: 'file:///w/report.txt', role: 'report', length: REPORT.length },
    { id: 'd2', uri: 'file:///w/hearing.txt', role: 'transcript', length: TRANSCRIPT.length },
  ],
  entities: ENTITIES,
  annotations: ANNOTATIONS,
  crossReferences: CROSS_REFERENCES,
  unmatched: UNMATCHED,
};

/** SET with the statistic as context (the report's own background) instead of unsupported. */
export const CONTEXT_SET: AnnotationSet = { ...SET, unmatched: UNMATCHED.map((u) => ({ ...u, reason: 'context' as const })) };
