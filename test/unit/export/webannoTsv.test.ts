/**
 * The WebAnno TSV 3.3 export checked line by line against the grammar of the INCEpTION
 * user guide ("WebAnno TSV 3.3 File format"): header, two empty lines, sentence blocks of
 * `#Text=` lines and `sent-tok<TAB>begin-end<TAB>token<TAB>features…` rows, escaping,
 * disambiguation ids and relation columns.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeTsv, toWebannoTsv, WEBANNO_HEADER } from '../../../src/core/export/webannoTsv';
import { REPORT, TEXTS, TRANSCRIPT } from './fixture';
import { HOSTILE_NOTE, reviewedSet } from './reviewedFixture';

/** The document the TSV describes: the accounts one after the other, one character apart. */
const DOCUMENT = `${REPORT}\n${TRANSCRIPT}`;
const TRANSCRIPT_AT = REPORT.length + 1;
/** Columns after the three token columns: Person 1, Country 2, Claim 4, Passage 1, relation 3 + source. */
const FEATURE_COLUMNS = 12;

/** Splits a cell at the `|` that are not escaped. */
function splitStack(cell: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    if (cell[i] === '\\') {
      current += cell.slice(i, i + 2);
      i++;
    } else if (cell[i] === '|') {
      parts.push(current);
      current = '';
    } else current += cell[i];
  }
  parts.push(current);
  return parts;
}

function unescapeTsv(value: string): string {
  return value.replace(/\\(->|[\\[\]|_;*]|t|n|r)/g, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : c));
}

interface Row { readonly id: string; readonly begin: number; readonly end: number; readonly token: string; readonly cells: string[] }

/** Parses the file strictly; throws on any line the grammar does not allow. */
function parseTsv(tsv: string): { header: string[]; rows: Row[]; sentences: string[][] } {
  assert.ok(tsv.endsWith('\n'));
  const lines = tsv.slice(0, -1).split('\n');
  const header: string[] = [];
  let i = 0;
  assert.equal(lines[i++], '#FORMAT=WebAnno TSV 3.3');
  while (lines[i]!.startsWith('#T_')) {
    assert.match(lines[i]!, /^#T_(SP|RL)=[A-Za-z][\w.]*(\|[A-Za-z][\w.]*)+$/, `header line ${i}`);
    header.push(lines[i++]!);
  }
  assert.equal(lines[i++], '', 'first empty line after the header');
  assert.equal(lines[i++], '', 'second empty line after the header');
  const rows: Row[] = [];
  const sentences: string[][] = [];
  let sentence = 0;
  while (i < lines.length) {
    const text: string[] = [];
    while (lines[i]?.startsWith('#Text=')) text.push(lines[i++]!.slice('#Text='.length));
    assert.ok(text.length > 0, `line ${i} should open a sentence with #Text=: ${JSON.stringify(lines[i])}`);
    sentences.push(text);
    sentence++;
    let token = 0;
    while (i < lines.length && lines[i] !== '') {
      const cells = lines[i]!.split('\t');
      assert.equal(cells.length, 3 + FEATURE_COLUMNS, `line ${i} has ${cells.length} columns`);
      const [id, range, form, ...features] = cells as [string, string, string, ...string[]];
      assert.equal(id, `${sentence}-${++token}`, `token ids count up in line ${i}`);
      const m = /^(\d+)-(\d+)$/.exec(range);
      assert.ok(m, `range in line ${i}`);
      assert.doesNotMatch(form, /(^|[^\\])[|[\]]/, `the token of line ${i} is escaped`);
      for (const f of features) assert.match(f, /^(_|(\\.|[^\\\t])+)$/, `feature cell "${f}" in line ${i}`);
      rows.push({ id, begin: Number(m[1]), end: Number(m[2]), token: unescapeTsv(form), cells: features });
      i++;
    }
    assert.equal(lines[i++], '', 'a sentence block ends with an empty line');
  }
  return { header, rows, sentences };
}

test('toWebannoTsv', async (t) => {
  const tsv = toWebannoTsv(reviewedSet(), TEXTS);
  const { header, rows, sentences } = parseTsv(tsv);

  await t.test('should open with the format line, the layers (relations last, with BT_) and two empty lines', () => {
    assert.deepEqual(header, WEBANNO_HEADER.slice(1));
    assert.match(header[header.length - 1]!, /^#T_RL=.*\|BT_webanno\.custom\.Passage$/);
    assert.ok(tsv.startsWith(`${WEBANNO_HEADER.join('\n')}\n\n\n#Text=`));
  });

  await t.test('should give every token its UTF-16 offsets in the one document, and sentences that start at their first token', () => {
    for (const r of rows) assert.equal(DOCUMENT.slice(r.begin, r.end), r.token, `token ${r.id}`);
    // The emoji counts two UTF-16 units.
    const emoji = rows.find((r) => r.token === '🎉')!;
    assert.equal(emoji.end - emoji.begin, 2);
    let index = 0;
    for (const text of sentences) {
      const first = rows[index]!;
      assert.ok(unescapeTsv(text.join('\n')).startsWith(first.token), `sentence ${text[0]} starts with its first token`);
      index += rows.filter((r) => r.id.startsWith(`${sentences.indexOf(text) + 1}-`)).length;
    }
    assert.ok(rows.some((r) => r.begin >= TRANSCRIPT_AT), 'the transcript follows the report');
  });

  await t.test('should mark a claim over several tokens (across a line break) with one disambiguation id on each', () => {
    const claimType = (r: Row) => r.cells[3]!;
    const start = REPORT.indexOf('in Chile.');
    const end = REPORT.indexOf('@Kovač added') + 6;
    const inside = rows.filter((r) => r.begin >= start && r.end <= end);
    const ids = inside.map((r) => splitStack(claimType(r)).find((v) => v.startsWith('reported'))).map((v) => /\[(\d+)\]$/.exec(v ?? '')?.[1]);
    assert.ok(ids[0]);
    assert.ok(ids.every((id) => id === ids[0]), `one id on every token: ${ids}`);
    assert.deepEqual(inside.map((r) => r.token).join(' '), 'in Chile . @ Kovač');
  });

  await t.test('should write the review as escaped Claim features and leave a claim without one as *', () => {
    const quoteStart = REPORT.indexOf('"=cmd');
    const first = rows.find((r) => r.begin === quoteStart)!;
    const [, note, speaker, verdict] = first.cells.slice(3, 7).map((c) => splitStack(c).find((v) => /\[\d+\]$/.test(v))!);
    assert.equal(unescapeTsv(note!.replace(/\[\d+\]$/, '')), HOSTILE_NOTE);
    assert.equal(unescapeTsv(speaker!.replace(/\[\d+\]$/, '')), 'Ana Kovač');
    assert.equal(verdict!.replace(/\[\d+\]$/, ''), 'misquoted');
    const across = rows.find((r) => r.token === '@')!;
    assert.match(across.cells[6]!, /^\*\[\d+\]$/, 'no verdict: *');
    assert.equal(rows.find((r) => r.token === 'Unrelated')!.cells[3], '_', 'no claim: _');
  });

  await t.test('should write each cross-reference as a relation on the first token of its target, pointing at its source', () => {
    const tStart = TRANSCRIPT_AT + TRANSCRIPT.indexOf('We expect');
    const target = rows.find((r) => r.begin === tStart)!;
    const [match, note, verdict, source] = target.cells.slice(8);
    assert.equal(match, 'close');
    assert.equal(note, 'same words');
    assert.equal(verdict, 'accurate');
    const sourceRow = rows.find((r) => r.begin === REPORT.indexOf('"-5%'))!;
    assert.match(source!, new RegExp(`^${sourceRow.id}\\[\\d+_\\d+\\]$`));
    const peru = rows.find((r) => r.token === 'Peru')!;
    assert.equal(peru.cells[8], 'partial');
    // "Ana" (the report's first token) is a passage of its own: a relation to a one-token passage.
    assert.match(peru.cells[11]!, new RegExp(`^${rows.find((r) => r.begin === 0)!.id}(\\[\\d+_\\d+\\])?$`));
    assert.equal(rows.find((r) => r.token === 'Unrelated')!.cells[11], '_');
  });

  await t.test('should escape the reserved characters', () => {
    assert.equal(escapeTsv('a\\b[c]d|e_f->g;h*i\tj\nk\rl'), 'a\\\\b\\[c\\]d\\|e\\_f\\->g\\;h\\*i\\tj\\nk\\rl');
    assert.equal(unescapeTsv(escapeTsv(HOSTILE_NOTE)), HOSTILE_NOTE);
  });
});
