/**
 * Postings made from the last ones after an edit (`patchPostings`) must be those built
 * afresh (`buildPostings`): the same rows, ascending and distinct, for every id.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPostings, patchPostings, type Postings } from '../../../src/core/align/postings';
import { seeded } from '../randomEdits';

/** Postings of `rows` (the ids of each passage, repeats allowed) over `idCount` ids. */
function built(rows: readonly (readonly number[])[], idCount: number): Postings {
  const ids = Int32Array.from(rows.flat());
  const at = Int32Array.from(rows.flatMap((row, i) => row.map(() => i)));
  return buildPostings(idCount, ids, at, ids.length);
}

const plain = (p: Postings) => ({ start: Array.from(p.start), list: Array.from(p.list) });

test('patchPostings', async (t) => {
  await t.test('should give the postings a fresh build gives after random changes of passages, new ids among them', () => {
    const next = seeded(11);
    const rowOf = (idCount: number) => Array.from({ length: Math.floor(next() * 6) }, () => Math.floor(next() * idCount));
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(next() * 12);
      let idCount = 1 + Math.floor(next() * 15);
      let rows = Array.from({ length: n }, () => rowOf(idCount));
      let postings = built(rows, idCount);
      for (let run = 0; run < 4; run++) {
        const oldIdCount = idCount;
        if (next() < 0.4) idCount += 1 + Math.floor(next() * 4);
        const changed = new Uint8Array(n);
        const changedAt: number[] = [];
        const now = rows.map((row, i) => {
          if (next() < 0.7) return row;
          changed[i] = 1;
          changedAt.push(i);
          return rowOf(idCount);
        });
        const before = rows;
        const patched = patchPostings(postings, oldIdCount, idCount, changedAt, changed, (at, isNow, visit) => (isNow ? now : before)[at]!.forEach(visit));
        assert.deepEqual(plain(patched), plain(built(now, idCount)), `round ${round}, run ${run}`);
        rows = now;
        postings = patched;
      }
    }
  });

  await t.test('should hold a passage once in the row of an id it repeats', () => {
    const before = [[0, 1], [2]];
    const now = [[0, 1], [2, 2, 1, 2]];
    const patched = patchPostings(built(before, 3), 3, 3, [1], Uint8Array.of(0, 1), (at, isNow, visit) => (isNow ? now : before)[at]!.forEach(visit));
    assert.deepEqual(plain(patched), { start: [0, 1, 3, 4], list: [0, 0, 1, 1] });
  });
});
