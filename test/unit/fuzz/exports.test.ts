/**
 * The fuzz suite, bounded for CI: the properties of `exportProperties.ts` on generated
 * accounts, with a fixed seed (the same cases on every run). `npm run fuzz` runs the same
 * properties with many more runs and a random seed.
 */
import { test } from 'node:test';
import fc from 'fast-check';
import { accounts, checkExports } from './exportProperties';

/** Fixed, so that CI runs the same cases each time; a failure prints the case, minimised. */
const SEED = 20261206;
const RUNS = 150;

test('should analyse generated accounts without throwing, with valid offsets and exports that read back', () => {
  fc.assert(
    fc.property(accounts, (given) => {
      checkExports(given);
    }),
    { seed: SEED, numRuns: RUNS },
  );
});
