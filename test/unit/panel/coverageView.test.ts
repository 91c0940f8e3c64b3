/**
 * The coverage view's data (shared/coverageView.ts) from the real analysis of an invented
 * event, and its messages (shared/coverageProtocol.ts): what the webview gets is what
 * the HTML report shows, and every message is validated.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCoverage, findTranscript } from '../../../src/core/coverage/index';
import { createAnnotationService } from '../../../src/core/index';
import { coverageHead, sourceOfView } from '../../../src/shared/coveragePages';
import { checkFromCoverage, checkToCoverage, decodeRenderings } from '../../../src/shared/coverageProtocol';
import { buildCoverageView, coverageViewSource } from '../../../src/shared/coverageView';
import { ALTERED, ENGINEER_ONLY, FAITHFUL, TRANSCRIPT } from '../coverage/eventFixture';

function eventView(maxChars?: number) {
  const accounts = [TRANSCRIPT, FAITHFUL, ALTERED, ENGINEER_ONLY].map((text, i) => ({ uri: `file:///event/${['transcript', 'gazette', 'coastal', 'engineers'][i]}.txt`, text }));
  const set = createAnnotationService().annotateAccounts(accounts);
  const texts = Object.fromEntries(set.documents.map((d, i) => [d.id, accounts[i]!.text]));
  const coverage = buildCoverage(set, texts, findTranscript(set)!);
  const input = { coverage, set, texts, event: 'harbour', ...(maxChars ? { maxChars } : {}) };
  return { coverage, view: buildCoverageView(input), source: () => coverageViewSource(input) };
}

test('coverage view data', async (t) => {
  await t.test('should give a turn row followed by its sentence rows, a cell per report in each', () => {
    const { coverage, view } = eventView();
    assert.equal(view.event, 'harbour');
    assert.deepEqual(view.outlets.map((o) => `${o.key} ${o.name}`), ['A gazette.txt', 'B coastal.txt', 'C engineers.txt']);
    assert.equal(view.rows.length, coverage.turns.length + coverage.sentences.length);
    assert.equal(view.rows.filter((r) => r.kind === 'turn').length, coverage.turns.length);
    for (const row of view.rows) assert.equal(row.renderings.length, 3);
    const wall = view.rows.find((r) => r.kind === 'sentence' && r.text.includes('northern harbour wall before the winter storms'))!;
    assert.deepEqual(decodeRenderings(wall.renderings), ['verbatim', 'close', 'absent']);
    assert.deepEqual(wall.fidelity?.map((f) => f.outlet), [0, 1], 'both quote it');
    assert.equal(wall.outlets, 2);
    // The figures are the coverage model's.
    assert.deepEqual(view.outlets.map((o) => o.quotes.altered), coverage.stats.map((s) => s.quotes.altered));
    assert.deepEqual(view.outlets.map((o) => o.share), coverage.stats.map((s) => s.share));
  });

  await t.test('should group the same quote across reports with the word diff of the altered one', () => {
    const { view } = eventView();
    const group = view.quoteGroups.find((g) => g.outlets === 2)!;
    assert.ok(group, JSON.stringify(view.quoteGroups.map((g) => g.text)));
    const altered = group.quotes.find((q) => view.outlets[q.outlet]!.name === 'coastal.txt')!;
    assert.ok(altered.diff.some((p) => p.op === 'changed' && /summer tourists/.test(p.report ?? '') && /winter storms/.test(p.transcript ?? '')), JSON.stringify(altered.diff));
    assert.equal(altered.text, '', 'the diff holds the report words');
    const faithful = group.quotes.find((q) => view.outlets[q.outlet]!.name === 'gazette.txt')!;
    assert.deepEqual(faithful.diff, [], 'no diff for words quoted as said');
    assert.match(faithful.text, /northern harbour wall/);
  });

  await t.test('should shorten long passages and say so', () => {
    const { view } = eventView(20);
    const long = view.rows.find((r) => r.kind === 'sentence' && r.truncated)!;
    assert.ok(long.text.length <= 21);
    assert.ok(long.text.endsWith('…'));
  });

  await t.test('should build, as asked for, the rows and quotes of the whole view, in any order', () => {
    const { view, source } = eventView();
    const lazy = source();
    assert.equal(lazy.rowCount, view.rows.length);
    assert.equal(lazy.sentenceCount, view.rows.filter((r) => r.kind === 'sentence').length);
    for (const [from, to] of [[7, 9], [0, 3], [3, 7], [5, 100], [-2, 1], [9, 9], [view.rows.length, view.rows.length + 5]] as const) {
      assert.deepEqual(lazy.rows(from, to), view.rows.slice(Math.max(0, from), to), `rows ${from} to ${to}`);
    }
    assert.deepEqual(lazy.rows(0, view.rows.length), view.rows);
    assert.deepEqual(view.quoteGroups.map((_, i) => lazy.quotes(i)), view.quoteGroups.map((g) => g.quotes));
    assert.equal(lazy.quotes(view.quoteGroups.length), undefined);
    assert.deepEqual(coverageHead(source(), 3), coverageHead(sourceOfView(view), 3), 'the same head either way');
  });

  await t.test('should pass its own validator, and the validators refuse what does not fit', () => {
    const { view } = eventView();
    const head = coverageHead(sourceOfView(view), 1);
    const message = { type: 'coverage', view: head, sentAt: 1 };
    assert.deepEqual(checkToCoverage(message), { ok: true, value: message });
    const bad = checkToCoverage({ ...message, view: { ...head, rows: [{ ...head.rows[0], renderings: 'vx' }] } });
    assert.equal(bad.ok, false);
    assert.match(!bad.ok ? bad.error : '', /view\.rows\[0\]\.renderings: expected rendering codes/);
    const more = checkToCoverage({ ...message, view: { ...head, rowCount: 2 } });
    assert.match(!more.ok ? more.error : '', /view\.rows: \d+ rows sent of 2/);
    const rows = { type: 'rows', id: 1, from: 2, rows: view.rows.slice(2, 4) };
    assert.deepEqual(checkToCoverage(rows), { ok: true, value: rows });
    const quotes = { type: 'quotes', id: 1, group: 0, quotes: view.quoteGroups[0]!.quotes };
    assert.deepEqual(checkToCoverage(quotes), { ok: true, value: quotes });
    assert.equal(checkFromCoverage({ type: 'rows', id: 1, from: 100, to: 200 }).ok, true);
    assert.equal(checkFromCoverage({ type: 'rows', id: 1, from: 200, to: 100 }).ok, false, 'to before from');
    assert.equal(checkFromCoverage({ type: 'rows', id: 1, from: 0, to: 100_000 }).ok, false, 'too many rows at once');
    assert.equal(checkFromCoverage({ type: 'quotes', id: 1, group: 1.5 }).ok, false);
    assert.equal(checkFromCoverage({ type: 'reveal', kind: 'sentence', index: 2, outlet: 1 }).ok, true);
    assert.equal(checkFromCoverage({ type: 'reveal', kind: 'sentence', index: -1, outlet: 1 }).ok, false);
    assert.equal(checkFromCoverage({ type: 'command', command: 'workbench.action.terminal.new' }).ok, false);
    assert.equal(checkFromCoverage({ type: 'rendered', ms: 12.5, sinceSent: 20, rows: 10, outlets: 3, cells: 30 }).ok, true);
  });
});
