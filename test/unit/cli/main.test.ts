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

/** Every file under `dir`, relative, sorted. */
function tree(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).map((e) => path.relative(dir, path.join(e.parentPath, e.name)) + (e.isDirectory() ? '/' : '')).sort();
}

/** A folder holding a copy of the sample pair, a sidecar and unrelated files. */
function workFolder(): { dir: string; news: string; transcript: string; sidecar: string } {
  const dir = tempDir();
  const copy = (from: string) => {
    const to = path.join(dir, path.basename(from));
    fs.copyFileSync(from, to);
    return to;
  };
  const sidecar = path.join(dir, 'sochi-2020-news.annotations.json');
  fs.writeFileSync(sidecar, JSON.stringify({ format: 'transcript-annotator/hand', version: 1, account: 'sochi-2020-news.txt', annotations: [] }));
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.writeFileSync(path.join(dir, 'sub', 'notes.md'), 'keep me');
  fs.writeFileSync(path.join(dir, 'keep.txt'), 'keep me too');
  return { dir, news: copy(news), transcript: copy(transcript), sidecar };
}

test('brat --out an existing folder', async (t) => {
  await t.test('should write into it and delete nothing', async () => {
    const out = tempDir();
    fs.mkdirSync(path.join(out, 'sub'));
    fs.writeFileSync(path.join(out, 'sub', 'x.bin'), 'x');
    fs.writeFileSync(path.join(out, 'unrelated.txt'), 'mine');
    const r = await cli('export', news, transcript, '--format', 'brat', '--out', out);
    assert.equal(r.code, EXIT.ok, r.err);
    assert.deepEqual(tree(out), ['annotation.conf', 'sochi-2020-news.ann', 'sochi-2020-news.txt', 'sochi-2020-transcript.ann', 'sochi-2020-transcript.txt', 'sub/', 'sub/x.bin', 'unrelated.txt']);
    assert.equal(fs.readFileSync(path.join(out, 'unrelated.txt'), 'utf8'), 'mine');
  });

  await t.test('should refuse to replace files it would write, unless --force, and then replace only those', async () => {
    const out = tempDir();
    fs.writeFileSync(path.join(out, 'annotation.conf'), 'old');
    fs.writeFileSync(path.join(out, 'other.txt'), 'mine');
    const r = await cli('export', news, transcript, '--format', 'brat', '--out', out);
    assert.equal(r.code, EXIT.output);
    assert.match(r.err, /annotation\.conf.*exists.*--force/);
    assert.deepEqual(tree(out), ['annotation.conf', 'other.txt'], 'nothing written when refused');
    const forced = await cli('export', news, transcript, '--format', 'brat', '--out', out, '--force');
    assert.equal(forced.code, EXIT.ok, forced.err);
    assert.notEqual(fs.readFileSync(path.join(out, 'annotation.conf'), 'utf8'), 'old');
    assert.equal(fs.readFileSync(path.join(out, 'other.txt'), 'utf8'), 'mine');
  });

  await t.test('should never replace an input account or its sidecar, even with --force (--out "$PWD")', async () => {
    const w = workFolder();
    const before = tree(w.dir);
    const texts = [w.news, w.transcript, w.sidecar].map((f) => fs.readFileSync(f, 'utf8'));
    for (const extra of [[], ['--force']]) {
      const r = await cli('export', w.news, w.transcript, '--format', 'brat', '--out', w.dir, ...extra);
      assert.equal(r.code, EXIT.output, r.err);
      assert.match(r.err, /sochi-2020-news\.txt.*input account/);
      assert.deepEqual(tree(w.dir), before);
      assert.deepEqual([w.news, w.transcript, w.sidecar].map((f) => fs.readFileSync(f, 'utf8')), texts);
    }
  });

  await t.test('should create a folder that does not exist', async () => {
    const out = path.join(tempDir(), 'brat');
    const r = await cli('export', news, transcript, '--format', 'brat', '--out', out);
    assert.equal(r.code, EXIT.ok, r.err);
    assert.equal(tree(out).length, 5);
    assert.deepEqual(fs.readdirSync(path.dirname(out)), ['brat'], 'no temporary folder left');
  });
});

test('--out a file', async (t) => {
  await t.test('should refuse to replace an existing file unless --force', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'set.json');
    fs.writeFileSync(out, 'precious');
    const r = await cli('export', news, transcript, '--out', out);
    assert.equal(r.code, EXIT.output);
    assert.match(r.err, /set\.json exists.*--force/);
    assert.equal(fs.readFileSync(out, 'utf8'), 'precious');
    const forced = await cli('export', news, transcript, '--out', out, '--force');
    assert.equal(forced.code, EXIT.ok, forced.err);
    assert.equal(JSON.parse(fs.readFileSync(out, 'utf8')).documents.length, 2);
    assert.deepEqual(fs.readdirSync(dir), ['set.json']);
  });

  await t.test('should refuse an input account, its sidecar, any sidecar or the workspace file, even with --force', async () => {
    const w = workFolder();
    fs.mkdirSync(path.join(w.dir, '.vscode'));
    const cases: Array<[string, RegExp]> = [
      [w.news, /input account/],
      [path.join(w.dir, '.', path.basename(w.transcript)), /input account/],
      [w.sidecar, /hand annotations/],
      [path.join(w.dir, 'other.annotations.json'), /hand annotations/],
      [path.join(w.dir, '.vscode', 'transcript-annotator.json'), /pairs/],
    ];
    for (const [out, reason] of cases) {
      const before = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : undefined;
      const r = await cli('export', w.news, w.transcript, '--format', 'json', '--out', out, '--force');
      assert.equal(r.code, EXIT.usage, `${out}: ${r.err}`);
      assert.match(r.err, reason);
      assert.equal(fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : undefined, before, `${out} changed`);
    }
  });

  await t.test('should refuse an empty --out with a clear message', async () => {
    for (const argv of [['--out', ''], ['--out=']]) {
      const r = await cli('export', news, ...argv);
      assert.equal(r.code, EXIT.usage);
      assert.match(r.err, /--out needs a path/);
    }
  });
});

test('should refuse the same account given twice', async () => {
  const w = workFolder();
  const link = path.join(w.dir, 'link.txt');
  fs.symlinkSync(w.news, link);
  for (const second of [w.news, path.join(w.dir, 'sub', '..', path.basename(w.news)), link]) {
    const r = await cli('export', w.news, second);
    assert.equal(r.code, EXIT.usage, r.err);
    assert.match(r.err, /given twice/);
  }
});

test('should remove one BOM only, so offsets stay exact', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'two-boms.txt');
  const text = `\ufeff${fs.readFileSync(transcript, 'utf8')}`;
  fs.writeFileSync(file, `\ufeff${text}`);
  const set = JSON.parse((await cli('export', file)).out);
  assert.equal(set.documents[0].length, text.length);
  assert.ok(set.annotations.length > 0);
  for (const a of set.annotations) assert.equal(text.slice(a.start, a.end), a.text);
});

test('should say a UTF-16 file is UTF-16, and warn at the first invalid UTF-8 byte', async () => {
  const dir = tempDir();
  const sample = fs.readFileSync(transcript, 'utf8');
  for (const [name, bytes] of [['le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')])], ['nobom.txt', Buffer.from(sample, 'utf16le')]] as const) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    const r = await cli('export', file);
    assert.equal(r.code, EXIT.input, r.err);
    assert.match(r.err, /UTF-16 text: save it as UTF-8/);
  }
  const latin1 = path.join(dir, 'latin1.txt');
  const prefix = Buffer.from(sample.slice(0, 40), 'utf8');
  fs.writeFileSync(latin1, Buffer.concat([prefix, Buffer.from([0xe9]), Buffer.from(sample.slice(40), 'utf8')]));
  const r = await cli('export', latin1);
  assert.equal(r.code, EXIT.ok, r.err);
  assert.match(r.err, new RegExp(`warning: .*latin1\\.txt is not valid UTF-8 \\(first bad byte at offset ${prefix.length}\\)`));
});

test('should escape terminal control characters of file names in messages', async () => {
  const dir = tempDir();
  const hostile = path.join(dir, 'evil\u001b[2J\u001b]0;pwned\u0007\nname.txt');
  const r = await cli('export', hostile);
  assert.equal(r.code, EXIT.input);
  assert.doesNotMatch(r.err, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  assert.equal(r.err.trim().split('\n').length, 1);
  assert.match(r.err, /evil\\x1b\[2J/);
});

test('should report a sidecar that is not valid UTF-8 and use none of it', async () => {
  const w = workFolder();
  const text = fs.readFileSync(w.news, 'utf8');
  const start = text.indexOf('Sochi');
  const entry = {
    '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:uuid:00000000-0000-4000-8000-000000000001', type: 'Annotation', motivation: 'identifying',
    created: '2026-01-01T00:00:00Z', creator: { type: 'Person' },
    body: [{ type: 'TextualBody', purpose: 'tagging', value: 'country' }, { type: 'TextualBody', purpose: 'identifying', value: 'Sochi\u00e9' }],
    target: { source: 'sochi-2020-news.txt', selector: [{ type: 'TextQuoteSelector', exact: 'Sochi', prefix: '', suffix: text.slice(5, 37) }, { type: 'TextPositionSelector', start, end: start + 5 }] },
  };
  const json = JSON.stringify({ format: 'transcript-annotator/hand', version: 1, account: 'sochi-2020-news.txt', annotations: [entry] });
  // "é" written as Latin-1: one invalid byte.
  fs.writeFileSync(w.sidecar, Buffer.from(json.replace('\u00e9', '\u0000'), 'utf8').map((b) => (b === 0 ? 0xe9 : b)));
  const r = await cli('export', w.news);
  assert.equal(r.code, EXIT.ok, r.err);
  assert.match(r.err, /sochi-2020-news\.annotations\.json is not valid UTF-8/);
  const set = JSON.parse(r.out);
  assert.ok(!set.annotations.some((a: { origin?: string }) => a.origin === 'hand'), 'nothing of the sidecar is used');
});
