import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recogniseAccount } from '../../../src/extension/accountRecognition';
import type { Annotation, AnnotationSet, Entity } from '../../../src/core/model/annotation';

function set(role: 'transcript' | 'report', annotations: Partial<Annotation>[], entities: Partial<Entity>[] = []): AnnotationSet {
  return {
    format: 'transcript-annotator/1',
    documents: [{ id: 'd1', uri: 'file:///x.txt', role, length: 1000 }],
    entities: entities.map((e, i) => ({ id: `p${i + 1}`, kind: 'person', name: 'N', aliases: [], ...e })) as Entity[],
    annotations: annotations.map((a, i) => ({ id: `a${i + 1}`, document: 'd1', kind: 'claim', start: 0, end: 1, text: 'x', ...a })) as Annotation[],
    crossReferences: [],
    unmatched: [],
  };
}

test('recogniseAccount', async (t) => {
  await t.test('should accept a transcript with turns by two labels', () => {
    const r = recogniseAccount(set('transcript', [{ kind: 'turn', label: 'MS. OKAFOR' }, { kind: 'turn', label: 'QUESTION' }]));
    assert.equal(r.isAccount, true);
    assert.equal(r.role, 'transcript');
  });
  await t.test('should reject a file with one "Note:" paragraph', () => {
    assert.equal(recogniseAccount(set('transcript', [{ kind: 'turn', label: 'Note' }])).isAccount, false);
  });
  await t.test('should accept a report with attributed quotes and a person', () => {
    const r = recogniseAccount(set('report', [{ claimType: 'quote', speaker: 'p1' }, { claimType: 'reported', speaker: 'p1' }], [{}]));
    assert.equal(r.isAccount, true);
  });
  await t.test('should reject prose without attributed speech (a README)', () => {
    const r = recogniseAccount(set('report', [{ claimType: 'statement' }, { claimType: 'statistic' }, { claimType: 'quote' }], [{}]));
    assert.equal(r.isAccount, false);
  });
});
