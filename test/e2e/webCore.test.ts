/**
 * End to end: the web extension gives the same links as the desktop one.
 *
 * The web extension host (vscode.dev, a browser worker) runs the core bundled for the
 * browser, reading every unit on its one thread; the desktop host reads large accounts on
 * worker threads (src/node/workerUnitReader.ts). Both must give the same annotations and
 * cross-references. For the sample pair and every pair of the dev set (test/eval/pairs), the
 * accounts are analysed (1) in Chromium by the core bundled as the web extension bundles it
 * (platform browser, browser fields first), and (2) in node through worker threads with every
 * unit sent to a worker; the two JSON exports must be identical.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { createAnnotationService, exportAs, type AccountInput } from '../../src/core/index';
import { createWorkerUnitReader } from '../../src/node/workerUnitReader';
import { chromiumArgs, repoRoot } from './harness';

const ORIGIN = 'https://web-core.invalid';

/** The sample pair and the dev set's pairs: name → its accounts (transcript first). */
function pairs(): [string, AccountInput[]][] {
  const account = (file: string): AccountInput => ({ uri: pathToFileURL(file).href, text: fs.readFileSync(file, 'utf8') });
  const found: [string, AccountInput[]][] = [['sample', ['sochi-2020-transcript.txt', 'sochi-2020-news.txt'].map((f) => account(path.join(repoRoot, 'samples', f)))]];
  const devSet = path.join(repoRoot, 'test/eval/pairs');
  for (const name of fs.readdirSync(devSet).sort()) {
    const dir = path.join(devSet, name);
    if (fs.existsSync(path.join(dir, 'transcript.txt'))) found.push([name, ['transcript.txt', 'news.txt'].map((f) => account(path.join(dir, f)))]);
  }
  return found;
}

/** The desktop path: every unit read on a worker thread (the worker bundle built into `dir`). */
async function desktopJson(accounts: readonly AccountInput[], workerFile: string): Promise<string> {
  const unitReader = createWorkerUnitReader({ workerFile, minChars: 0 });
  try {
    const set = await createAnnotationService({ unitReader }).annotateAccountsAsync(accounts);
    const output = exportAs('json', set, Object.fromEntries(set.documents.map((d, i) => [d.id, accounts[i]!.text])));
    assert.equal(output.kind, 'file');
    return output.kind === 'file' ? [...output.chunks()].join('') : '';
  } finally {
    await unitReader.dispose();
  }
}

test('the web extension gives the same annotations and links as the desktop one', { timeout: 300_000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-web-core-'));
  let browser: Browser | undefined;
  try {
    const common = { bundle: true, target: 'es2022', minify: true, logLevel: 'error' } as const;
    // As esbuild.mjs bundles the web extension host and the unit worker.
    buildSync({ ...common, entryPoints: [path.join(__dirname, 'fixtures/webCoreEntry.ts')], outfile: path.join(dir, 'webCore.js'), platform: 'browser', format: 'iife', define: { 'process.env.NODE_ENV': '"production"' }, mainFields: ['browser', 'module', 'main'] });
    buildSync({ ...common, entryPoints: [path.join(repoRoot, 'src/node/unitWorker.ts')], outfile: path.join(dir, 'unitWorker.js'), platform: 'node', format: 'cjs' });
    const script = fs.readFileSync(path.join(dir, 'webCore.js'), 'utf8');
    assert.doesNotMatch(script, /require\("(node:)?(fs|path|worker_threads|os)"\)/, 'the web bundle must not need node built-ins');

    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: [...chromiumArgs] });
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.route(`${ORIGIN}/**`, (route) =>
      route.request().url().endsWith('/core.js')
        ? route.fulfill({ status: 200, contentType: 'text/javascript', body: script })
        : route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><meta charset="utf-8"><script src="${ORIGIN}/core.js"></script>` }),
    );
    await page.goto(`${ORIGIN}/index.html`);
    assert.deepEqual(problems, [], 'the web bundle loads without errors');

    const compared: string[] = [];
    for (const [name, accounts] of pairs()) {
      const web = await page.evaluate((a) => (globalThis as unknown as { transcriptAnnotator: { annotateToJson(x: unknown): Promise<string> } }).transcriptAnnotator.annotateToJson(a), accounts);
      const desktop = await desktopJson(accounts, path.join(dir, 'unitWorker.js'));
      const webSet = JSON.parse(web) as { crossReferences?: unknown[] };
      assert.ok((webSet.crossReferences ?? []).length > 0, `${name}: the web core links something`);
      if (web !== desktop) assert.deepEqual(JSON.parse(web), JSON.parse(desktop), `${name}: the web and desktop exports differ`);
      assert.equal(web, desktop, `${name}: the exports are byte-identical`);
      compared.push(name);
    }
    assert.ok(compared.length >= 7, `the sample pair and the dev set were compared (${compared.join(', ')})`);
  } finally {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
