/**
 * `sortedInPlace`: the order `Array.prototype.sort` gives (stable, ties in their order),
 * whether or not the list was in order already (lists in order drawn often: few keys).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { sortedInPlace } from '../../../src/core/model/sortedInPlace';

/** Items with a key to sort by and a tag that tells ties apart. */
const items = fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), tag: fc.nat() }), { maxLength: 30 });
const byKey = (a: { key: number }, b: { key: number }): number => a.key - b.key;

test('sortedInPlace', async (t) => {
  await t.test('should give the stable sort of any list, in place', () => {
    fc.assert(
      fc.property(items, (list) => {
        const expected = [...list].sort(byKey);
        const given = [...list];
        assert.equal(sortedInPlace(given, byKey), given);
        assert.deepEqual(given, expected);
      }),
    );
  });

});
