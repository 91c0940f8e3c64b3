/**
 * The coverage view's paging (shared/coveragePages.ts, shared/coverageRowCache.ts): the
 * head posted first, the answers to the view's requests, and the view's record of which
 * rows it holds and has asked for. Views of invented rows.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { answerCoverageRequest, coverageHead, EAGER_GROUPS, FIRST_ROWS, ROW_PAGE, sourceOfView } from '../../../src/shared/coveragePages';
import { checkToCoverage, type CoverageView, type CoverageViewRow, MAX_ROWS_ASKED } from '../../../src/shared/coverageProtocol';
import { CoverageRowCache } from '../../../src/shared/coverageRowCache';

/** A view of `turns` turns of four sentences each (five rows a turn) and `groups` quote groups. */
function view(turns: number, groups: number): CoverageView {
  const rows: CoverageViewRow[] = [];
  for (let t = 0; t < turns; t++) {
    rows.push({ kind: 'turn', index: t, text: `Speaker ${t}`, sentences: 4, renderings: 'va', covered: [4, 0], outlets: 1 });
    for (let s = 0; s < 4; s++) rows.push({ kind: 'sentence', index: t * 4 + s, text: `Sentence ${s} of turn ${t}.`, renderings: 'va', outlets: 1 });
  }
  return {
    event: 'harbour',
    transcript: { name: 't.txt', uri: 'file:///e/t.txt' },
    outlets: ['a', 'b'].map((k, i) => ({ key: k.toUpperCase(), name: `${k}.txt`, uri: `file:///e/${k}.txt`, share: 0.5, sentencesCovered: i, quotes: { total: 0, accurate: 0, altered: 0, misattributed: 0, notFound: 0 }, unsupported: 0, speakersQuoted: [] })),
    rows,
    quoteGroups: Array.from({ length: groups }, (_, g) => ({
      sentence: g,
      text: `Quoted words ${g}`,
      outlets: 2,
      quotes: [{ outlet: 0, match: 'verbatim' as const, text: `Quoted words ${g}`, diff: [], findings: [], sentence: g }],
    })),
  };
}

const rowsOf = (cache: CoverageRowCache) => Array.from({ length: cache.count }, (_, i) => cache.get(i));

test('coverageHead', async (t) => {
  await t.test('should hold every row and every quote of a short event', () => {
    const v = view(3, 2);
    const head = coverageHead(sourceOfView(v), 7);
    assert.equal(head.id, 7);
    assert.deepEqual(head.rows, v.rows);
    assert.equal(head.rowCount, 15);
    assert.equal(head.sentenceCount, 12);
    assert.deepEqual(head.quoteGroups, v.quoteGroups);
    assert.deepEqual(head.outlets, v.outlets);
  });

  await t.test('should hold the first rows and the groups without their quotes of a long event', () => {
    const v = view(300, EAGER_GROUPS + 1);
    const head = coverageHead(sourceOfView(v), 1);
    assert.equal(head.rowCount, 1500);
    assert.equal(head.sentenceCount, 1200);
    assert.deepEqual(head.rows, v.rows.slice(0, FIRST_ROWS));
    assert.equal(head.quoteGroups.length, EAGER_GROUPS + 1);
    assert.ok(head.quoteGroups.every((g) => g.quotes === undefined));
    assert.deepEqual(head.quoteGroups[3], { sentence: 3, text: 'Quoted words 3', outlets: 2 });
    assert.ok(JSON.stringify(head).length * 5 < JSON.stringify(v).length, 'the head is a small part of the view');
  });
});

test('answerCoverageRequest', async (t) => {
  const v = view(300, EAGER_GROUPS + 1);
  await t.test('should answer with the rows asked for, cut at the end', () => {
    assert.deepEqual(answerCoverageRequest(sourceOfView(v), 4, { type: 'rows', id: 4, from: 200, to: 300 }), { type: 'rows', id: 4, from: 200, rows: v.rows.slice(200, 300) });
    assert.deepEqual(answerCoverageRequest(sourceOfView(v), 4, { type: 'rows', id: 4, from: 1450, to: 1550 }), { type: 'rows', id: 4, from: 1450, rows: v.rows.slice(1450) });
    assert.deepEqual(answerCoverageRequest(sourceOfView(v), 4, { type: 'rows', id: 4, from: 1600, to: 1700 }), { type: 'rows', id: 4, from: 1500, rows: [] });
  });

  await t.test('should answer with a group\'s quotes', () => {
    assert.deepEqual(answerCoverageRequest(sourceOfView(v), 4, { type: 'quotes', id: 4, group: 5 }), { type: 'quotes', id: 4, group: 5, quotes: v.quoteGroups[5]!.quotes });
  });

  await t.test('should not answer about another view, nor about a group there is not', () => {
    assert.equal(answerCoverageRequest(sourceOfView(v), 4, { type: 'rows', id: 3, from: 0, to: 100 }), undefined);
    assert.equal(answerCoverageRequest(sourceOfView(v), 4, { type: 'quotes', id: 3, group: 0 }), undefined);
    assert.equal(answerCoverageRequest(sourceOfView(v), 4, { type: 'quotes', id: 4, group: EAGER_GROUPS + 1 }), undefined);
  });

  await t.test('should give, with the head, every row of the view once answers to the view\'s requests are stored', () => {
    const head = coverageHead(sourceOfView(v), 2);
    const cache = new CoverageRowCache(head.rowCount, head.rows);
    for (let first = 0; first < head.rowCount; first += 37) {
      for (const span of cache.ask(first, first + 40)) {
        const answer = answerCoverageRequest(sourceOfView(v), 2, { type: 'rows', id: 2, ...span });
        assert.equal(answer?.type, 'rows');
        if (answer?.type === 'rows') cache.put(answer.from, answer.rows);
      }
    }
    assert.deepEqual(rowsOf(cache), v.rows);
  });
});

test('CoverageRowCache', async (t) => {
  const rows = view(300, 0).rows;

  await t.test('should hold the head\'s rows and none after them', () => {
    const cache = new CoverageRowCache(1500, rows.slice(0, 100));
    assert.deepEqual(cache.get(99), rows[99]);
    assert.equal(cache.get(100), undefined);
  });

  await t.test('should ask for nothing while the rows drawn and their margin are held', () => {
    const cache = new CoverageRowCache(1500, rows.slice(0, 100));
    assert.deepEqual(cache.ask(0, 40), []);
  });

  await t.test('should ask for the pages around the rows drawn, neighbours joined, each once', () => {
    const cache = new CoverageRowCache(1500, rows.slice(0, 100));
    assert.deepEqual(cache.ask(60, 100), [{ from: 100, to: 200 }], 'the margin reaches the next page');
    assert.deepEqual(cache.ask(60, 100), [], 'asked already');
    assert.deepEqual(cache.ask(720, 760), [{ from: 600, to: 900 }], 'pages 6 to 8: 670 to 810 with the margin');
    assert.deepEqual(cache.ask(1480, 1500), [{ from: 1400, to: 1500 }], 'the last page ends at the last row');
  });

  await t.test('should take an answer, after which its page is held and not asked for again', () => {
    const cache = new CoverageRowCache(1500, rows.slice(0, 100));
    cache.ask(300, 340);
    assert.deepEqual(cache.put(300, rows.slice(300, 400)), { from: 300, to: 400 });
    assert.deepEqual(cache.get(350), rows[350]);
    assert.deepEqual(cache.ask(300, 340), []);
  });

  await t.test('should not ask again for a page answered in part (no request loop)', () => {
    const cache = new CoverageRowCache(1500, rows.slice(0, 100));
    assert.deepEqual(cache.ask(500, 520, 0), [{ from: 500, to: 600 }]);
    cache.put(500, rows.slice(500, 550));
    assert.deepEqual(cache.ask(500, 520, 0), []);
  });

  await t.test('should drop rows past the end', () => {
    const cache = new CoverageRowCache(10, []);
    assert.deepEqual(cache.put(5, rows.slice(0, 20)), { from: 5, to: 10 });
    assert.equal(cache.get(10), undefined);
  });

  await t.test('should keep each span within what one request may ask for', () => {
    const cache = new CoverageRowCache(1500, [], 400);
    const spans = cache.ask(0, 1500, 0);
    assert.ok(spans.every((s) => s.to - s.from <= MAX_ROWS_ASKED), JSON.stringify(spans));
    assert.deepEqual(spans, [{ from: 0, to: 800 }, { from: 800, to: 1500 }]);
  });

  await t.test('should use the default page size', () => {
    const cache = new CoverageRowCache(1500, []);
    assert.deepEqual(cache.ask(0, 1, 0), [{ from: 0, to: ROW_PAGE }]);
  });
});
