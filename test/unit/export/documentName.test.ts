import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentBaseName, documentFileName, uniqueFileNames } from '../../../src/core/export/documentName';
import { stableUuid } from '../../../src/core/export/stableUuid';

test('documentName', async (t) => {
  await t.test('should take the decoded last segment of a URI or path', () => {
    assert.equal(documentFileName('file:///tmp/my%20report.txt'), 'my report.txt');
    assert.equal(documentFileName('C:\\\\data\\\\brief.md'), 'brief.md');
    assert.equal(documentBaseName('file:///tmp/a.b.txt'), 'a.b');
  });

  await t.test('should make file names unique in input order', () => {
    assert.deepEqual(uniqueFileNames(['file:///a/news.txt', 'file:///b/news.txt', 'file:///c/notes']), ['news.txt', 'news-2.txt', 'notes']);
  });
});

test('stableUuid', async (t) => {
  await t.test('should give a version 8 UUID that depends on every part', () => {
    const a = stableUuid('x', 1, 2);
    assert.match(a, /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(a, stableUuid('x', 1, 2));
    assert.notEqual(a, stableUuid('x', 1, 3));
    assert.notEqual(stableUuid('ab', 'c'), stableUuid('a', 'bc'));
  });
});
