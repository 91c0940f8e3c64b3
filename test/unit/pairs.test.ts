import { test } from 'node:test';
import assert from 'node:assert/strict';
import { counterpartInPairs, EMPTY_PAIRS, parsePairsFile, serializePairsFile, withExcluded, withIncluded, withPair } from '../../src/core/pairs';

test('pairs file', async (t) => {
  await t.test('should read an empty file as no pairs', () => {
    assert.deepEqual(parsePairsFile('  \n'), { ok: true, config: EMPTY_PAIRS });
  });
  await t.test('should round-trip through serialise and parse', () => {
    const config = withIncluded(withPair(EMPTY_PAIRS, 'b/report.md', './b/hearing.txt'), 'notes\\x.txt');
    const text = serializePairsFile(config);
    const back = parsePairsFile(text);
    assert.ok(back.ok);
    assert.deepEqual(back.config.pairs, [['b/report.md', 'b/hearing.txt']]);
    assert.deepEqual(back.config.include, ['notes/x.txt']);
    assert.equal(serializePairsFile(back.config), text);
  });
  await t.test('should find the counterpart from either side', () => {
    const c = withPair(EMPTY_PAIRS, 'a.txt', 'b.txt');
    assert.equal(counterpartInPairs(c, 'a.txt'), 'b.txt');
    assert.equal(counterpartInPairs(c, './b.txt'), 'a.txt');
    assert.equal(counterpartInPairs(c, 'c.txt'), undefined);
  });
  await t.test('should keep one pair per file when re-pairing', () => {
    const c = withPair(withPair(EMPTY_PAIRS, 'a.txt', 'b.txt'), 'a.txt', 'c.txt');
    assert.deepEqual(c.pairs, [['a.txt', 'c.txt']]);
  });
  await t.test('should drop pairs and includes of an excluded file', () => {
    const c = withExcluded(withIncluded(withPair(EMPTY_PAIRS, 'a.txt', 'b.txt'), 'a.txt'), 'a.txt');
    assert.deepEqual(c.pairs, []);
    assert.deepEqual(c.include, []);
    assert.deepEqual(c.exclude, ['a.txt']);
  });
  await t.test('should refuse a pair of a file with itself', () => {
    for (const pair of [['news.txt', 'news.txt'], ['./news.txt', 'news.txt'], ['a\\news.txt', 'a/news.txt']]) {
      const parsed = parsePairsFile(JSON.stringify({ version: 1, pairs: [pair] }));
      assert.equal(parsed.ok, false, JSON.stringify(pair));
      if (!parsed.ok) assert.match(parsed.error, /pairs .*news\.txt with itself/);
    }
  });

  await t.test('should explain broken files instead of throwing', () => {
    const notJson = parsePairsFile('{ pairs: ');
    assert.equal(notJson.ok, false);
    assert.match(!notJson.ok ? notJson.error : '', /not valid JSON.*Fix or delete/);
    const newer = parsePairsFile('{"version": 9}');
    assert.match(!newer.ok ? newer.error : '', /newer/);
    const badPair = parsePairsFile('{"pairs": [["only-one"]]}');
    assert.match(!badPair.ok ? badPair.error : '', /two paths/);
  });
});
