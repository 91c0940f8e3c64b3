import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cohensKappa } from '../../../src/core/review/cohensKappa';

/** `n` items rated `a` by A and `b` by B. */
const times = (n: number, a: string, b: string) => Array.from({ length: n }, () => [a, b] as const);
const close = (actual: number | undefined, expected: number) => assert.ok(actual !== undefined && Math.abs(actual - expected) < 5e-4, `${actual} ≈ ${expected}`);

test('cohensKappa', async (t) => {
  await t.test('should give κ = 0.40 for the classic 2×2 table (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no)', () => {
    // pₒ = 35/50 = 0.70; A says yes 25/50, B 30/50: pₑ = 0.5·0.6 + 0.5·0.4 = 0.50; κ = 0.20/0.50.
    const r = cohensKappa([...times(20, 'yes', 'yes'), ...times(5, 'yes', 'no'), ...times(10, 'no', 'yes'), ...times(15, 'no', 'no')]);
    assert.deepEqual([r.items, r.agreed, r.raw], [50, 35, 0.7]);
    close(r.kappa, 0.4);
  });

  await t.test('should tell apart two tables with the same raw agreement (0.60) by their marginals', () => {
    // 45/15/25/15: pₑ = 0.6·0.7 + 0.4·0.3 = 0.54, κ = 0.06/0.46 = 0.1304.
    close(cohensKappa([...times(45, 'y', 'y'), ...times(15, 'y', 'n'), ...times(25, 'n', 'y'), ...times(15, 'n', 'n')]).kappa, 0.1304);
    // 25/35/5/35: pₑ = 0.6·0.3 + 0.4·0.7 = 0.46, κ = 0.14/0.54 = 0.2593.
    close(cohensKappa([...times(25, 'y', 'y'), ...times(35, 'y', 'n'), ...times(5, 'n', 'y'), ...times(35, 'n', 'n')]).kappa, 0.2593);
  });

  await t.test('should handle three categories', () => {
    // A: a a a b b b c c c c; B: a a b b b c c c c a. pₒ = 0.7; marginals 3/3/4 for both: pₑ = 0.34; κ = 0.36/0.66.
    const A = 'aaabbbcccc';
    const B = 'aabbbcccca';
    const r = cohensKappa([...A].map((x, i) => [x, B[i]!] as const));
    assert.equal(r.raw, 0.7);
    close(r.kappa, 0.36 / 0.66);
  });

  await t.test('should give κ = 1 for perfect agreement, below 0 for systematic disagreement, undefined when chance agreement is 1', () => {
    assert.equal(cohensKappa([['x', 'x'], ['y', 'y']]).kappa, 1);
    close(cohensKappa([['x', 'y'], ['y', 'x']]).kappa, -1);
    const same = cohensKappa([['x', 'x'], ['x', 'x']]);
    assert.deepEqual([same.raw, same.kappa], [1, undefined]);
    assert.deepEqual(cohensKappa([]), { items: 0, agreed: 0 });
  });
});
