import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityMentions, mentionsOf } from '../../../src/core/align/entityMentions';
import { loadFixture } from './fixtureSet';

test('entityMentions', async (t) => {
  const fx = loadFixture('lithium-visit');
  const all = entityMentions(fx.set);

  await t.test('should list every entity in set order with one entry per document', () => {
    assert.deepEqual(all.map((e) => e.entity.id), fx.set.entities.map((e) => e.id));
    for (const e of all) assert.deepEqual(e.documents.map((d) => d.document), ['d1', 'd2']);
  });

  await t.test('should count mentions per account and give the first one', () => {
    const weber = all.find((e) => e.entity.id === 'p1')!;
    const [report, transcript] = weber.documents;
    assert.equal(report!.count, report!.mentions.length);
    assert.ok(report!.count >= 4);
    assert.equal(report!.first!.start, Math.min(...report!.mentions.map((m) => m.start)));
    assert.equal(weber.total, report!.count + transcript!.count);
  });

  await t.test('should give the turns a person speaks, and none for someone who does not speak', () => {
    assert.equal(mentionsOf(fx.set, 'p1')!.documents[1]!.turns.length, 2);
    assert.deepEqual(mentionsOf(fx.set, 'p3')!.documents.map((d) => d.turns.length), [0, 0]);
    assert.equal(mentionsOf(fx.set, 'p3')!.documents[1]!.first, undefined);
  });

  await t.test('should return undefined for an unknown entity', () => {
    assert.equal(mentionsOf(fx.set, 'p99'), undefined);
  });
});
