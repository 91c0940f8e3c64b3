import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

/** Every source file of the panel script. */
function webviewSources(dir = join(import.meta.dirname, '../../../src/webview')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? webviewSources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

test('panel script', async (t) => {
  await t.test('should never parse strings as markup or code', () => {
    const sinks = /\.(innerHTML|outerHTML|insertAdjacentHTML)\b|document\.write|\beval\(|new Function\(|createContextualFragment|setAttribute\(\s*['"](on|href|src|style)/;
    const files = webviewSources();
    assert.ok(files.length >= 5, 'found the panel sources');
    for (const file of files) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => assert.doesNotMatch(line, sinks, `${file}:${i + 1}`));
    }
  });
});
