/**
 * `transcript-annotator report` and the folder batch of `report` and `export` (run
 * in-process, with temporary folders): outputs, summary.csv, progress lines, exit codes,
 * and the export's file-safety rules (never an input, never a replacement without --force,
 * nothing written when refused).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { EXIT, run } from '../../../src/cli/main';
import { SUMMARY_COLUMNS } from '../../../src/core/coverage/index';
import { ALTERED, ENGINEER_ONLY, FAITHFUL, TRANSCRIPT, UNRELATED } from '../coverage/eventFixture';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

const tempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'ta-report-'));

/** Every file under `dir`, relative, sorted. */
function tree(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).map((e) => path.relative(dir, path.join(e.parentPath, e.name)) + (e.isDirectory() ? '/' : '')).sort();
}

/** Writes `files` (name → text) into `dir` (created), returns the paths in the order given. */
function put(dir: string, files: Record<string, string>): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return Object.entries(files).map(([name, text]) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  });
}

/** A corpus: two events, a folder that is no event, a README beside one event's accounts. */
function corpus(): string {
  const root = tempDir();
  put(path.join(root, 'harbour'), { 'transcript.txt': TRANSCRIPT, 'gazette.txt': FAITHFUL, 'coastal.txt': ALTERED, 'bakery.txt': UNRELATED, 'README.md': '# Notes\n\nSources of this event.\n' });
  put(path.join(root, 'harbour-two'), { 'briefing.transcript': TRANSCRIPT, 'engineers.txt': ENGINEER_ONLY });
  put(path.join(root, 'images'), { 'photo.json': '{}' });
  return root;
}

const summaryOf = (file: string): Record<string, string>[] => parseCsv(fs.readFileSync(file, 'utf8'), { columns: true });

test('report <transcript> <report>…', async (t) => {
  const dir = tempDir();
  const [transcript, gazette, coastal, bakery] = put(dir, { 'transcript.txt': TRANSCRIPT, 'gazette.txt': FAITHFUL, 'coastal.txt': ALTERED, 'bakery.txt': UNRELATED });

  await t.test('should write one HTML file with a column per report, and nothing else', async () => {
    const outDir = tempDir();
    const out = path.join(outDir, 'coverage.html');
    const r = await cli('report', transcript!, gazette!, coastal!, bakery!, '--out', out);
    assert.equal(r.code, EXIT.ok, r.err);
    const html = fs.readFileSync(out, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /Content-Security-Policy/);
    for (const name of ['gazette.txt', 'coastal.txt', 'bakery.txt']) assert.ok(html.includes(name), name);
    assert.deepEqual(fs.readdirSync(outDir), ['coverage.html']);
  });

  await t.test('should take the first account as the transcript, whatever its name', async () => {
    const other = tempDir();
    const [first, second] = put(other, { 'b-official.txt': TRANSCRIPT, 'a-news.txt': FAITHFUL });
    const r = await cli('report', first!, second!);
    assert.equal(r.code, EXIT.ok, r.err);
    assert.match(r.out, /Transcript: <strong><bdi>b-official\.txt<\/bdi><\/strong>/);
  });

  await t.test('should print the HTML without --out', async () => {
    const r = await cli('report', transcript!, gazette!);
    assert.equal(r.code, EXIT.ok, r.err);
    assert.match(r.out, /^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
  });

  await t.test('should refuse a transcript without reports, an account named twice, and unknown options', async () => {
    const alone = await cli('report', transcript!);
    assert.equal(alone.code, EXIT.usage);
    assert.match(alone.err, /at least one report/);
    const twice = await cli('report', transcript!, gazette!, path.join(dir, '.', 'gazette.txt'));
    assert.equal(twice.code, EXIT.usage);
    assert.match(twice.err, /given twice/);
    assert.equal((await cli('report', transcript!, gazette!, '--format', 'csv')).code, EXIT.usage);
  });

  await t.test('should never write over an input, even with --force', async () => {
    const before = fs.readFileSync(gazette!, 'utf8');
    const r = await cli('report', transcript!, gazette!, '--out', gazette!, '--force');
    assert.equal(r.code, EXIT.usage);
    assert.match(r.err, /input account/);
    assert.equal(fs.readFileSync(gazette!, 'utf8'), before);
  });

  await t.test('should replace an existing file only with --force', async () => {
    const out = path.join(tempDir(), 'coverage.html');
    fs.writeFileSync(out, 'precious');
    const r = await cli('report', transcript!, gazette!, '--out', out);
    assert.equal(r.code, EXIT.output);
    assert.match(r.err, /exists.*--force/);
    assert.equal(fs.readFileSync(out, 'utf8'), 'precious');
    assert.equal((await cli('report', transcript!, gazette!, '--out', out, '--force')).code, EXIT.ok);
    assert.match(fs.readFileSync(out, 'utf8'), /^<!DOCTYPE html>/);
  });

  await t.test('should say which file is missing, with exit code 3', async () => {
    const r = await cli('report', transcript!, path.join(dir, 'missing.txt'), '--out', path.join(tempDir(), 'x.html'));
    assert.equal(r.code, EXIT.input);
    assert.match(r.err, /missing\.txt does not exist/);
  });
});

test('report <folder> --out <folder>', async (t) => {
  await t.test('should write one HTML per event and a summary row per event and report, with a progress line per event', async () => {
    const root = corpus();
    const out = path.join(tempDir(), 'reports');
    const r = await cli('report', root, '--out', out);
    assert.equal(r.code, EXIT.ok, r.err);
    assert.deepEqual(tree(out), ['harbour-two.html', 'harbour.html', 'summary.csv']);
    const lines = r.err.trim().split('\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0]!, /\[1\/2\] harbour: transcript\.txt \+ 3 reports → harbour\.html/);
    assert.match(lines[1]!, /\[2\/2\] harbour-two: briefing\.transcript \+ 1 report → harbour-two\.html/);
    assert.match(lines[2]!, /2 events: 2 written; summary in/);
    const rows = summaryOf(path.join(out, 'summary.csv'));
    assert.deepEqual(Object.keys(rows[0]!), [...SUMMARY_COLUMNS]);
    assert.deepEqual(rows.map((row) => [row.event, row.status, row.transcript, row.report, row.output]), [
      ['harbour', 'ok', 'transcript.txt', 'bakery.txt', 'harbour.html'],
      ['harbour', 'ok', 'transcript.txt', 'coastal.txt', 'harbour.html'],
      ['harbour', 'ok', 'transcript.txt', 'gazette.txt', 'harbour.html'],
      ['harbour-two', 'ok', 'briefing.transcript', 'engineers.txt', 'harbour-two.html'],
    ]);
    const bakery = rows[0]!;
    assert.equal(bakery['share covered'], '0.000');
    assert.equal(bakery['sentences covered'], '0');
    assert.ok(Number(rows[2]!['share covered']) > 0);
    assert.ok(Number(rows[1]!['quotes altered']) >= 1);
    assert.ok(!fs.readFileSync(path.join(out, 'harbour.html'), 'utf8').includes('Sources of this event'), 'a README is no account');
  });

  await t.test('should go on past an event that fails, say it in the summary, and exit with 3', async () => {
    const root = corpus();
    put(path.join(root, 'no-transcript'), { 'a.txt': FAITHFUL, 'b.txt': ALTERED });
    const out = path.join(tempDir(), 'reports');
    const r = await cli('report', root, '--out', out);
    assert.equal(r.code, EXIT.input, r.err);
    assert.deepEqual(tree(out), ['harbour-two.html', 'harbour.html', 'summary.csv']);
    assert.match(r.err, /\[3\/3\] no-transcript: failed: .*none of them reads as a transcript.*name the transcript's file/);
    const failed = summaryOf(path.join(out, 'summary.csv')).find((row) => row.event === 'no-transcript')!;
    assert.match(failed.status!, /^failed: /);
  });

  await t.test('should write nothing when a file it would write exists, unless --force', async () => {
    const root = corpus();
    const out = tempDir();
    fs.writeFileSync(path.join(out, 'harbour.html'), 'precious');
    fs.writeFileSync(path.join(out, 'mine.txt'), 'mine');
    const r = await cli('report', root, '--out', out);
    assert.equal(r.code, EXIT.output);
    assert.match(r.err, /Nothing was written: harbour\.html exists.*--force/);
    assert.deepEqual(tree(out), ['harbour.html', 'mine.txt']);
    assert.equal(fs.readFileSync(path.join(out, 'harbour.html'), 'utf8'), 'precious');
    const forced = await cli('report', root, '--out', out, '--force');
    assert.equal(forced.code, EXIT.ok, forced.err);
    assert.deepEqual(tree(out), ['harbour-two.html', 'harbour.html', 'mine.txt', 'summary.csv']);
    assert.equal(fs.readFileSync(path.join(out, 'mine.txt'), 'utf8'), 'mine');
  });

  await t.test('should take a folder that holds accounts as one event, with a summary named after it', async () => {
    const root = corpus();
    const out = tempDir();
    const r = await cli('report', path.join(root, 'harbour'), '--out', out);
    assert.equal(r.code, EXIT.ok, r.err);
    assert.deepEqual(tree(out), ['harbour.html', 'harbour.summary.csv']);
  });

  await t.test('should leave its own --out folder out of the events when it lies inside', async () => {
    const root = corpus();
    const out = path.join(root, 'out');
    assert.equal((await cli('report', root, '--out', out)).code, EXIT.ok);
    fs.writeFileSync(path.join(out, 'stray.txt'), TRANSCRIPT);
    const again = await cli('report', root, '--out', out, '--force');
    assert.equal(again.code, EXIT.ok, again.err);
    assert.ok(!again.err.includes('] out:'));
  });

  await t.test('should ask for --out, and say when a folder holds no event', async () => {
    const root = corpus();
    const r = await cli('report', root);
    assert.equal(r.code, EXIT.usage);
    assert.match(r.err, /give the folder to write them to/);
    const empty = tempDir();
    fs.mkdirSync(path.join(empty, 'sub'));
    const none = await cli('report', empty, '--out', path.join(tempDir(), 'x'));
    assert.equal(none.code, EXIT.input);
    assert.match(none.err, /holds no event/);
  });
});

test('export <folder> --out <folder>', async (t) => {
  await t.test('should write one JSON annotation set per event and the summary', async () => {
    const root = corpus();
    const out = path.join(tempDir(), 'sets');
    const r = await cli('export', root, '--out', out);
    assert.equal(r.code, EXIT.ok, r.err);
    assert.deepEqual(tree(out), ['harbour-two.json', 'harbour.json', 'summary.csv']);
    const set = JSON.parse(fs.readFileSync(path.join(out, 'harbour.json'), 'utf8'));
    assert.equal(set.format, 'transcript-annotator/1');
    assert.deepEqual(set.documents.map((d: { role: string }) => d.role), ['report', 'report', 'report', 'transcript']);
    assert.equal(summaryOf(path.join(out, 'summary.csv')).length, 4);
  });

  await t.test('should write other formats as <event>.<extension>', async () => {
    const root = corpus();
    const out = path.join(tempDir(), 'csv');
    const r = await cli('export', root, '--format', 'csv', '--out', out);
    assert.equal(r.code, EXIT.ok, r.err);
    assert.deepEqual(tree(out), ['harbour-two.csv', 'harbour.csv', 'summary.csv']);
  });

  await t.test('should never write brat copies over the accounts, even with --force into the corpus itself', async () => {
    const root = corpus();
    const before = tree(root);
    const texts = before.filter((f) => !f.endsWith('/')).map((f) => fs.readFileSync(path.join(root, f), 'utf8'));
    const r = await cli('export', root, '--format', 'brat', '--out', root, '--force');
    assert.notEqual(r.code, EXIT.ok);
    assert.deepEqual(before.filter((f) => !f.endsWith('/')).map((f) => fs.readFileSync(path.join(root, f), 'utf8')), texts);
  });
});
