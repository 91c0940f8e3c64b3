/**
 * How the extension and the command line touch files, checked on the sources:
 * - every write of the extension goes through `atomicWrite.ts` (temporary file + rename);
 * - the extension reads and writes through `vscode.workspace.fs` only (no `node:fs`, no
 *   `fsPath`), so it works on virtual file systems (`capabilities.virtualWorkspaces`);
 * - the command line writes only in `writeOutput.ts`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '..', '..', '..', 'src');

function filesOf(dir: string): Array<{ rel: string; code: string }> {
  return fs.readdirSync(path.join(SRC, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .map((f) => ({ rel: path.relative(SRC, f).split(path.sep).join('/'), code: fs.readFileSync(f, 'utf8') }));
}

test('should write files of the extension only through atomicWrite.ts', () => {
  const writers = filesOf('extension').filter((f) => /\.fs\.writeFile\(|\bwriteFile\(/.test(f.code)).map((f) => f.rel);
  assert.deepEqual(writers, ['extension/atomicWrite.ts']);
});

test('should reach files from the extension through vscode.workspace.fs only', () => {
  const local = filesOf('extension').filter((f) => /from 'node:fs'|from 'fs'|require\('(node:)?fs'\)|\.fsPath\b/.test(f.code)).map((f) => f.rel);
  assert.deepEqual(local, []);
});

test('should write files of the command line only in writeOutput.ts', () => {
  const writers = filesOf('cli').filter((f) => /\b(writeFileSync|writeFile|createWriteStream|appendFileSync|rmSync|unlinkSync|rmdirSync)\(/.test(f.code)).map((f) => f.rel);
  assert.deepEqual(writers, ['cli/writeOutput.ts']);
});
