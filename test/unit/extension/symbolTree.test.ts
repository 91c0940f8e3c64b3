import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSymbolTree } from '../../../src/extension/symbolTree';
import { CONTEXT_SET, SET } from './fixtureSet';

test('symbol tree', async (t) => {
  await t.test('should list transcript turns by speaker with their claims inside', () => {
    const tree = buildSymbolTree(SET, 'd2');
    assert.deepEqual(tree.map((n) => [n.name, n.detail, n.children.length]), [
      ['Ingrid Halvorsen', 'INGRID HALVORSEN · 1 claim', 1],
      ['QUESTION', '0 claims', 0],
      ['Ingrid Halvorsen', 'INGRID HALVORSEN · 1 claim', 1],
    ]);
    assert.equal(tree[0]!.children[0]!.name, 'We will double our aid to Peru next year.');
    for (const n of tree) for (const c of n.children) assert.ok(c.range.start >= n.range.start && c.range.end <= n.range.end);
  });
  await t.test('should list report claims with speaker and support', () => {
    const tree = buildSymbolTree(SET, 'd1');
    assert.deepEqual(tree.map((n) => n.detail), ['quote · Ingrid Halvorsen', 'quote · Ingrid Halvorsen', 'statistic · unsupported']);
  });
  await t.test('should call context context, not unsupported', () => {
    assert.equal(buildSymbolTree(CONTEXT_SET, 'd1')[2]!.detail, 'statistic · context, not from this event');
  });
});
