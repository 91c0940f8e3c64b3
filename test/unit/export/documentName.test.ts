import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentBaseName, documentFileName, safeFileName, uniqueFileNames } from '../../../src/core/export/documentName';
import { stableUuid } from '../../../src/core/export/stableUuid';

test('documentName', async (t) => {
  await t.test('should take the decoded last segment of a URI or path', () => {
    assert.equal(documentFileName('file:///tmp/my%20report.txt'), 'my report.txt');
    assert.equal(documentFileName('C:\\\\data\\\\brief.md'), 'brief.md');
    assert.equal(documentBaseName('file:///tmp/a.b.txt'), 'a.b');
  });

  await t.test('should make file names unique in input order', () => {
    assert.deepEqual(uniqueFileNames(['news.txt', 'news.txt', 'notes']), ['news.txt', 'news-2.txt', 'notes']);
  });

  await t.test('should never give a name another account wants, nor one differing only in case', () => {
    assert.deepEqual(uniqueFileNames(['x.txt', 'x.txt', 'x-2.txt']), ['x.txt', 'x-3.txt', 'x-2.txt']);
    assert.deepEqual(uniqueFileNames(['X.txt', 'x.txt']), ['X.txt', 'x-2.txt']);
  });

  await t.test('should make a decoded name safe to write into a folder', () => {
    assert.equal(safeFileName('../../etc/passwd'), '.._.._etc_passwd');
    assert.equal(safeFileName('..'), '__');
    assert.equal(safeFileName(''), '_');
    assert.equal(safeFileName('a\u001b[31mb'), 'a_[31mb');
    assert.equal(safeFileName('report.'), 'report_');
    assert.equal(safeFileName('report one.txt'), 'report one.txt');
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
