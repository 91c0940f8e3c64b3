// Runs the extension-host suite (test/integration) in a desktop VS Code with
// @vscode/test-electron, when a VS Code build can be had:
//   - VSCODE_EXECUTABLE_PATH names one (e.g. /usr/share/code/code), or
//   - one was downloaded before into .vscode-test/, or
//   - Microsoft's update server answers, and the download succeeds.
// Otherwise it prints one line saying why it skipped and exits 0. Test failures
// exit 1.
//
//   node scripts/run-integration.mjs          (npm run test:integration)
//   VSCODE_VERSION=1.90.0 node scripts/...    pin the downloaded version (default: stable)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'out', 'integration');
const SKIP = 'integration: skipped — no VS Code build available (set VSCODE_EXECUTABLE_PATH to run it)';

/** Whether the update server answers within a few seconds (no internet here makes this fail fast). */
async function updateServerReachable() {
  try {
    const response = await fetch('https://update.code.visualstudio.com/api/releases/stable', { signal: AbortSignal.timeout(5000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** A VS Code downloaded earlier by test-electron into .vscode-test/, if any. */
function cachedBuild() {
  const cache = path.join(root, '.vscode-test');
  if (!fs.existsSync(cache)) return undefined;
  const candidates = fs.readdirSync(cache).filter((d) => d.startsWith('vscode-'));
  for (const d of candidates.sort().reverse()) {
    for (const exe of ['code', 'Code.exe', 'Visual Studio Code.app/Contents/MacOS/Electron']) {
      const file = path.join(cache, d, exe);
      if (fs.existsSync(file)) return file;
    }
  }
  return undefined;
}

/** Finds a VS Code executable, downloading one if the network allows; undefined if none. */
async function findVsCode() {
  if (process.env.VSCODE_EXECUTABLE_PATH) {
    if (!fs.existsSync(process.env.VSCODE_EXECUTABLE_PATH)) {
      console.error(`integration: VSCODE_EXECUTABLE_PATH=${process.env.VSCODE_EXECUTABLE_PATH} does not exist; point it at the VS Code executable.`);
      process.exit(1);
    }
    return process.env.VSCODE_EXECUTABLE_PATH;
  }
  const cached = cachedBuild();
  if (cached) return cached;
  if (!(await updateServerReachable())) return undefined;
  try {
    return await downloadAndUnzipVSCode({ version: process.env.VSCODE_VERSION ?? 'stable', cachePath: path.join(root, '.vscode-test') });
  } catch (error) {
    console.log(`integration: download of VS Code failed (${error instanceof Error ? error.message : error})`);
    return undefined;
  }
}

/** Lists test/integration/**\/*.ts (the runner and the suites). */
function integrationSources() {
  const dir = path.join(root, 'test', 'integration');
  return fs.readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
}

/** Bundles the runner and each suite into out/integration/ (mocha and vscode stay external). */
async function buildSuites() {
  fs.rmSync(outDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: integrationSources(),
    outbase: path.join(root, 'test', 'integration'),
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
}

const executable = await findVsCode();
if (!executable) {
  console.log(SKIP);
  process.exit(0);
}

// Electron needs a display; re-run under xvfb-run when there is none and it exists.
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.TA_UNDER_XVFB) {
  const xvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' }).stdout.trim();
  if (xvfb) {
    const r = spawnSync(xvfb, ['-a', process.execPath, fileURLToPath(import.meta.url)], { stdio: 'inherit', env: { ...process.env, TA_UNDER_XVFB: '1' } });
    process.exit(r.status ?? 1);
  }
}

if (!fs.existsSync(path.join(root, 'dist', 'extension.js'))) {
  spawnSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: root, stdio: 'inherit' });
}
await buildSuites();

// A scratch copy of the samples as the workspace, and a fresh profile.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-integration-'));
const workspace = path.join(tmp, 'samples');
fs.cpSync(path.join(root, 'samples'), workspace, { recursive: true });
try {
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(outDir, 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
      `--user-data-dir=${path.join(tmp, 'user-data')}`],
  });
  console.log('integration: passed');
} catch (error) {
  console.error(`integration: failed (${error instanceof Error ? error.message : error})`);
  process.exitCode = 1;
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
