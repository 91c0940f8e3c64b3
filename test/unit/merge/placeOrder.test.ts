/**
 * `placeOrder` must give the order a stable sort by start, longer first, then kind gives:
 * random entries with many equal starts, ends and kinds against `Array.prototype.sort`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { placeOrder } from '../../../src/core/merge/placeOrder';

/** The indexes of `entries` by the annotation set's order, with a comparison sort (stable). */
function sortedIndexes(entries: readonly (readonly [number, number, number])[]): number[] {
  return entries.map((_, i) => i).sort((x, y) => entries[x]![0] - entries[y]![0] || entries[y]![1] - entries[x]![1] || entries[x]![2] - entries[y]![2]);
}

test('placeOrder', async (t) => {
  await t.test('should order as a stable sort by start, then the longer first, then by kind', () => {
    const entry = fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 3 })).map(([start, length, kind]) => [start, start + length, kind] as const);
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 80 }), (entries) => {
        const got = placeOrder(entries.map((e) => e[0]), entries.map((e) => e[1]), entries.map((e) => e[2]), entries.length);
        assert.deepEqual([...got], sortedIndexes(entries));
      }),
      { numRuns: 500 },
    );
  });

  await t.test('should order offsets of a long account and counts past a power of two', () => {
    const entries = Array.from({ length: 1025 }, (_, i) => [(i * 7919) % 3_000_000, ((i * 7919) % 3_000_000) + (i % 5), i % 3] as const);
    const got = placeOrder(entries.map((e) => e[0]), entries.map((e) => e[1]), entries.map((e) => e[2]), entries.length);
    assert.deepEqual([...got], sortedIndexes(entries));
  });

  await t.test('should take only the first `count` entries', () => {
    assert.deepEqual([...placeOrder([5, 1, 3, 0], [6, 2, 4, 1], [0, 0, 0, 0], 3)], [1, 2, 0]);
  });
});
