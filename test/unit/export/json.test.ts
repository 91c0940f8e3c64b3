import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toJson } from '../../../src/core/export/json';
import { hostileSet } from './fixture';

test('toJson', async (t) => {
  await t.test('should round-trip the set exactly, with 2-space indentation and a final newline', () => {
    const set = hostileSet();
    const json = toJson(set);
    assert.deepEqual(JSON.parse(json), set);
    assert.ok(json.endsWith('}\n'));
    assert.match(json, /^\{\n {2}"format": "transcript-annotator\/1",/);
  });

  await t.test('should be byte-identical for the same input', () => {
    assert.equal(toJson(hostileSet()), toJson(hostileSet()));
  });
});
