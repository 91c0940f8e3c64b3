import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relativeSource, resolveSource } from '../../../src/core/hand/paths';

test('relativeSource / resolveSource', async (t) => {
  await t.test('should name an account in the same folder by its file name', () => {
    assert.equal(relativeSource('file:///data/pair/report.txt', 'file:///data/pair/transcript.txt'), 'transcript.txt');
    assert.equal(resolveSource('file:///data/pair/report.txt', 'transcript.txt'), 'file:///data/pair/transcript.txt');
  });

  await t.test('should walk up and down folders, and round-trip', () => {
    const from = 'file:///data/a/b/report.txt';
    const to = 'file:///data/c/transcript%20one.txt';
    const rel = relativeSource(from, to);
    assert.equal(rel, '../../c/transcript%20one.txt');
    assert.equal(resolveSource(from, rel), to);
  });

  await t.test('should keep an absolute URI on another authority or scheme as is', () => {
    assert.equal(relativeSource('file:///a/x.txt', 'vscode-remote://ssh-remote+h/a/y.txt'), 'vscode-remote://ssh-remote+h/a/y.txt');
    assert.equal(resolveSource('file:///a/x.txt', 'vscode-remote://ssh-remote+h/a/y.txt'), 'vscode-remote://ssh-remote+h/a/y.txt');
  });
});
