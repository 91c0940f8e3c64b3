import { test } from 'node:test';
import assert from 'node:assert/strict';
import { handTargetFor } from '../../../src/core/hand/create';
import type { HandAnnotation, HandTag } from '../../../src/core/hand/model';
import { createSidecarCodec, SIDECAR_VERSION } from '../../../src/core/hand/sidecar';
import type { SidecarError } from '../../../src/core/hand/sidecarError';
import { SidecarRepository, type SidecarFileSystem } from '../../../src/core/hand/sidecarRepository';
import { sidecarFileSystem } from '../../../src/extension/sidecarFiles';

const ACCOUNT = 'file:///w/brief.txt';
const SIDECAR = 'file:///w/brief.annotations.json';
const TEXT = 'Governor Ines Falk met envoys from Kenya and Chile on Tuesday.';
const codec = createSidecarCodec();

let n = 0;
function tag(word: string): HandAnnotation {
  const start = TEXT.indexOf(word);
  return { id: `urn:uuid:test-${++n}`, created: '2026-03-04T05:06:07Z', action: 'tag', kind: 'country', entity: word, iso: word.slice(0, 2).toUpperCase(), target: handTargetFor(ACCOUNT, ACCOUNT, TEXT, { start, end: start + word.length }) };
}

/** An in-memory file system that records every write. */
function memoryFs(initial: Record<string, string> = {}) {
  const files = new Map(Object.entries(initial));
  const writes: string[] = [];
  let failWrites = false;
  const fs: SidecarFileSystem = {
    read: async (path) => files.get(path),
    write: async (path, text) => {
      if (failWrites) throw new Error('EACCES: permission denied');
      writes.push(path);
      files.set(path, text);
    },
  };
  return { fs, files, writes, failNextWrites: (v: boolean) => (failWrites = v) };
}

function repository(fs: SidecarFileSystem, problems: SidecarError[] = []) {
  return new SidecarRepository({ fs, codec, sidecarOf: (a) => a.replace(/\.txt$/, '.annotations.json'), nameOf: (p) => p.slice(p.lastIndexOf('/') + 1), onProblem: (_s, e) => problems.push(e) });
}

test('SidecarRepository', async (t) => {
  await t.test('should write an edit of two accounts and undo both as one step, restoring each sidecar exactly', async () => {
    const other = 'file:///w/notes.txt';
    const before = codec.serialize({ account: 'notes.txt', annotations: [tag('Chile')], preserved: [] });
    const mem = memoryFs({ 'file:///w/notes.annotations.json': before });
    const repo = repository(mem.fs);
    await repo.edit(ACCOUNT, { add: [tag('Kenya')] }, 'tag Kenya');
    const kenyaOnly = mem.files.get(SIDECAR);
    const outcomes = await repo.editMany([{ account: ACCOUNT, edit: { add: [tag('Tuesday')] } }, { account: other, edit: { add: [tag('Falk')] } }], 'apply to all');
    assert.deepEqual(outcomes.map((o) => o.saved), [true, true]);
    assert.equal(repo.handOf(other)?.length, 2);
    const undone = await repo.undo();
    assert.deepEqual([undone?.label, undone?.accounts], ['apply to all', [ACCOUNT, other]]);
    assert.equal(mem.files.get(SIDECAR), kenyaOnly);
    assert.equal(mem.files.get('file:///w/notes.annotations.json'), before);
    // The step before it is next.
    assert.equal((await repo.undo())?.label, 'tag Kenya');
  });

  await t.test('should create the sidecar on the first edit and read it back', async () => {
    const mem = memoryFs();
    const repo = repository(mem.fs);
    const outcome = await repo.edit(ACCOUNT, { add: [tag('Kenya')] }, 'tag Kenya');
    assert.deepEqual(outcome, { saved: true, sidecar: SIDECAR });
    const again = repository(mem.fs);
    await again.load(ACCOUNT);
    assert.deepEqual(again.handOf(ACCOUNT)?.map((h) => h.target.selectors.quote.exact), ['Kenya']);
    assert.equal(codec.parse(mem.files.get(SIDECAR)!).account, 'brief.txt');
  });

  await t.test('should never overwrite a corrupt sidecar, keep new work in memory, and save it once the file is fixed', async () => {
    const good = codec.serialize({ account: 'brief.txt', annotations: [tag('Kenya')], preserved: [] });
    const corrupt = good.slice(0, 120); // e.g. a truncated write by another tool
    const mem = memoryFs({ [SIDECAR]: corrupt });
    const problems: SidecarError[] = [];
    const repo = repository(mem.fs, problems);
    await repo.load(ACCOUNT);
    assert.equal(repo.problemOf(ACCOUNT)?.code, 'corrupt');
    const outcome = await repo.edit(ACCOUNT, { add: [tag('Chile')] }, 'tag Chile');
    assert.equal(outcome.saved, false);
    assert.match(outcome.saved ? '' : outcome.reason, /left untouched.*kept in memory/s);
    assert.equal(mem.files.get(SIDECAR), corrupt, 'the corrupt file must be byte-for-byte unchanged');
    assert.deepEqual(mem.writes, []);
    assert.deepEqual(repo.handOf(ACCOUNT)?.map((h) => h.target.selectors.quote.exact), ['Chile'], 'the new work is applied from memory');
    assert.equal(repo.pendingCount(ACCOUNT), 1);
    assert.equal(problems.length, 1, 'reported once');
    // The user repairs the file; reloading writes the pending edit on top of it.
    mem.files.set(SIDECAR, good);
    const reloaded = await repo.reload(ACCOUNT);
    assert.deepEqual(reloaded, { changed: true, saved: 1 });
    assert.deepEqual(codec.parse(mem.files.get(SIDECAR)!).annotations.map((h) => h.target.selectors.quote.exact), ['Kenya', 'Chile']);
    assert.equal(repo.problemOf(ACCOUNT), undefined);
  });

  await t.test('should leave a sidecar of a newer version untouched', async () => {
    const newer = JSON.stringify({ format: 'transcript-annotator/hand', version: SIDECAR_VERSION + 1, account: 'brief.txt', annotations: [], futureField: true });
    const mem = memoryFs({ [SIDECAR]: newer });
    const repo = repository(mem.fs);
    const outcome = await repo.edit(ACCOUNT, { add: [tag('Kenya')] }, 'tag Kenya');
    assert.equal(outcome.saved, false);
    assert.equal(repo.problemOf(ACCOUNT)?.code, 'newer-version');
    assert.equal(mem.files.get(SIDECAR), newer);
    assert.deepEqual(mem.writes, []);
  });

  await t.test('should stop writing when the sidecar turns corrupt after loading', async () => {
    const mem = memoryFs();
    const repo = repository(mem.fs);
    await repo.edit(ACCOUNT, { add: [tag('Kenya')] }, 'tag Kenya');
    mem.files.set(SIDECAR, '<<<<<<< HEAD\n{}\n=======\n');
    const outcome = await repo.edit(ACCOUNT, { add: [tag('Chile')] }, 'tag Chile');
    assert.equal(outcome.saved, false);
    assert.equal(mem.files.get(SIDECAR), '<<<<<<< HEAD\n{}\n=======\n');
    assert.equal(mem.writes.length, 1);
  });

  await t.test('should keep changes made outside when writing (read-modify-write)', async () => {
    const mem = memoryFs();
    const repo = repository(mem.fs);
    await repo.edit(ACCOUNT, { add: [tag('Kenya')] }, 'tag Kenya');
    // A colleague's edit arrives through git while the session is open.
    const theirs = codec.parse(mem.files.get(SIDECAR)!);
    mem.files.set(SIDECAR, codec.serialize({ ...theirs, annotations: [...theirs.annotations, tag('Tuesday')] }));
    await repo.edit(ACCOUNT, { add: [tag('Chile')] }, 'tag Chile');
    assert.deepEqual(codec.parse(mem.files.get(SIDECAR)!).annotations.map((h) => h.target.selectors.quote.exact), ['Kenya', 'Tuesday', 'Chile']);
  });

  await t.test('should undo edits in reverse order, in the sidecar too', async () => {
    const mem = memoryFs();
    const repo = repository(mem.fs);
    const kenya = tag('Kenya');
    await repo.edit(ACCOUNT, { add: [kenya] }, 'tag Kenya');
    await repo.edit(ACCOUNT, { remove: [kenya.id] }, 'remove Kenya');
    assert.equal(repo.undoLabel, 'remove Kenya');
    await repo.undo();
    assert.deepEqual(codec.parse(mem.files.get(SIDECAR)!).annotations.map((h) => h.id), [kenya.id]);
    await repo.undo();
    assert.deepEqual(codec.parse(mem.files.get(SIDECAR)!).annotations, []);
    assert.equal(await repo.undo(), undefined);
  });

  await t.test('should keep edits in memory when the write fails, and write them with the next edit', async () => {
    const mem = memoryFs();
    const repo = repository(mem.fs);
    mem.failNextWrites(true);
    const failed = await repo.edit(ACCOUNT, { add: [tag('Kenya')] }, 'tag Kenya');
    assert.equal(failed.saved, false);
    assert.match(failed.saved ? '' : failed.reason, /permission denied.*kept in memory/);
    assert.equal(repo.handOf(ACCOUNT)?.length, 1);
    mem.failNextWrites(false);
    await repo.edit(ACCOUNT, { add: [tag('Chile')] }, 'tag Chile');
    assert.equal(codec.parse(mem.files.get(SIDECAR)!).annotations.length, 2);
  });

  await t.test('should keep an unsaved document’s edits in memory and say so', async () => {
    const repo = new SidecarRepository({ fs: memoryFs().fs, codec, sidecarOf: () => undefined, nameOf: () => 'Untitled-1' });
    const outcome = await repo.edit('untitled:Untitled-1', { add: [tag('Kenya')] }, 'tag Kenya');
    assert.equal(outcome.saved, false);
    assert.match(outcome.saved ? '' : outcome.reason, /not saved to a file yet/);
    assert.equal(repo.handOf('untitled:Untitled-1')?.length, 1);
  });
});

test('should report a sidecar that is not valid UTF-8, leave its bytes untouched and hold new edits', async () => {
  const good = codec.serialize({ account: 'brief.txt', annotations: [{ ...(tag('Kenya') as HandTag), entity: 'Kenya\u00e9' }], preserved: [] });
  // The "é" saved as Latin-1 by another editor: one byte that is not UTF-8.
  const encoded = new TextEncoder().encode(good);
  const at = encoded.findIndex((b, i) => b === 0xc3 && encoded[i + 1] === 0xa9);
  const bytes = new Uint8Array([...encoded.subarray(0, at), 0xe9, ...encoded.subarray(at + 2)]);
  const files = new Map<string, Uint8Array>([[SIDECAR, bytes]]);
  const writes: string[] = [];
  const fs = sidecarFileSystem({ readBytes: async (p) => files.get(p), write: async (p, text) => { writes.push(p); files.set(p, new TextEncoder().encode(text)); } }, (p) => p.slice(p.lastIndexOf('/') + 1));
  const problems: SidecarError[] = [];
  const repo = repository(fs, problems);
  await repo.load(ACCOUNT);
  assert.equal(repo.problemOf(ACCOUNT)?.code, 'corrupt');
  assert.match(problems[0]!.message, new RegExp(`brief\\.annotations\\.json is not valid UTF-8 \\(first bad byte at offset ${at}\\)`));
  const outcome = await repo.edit(ACCOUNT, { add: [tag('Chile')] }, 'tag Chile');
  assert.equal(outcome.saved, false);
  assert.deepEqual(writes, []);
  assert.deepEqual(files.get(SIDECAR), bytes, 'the sidecar keeps its bytes');
  assert.equal(repo.pendingCount(ACCOUNT), 1);
});

test('should hold edits in memory while writing is blocked, and write them when it is not', async () => {
  const mem = memoryFs();
  let blocked: string | undefined = 'Restricted Mode: hand annotations are not written until you trust this workspace.';
  const repo = new SidecarRepository({ fs: mem.fs, codec, sidecarOf: (a) => a.replace(/\.txt$/, '.annotations.json'), nameOf: (p) => p.slice(p.lastIndexOf('/') + 1), writeBlocked: () => blocked });
  const outcome = await repo.edit(ACCOUNT, { add: [tag('Kenya')] }, 'tag Kenya');
  assert.equal(outcome.saved, false);
  assert.match(outcome.saved ? '' : outcome.reason, /^Restricted Mode: .*1 new hand edit\(s\) are kept in memory/);
  await repo.edit(ACCOUNT, { add: [tag('Chile')] }, 'tag Chile');
  assert.deepEqual(mem.writes, []);
  assert.deepEqual(repo.handOf(ACCOUNT)?.map((h) => h.target.selectors.quote.exact), ['Kenya', 'Chile']);
  blocked = undefined;
  assert.equal(await repo.writePending(), 2);
  assert.deepEqual(mem.writes, [SIDECAR]);
  assert.deepEqual(codec.parse(mem.files.get(SIDECAR)!).annotations.map((h) => h.target.selectors.quote.exact), ['Kenya', 'Chile']);
  assert.equal(repo.pendingCount(ACCOUNT), 0);
});
