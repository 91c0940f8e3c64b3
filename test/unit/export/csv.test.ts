import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CSV_COLUMNS, neutraliseCell, toCsv } from '../../../src/core/export/csv';
import type { AnnotationSet } from '../../../src/core/model/annotation';
import { hostileSet, TEXTS } from './fixture';
import { HOSTILE_NOTE, reviewedSet } from './reviewedFixture';
import { readCsvStrictly as parseCsv } from './readCsv';

test('toCsv', async (t) => {
  const rows = parseCsv(toCsv(hostileSet(), TEXTS));
  const header = rows[0];
  const col = (name: (typeof CSV_COLUMNS)[number]) => header.indexOf(name);

  await t.test('should write the Recogito-style header and one row per annotation plus detached links', () => {
    assert.deepEqual(header, [...CSV_COLUMNS]);
    assert.equal(rows.length, 1 + hostileSet().annotations.length + 1);
    for (const r of rows) assert.equal(r.length, CSV_COLUMNS.length);
  });

  await t.test('should keep quotes, commas, tabs and line breaks intact through RFC 4180 quoting', () => {
    const across = rows.find((r) => r[col('quote')].startsWith('in Chile.'))!;
    assert.equal(across[col('quote')], TEXTS.d1.slice(TEXTS.d1.indexOf('in Chile.'), TEXTS.d1.indexOf('@Kovač added') + 6));
    assert.ok(across[col('quote')].includes('\r\n'));
    const quote = rows.find((r) => r[col('quote')].startsWith('"=cmd'))!;
    assert.equal(quote[col('quote')], '"=cmd|\' /C calc\'!A0, <b>&amp;"');
  });

  await t.test('should neutralise cells that a spreadsheet would run as formulas', () => {
    for (const r of rows) for (const cell of r) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `cell ${JSON.stringify(cell)}`);
    assert.equal(neutraliseCell('=1+1'), "'=1+1");
    assert.equal(neutraliseCell('+3 jobs'), "'+3 jobs");
    assert.equal(neutraliseCell('-5%'), "'-5%");
    assert.equal(neutraliseCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(neutraliseCell('\tx'), "'\tx");
    assert.equal(neutraliseCell('safe = text'), 'safe = text');
  });

  await t.test('should fill entity, iso, speaker, claim type, counterpart and match', () => {
    const country = rows.find((r) => r[col('type')] === 'country')!;
    assert.deepEqual([country[col('entity')], country[col('iso')], country[col('anchor')], country[col('file')]], ['Chile', 'CL', `char-offset:${TEXTS.d1.indexOf('Chile')}`, 'report one.txt']);
    const linked = rows.find((r) => r[col('quote')].startsWith('"-5%'))!;
    assert.equal(linked[col('speaker')], 'Ana Kovač');
    assert.equal(linked[col('claim type')], 'quote');
    assert.equal(linked[col('match')], 'close');
    assert.match(linked[col('counterpart')], /^transcript\.txt@char-offset:\d+: We expect -5% growth/);
    const unsupported = rows.find((r) => r[col('quote')].startsWith('"=cmd'))!;
    assert.equal(unsupported[col('match')], 'unsupported');
    const detached = rows.find((r) => r[col('type')] === 'cross-reference')!;
    assert.deepEqual([detached[col('quote')], detached[col('match')]], ['Ana', 'partial']);
  });

  await t.test('should quote cells with a bare LF or CR, so a strict reader sees whole records', () => {
    // Lines of the text that start like formulas, after a bare LF, a bare CR, and a CRLF.
    const text = 'He said\n=cmd|\' /C calc\'!A0 and\r@SUM(1+1) then\r\n+1 end, "q"\n\uFF1D1+1 \uFF0B2 \uFF0D3 \uFF20x';
    const whole = { start: 0, end: text.length };
    const set: AnnotationSet = {
      format: 'transcript-annotator/1',
      documents: [{ id: 'd1', uri: 'file:///x/lines.txt', role: 'report', length: text.length }],
      entities: [],
      annotations: [
        { id: 'a1', document: 'd1', kind: 'claim', ...whole, text, claimType: 'statement' },
        { id: 'a2', document: 'd1', kind: 'claim', start: 0, end: text.indexOf(' "q"'), text: text.slice(0, text.indexOf(' "q"')), claimType: 'statement' },
        { id: 'a3', document: 'd1', kind: 'claim', start: text.indexOf('\uFF1D'), end: text.length, text: text.slice(text.indexOf('\uFF1D')), claimType: 'statement' },
        // Only a bare LF, only a bare CR: nothing else that makes csv-stringify quote.
        { id: 'a4', document: 'd1', kind: 'claim', start: 0, end: text.indexOf(' and'), text: text.slice(0, text.indexOf(' and')), claimType: 'statement' },
        { id: 'a5', document: 'd1', kind: 'claim', start: text.indexOf(' and'), end: text.indexOf(' then'), text: text.slice(text.indexOf(' and'), text.indexOf(' then')), claimType: 'statement' },
      ],
      crossReferences: [],
      unmatched: [],
    };
    const back = parseCsv(toCsv(set, { d1: text }));
    assert.equal(back.length, 1 + set.annotations.length);
    const quoteCol = CSV_COLUMNS.indexOf('quote');
    assert.deepEqual(back.slice(1).map((r) => r[quoteCol]), set.annotations.map((a) => neutraliseCell(a.text)));
    for (const r of back) for (const cell of r) assert.doesNotMatch(cell, /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/, `cell ${JSON.stringify(cell)}`);
  });

  await t.test('should neutralise fullwidth formula signs and a leading line break', () => {
    for (const c of ['\uFF1D1+1', '\uFF0B1', '\uFF0D1', '\uFF20SUM(A1)', '\n=1+1', '\r=1+1']) assert.equal(neutraliseCell(c), `'${c}`);
  });
});

test('toCsv reviews', async (t) => {
  const rows = parseCsv(toCsv(reviewedSet(), TEXTS));
  const header = rows[0]!;
  const col = (r: string[], name: (typeof CSV_COLUMNS)[number]) => r[header.indexOf(name)];
  /** The row of annotation `id` (by its words). */
  const rowOf = (id: string) => rows.find((r) => r !== header && col(r, 'type') === 'claim' && col(r, 'quote') === reviewedSet().annotations.find((x) => x.id === id)!.text);

  await t.test('should give each reviewed claim its verdict, note and reviewer, the note whole and neutralised', () => {
    const reviewed = rowOf('a2')!;
    assert.deepEqual([col(reviewed, 'verdict'), col(reviewed, 'note'), col(reviewed, 'creator')], ['misquoted', `'${HOSTILE_NOTE}`, 'Dana Reviewer']);
    const bare = rowOf('a6')!;
    assert.deepEqual([col(bare, 'verdict'), col(bare, 'note'), col(bare, 'creator')], ['out of context', '', '']);
  });

  await t.test('should give a reviewed cross-reference a row of its own with its review, and leave unreviewed ones out', () => {
    const links = rows.filter((r) => col(r, 'type') === 'cross-reference');
    const reviewed = links.filter((r) => col(r, 'verdict') !== '');
    assert.deepEqual(reviewed.map((r) => [col(r, 'verdict'), col(r, 'note'), col(r, 'creator')]), [['accurate', 'same words', 'Lee']]);
    // The detached link of the fixture keeps its row, unreviewed.
    assert.equal(links.length - reviewed.length, 1);
    for (const r of rows) assert.equal(r.length, CSV_COLUMNS.length);
  });

  await t.test('should leave the review cells empty for a set nobody reviewed', () => {
    const plain = parseCsv(toCsv(hostileSet(), TEXTS)).slice(1);
    assert.ok(plain.every((r) => r.slice(-3).every((c) => c === '')));
  });
});
