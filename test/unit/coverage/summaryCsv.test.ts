/**
 * summary.csv of a batch: one row per event and report, a failed event's row, cells safe
 * for spreadsheets.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { buildCoverage, findTranscript, summaryCsv, SUMMARY_COLUMNS } from '../../../src/core/coverage/index';
import { createAnnotationService } from '../../../src/core/index';
import { ALTERED, FAITHFUL, TRANSCRIPT } from './eventFixture';

function event(name: string) {
  const accounts = [TRANSCRIPT, FAITHFUL, ALTERED].map((text, i) => ({ uri: `file:///e/${['transcript', 'gazette', 'coastal'][i]}.txt`, text }));
  const set = createAnnotationService().annotateAccounts(accounts);
  const texts = Object.fromEntries(set.documents.map((d, i) => [d.id, accounts[i]!.text]));
  const names = Object.fromEntries(set.documents.map((d) => [d.id, d.uri.slice(d.uri.lastIndexOf('/') + 1)]));
  return { name, coverage: buildCoverage(set, texts, findTranscript(set)!), names, persons: new Map(set.entities.map((e) => [e.id, e.name])), output: `${name}.html` };
}

test('summaryCsv', async (t) => {
  const rows: Record<string, string>[] = parse(summaryCsv([event('harbour'), { name: 'broken', error: 'no transcript' }, event('=HYPERLINK("x")')]), { columns: true });

  await t.test('should give one row per event and report, in order, with the header', () => {
    assert.deepEqual(Object.keys(rows[0]!), [...SUMMARY_COLUMNS]);
    assert.deepEqual(rows.map((r) => [r.event, r.report]), [['harbour', 'gazette.txt'], ['harbour', 'coastal.txt'], ['broken', ''], ["'=HYPERLINK(\"x\")", 'gazette.txt'], ["'=HYPERLINK(\"x\")", 'coastal.txt']]);
  });

  await t.test('should give the figures of each report', () => {
    const [gazette, coastal] = rows;
    assert.equal(gazette!.sentences, '9');
    assert.match(gazette!['share covered']!, /^0\.\d{3}$/);
    assert.equal(gazette!['quotes altered'], '0');
    assert.equal(coastal!['quotes altered'], '1');
    assert.match(gazette!['speakers quoted']!, /^Anna Lindqvist=3; /);
    assert.match(gazette!['sentences covered per speaker']!, /Anna Lindqvist=2/);
  });

  await t.test('should say why an event failed, with no figures', () => {
    const broken = rows[2]!;
    assert.equal(broken.status, 'failed: no transcript');
    assert.ok(SUMMARY_COLUMNS.slice(2).every((c) => broken[c] === ''));
  });
});
