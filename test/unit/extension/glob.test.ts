import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globToRegExp, matchesAnyGlob } from '../../../src/extension/glob';

test('glob', async (t) => {
  await t.test('should match files in any folder with **/', () => {
    assert.ok(matchesAnyGlob('a/b/c.txt', ['**/*.txt']));
    assert.ok(matchesAnyGlob('c.txt', ['**/*.txt']));
    assert.ok(!matchesAnyGlob('a/c.txt.bak', ['**/*.txt']));
  });
  await t.test('should keep * within one folder', () => {
    assert.ok(globToRegExp('docs/*.md').test('docs/x.md'));
    assert.ok(!globToRegExp('docs/*.md').test('docs/sub/x.md'));
  });
  await t.test('should support alternatives and classes', () => {
    assert.ok(matchesAnyGlob('x/y.md', ['**/*.{txt,md}']));
    assert.ok(matchesAnyGlob('x/y1.txt', ['**/y[0-9].txt']));
    assert.ok(!matchesAnyGlob('x/ya.txt', ['**/y[0-9].txt']));
  });
  await t.test('should match a bare file pattern against the file name', () => {
    assert.ok(matchesAnyGlob('deep/folder/notes.txt', ['*.txt']));
  });
  await t.test('should escape regex characters', () => {
    assert.ok(matchesAnyGlob('a+b (1).txt', ['a+b (1).txt']));
    assert.ok(!matchesAnyGlob('aab (1).txt', ['a+b (1).txt']));
  });
});
