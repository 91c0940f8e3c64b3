import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RECOGITO_COLUMNS, toRecogitoCsv } from '../../../src/core/export/recogitoCsv';
import { hostileSet, REPORT, TEXTS } from './fixture';
import { readCsvStrictly } from './readCsv';
import { HOSTILE_NOTE, reviewedSet } from './reviewedFixture';

test('toRecogitoCsv', async (t) => {
  const records = readCsvStrictly(toRecogitoCsv(reviewedSet(), TEXTS));
  const row = (quoteStart: string) => records.find((r) => r[2]!.startsWith(quoteStart))!;
  const col = (r: string[], name: (typeof RECOGITO_COLUMNS)[number]) => r[RECOGITO_COLUMNS.indexOf(name)]!;

  await t.test("should write Recogito's exact header, every cell quoted, CRLF records", () => {
    const csv = toRecogitoCsv(reviewedSet(), TEXTS);
    assert.equal(csv.split('\r\n')[0], RECOGITO_COLUMNS.map((c) => `"${c}"`).join(','));
    assert.deepEqual(records[0], 'UUID,FILE,QUOTE_TRANSCRIPTION,ANCHOR,TYPE,URI,VOCAB_LABEL,LAT,LNG,PLACE_TYPE,VERIFICATION_STATUS,TAGS,COMMENTS'.split(','));
    for (const r of records) assert.equal(r.length, 13);
    for (const line of csv.split('\r\n').slice(1, -1)) assert.match(line, /^"/);
  });

  await t.test('should put verdicts in VERIFICATION_STATUS and notes in COMMENTS, neutralising formulas', () => {
    const quote = row('"=cmd');
    assert.equal(col(quote, 'VERIFICATION_STATUS'), 'misquoted');
    assert.ok(col(quote, 'COMMENTS').startsWith(`'${HOSTILE_NOTE}|counterpart`) || col(quote, 'COMMENTS') === `'${HOSTILE_NOTE}`);
    assert.equal(col(row('"-5%'), 'VERIFICATION_STATUS'), 'out of context');
    assert.equal(col(row('Ana Kovač'), 'VERIFICATION_STATUS'), '');
  });

  await t.test("should map kinds to Recogito's entity types and the rest to tags", () => {
    const person = row('Ana Kovač');
    assert.deepEqual([col(person, 'TYPE'), col(person, 'VOCAB_LABEL'), col(person, 'ANCHOR')], ['PERSON', 'Ana Kovač', 'char-offset:0']);
    assert.match(col(person, 'URI'), /^urn:uuid:/);
    const chile = records.find((r) => r[2] === 'Chile' && r[1] === 'report one.txt')!;
    assert.deepEqual([col(chile, 'TYPE'), col(chile, 'PLACE_TYPE')], ['PLACE', 'country']);
    assert.deepEqual(col(row('"=cmd'), 'TAGS').split('|'), ['claim', 'quote', 'speaker:Ana Kovač', 'unsupported']);
  });

  await t.test('should write the quote on one line, as Recogito does', () => {
    const across = records.find((r) => r[2]!.startsWith('in Chile.'))!;
    assert.equal(across[2], 'in Chile. @Kovač');
    assert.ok(REPORT.includes('in Chile.\r\n@Kovač'));
  });

  await t.test('should give a reviewed cross-reference a row with its verdict, note and counterpart', () => {
    const link = records.find((r) => col(r, 'TAGS').startsWith('cross-reference'))!;
    assert.equal(col(link, 'VERIFICATION_STATUS'), 'accurate');
    assert.deepEqual(col(link, 'COMMENTS').split('|'), ['same words', 'counterpart transcript.txt char-offset:11: We expect -5% growth, +3 jobs on Monday.']);
    // Unreviewed links have no row of their own.
    assert.equal(readCsvStrictly(toRecogitoCsv(hostileSet(), TEXTS)).filter((r) => col(r, 'TAGS').startsWith('cross-reference')).length, 0);
  });
});
