/**
 * End to end: `npm start` (scripts/start.mjs) without a desktop `code` serves
 * VS Code on 127.0.0.1 on a copy of samples/ with word wrap on, prints its URL without
 * code-server's offline noise, opens both sample accounts in the browser that connects,
 * and Ctrl+C (SIGINT) stops code-server. A start that fails ends the wait at once.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, repoRoot, resultsRoot, WaitAborted, waitFor } from './harness';

/** Pids of processes whose command line mentions `marker` (the test's own temp dir). */
function processesMentioning(marker: string): number[] {
  const ps = spawnSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).stdout;
  return ps.split('\n').filter((l) => l.includes(marker)).map((l) => Number(l.trim().split(/\s+/)[0])).filter((pid) => pid !== process.pid);
}

/** `npm start` (scripts/start.mjs) run with `env`, its output collected and its exit noted. */
function startScript(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'start.mjs')], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const state = { child, output: '', exitCode: undefined as number | null | undefined };
  child.stdout.on('data', (chunk: Buffer) => { state.output += chunk.toString(); });
  child.stderr.on('data', (chunk: Buffer) => { state.output += chunk.toString(); });
  child.once('exit', (code) => { state.exitCode = code; });
  return state;
}

/** Waits for the URL npm start prints; ends at once (WaitAborted) when it has exited. */
function waitForUrl(start: ReturnType<typeof startScript>): Promise<string> {
  return waitFor(() => {
    if (start.exitCode !== undefined) throw new WaitAborted(`npm start exited (${start.exitCode}) before printing the URL:\n${start.output}`);
    return start.output.match(/http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+/)?.[0];
  }, { timeout: 180_000, message: 'npm start to print the URL' });
}

test('waiting on npm start should end as soon as it fails', async (t) => {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-e2e-start-fail-'));
  t.after(() => fs.rmSync(data, { recursive: true, force: true }));
  // An empty folder as code-server: installing the VSIX into it fails.
  const start = startScript({ TA_START_DESKTOP: '0', TA_START_DATA: data, TA_START_WORKSPACE: path.join(data, 'workspace'), TA_CODE_SERVER_DIR: data });
  const error = await waitForUrl(start).then(() => undefined, (e: Error) => e);
  assert.ok(error instanceof WaitAborted, `the wait is aborted, not timed out: ${error?.message}`);
  assert.match(error.message, /npm start exited \(1\)/);
  assert.match(error.message, /installing the VSIX into code-server failed/);
});

test('npm start should serve both sample accounts and stop on Ctrl+C', async (t) => {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-e2e-start-'));
  const workspace = path.join(data, 'workspace');
  const resultsDir = path.join(resultsRoot, 'e2e', 'start');
  fs.mkdirSync(resultsDir, { recursive: true });
  const accounts = fs.readdirSync(path.join(repoRoot, 'samples')).filter((f) => f.endsWith('.txt'));
  const start = startScript({ TA_START_DESKTOP: '0', TA_START_DATA: data, TA_START_WORKSPACE: workspace, PORT: '' });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...chromiumArgs] });
  t.after(async () => {
    await browser.close();
    if (start.exitCode === undefined) start.child.kill('SIGINT');
    for (const pid of processesMentioning(data)) {
      try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
    }
    fs.rmSync(data, { recursive: true, force: true });
  });

  const url = await waitForUrl(start).catch((error: Error) => {
    throw new Error(`${error.message}\n${start.output}`);
  });

  assert.equal(new URL(url).searchParams.get('folder'), workspace, 'it opens the copy, not samples/');
  for (const account of accounts) assert.ok(fs.existsSync(path.join(workspace, account)), `${account} is copied`);
  assert.equal(JSON.parse(fs.readFileSync(path.join(workspace, '.vscode', 'settings.json'), 'utf8'))['editor.wordWrap'], 'on');

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

  // The marketplace lookup fails offline once the workbench is up; wait for the log to say
  // so, then check npm start's output left it out.
  await waitFor(() => fs.readdirSync(logs, { recursive: true }).map(String).some((f) => f.endsWith('.log')
    && /open-vsx|ENOTFOUND|getaddrinfo/.test(fs.readFileSync(path.join(logs, f), 'utf8'))), { timeout: 30_000, interval: 500 }).catch(() => undefined);
  assert.doesNotMatch(start.output, /open-vsx|ENOTFOUND|vsda/, 'the offline noise is filtered');

  start.child.kill('SIGINT');
  await waitFor(() => start.exitCode !== undefined, { timeout: 15_000, message: 'npm start to exit on SIGINT' });
  assert.equal(start.exitCode, 0);
  await waitFor(() => processesMentioning(data).length === 0, { timeout: 15_000, message: 'code-server to stop after Ctrl+C' });
});
