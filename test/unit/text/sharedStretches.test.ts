/**
 * The stretches two versions of a text share (common prefix and suffix), and the run memo
 * through which the pipeline's stages compare an account's last and new text once: it must
 * give what a comparison of its own gives, and only for the very same two texts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { newStretchMemo, sharedStretches, stretchesOf } from '../../../src/core/text/sharedStretches';

/** The stretches by the definition: the longest prefix, then the longest suffix not overlapping it. */
function byDefinition(before: string, after: string): { same: number; tail: number; shift: number } {
  let same = 0;
  while (same < before.length && same < after.length && before[same] === after[same]) same++;
  let suffix = 0;
  while (suffix < Math.min(before.length, after.length) - same && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return { same, tail: after.length - suffix, shift: after.length - before.length };
}

test('shared stretches', async (t) => {
  // texts long enough for the block comparison (4096, 256, 16 and 1 characters)
  const text = fc.array(fc.constantFrom('a', 'b', ' ', '\n', 'é'), { maxLength: 9000 }).map((xs) => xs.join(''));
  const edited = fc.tuple(text, fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 300 }), fc.array(fc.constantFrom('a', 'b', ' '), { maxLength: 300 }).map((xs) => xs.join('')));

  await t.test('should be the longest common prefix and the longest common suffix after it', () => {
    fc.assert(
      fc.property(edited, ([before, at, remove, insert]) => {
        const i = Math.floor(at * before.length);
        const after = before.slice(0, i) + insert + before.slice(i + remove);
        assert.deepEqual(sharedStretches(before, after), byDefinition(before, after));
      }),
      { numRuns: 200, seed: 18 },
    );
  });

  await t.test('should compare the same two texts once per memo, and only the same two texts', () => {
    const memo = newStretchMemo();
    const before = 'The minister spoke. '.repeat(400);
    const after = `${before.slice(0, 3000)}x${before.slice(3001)}`;
    const first = stretchesOf(memo, before, after);
    assert.deepEqual(first, sharedStretches(before, after));
    assert.equal(stretchesOf(memo, before, after), first, 'taken from the memo');
    // a text of the same length and other content, in either place, is compared afresh
    const other = `${before.slice(0, 10)}y${before.slice(11)}`;
    assert.deepEqual(stretchesOf(memo, other, after), sharedStretches(other, after));
    assert.deepEqual(stretchesOf(memo, before, other), sharedStretches(before, other));
    assert.deepEqual(stretchesOf(undefined, before, after), first);
    assert.equal(memo.made.length, 3);
  });
});
