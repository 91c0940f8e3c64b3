/**
 * Regression fixtures of the fuzz suite: every file in test/fixtures/fuzz/ (a minimised
 * failing case, kept by `npm run fuzz` or written for a defect of issue 14) must pass every
 * property of `exportProperties.ts`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { checkExports, FIXTURE_DIR, type FuzzFixture } from './exportProperties';

const files = fs.readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.json')).sort();

test('should have regression fixtures to read', () => {
  assert.ok(files.length > 0, `no fixture in ${FIXTURE_DIR}`);
});

for (const file of files) {
  const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, file), 'utf8')) as FuzzFixture;
  test(`${file}: ${fixture.description}`, () => {
    assert.ok(fixture.accounts.length > 0, 'a fixture names at least one account');
    checkExports(fixture.accounts);
  });
}
