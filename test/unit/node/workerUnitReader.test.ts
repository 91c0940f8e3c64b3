/**
 * The worker-thread unit reader gives exactly the annotation set of the in-thread reading,
 * whatever the batches; falls back to this thread when its worker cannot start; and stops
 * when cancelled. The worker script is bundled from the sources into a temporary folder.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { buildSync } from 'esbuild';
import { createAnnotationService } from '../../../src/core';
import { createWorkerUnitReader } from '../../../src/node/workerUnitReader';

const root = path.join(__dirname, '..', '..', '..');
const samples = ['sochi-2020-news.txt', 'sochi-2020-transcript.txt'].map((f) => fs.readFileSync(path.join(root, 'samples', f), 'utf8'));

function bundleWorker(): string {
  const outfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ta-worker-')), 'unitWorker.js');
  buildSync({ entryPoints: [path.join(root, 'src', 'node', 'unitWorker.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
  return outfile;
}

test('should give the same annotation set as reading in one thread, for a transcript and a report', async () => {
  const reader = createWorkerUnitReader({ workerFile: bundleWorker(), threads: 2, minChars: 0, batchChars: 1500 });
  try {
    const service = createAnnotationService({ unitReader: reader });
    const inputs = [
      { uri: 'file:///report.txt', text: samples[0]!.repeat(3) },
      { uri: 'file:///transcript.txt', text: samples[1]!.repeat(3) },
    ];
    const expected = service.annotateAccounts(inputs);
    const actual = await service.annotateAccountsAsync(inputs);
    assert.ok(actual.annotations.length > 100);
    assert.deepEqual(actual, expected);
    // A second read reuses the running workers.
    assert.deepEqual(await service.analyzeAccountAsync(inputs[1]!.text, { uri: 'file:///transcript.txt' }), service.analyzeAccount(inputs[1]!.text, { uri: 'file:///transcript.txt' }));
  } finally {
    await reader.dispose();
  }
});

test('should read in this thread, and say so, when the worker script cannot run', async () => {
  const lines: string[] = [];
  const reader = createWorkerUnitReader({ workerFile: path.join(os.tmpdir(), 'no-such-dir', 'unitWorker.js'), minChars: 0, logger: (m) => lines.push(m) });
  const core: string[] = [];
  try {
    const service = createAnnotationService({ unitReader: reader, logger: (m) => core.push(m) });
    const set = await service.analyzeAccountAsync(samples[1]!, { uri: 'file:///t.txt' });
    assert.deepEqual(set, service.analyzeAccount(samples[1]!, { uri: 'file:///t.txt' }));
    assert.match(lines.join('\n'), /worker threads failed/);
    assert.match(core.join('\n'), /reading file:\/\/\/t\.txt in this thread/);
  } finally {
    await reader.dispose();
  }
});

test('should read small accounts in this thread without starting workers', async () => {
  const reader = createWorkerUnitReader({ workerFile: path.join(os.tmpdir(), 'no-such-dir', 'unitWorker.js'), minChars: 1_000_000, logger: () => assert.fail('no worker should start') });
  try {
    const service = createAnnotationService({ unitReader: reader });
    assert.deepEqual(await service.analyzeAccountAsync(samples[0]!, { uri: 'file:///r.txt' }), service.analyzeAccount(samples[0]!, { uri: 'file:///r.txt' }));
  } finally {
    await reader.dispose();
  }
});

test('should return an empty set when cancelled while the workers read', async () => {
  const reader = createWorkerUnitReader({ workerFile: bundleWorker(), threads: 1, minChars: 0, batchChars: 1000 });
  try {
    const service = createAnnotationService({ unitReader: reader });
    let polls = 0;
    const token = { get isCancellationRequested() { return ++polls > 3; } };
    const set = await service.analyzeAccountAsync(samples[1]!.repeat(2), { uri: 'file:///t.txt' }, token);
    assert.equal(set.annotations.length, 0);
    assert.equal(set.documents.length, 1);
  } finally {
    await reader.dispose();
  }
});
