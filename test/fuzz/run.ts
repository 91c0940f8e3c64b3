/**
 * `npm run fuzz`: the properties of the fuzz suite (test/unit/fuzz/exportProperties.ts)
 * with many more runs than the unit test and a random seed, printed first so that a run
 * can be repeated. A failing case is minimised by fast-check and written to
 * test/fixtures/fuzz/ as a regression fixture, which `test/unit/fuzz/fixtures.test.ts`
 * then reads on every unit-test run: fix the bug, write what it was in the fixture's
 * `description`, and commit both.
 *
 *   npm run fuzz                          random seed, 3000 runs
 *   npm run fuzz -- --seed 42 --runs 500  a given seed and number of runs
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { accounts, checkExports, FIXTURE_DIR, type FuzzAccount, type FuzzFixture } from '../unit/fuzz/exportProperties';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isSafeInteger(value)) throw new Error(`${name} needs a whole number, not "${process.argv[i + 1]}".`);
  return value;
}

const seed = option('--seed', Math.floor(Math.random() * 0x7fffffff));
const runs = option('--runs', 3000);
console.log(`fuzz: seed ${seed}, ${runs} runs (repeat with: npm run fuzz -- --seed ${seed} --runs ${runs})`);
const started = Date.now();
const details = fc.check(
  fc.property(accounts, (given) => {
    checkExports(given);
  }),
  { seed, numRuns: runs },
);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (!details.failed) {
  console.log(`fuzz: ${details.numRuns} runs passed in ${seconds} s`);
} else {
  const [given] = details.counterexample as [FuzzAccount[]];
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  fs.mkdirSync(FIXTURE_DIR, { recursive: true });
  const file = path.join(FIXTURE_DIR, `seed-${seed}.json`);
  const fixture: FuzzFixture = { description: `Found by npm run fuzz (seed ${seed}, minimised in ${details.numShrinks} steps): ${error.split('\n')[0]} — replace with what was wrong and how it was fixed.`, accounts: given };
  fs.writeFileSync(file, `${JSON.stringify(fixture, null, 2)}\n`);
  console.error(`fuzz: failed after ${details.numRuns} runs (${seconds} s): ${error}\n\nminimised case: ${JSON.stringify(given)}\nkept as ${path.relative(process.cwd(), file)}`);
  process.exitCode = 1;
}
