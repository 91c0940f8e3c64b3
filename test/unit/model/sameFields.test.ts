/** Field-by-field comparison of plain records (src/core/model/sameFields.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sameFields, sameJson } from '../../../src/core/model/sameFields';

test('sameFields', async (t) => {
  await t.test('should take records with the same names and values as the same, nested values by their JSON', () => {
    assert.equal(sameFields({ a: 1, b: 'x', c: { start: 0, end: 2 } }, { a: 1, b: 'x', c: { start: 0, end: 2 } }), true);
    assert.equal(sameFields({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }), true);
  });
  await t.test('should tell a value, a name or a count of fields that differs', () => {
    assert.equal(sameFields({ a: 1, b: 2 }, { a: 1, b: 3 }), false);
    assert.equal(sameFields({ a: 1, b: 2 }, { a: 1, c: 2 }), false);
    assert.equal(sameFields({ a: 1 }, { a: 1, b: undefined }), false);
    assert.equal(sameFields({ a: 1, b: undefined }, { a: 1 }), false);
    assert.equal(sameFields({ c: { start: 1, end: 1 } }, { c: { end: 1, start: 1 } }), false);
  });
  await t.test('should leave out the fields asked', () => {
    assert.equal(sameFields({ start: 0, a: 1 }, { start: 5, a: 1 }, new Set(['start'])), true);
    assert.equal(sameFields({ start: 0, a: 1 }, { a: 1 }, new Set(['start'])), false);
  });
});

test('sameJson should agree with comparing the JSON', () => {
  const values: unknown[] = [1, '1', null, [1], { a: 1 }, { a: 1, b: 'x' }, { b: 'x', a: 1 }, { a: Number.NaN }, { a: null }, { a: { b: 1 } }];
  for (const x of values) for (const y of values) assert.equal(sameJson(x, y), JSON.stringify(x) === JSON.stringify(y), `${JSON.stringify(x)} ~ ${JSON.stringify(y)}`);
});
