import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitAtLineBreaks, toBrat } from '../../../src/core/export/brat';
import { hostileSet, REPORT, TEXTS } from './fixture';

/** Reads T lines back, with offsets counted in code points as brat (Python) does. */
function checkTLines(ann: string, text: string): Map<string, string> {
  const codePoints = [...text];
  const types = new Map<string, string>();
  for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
    const m = /^(T\d+)\t(\w+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/.exec(line);
    assert.ok(m, `malformed T line ${JSON.stringify(line)}`);
    const fragments = m[3].split(';').map((f) => f.split(' ').map(Number));
    const expected = fragments.map(([s, e]) => codePoints.slice(s, e).join(''));
    for (const f of expected) assert.doesNotMatch(f, /[\r\n]/, `${m[1]} spans a line break`);
    assert.equal(m[4], expected.join(' '), `${m[1]} text must match its offsets`);
    types.set(m[1], m[2]);
  }
  return types;
}

test('toBrat', async (t) => {
  const files = toBrat(hostileSet(), TEXTS);
  const file = (name: string) => files.find((f) => f.name === name)?.content;

  await t.test('should write a .txt copy and a .ann per account, and annotation.conf', () => {
    assert.deepEqual(files.map((f) => f.name), ['report one.txt', 'report one.ann', 'transcript.txt', 'transcript.ann', 'annotation.conf']);
    assert.equal(file('report one.txt'), REPORT);
    assert.match(file('annotation.conf')!, /\[entities\]\nPerson\nCountry\nTurn\nClaim\nPassage/);
  });

  await t.test('should write T lines whose offsets (in code points) give their text, never across a line break', () => {
    const types = checkTLines(file('report one.ann')!, TEXTS.d1);
    checkTLines(file('transcript.ann')!, TEXTS.d2);
    assert.deepEqual([...types.values()], ['Person', 'Claim', 'Country', 'Claim', 'Person', 'Claim', 'Passage']);
  });

  await t.test('should split a span across a line break into fragments', () => {
    const line = file('report one.ann')!.split('\n').find((l) => l.startsWith('T4\t'))!;
    assert.match(line, /^T4\tClaim \d+ \d+;\d+ \d+\tin Chile\. @Kovač$/);
    assert.deepEqual(splitAtLineBreaks('ab\r\n\ncd', 0, 7), [{ start: 0, end: 2 }, { start: 5, end: 7 }]);
    assert.deepEqual(splitAtLineBreaks('\n\n', 0, 2), []);
  });

  await t.test('should count an astral character as one offset, as brat does', () => {
    const line = file('report one.ann')!.split('\n').find((l) => l.startsWith('T6\t'))!;
    const [start, end] = line.split('\t')[1].split(' ').slice(1).map(Number);
    const quote = '"-5% growth, +3 jobs\ton Monday 🎉"';
    assert.equal(end - start, [...quote].length);
    assert.equal(start, [...REPORT.slice(0, REPORT.indexOf(quote))].length);
  });

  await t.test('should write attributes and notes for entities, speakers and cross-references', () => {
    const ann = file('report one.ann')!;
    assert.match(ann, /^A\d+\tClaimType T2 quote$/m);
    assert.match(ann, /^A\d+\tUnsupported T2$/m);
    assert.match(ann, /^A\d+\tHand T4$/m);
    assert.match(ann, /^#\d+\tAnnotatorNotes T1\tentity p1 Ana Kovač$/m);
    assert.match(ann, /^#\d+\tAnnotatorNotes T6\tspeaker p1 Ana Kovač; counterpart transcript\.txt T2 close 0\.81$/m);
    assert.match(file('transcript.ann')!, /^#\d+\tAnnotatorNotes T1\tspeaker p1 Ana Kovač; label ANA KOVAČ$/m);
    for (const line of ann.split('\n').filter((l) => l.startsWith('#'))) assert.equal(line.split('\t').length, 3);
  });

  await t.test('should give every account its own files, even when names collide', () => {
    const text = 'Ana Kovač spoke.';
    const uris = ['file:///w/a/x.txt', 'file:///w/b/x.md', 'file:///w/x-2.txt', 'file:///w/c/X.TXT', 'file:///w/..%2F..%2Fevil.txt', 'file:///w/annotation.conf'];
    const set = { ...hostileSet(), documents: uris.map((uri, i) => ({ id: `d${i + 1}`, uri, role: 'report' as const, length: text.length })), annotations: [], crossReferences: [], unmatched: [], entities: [] };
    const texts = Object.fromEntries(set.documents.map((d) => [d.id, text]));
    const names = toBrat(set, texts).map((f) => f.name);
    assert.equal(names.length, 2 * uris.length + 1);
    assert.equal(new Set(names.map((n) => n.toLowerCase())).size, names.length, `names collide: ${names.join(', ')}`);
    for (const n of names) assert.doesNotMatch(n, /[\\/\u0000-\u001f]|^\.\.?$/, `unsafe name ${JSON.stringify(n)}`);
    // A name nobody else wants is kept as it is; the same input gives the same names.
    assert.ok(names.includes('x.txt') && names.includes('x-2.txt'));
    assert.deepEqual(toBrat(set, texts).map((f) => f.name), names);
  });
});
