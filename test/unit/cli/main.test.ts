/**
 * The command line (`run` in-process, with temporary files): help, version, exit codes,
 * one clear line per bad input file, no partial output, BOM stripped, CRLF kept.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { EXIT, run } from '../../../src/cli/main';

const samples = path.join(__dirname, '..', '..', '..', 'samples');
const news = path.join(samples, 'sochi-2020-news.txt');
const transcript = path.join(samples, 'sochi-2020-transcript.txt');

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ta-cli-'));
}

test('should print help and version', async () => {
  const help = await cli('--help');
  assert.equal(help.code, EXIT.ok);
  assert.match(help.out, /Usage:/);
  assert.match(help.out, /Exit codes:/);
  const version = await cli('--version');
  assert.equal(version.code, EXIT.ok);
  assert.match(version.out, /^\d+\.\d+\.\d+\n$/);
});

test('should export the pair as JSON on standard output', async () => {
  const r = await cli('export', news, transcript, '--format', 'json');
  assert.equal(r.code, EXIT.ok, r.err);
  const set = JSON.parse(r.out);
  assert.equal(set.format, 'transcript-annotator/1');
  assert.deepEqual(set.documents.map((d: { role: string }) => d.role), ['report', 'transcript']);
});

test('should write --out atomically', async () => {
  const dir = tempDir();
  const out = path.join(dir, 'set.json');
  const r = await cli('export', news, transcript, '--format', 'json', '--out', out);
  assert.equal(r.code, EXIT.ok, r.err);
  assert.equal(JSON.parse(fs.readFileSync(out, 'utf8')).documents.length, 2);
  assert.deepEqual(fs.readdirSync(dir), ['set.json']);
});

test('should refuse bad input files with one line naming the file, and write nothing', async () => {
  const dir = tempDir();
  const empty = path.join(dir, 'empty.txt');
  fs.writeFileSync(empty, '');
  const binary = path.join(dir, 'photo.txt');
  fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
  const missing = path.join(dir, 'missing.txt');
  const out = path.join(dir, 'out.json');
  for (const [file, pattern] of [[empty, /is empty/], [binary, /not a text file/], [missing, /does not exist/], [dir, /is a folder/]] as const) {
    const r = await cli('export', news, file, '--out', out);
    assert.equal(r.code, EXIT.input, r.err);
    assert.match(r.err, pattern);
    assert.ok(r.err.includes(file));
    assert.equal(r.err.trim().split('\n').length, 1);
    assert.ok(!fs.existsSync(out), 'partial output written');
  }
});

test('should report usage errors with exit code 2', async () => {
  assert.equal((await cli('export')).code, EXIT.usage);
  assert.equal((await cli('export', news, '--format', 'docx')).code, EXIT.usage);
  assert.equal((await cli('frobnicate')).code, EXIT.usage);
  assert.equal((await cli('export', news, '--bogus')).code, EXIT.usage);
});

test('should report an unwritable output with exit code 4', async () => {
  const r = await cli('export', news, '--out', path.join(tempDir(), 'no', 'such', 'dir', 'x.json'));
  assert.equal(r.code, EXIT.output);
  assert.match(r.err, /does not exist/);
});

test('should strip a BOM and keep CRLF as read', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'transcript.txt');
  const text = fs.readFileSync(transcript, 'utf8').replace(/\n/g, '\r\n');
  fs.writeFileSync(file, `\ufeff${text}`);
  const set = JSON.parse((await cli('export', file)).out);
  assert.equal(set.documents[0].length, text.length);
  for (const a of set.annotations) assert.equal(text.slice(a.start, a.end), a.text);
});
