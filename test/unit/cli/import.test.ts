/**
 * `transcript-annotator import`: into a fresh copy of the accounts, from the w3c and brat
 * exports of a reviewed copy, gives the same annotations; the sidecar there is never
 * overwritten; dry runs and unreadable sidecars write nothing.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { EXIT, run } from '../../../src/cli/main';
import { handTargetFor } from '../../../src/core/hand/create';
import type { HandAnnotation } from '../../../src/core/hand/model';
import { createSidecarCodec } from '../../../src/core/hand/sidecar';

const REPORT = 'Harbour chief Oskar Lind said on Tuesday that the port "will double its capacity by 2030". Lind added that the new cranes cost 40 million kronor.\n';
const TRANSCRIPT = 'OSKAR LIND: We will double the capacity of this port by 2030.\nQUESTION: And the cranes?\nOSKAR LIND: They cost forty million kronor.\n';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

/** A folder with the two accounts (and, when given, the report's sidecar). */
function pairFolder(hand?: (reportUri: string) => HandAnnotation[]): { dir: string; report: string; transcript: string; sidecar: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-import-'));
  const report = path.join(dir, 'report.txt');
  const transcript = path.join(dir, 'transcript.txt');
  fs.writeFileSync(report, REPORT);
  fs.writeFileSync(transcript, TRANSCRIPT);
  const sidecar = path.join(dir, 'report.annotations.json');
  if (hand) fs.writeFileSync(sidecar, createSidecarCodec().serialize({ account: 'report.txt', annotations: hand(pathToFileURL(report).href), preserved: [] }));
  return { dir, report, transcript, sidecar };
}

const span = (needle: string) => ({ start: REPORT.indexOf(needle), end: REPORT.indexOf(needle) + needle.length });
const reviewed = (uri: string): HandAnnotation[] => [
  { id: 'urn:uuid:00000000-0000-4000-8000-0000000000a1', created: '2026-03-01T10:00:00.000Z', creator: 'Dana', action: 'assess', verdict: 'misquoted', target: handTargetFor(uri, uri, REPORT, span('"will double its capacity by 2030"')) },
  { id: 'urn:uuid:00000000-0000-4000-8000-0000000000a2', created: '2026-03-01T10:05:00.000Z', creator: 'Dana', action: 'comment', note: 'He said "the capacity of this port".', target: handTargetFor(uri, uri, REPORT, span('"will double its capacity by 2030"')) },
  { id: 'urn:uuid:00000000-0000-4000-8000-0000000000a3', created: '2026-03-01T10:06:00.000Z', creator: 'Dana', action: 'assess', verdict: 'accurate', target: handTargetFor(uri, uri, REPORT, span('the new cranes cost 40 million kronor')) },
  { id: 'urn:uuid:00000000-0000-4000-8000-0000000000a4', created: '2026-03-01T10:07:00.000Z', action: 'tag', kind: 'person', entity: 'Oskar Lind', target: handTargetFor(uri, uri, REPORT, span('Harbour chief')) },
];

/** Reviews and hand spans of a json export, without ids. */
async function reviewsOf(report: string, transcript: string) {
  const r = await cli('export', report, transcript, '--format', 'json');
  assert.equal(r.code, EXIT.ok, r.err);
  const set = JSON.parse(r.out);
  return {
    reviews: set.annotations.filter((a: { review?: unknown }) => a.review).map((a: { text: string; review: { verdict?: string; note?: string; creator?: string } }) => [a.text, a.review.verdict, a.review.note, a.review.creator]),
    hand: set.annotations.filter((a: { origin?: string }) => a.origin === 'hand').map((a: { kind: string; text: string }) => [a.kind, a.text]),
  };
}

test('import', async (t) => {
  const source = pairFolder(reviewed);
  const expected = await reviewsOf(source.report, source.transcript);
  assert.equal(expected.reviews.length, 2);

  await t.test('should bring back the same annotations from the w3c export into accounts without a sidecar', async () => {
    const w3c = path.join(source.dir, 'pair.w3c.jsonld');
    assert.equal((await cli('export', source.report, source.transcript, '--format', 'w3c', '--out', w3c)).code, EXIT.ok);
    const fresh = pairFolder();
    const r = await cli('import', w3c, '--into', fresh.report);
    assert.equal(r.code, EXIT.ok, r.err);
    // The person, the claim the verdict made, two verdicts and the note; the automatic layer and the transcript's are skipped.
    assert.match(r.out, /^Imported into report\.annotations\.json: 5 added, 0 orphaned, \d+ skipped\.\n/);
    assert.match(r.out, /\n {2}added: verdict misquoted on ""will double its capacity by 2030""\n/);
    assert.match(r.out, /\n {2}skipped: annotation urn:uuid:\S+: made by software/);
    assert.deepEqual(await reviewsOf(fresh.report, fresh.transcript), expected);
    assert.equal(JSON.parse(fs.readFileSync(fresh.sidecar, 'utf8')).version, 2);
    // Again: nothing new.
    const again = await cli('import', w3c, '--into', fresh.report);
    assert.match(again.out, /: 0 added, 0 orphaned/);
  });

  await t.test('should bring back the same annotations from the brat export', async () => {
    const folder = path.join(source.dir, 'brat');
    assert.equal((await cli('export', source.report, source.transcript, '--format', 'brat', '--out', folder)).code, EXIT.ok);
    const fresh = pairFolder();
    const r = await cli('import', path.join(folder, 'report.ann'), '--into', fresh.report);
    assert.equal(r.code, EXIT.ok, r.err);
    assert.match(r.out, /: 5 added, 0 orphaned/);
    assert.deepEqual(await reviewsOf(fresh.report, fresh.transcript), expected);
  });

  await t.test('should keep the verdicts already in the sidecar and say what it skipped', async () => {
    const w3c = path.join(source.dir, 'pair.w3c.jsonld');
    const mine = pairFolder((uri) => [{ id: 'urn:uuid:00000000-0000-4000-8000-0000000000b1', created: '2026-03-02T09:00:00.000Z', creator: 'Ana', action: 'assess', verdict: 'accurate', target: handTargetFor(uri, uri, REPORT, span('"will double its capacity by 2030"')) }]);
    const before = fs.readFileSync(mine.sidecar, 'utf8');
    const r = await cli('import', w3c, '--into', mine.report);
    assert.equal(r.code, EXIT.ok, r.err);
    assert.match(r.out, /skipped: verdict misquoted on .*conflicts with a hand annotation in the sidecar \(verdict accurate on/);
    const after = JSON.parse(fs.readFileSync(mine.sidecar, 'utf8'));
    assert.deepEqual(after.annotations[0], JSON.parse(before).annotations[0]);
    assert.equal(after.annotations.length, 4);
  });

  await t.test('should write nothing on --dry-run, for a corrupt sidecar, or for a file that is no annotation file', async () => {
    const w3c = path.join(source.dir, 'pair.w3c.jsonld');
    const dry = pairFolder();
    const r = await cli('import', w3c, '--into', dry.report, '--dry-run');
    assert.equal(r.code, EXIT.ok);
    assert.match(r.out, /^Would import into report\.annotations\.json: 5 added/);
    assert.equal(fs.existsSync(dry.sidecar), false);

    const corrupt = pairFolder();
    fs.writeFileSync(corrupt.sidecar, '{ "format": "transcript-annotator/hand", <<<<<<< HEAD');
    const c = await cli('import', w3c, '--into', corrupt.report);
    assert.equal(c.code, EXIT.input);
    assert.match(c.err, /not valid JSON.*left untouched.*Nothing was imported/);
    assert.equal(fs.readFileSync(corrupt.sidecar, 'utf8'), '{ "format": "transcript-annotator/hand", <<<<<<< HEAD');

    const notes = path.join(source.dir, 'notes.json');
    fs.writeFileSync(notes, '{"title": "my notes"}');
    const n = await cli('import', notes, '--into', dry.report);
    assert.equal(n.code, EXIT.input);
    assert.match(n.err, /cannot be imported: it holds no W3C Web Annotations/);
  });

  await t.test('should explain a command without --into or a file', async () => {
    assert.equal((await cli('import', '--into', source.report)).code, EXIT.usage);
    const r = await cli('import', path.join(source.dir, 'x.ann'));
    assert.equal(r.code, EXIT.usage);
    assert.match(r.err, /--into <account>/);
  });
});
