import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { cleanNpmEnv, codeServerDir, installPlan, missingPackages } from '../../../scripts/provision.mjs';

const fresh = { browser: true, chromiumPresent: false, codeServerReady: false, krb5Present: false };

test('provisioning', async (t) => {
  await t.test('should ask for chromium and libkrb5-dev on a fresh machine', () => {
    assert.deepEqual(missingPackages(fresh), ['chromium', 'libkrb5-dev']);
  });
  await t.test('should ask for nothing once both are there', () => {
    assert.deepEqual(missingPackages({ ...fresh, chromiumPresent: true, krb5Present: true }), []);
  });
  await t.test('should not ask for chromium for npm start, nor with CHROMIUM_PATH', () => {
    assert.deepEqual(missingPackages({ ...fresh, browser: false }), ['libkrb5-dev']);
    assert.deepEqual(missingPackages({ ...fresh, chromiumPath: '/opt/chrome/chrome' }), ['libkrb5-dev']);
  });
  await t.test('should not ask for libkrb5-dev once code-server is installed', () => {
    assert.deepEqual(missingPackages({ ...fresh, codeServerReady: true }), ['chromium']);
  });
  await t.test('should run apt-get directly as root', () => {
    assert.deepEqual(installPlan(['chromium'], { uid: 0, sudo: false, apt: true }), {
      kind: 'run',
      commands: [['apt-get', 'update', '-qq'], ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium']],
    });
  });
  await t.test('should go through sudo -n when not root but sudo needs no password', () => {
    const plan = installPlan(['chromium', 'libkrb5-dev'], { uid: 1000, sudo: true, apt: true });
    assert.equal(plan.kind, 'run');
    assert.ok(plan.kind === 'run' && plan.commands.every((c) => c[0] === 'sudo' && c[1] === '-n' && c[2] === 'apt-get'));
  });
  await t.test('should print the one command to run when neither root nor sudo is available', () => {
    const plan = installPlan(['chromium', 'libkrb5-dev'], { uid: 1000, sudo: false, apt: true });
    assert.deepEqual(plan, { kind: 'manual', message: 'provision: missing chromium libkrb5-dev; run: sudo apt-get update && sudo apt-get install -y chromium libkrb5-dev' });
  });
  await t.test('should say what to install without apt-get', () => {
    const plan = installPlan(['chromium'], { uid: 0, sudo: false, apt: false });
    assert.equal(plan.kind, 'manual');
    assert.match(plan.kind === 'manual' ? plan.message : '', /apt-get is not available.*CHROMIUM_PATH/);
  });
  await t.test('should do nothing when nothing is missing', () => {
    assert.deepEqual(installPlan([], { uid: 1000, sudo: false, apt: false }), { kind: 'none' });
  });
  await t.test('should strip every npm variable, whatever its case, before the nested install', () => {
    const env = cleanNpmEnv({ PATH: '/bin', HOME: '/h', npm_config_user_agent: 'npm/11 node/v20.1.0', NPM_CONFIG_PREFIX: '/p', npm_lifecycle_event: 'test', INIT_CWD: '/w' });
    assert.deepEqual(env, { PATH: '/bin', HOME: '/h' });
  });
  await t.test('should put code-server in TA_CACHE, else the user cache, by version', () => {
    assert.equal(codeServerDir({ TA_CACHE: '/c' }, '9.9.9'), path.join('/c', 'code-server-9.9.9'));
    assert.match(codeServerDir({ HOME: '/h' }, '1.2.3'), /\.cache\/transcript-annotator\/code-server-1\.2\.3$/);
  });
  await t.test('should clear npm variables inside ensure-code-server.sh too', () => {
    // The script's first lines, up to the version default, run with an npm environment.
    const script = path.join(__dirname, '..', '..', '..', 'scripts', 'ensure-code-server.sh');
    const r = spawnSync('bash', ['-c', `eval "$(sed -n '/^while IFS/,/^unset INIT_CWD/p' '${script}')"; env`], {
      encoding: 'utf8', env: { PATH: process.env.PATH, npm_config_user_agent: 'npm/11 node/v20', npm_execpath: '/x', INIT_CWD: '/w' },
    });
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /npm_|INIT_CWD/);
  });
});
