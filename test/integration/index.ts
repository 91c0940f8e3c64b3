/**
 * Entry of the extension-host suite: @vscode/test-electron loads the bundled
 * out/integration/index.js inside VS Code and calls {@link run}. It runs every
 * `*.test.js` bundled next to it (from test/integration/**\/*.test.ts) with mocha's
 * TDD interface (`suite`/`test`). Add a suite by adding a `*.test.ts` file here.
 */
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

/** Lists the bundled suites under `dir`, recursively. */
function suites(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Runs all suites; rejects with the number of failures. */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: true, timeout: 30_000 });
  const files = suites(__dirname);
  if (files.length === 0) throw new Error(`No *.test.js suites next to ${__filename}: run scripts/run-integration.mjs, which bundles them.`);
  for (const file of files) mocha.addFile(file);
  await new Promise<void>((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed.`)) : resolve()));
  });
}
