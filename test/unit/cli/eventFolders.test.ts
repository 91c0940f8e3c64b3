/**
 * The events of a folder for a batch: which files are accounts, which folders are events,
 * and which account is the transcript by its name.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { accountFiles, findEvents, rolesByName } from '../../../src/cli/eventFolders';

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-events-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

test('accountFiles', async (t) => {
  await t.test('should take .txt, .md and .transcript files, sorted, and leave hidden, README-like and other files', () => {
    const dir = folder({ 'b.txt': 'x', 'a.md': 'x', 'c.transcript': 'x', '.hidden.txt': 'x', 'README.md': 'x', 'readme.txt': 'x', 'LICENSE.txt': 'x', 'CHANGELOG.md': 'x', 'data.json': 'x', 'notes.txt.bak': 'x', 'readmeish.txt': 'x' });
    fs.mkdirSync(path.join(dir, 'folder.txt'));
    assert.deepEqual(accountFiles(dir).map((f) => path.basename(f)), ['a.md', 'b.txt', 'c.transcript', 'readmeish.txt']);
  });
});

test('findEvents', async (t) => {
  await t.test('should list the subfolders holding accounts, in name order, and skip the output folder', () => {
    const dir = folder({ 'z/t.txt': 'x', 'a/t.txt': 'x', 'images/p.json': 'x', 'out/stray.txt': 'x', '.git/x.txt': 'x' });
    const { events, single } = findEvents(dir, path.join(dir, 'out'));
    assert.deepEqual(events.map((e) => e.name), ['a', 'z']);
    assert.equal(single, false);
  });

  await t.test('should take a folder holding accounts as an event itself, alone or with its subfolders', () => {
    const alone = folder({ 't.txt': 'x', 'r.txt': 'x' });
    assert.deepEqual(findEvents(alone), { events: [{ name: path.basename(alone), dir: alone, files: [path.join(alone, 'r.txt'), path.join(alone, 't.txt')] }], single: true });
    const both = folder({ 't.txt': 'x', 'sub/t.txt': 'x' });
    const found = findEvents(both);
    assert.deepEqual(found.events.map((e) => e.name), [path.basename(both), 'sub']);
    assert.equal(found.single, false);
  });
});

test('rolesByName', async (t) => {
  await t.test('should make the one file named "transcript" the transcript and the others reports', () => {
    assert.deepEqual(rolesByName(['/e/news.txt', '/e/Transcript-2024.txt', '/e/wire.md']), ['report', 'transcript', 'report']);
    assert.deepEqual(rolesByName(['/e/briefing.transcript', '/e/news.txt']), ['transcript', 'report']);
  });

  await t.test('should force nothing when no file or several are named so', () => {
    assert.deepEqual(rolesByName(['/e/a.txt', '/e/b.txt']), [undefined, undefined]);
    assert.deepEqual(rolesByName(['/e/transcript-1.txt', '/e/transcript-2.txt', '/e/news.txt']), [undefined, undefined, undefined]);
  });
});
