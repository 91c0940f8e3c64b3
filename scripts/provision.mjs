// Installs what `npm test`, `npm start` and CI need beyond `npm install`, once:
//
//   - Debian's Chromium (/usr/bin/chromium, drives the end-to-end tests) and libkrb5-dev
//     (headers code-server's kerberos module builds against), through apt-get when this
//     runs as root or with password-less sudo; otherwise it prints the one command to run
//     and exits 1;
//   - code-server with the Node 24 it needs, into the cache (scripts/ensure-code-server.sh,
//     ~/.cache/transcript-annotator or $TA_CACHE), run with every npm_* variable removed:
//     code-server's postinstall reads its Node version from npm_config_user_agent, which an
//     outer `npm test` would otherwise hand down as "node/v20".
//
//   node scripts/provision.mjs            what `npm test` needs (browser + code-server)
//   node scripts/provision.mjs --start    what `npm start` needs (code-server only)
//
// Environment: CHROMIUM_PATH (a browser elsewhere: no apt package for it),
// TA_CODE_SERVER_DIR (an installed code-server: nothing to install), TA_CACHE,
// CODE_SERVER_VERSION. The decisions are pure functions, unit tested in
// test/unit/scripts/provision.test.ts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** code-server version installed by default (scripts/ensure-code-server.sh uses the same). */
export const CODE_SERVER_VERSION = '4.139.1';

/**
 * The apt packages missing for a run.
 *
 * @param {{ browser: boolean, chromiumPath?: string, chromiumPresent: boolean, codeServerReady: boolean, krb5Present: boolean }} facts
 *   `browser`: the run drives Chromium (tests); `chromiumPath`: CHROMIUM_PATH, if set;
 *   `codeServerReady`: code-server is installed (libkrb5-dev is only needed to install it).
 * @returns {string[]} package names, in install order.
 */
export function missingPackages(facts) {
  const missing = [];
  if (facts.browser && !facts.chromiumPath && !facts.chromiumPresent) missing.push('chromium');
  if (!facts.codeServerReady && !facts.krb5Present) missing.push('libkrb5-dev');
  return missing;
}

/**
 * How to install `missing`: nothing, commands to run (as root, or through `sudo -n`), or
 * one line telling the user what to run.
 *
 * @param {readonly string[]} missing
 * @param {{ uid: number, sudo: boolean, apt: boolean }} host
 *   `sudo`: `sudo -n true` succeeds (no password prompt); `apt`: apt-get is on PATH.
 * @returns {{ kind: 'none' } | { kind: 'run', commands: string[][] } | { kind: 'manual', message: string }}
 */
export function installPlan(missing, host) {
  if (missing.length === 0) return { kind: 'none' };
  const list = missing.join(' ');
  if (!host.apt) {
    return { kind: 'manual', message: `provision: missing ${list}, and apt-get is not available: install Chromium and the Kerberos development headers with your package manager (set CHROMIUM_PATH to the browser), then run this again.` };
  }
  const prefix = host.uid === 0 ? [] : host.sudo ? ['sudo', '-n'] : undefined;
  if (!prefix) {
    return { kind: 'manual', message: `provision: missing ${list}; run: sudo apt-get update && sudo apt-get install -y ${list}` };
  }
  return {
    kind: 'run',
    commands: [
      [...prefix, 'apt-get', 'update', '-qq'],
      [...prefix, 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing],
    ],
  };
}

/**
 * `env` without the variables npm sets for scripts (npm_*, in any case, and INIT_CWD), so
 * a nested `npm install` sees its own Node, not the outer npm's.
 *
 * @param {Readonly<Record<string, string | undefined>>} env
 * @returns {Record<string, string | undefined>}
 */
export function cleanNpmEnv(env) {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !/^npm_/i.test(k) && k !== 'INIT_CWD'));
}

/** The cache folder of code-server `version`. */
export function codeServerDir(env = process.env, version = env.CODE_SERVER_VERSION ?? CODE_SERVER_VERSION) {
  return path.join(env.TA_CACHE ?? path.join(os.homedir(), '.cache', 'transcript-annotator'), `code-server-${version}`);
}

const succeeds = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/**
 * Installs what is missing. Returns code-server's folder (undefined when TA_CODE_SERVER_DIR
 * names one). Exits the process with 1 and a message saying what to do when it cannot.
 *
 * @param {{ browser: boolean }} options
 */
export function provision(options) {
  const env = process.env;
  const csDir = env.TA_CODE_SERVER_DIR ?? codeServerDir(env);
  const facts = {
    browser: options.browser,
    chromiumPath: env.CHROMIUM_PATH || undefined,
    chromiumPresent: fs.existsSync('/usr/bin/chromium'),
    codeServerReady: Boolean(env.TA_CODE_SERVER_DIR) || fs.existsSync(path.join(csDir, '.complete')),
    krb5Present: succeeds('dpkg', ['-s', 'libkrb5-dev']),
  };
  if (facts.chromiumPath && options.browser && !fs.existsSync(facts.chromiumPath)) {
    console.error(`provision: CHROMIUM_PATH is ${facts.chromiumPath}, which does not exist: unset it or point it at a Chromium.`);
    process.exit(1);
  }
  const missing = missingPackages(facts);
  const plan = installPlan(missing, {
    uid: process.getuid?.() ?? -1,
    sudo: missing.length > 0 && succeeds('sudo', ['-n', 'true']),
    apt: missing.length > 0 && succeeds('sh', ['-c', 'command -v apt-get']),
  });
  if (plan.kind === 'manual') {
    console.error(plan.message);
    process.exit(1);
  }
  if (plan.kind === 'run') {
    const started = Date.now();
    console.log(`provision: installing ${missing.join(', ')} with apt-get (first run only)`);
    for (const command of plan.commands) {
      const r = spawnSync(command[0], command.slice(1), { stdio: ['ignore', 'inherit', 'inherit'], env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } });
      if (r.status !== 0) {
        console.error(`provision: '${command.join(' ')}' failed (exit ${r.status ?? r.error?.message}); run it by hand and try again.`);
        process.exit(1);
      }
    }
    console.log(`provision: apt packages installed in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  if (env.TA_CODE_SERVER_DIR) return undefined;
  if (!facts.codeServerReady) console.log(`provision: installing code-server ${path.basename(csDir).replace('code-server-', '')} into ${csDir} (first run only: about 2–3 minutes, 800 MB)`);
  const started = Date.now();
  const r = spawnSync('bash', [path.join(root, 'scripts', 'ensure-code-server.sh')], {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: cleanNpmEnv(env),
  });
  if (r.status !== 0) {
    console.error('provision: installing code-server failed (see above). Retry with: bash scripts/ensure-code-server.sh');
    process.exit(1);
  }
  if (!facts.codeServerReady) console.log(`provision: code-server installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return r.stdout.trim().split('\n').pop();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  provision({ browser: !process.argv.includes('--start') });
}
