import { test } from 'node:test';
import assert from 'node:assert/strict';
import { combineSets } from '../../../src/core/export/combineSets';
import type { AnnotationSet } from '../../../src/core/model/annotation';
import { hostileSet, TEXTS } from './fixture';

function otherPair(): AnnotationSet {
  return {
    format: 'transcript-annotator/1',
    documents: [{ id: 'd1', uri: 'file:///tmp/other/brief.txt', role: 'report', length: 20 }],
    entities: [
      { id: 'p1', kind: 'person', name: 'Omar Haddad', aliases: [] },
      { id: 'c1', kind: 'country', name: 'Chile', iso: 'CL', aliases: ['Chilean'] },
    ],
    annotations: [
      { id: 'a1', document: 'd1', kind: 'person', start: 0, end: 11, text: 'Omar Haddad', entity: 'p1' },
      { id: 'a2', document: 'd1', kind: 'country', start: 12, end: 19, text: 'Chilean', entity: 'c1' },
    ],
    crossReferences: [],
    unmatched: [],
  };
}

test('combineSets', async (t) => {
  await t.test('should renumber documents, annotations and entities, sharing entities by ISO code', () => {
    const { set, texts } = combineSets([{ set: hostileSet(), texts: TEXTS }, { set: otherPair(), texts: { d1: 'Omar Haddad Chilean.' } }]);
    assert.deepEqual(set.documents.map((d) => d.id), ['d1', 'd2', 'd3']);
    assert.equal(texts.d3, 'Omar Haddad Chilean.');
    const chilean = set.annotations.find((a) => a.text === 'Chilean')!;
    assert.equal(chilean.document, 'd3');
    assert.equal(chilean.entity, 'c1');
    assert.deepEqual(set.entities.find((e) => e.id === 'c1')!.aliases, ['Chilean']);
    assert.equal(set.entities.find((e) => e.name === 'Omar Haddad')!.id, 'p2');
    assert.equal(new Set(set.annotations.map((a) => a.id)).size, set.annotations.length);
    assert.equal(set.crossReferences.length, 2);
  });

  await t.test('should take an account met in two analyses once', () => {
    const { set } = combineSets([{ set: hostileSet(), texts: TEXTS }, { set: hostileSet(), texts: TEXTS }]);
    assert.equal(set.documents.length, 2);
    assert.equal(set.annotations.length, hostileSet().annotations.length);
    assert.equal(set.crossReferences.length, 2);
    assert.equal(set.unmatched[0].annotation, 'a2');
  });
});

test('selectDocument', async (t) => {
  const { selectDocument } = await import('../../../src/core/export/selectDocument');
  await t.test('should keep one account, the entities it names and its unsupported claims', () => {
    const one = selectDocument(hostileSet(), 'd2');
    assert.deepEqual(one.documents.map((d) => d.id), ['d2']);
    assert.ok(one.annotations.every((a) => a.document === 'd2'));
    assert.deepEqual(one.entities.map((e) => e.id), ['p1', 'c1']);
    assert.equal(one.crossReferences.length, 0);
    assert.equal(one.unmatched.length, 0);
  });
});
