/**
 * End to end: `npm start` (scripts/start.mjs) without a desktop `code` serves
 * VS Code on 127.0.0.1, prints its URL, opens both sample accounts in the browser
 * that connects, and Ctrl+C (SIGINT) stops code-server.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, repoRoot, resultsRoot, waitFor } from './harness';

/** Pids of processes whose command line mentions `marker` (the test's own temp dir). */
function processesMentioning(marker: string): number[] {
  const ps = spawnSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).stdout;
  return ps.split('\n').filter((l) => l.includes(marker)).map((l) => Number(l.trim().split(/\s+/)[0])).filter((pid) => pid !== process.pid);
}

test('npm start should serve both sample accounts and stop on Ctrl+C', async (t) => {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-e2e-start-'));
  const resultsDir = path.join(resultsRoot, 'e2e', 'start');
  fs.mkdirSync(resultsDir, { recursive: true });
  const accounts = fs.readdirSync(path.join(repoRoot, 'samples')).filter((f) => f.endsWith('.txt'));
  let output = '';
  const start = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'start.mjs')], {
    cwd: repoRoot,
    env: { ...process.env, TA_START_DESKTOP: '0', TA_START_DATA: data, PORT: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  start.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  start.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  let exitCode: number | null | undefined;
  start.once('exit', (code) => { exitCode = code; });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...chromiumArgs] });
  t.after(async () => {
    await browser.close();
    if (exitCode === undefined) start.kill('SIGINT');
    for (const pid of processesMentioning(data)) {
      try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
    }
    fs.rmSync(data, { recursive: true, force: true });
  });

  const url = await waitFor(() => {
    if (exitCode !== undefined) throw new Error(`npm start exited (${exitCode}):\n${output}`);
    return output.match(/http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+/)?.[0];
  }, { timeout: 180_000, message: 'npm start to print the URL' }).catch((error: Error) => {
    throw new Error(`${error.message}\n${output}`);
  });

  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  for (const account of accounts) {
    await page.locator(`.tabs-container .tab[aria-label*="${account}"]`).first().waitFor({ state: 'visible', timeout: 120_000 });
  }
  // The extension activates on the opened accounts and logs it under the test's user data.
  const logs = path.join(data, 'user-data', 'logs');
  await waitFor(() => fs.existsSync(logs) && fs.readdirSync(logs, { recursive: true }).map(String)
    .filter((f) => /transcript-annotator\.transcript-annotator[/\\][^/\\]+\.log$/.test(f))
    .some((f) => /activated in \d+ ms/.test(fs.readFileSync(path.join(logs, f), 'utf8'))),
  { timeout: 60_000, message: 'the extension to log its activation' });
  await page.locator('.statusbar', { hasText: 'Activating Extensions' }).waitFor({ state: 'hidden', timeout: 60_000 });
  await page.screenshot({ path: path.join(resultsDir, 'start.png') });
  assert.ok(processesMentioning(data).length > 0, 'code-server should be running from the test data folder');

  start.kill('SIGINT');
  await waitFor(() => exitCode !== undefined, { timeout: 15_000, message: 'npm start to exit on SIGINT' });
  assert.equal(exitCode, 0);
  await waitFor(() => processesMentioning(data).length === 0, { timeout: 15_000, message: 'code-server to stop after Ctrl+C' });
});
