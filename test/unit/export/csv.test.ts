import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CSV_COLUMNS, neutraliseCell, toCsv } from '../../../src/core/export/csv';
import { hostileSet, TEXTS } from './fixture';

/** A strict RFC 4180 reader (CRLF records, "" escapes), to read the export back. */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < input.length) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      cell += c; i++; continue;
    }
    if (c === '"') { assert.equal(cell, '', `quote inside an unquoted cell at ${i}`); quoted = true; i++; continue; }
    if (c === ',') { row.push(cell); cell = ''; i++; continue; }
    if (c === '\r' && input[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 2; continue; }
    assert.ok(c !== '\n' && c !== '\r', `bare line break outside quotes at ${i}`);
    cell += c; i++;
  }
  assert.equal(quoted, false, 'unterminated quoted cell');
  assert.equal(row.length + cell.length, 0, 'last record must end with CRLF');
  return rows;
}

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
});
