import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

test('should ship a sidecar validator generated from the current schemas', () => {
  // Fails (exit 1) when schema/sidecar.schema.json or schema/web-annotation.schema.json
  // changed without `node scripts/build-validators.mjs`.
  assert.doesNotThrow(() => execFileSync(process.execPath, ['scripts/build-validators.mjs', '--check'], { stdio: 'pipe' }));
});
