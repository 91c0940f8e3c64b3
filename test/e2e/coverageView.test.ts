/**
 * End to end: the coverage view.
 *
 * 1. Its built script in a bare Chromium page (the webview's page and CSP, a stand-in for
 *    `acquireVsCodeApi`; the test posts what the extension would, the head of a view and
 *    the answers to the view's requests, made by the extension's own coveragePages.ts):
 *    hostile document text stays text and runs nothing; 2,000 rows are virtualised, the
 *    rows past the head asked for as the matrix scrolls; a quote group's quotes asked for
 *    when it is opened; a click on a cell posts `reveal` with its row and report.
 * 2. In a real VS Code (code-server, see harness.ts):
 *
 * A workspace with two events, all text invented:
 * - `harbour/`: one transcript and three reports (test/unit/coverage/eventFixture.ts).
 *   Show Coverage opens the view: a row per turn and sentence, a cell per report in each
 *   row; the wall sentence reads verbatim / close / absent (gazette, coastal, engineers); a click on a cell opens the
 *   transcript and that report side by side, both passages selected. Screenshots of the
 *   view in a light and a dark theme go to media/screenshots/ (the README shows them).
 *   Remove from Event and Add Report to Event… change the workspace file (version 2) and
 *   the view's columns.
 * - `large/`: a 50 KB transcript and five reports made from the same texts. The view's
 *   "N ms after analysis" line of the log (the view built, its head posted and drawn) is
 *   reported as a diagnostic and in test-results/e2e/coverage-view/timing.json, not
 *   asserted (speed is for the log and the bench). The matrix counts all its rows
 *   (`data-rows`), draws a window of them, and scrolling to its end brings the last rows.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { buildSync } from 'esbuild';
import { chromium, type Frame } from 'playwright-core';
import { answerCoverageRequest, coverageHead, sourceOfView } from '../../src/shared/coveragePages';
import type { CoverageView, FromCoverage } from '../../src/shared/coverageProtocol';
import { panelPage } from '../../src/shared/panelPage';
import { ALTERED, ENGINEER_ONLY, FAITHFUL, TRANSCRIPT } from '../unit/coverage/eventFixture';
import { chromiumArgs, repoRoot, resultsRoot, waitFor, withVsCode, type VsCode } from './harness';
import { groupOf, widenSidebar } from './workbench';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Block `i` of the large event: the harbour texts with another basin, sum, month and height. */
function variant(text: string, i: number): string {
  return text
    .replace(/northern harbour wall/g, `harbour wall of basin ${i + 1}`)
    .replace(/forty million|sixty million/g, `${10 + i} million`)
    .replace(/\bMarch\b/g, MONTHS[i % 12]!)
    .replace(/two metres/g, `${2 + (i % 5)} metres`);
}

/** A transcript of at least `bytes` (the harbour briefing's turns, block after block) and five reports of parts of it. */
function largeEvent(bytes: number): Record<string, string> {
  const body = TRANSCRIPT.slice(TRANSCRIPT.indexOf('\n\n') + 2);
  const blocks: string[] = [];
  for (let i = 0; blocks.join('\n').length < bytes; i++) blocks.push(variant(body, i));
  const files: Record<string, string> = { 'transcript.txt': `HARBOUR RENEWAL HEARINGS\n\n${blocks.join('\n')}` };
  const sources = [FAITHFUL, ALTERED, ENGINEER_ONLY];
  for (let k = 0; k < 5; k++) {
    const parts: string[] = [];
    for (let i = 0; i < blocks.length; i++) if (i % 5 === k || i % 7 === k) parts.push(variant(sources[(i + k) % 3]!, i));
    files[`outlet-${k + 1}.txt`] = parts.join('\n');
  }
  return files;
}

/** The frame of the coverage view (the side bar may hold the cross-reference panel's webview too). */
async function coverageFrame(vs: VsCode): Promise<Frame> {
  return vs.waitFor(async () => {
    for (const frame of vs.page.frames()) {
      try {
        if ((await frame.locator('.cov, .cov-empty').count()) > 0) return frame;
      } catch {
        // A frame being replaced: look again.
      }
    }
    return undefined;
  }, { message: 'the coverage view', timeout: 60_000 });
}


/** Picks `theme` in Preferences: Color Theme and waits for the workbench class `cls`. */
async function setTheme(vs: VsCode, theme: string, cls: string): Promise<void> {
  await vs.page.keyboard.press('F1');
  const picker = vs.page.locator('.quick-input-widget input');
  await picker.fill('>Preferences: Color Theme');
  await vs.page.locator('.quick-input-widget .monaco-list-row[aria-label^="Preferences: Color Theme"]').first().click();
  await vs.waitFor(async () => (await picker.inputValue()) === '' && (await vs.page.locator('.quick-input-widget .monaco-list-row').count()) > 3, { message: 'the theme picker' });
  await picker.fill(theme);
  await vs.page.locator('.quick-input-widget .monaco-list-row', { hasText: theme }).first().click();
  await vs.waitFor(() => vs.page.locator(`.monaco-workbench.${cls}`).count(), { message: `the ${theme} theme to apply` });
}

const ORIGIN = 'https://coverage.invalid';
const HOSTILE = '<img src=x onerror=alert(1)></script><script>alert(2)</script>';

/** A view of `rows` sentence rows under one turn, `outlets` reports, text from `text(i)`, `groups` quote groups (two quotes each). */
function syntheticView(rows: number, outlets: number, text: (i: number) => string, groups = 1): CoverageView {
  const codes = 'vcpra';
  return {
    event: HOSTILE,
    transcript: { name: `${HOSTILE}.txt`, uri: 'file:///x/t.txt' },
    outlets: Array.from({ length: outlets }, (_, i) => ({
      key: String.fromCharCode(65 + i), name: `${HOSTILE}-${i}.txt`, uri: `file:///x/r${i}.txt`, share: 0.5, sentencesCovered: 3,
      quotes: { total: 2, accurate: 1, altered: 1, misattributed: 0, notFound: 0 }, unsupported: 1, speakersQuoted: [{ name: HOSTILE, count: 2 }, { count: 1 }],
    })),
    rows: [
      { kind: 'turn', index: 0, text: HOSTILE, sentences: rows, renderings: 'v'.repeat(outlets), covered: Array(outlets).fill(1), outlets },
      ...Array.from({ length: rows }, (_, i) => ({ kind: 'sentence' as const, index: i, text: text(i), renderings: Array.from({ length: outlets }, (_, k) => codes[(i + k) % 5]).join(''), outlets: 2 })),
    ],
    quoteGroups: Array.from({ length: groups }, (_, g) => ({ sentence: g, speaker: HOSTILE, text: HOSTILE, outlets: 2, quotes: [{ outlet: 0, match: 'close' as const, fidelity: 0.8, text: '', diff: [{ op: 'kept' as const, report: 'we' }, { op: 'changed' as const, report: HOSTILE, transcript: 'said' }], findings: [HOSTILE], sentence: g }, { outlet: 1, match: 'verbatim' as const, text: HOSTILE, diff: [], findings: [], sentence: g }] })),
  };
}

test('coverage view script in a bare page', async (t) => {
  buildSync({ entryPoints: [path.join(repoRoot, 'src/webview/coverageMain.ts')], outfile: path.join(repoRoot, 'dist/webview/coverage.js'), bundle: true, platform: 'browser', format: 'iife', target: 'es2022', minify: true, sourcemap: true, logLevel: 'error' });
  fs.mkdirSync(path.join(repoRoot, 'dist/webview/codicons'), { recursive: true });
  for (const f of ['codicon.css', 'codicon.ttf']) fs.copyFileSync(path.join(repoRoot, 'node_modules/@vscode/codicons/dist', f), path.join(repoRoot, 'dist/webview/codicons', f));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: [...chromiumArgs] });
  try {
    const page = await browser.newPage({ viewport: { width: 600, height: 900 } });
    const problems: string[] = [];
    page.on('dialog', (d) => {
      problems.push(`dialog ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => {
      if (!r.url().startsWith(ORIGIN)) problems.push(`request ${r.url()}`);
    });
    const html = panelPage({ cspSource: ORIGIN, scriptUri: `${ORIGIN}/dist/webview/coverage.js`, styleUris: [`${ORIGIN}/dist/webview/codicons/codicon.css`, `${ORIGIN}/media/base.css`, `${ORIGIN}/media/coverage.css`], nonce: 'bm9uY2Utb2YtdGhlLXRlc3Q', title: 'Coverage' });
    await page.route(`${ORIGIN}/**`, async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/coverage.html') return route.fulfill({ status: 200, contentType: 'text/html', body: html });
      const file = path.join(repoRoot, decodeURIComponent(url.pathname));
      if (!file.startsWith(repoRoot) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ status: 200, contentType: file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'font/ttf', body: fs.readFileSync(file) });
    });
    await page.addInitScript(`window.__sent = []; window.acquireVsCodeApi = function () { return { postMessage: function (m) { window.__sent.push(JSON.parse(JSON.stringify(m))); } }; };`);
    await page.goto(`${ORIGIN}/coverage.html`);
    const sent = () => page.evaluate(() => (window as unknown as { __sent: FromCoverage[] }).__sent);
    await waitFor(async () => (await sent()).some((m) => m.type === 'ready'), { message: 'the view to post "ready"' });
    // What the extension does (coveragePanel.ts): post the head of a view, answer the view's requests about it.
    let shown = { view: syntheticView(0, 1, String), id: 0 };
    let answered = 0;
    const post = (m: object) => page.evaluate((message) => window.postMessage(message, '*'), m);
    const send = (view: CoverageView) => {
      shown = { view, id: shown.id + 1 };
      return post({ type: 'coverage', view: coverageHead(sourceOfView(view), shown.id), sentAt: Date.now() });
    };
    /** Answers the requests the view posted since the last call; returns them. */
    const answer = async () => {
      const all = await sent();
      const requests = all.slice(answered).filter((m): m is Extract<FromCoverage, { type: 'rows' | 'quotes' }> => m.type === 'rows' || m.type === 'quotes');
      answered = all.length;
      for (const r of requests) {
        const reply = answerCoverageRequest(sourceOfView(shown.view), shown.id, r);
        if (reply) await post(reply);
      }
      return requests;
    };

    await t.test('should show hostile text as text and run nothing', async () => {
      await send(syntheticView(4, 3, () => HOSTILE));
      await waitFor(async () => (await sent()).some((m) => m.type === 'rendered'), { message: 'the rendered message' });
      assert.equal(await page.locator('img, script:not([nonce])').count(), 0);
      assert.match(await page.locator('.cov-head h2').innerText(), /<img src=x onerror=alert\(1\)>/);
      await page.locator('details.cov-group').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
      assert.match(await page.locator('.cov-group ins').first().innerText(), /<\/script><script>alert\(2\)<\/script>/);
      assert.deepEqual(problems, []);
    });

    await t.test('should virtualise 2,000 rows and post reveal for a clicked cell', async () => {
      await send(syntheticView(2000, 5, (i) => `Sentence ${i} of the synthetic transcript.`));
      const rendered = await waitFor(async () => (await sent()).filter((m): m is Extract<FromCoverage, { type: 'rendered' }> => m.type === 'rendered' && m.rows === 2001)[0], { message: 'the rendered message of 2,001 rows' });
      t.diagnostic(`2,001 rows × 5 reports drawn in ${rendered.ms.toFixed(1)} ms (${rendered.cells} cells)`);
      const drawn = await page.locator('.cov-body .cov-row').count();
      assert.ok(drawn > 3 && drawn < 200, `a window of the rows is drawn, not all (drew ${drawn})`);
      assert.equal(await page.locator('.cov-body .cov-pending').count(), 0, 'the head holds the first screen');
      assert.equal(await page.locator('.cov-body .cov-cell').count(), drawn * 5);
      assert.equal(await page.locator('.cov-matrix').getAttribute('data-rows'), '2001', 'the matrix counts every row');
      assert.match(await page.locator('.cov-meta').innerText(), /5 reports · 2000 sentences/);
      const cell = page.locator('.cov-body .cov-sentence').nth(2).locator('.cov-cell').nth(3);
      const index = Number(await cell.getAttribute('data-index'));
      await cell.click();
      const reveal = await waitFor(async () => (await sent()).find((m) => m.type === 'reveal'), { message: 'the reveal message' });
      assert.deepEqual(reveal, { type: 'reveal', kind: 'sentence', index, outlet: 3 });
      assert.deepEqual(problems, []);
    });

    await t.test('should ask for the rows past the head as the matrix scrolls, and draw them', async () => {
      await answer(); // the requests of the first screen's margin, if any
      await page.locator('.cov-body').evaluate((b) => (b.scrollTop = b.scrollHeight));
      const requests = await waitFor(async () => {
        const pending = await page.locator('.cov-body .cov-pending').count();
        const asked = (await sent()).slice(answered).filter((m) => m.type === 'rows');
        return pending > 0 && asked.length > 0 ? asked : undefined;
      }, { message: 'placeholders drawn and rows asked for at the end of the matrix' });
      assert.ok(requests.every((r) => r.type === 'rows' && r.to > 1900), JSON.stringify(requests));
      // Rows arriving may be taller than their placeholders: keep scrolling to the end, as a reader would, until the last row shows.
      await waitFor(async () => {
        await answer();
        await page.locator('.cov-body').evaluate((b) => (b.scrollTop = b.scrollHeight));
        return (await page.locator('.cov-body .cov-pending').count()) === 0 && (await page.locator('.cov-body .cov-row[data-index="2000"] .cov-cell').count()) === 5;
      }, { message: 'the last row drawn' });
      assert.match(await page.locator('.cov-body .cov-row[data-index="2000"]').innerText(), /Sentence 1999 of the synthetic transcript/);
      const asked = (await sent()).flatMap((m) => (m.type === 'rows' ? [m] : [])).sort((a, b) => a.from - b.from);
      for (let i = 1; i < asked.length; i++) assert.ok(asked[i]!.from >= asked[i - 1]!.to, `no row asked for twice: ${JSON.stringify(asked)}`);
      assert.deepEqual(problems, []);
    });

    await t.test('should ask for a quote group\'s quotes when it is opened, if the head has none', async () => {
      await send(syntheticView(30, 3, (i) => `Sentence ${i}.`, 25));
      await waitFor(async () => (await page.locator('details.cov-group').count()) === 25, { message: 'the 25 quote groups' });
      await answer();
      assert.equal(await page.locator('details.cov-group[open]').count(), 0, 'many groups: drawn closed');
      await page.locator('details.cov-group summary').nth(7).click();
      const asked = await waitFor(async () => (await sent()).slice(answered).find((m) => m.type === 'quotes'), { message: 'the quotes request' });
      assert.deepEqual(asked, { type: 'quotes', id: shown.id, group: 7 });
      await answer();
      const group = page.locator('details.cov-group').nth(7);
      await waitFor(async () => (await group.locator('.cov-quote').count()) === 2, { message: 'the group\'s two quotes' });
      assert.equal(await group.locator('.cov-loading').count(), 0);
      assert.match(await group.locator('ins').first().innerText(), /<\/script><script>alert\(2\)<\/script>/);
      assert.deepEqual(problems, []);
    });
  } finally {
    await browser.close();
  }
});

test('coverage view of an event', async (t) => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-e2e-coverage-view-'));
  const write = (folder: string, files: Record<string, string>) => {
    fs.mkdirSync(path.join(workspace, folder), { recursive: true });
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(workspace, folder, name), text);
  };
  write('harbour', { 'transcript.txt': TRANSCRIPT, 'gazette.txt': FAITHFUL, 'coastal.txt': ALTERED, 'engineers.txt': ENGINEER_ONLY });
  const large = largeEvent(50_000);
  write('large', large);
  t.diagnostic(`large event: transcript ${large['transcript.txt']!.length} chars, reports ${Object.entries(large).filter(([n]) => n !== 'transcript.txt').map(([, s]) => s.length).join(', ')} chars`);
  const media = path.join(repoRoot, 'media', 'screenshots');
  try {
    await withVsCode({ name: 'coverage-view', workspace, theme: 'light', viewport: { width: 1600, height: 1000 }, settings: { 'workbench.editor.enablePreview': false, 'editor.wordWrap': 'on' } }, async (vs) => {
      await vs.openFile('harbour/transcript.txt');
      await vs.waitForLog(/activated in \d+ ms/);
      await vs.runCommand('Transcript Annotator: Show Coverage');

      // The matrix: three report columns; a row per turn and sentence; a cell per report in each row.
      let frame = await coverageFrame(vs);
      await vs.waitFor(async () => {
        frame = await coverageFrame(vs);
        return (await frame.locator('.cov-body .cov-row').count()) > 0;
      }, { message: 'the coverage matrix', timeout: 180_000 });
      // Reports in file-name order, keyed A, B, C.
      const names = await frame.locator('.cov-header .cov-key').evaluateAll((els) => els.map((e) => e.getAttribute('title')));
      assert.deepEqual(names, ['coastal.txt', 'engineers.txt', 'gazette.txt']);
      assert.match(await frame.locator('.cov-head h2').innerText(), /Event “harbour”/);
      const rows = await frame.locator('.cov-body .cov-row').count();
      const turns = await frame.locator('.cov-body .cov-turn').count();
      assert.ok(turns >= 4 && rows - turns >= 8, `turns ${turns}, rows ${rows}`);
      assert.equal(await frame.locator('.cov-body .cov-cell').count(), rows * 3, 'a cell per report in every row');
      // Every cell carries a symbol and names its rendering for screen readers.
      const labels = await frame.locator('.cov-body .cov-cell').evaluateAll((els) => els.map((e) => `${e.textContent} ${e.getAttribute('aria-label')}`));
      for (const l of labels) assert.match(l, /^[≡≈∼◐—] [ABC] \S+\.txt: (verbatim|close|paraphrase|partial|absent)/, l);
      const wall = frame.locator('.cov-sentence', { hasText: 'northern harbour wall before the winter storms' });
      assert.deepEqual(await wall.locator('.cov-cell').evaluateAll((els) => els.map((e) => e.getAttribute('data-rendering'))), ['close', 'absent', 'verbatim']);
      assert.ok((await frame.locator('.cov-group').count()) >= 1, 'quotes grouped across reports');
      assert.ok((await frame.locator('.cov-group ins').count()) >= 1, 'the altered quote shows its word diff');
      const t0 = await vs.waitForLog(/coverage view: (\d+) ms after analysis .* for (\d+) rows × 3 reports, (\d+) cells drawn/);
      t.diagnostic(`harbour: ${t0[0]}`);
      assert.equal(Number(t0[2]), rows);

      // A click on coastal.txt's cell of the wall sentence: both passages, side by side, selected.
      await wall.locator('.cov-cell').nth(names.indexOf('coastal.txt')).click();
      await vs.waitFor(async () => (await groupOf(vs, 'coastal.txt').count()) > 0 && (await groupOf(vs, 'transcript.txt').count()) > 0, { message: 'the report and the transcript open' });
      const flat = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
      await vs.waitFor(async () => (await groupOf(vs, 'coastal.txt').locator('.selected-text').count()) > 0 && (await groupOf(vs, 'transcript.txt').locator('.selected-text').count()) > 0, { message: 'a selection in both editors' });
      assert.match(flat(await groupOf(vs, 'coastal.txt').locator('.view-lines').innerText()), /rebuild the harbour wall before the summer tourists/);
      assert.match(flat(await groupOf(vs, 'transcript.txt').locator('.view-lines').innerText()), /rebuild the northern harbour wall before the winter storms/);
      const [a, b] = [await groupOf(vs, 'coastal.txt').boundingBox(), await groupOf(vs, 'transcript.txt').boundingBox()];
      assert.ok(a && b && Math.abs(a.x - b.x) > 100, 'the two accounts side by side');

      // Screenshots for the README: light, then dark.
      await widenSidebar(vs, 560);
      const header = vs.page.locator('.pane-header', { hasText: /^Cross-References$/ }).first();
      if ((await header.count()) > 0 && (await header.getAttribute('aria-expanded')) === 'true') await header.click();
      // The view from its top (the event's name, legend and summary rows) for the picture.
      await vs.waitFor(async () => {
        frame = await coverageFrame(vs);
        await frame.evaluate(() => window.scrollTo(0, 0));
        return (await frame.evaluate(() => window.scrollY)) === 0;
      }, { message: 'the view scrolled to its top' });
      await vs.page.waitForTimeout(500); // the webview settles after the resize (cosmetic only: nothing is asserted on it)
      await vs.page.screenshot({ path: path.join(media, 'coverage-view-light.png') });
      await setTheme(vs, 'Dark Modern', 'vs-dark');
      await vs.page.waitForTimeout(500);
      await vs.page.screenshot({ path: path.join(media, 'coverage-view-dark.png') });

      // Remove from Event (a report found automatically): stored in the workspace file as version 2; the view drops its column.
      await vs.openFile('harbour/engineers.txt');
      // The palette offers the command once the file reads as an account (the status bar shows its pair).
      await vs.waitFor(async () => (await vs.page.locator('.statusbar-item', { hasText: 'engineers.txt ↔ transcript.txt' }).count()) > 0, { message: 'engineers.txt paired in the status bar', timeout: 60_000 });
      await vs.runCommand('Transcript Annotator: Remove from Event');
      const pairsFile = path.join(vs.workspaceDir, '.vscode', 'transcript-annotator.json');
      const removed = await vs.waitFor(() => (fs.existsSync(pairsFile) ? JSON.parse(fs.readFileSync(pairsFile, 'utf8')) : undefined), { message: 'the workspace file' });
      assert.deepEqual(removed, { version: 2, events: [{ transcript: 'harbour/transcript.txt', reports: [], without: ['harbour/engineers.txt'] }], include: [], exclude: [] });
      await vs.openFile('harbour/transcript.txt');
      await vs.waitFor(async () => {
        frame = await coverageFrame(vs);
        return (await frame.locator('.cov-header .cov-key').count()) === 2;
      }, { message: 'the view to show two reports', timeout: 60_000 });
      // Add Report to Event… from the transcript puts it back.
      await vs.page.keyboard.press('F1');
      const input = vs.page.locator('.quick-input-widget input');
      await input.fill('>Transcript Annotator: Add Report to Event');
      await vs.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Add Report to Event' }).first().click();
      await vs.waitFor(async () => (await input.inputValue()) === '' && (await vs.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'engineers.txt' }).count()) > 0, { message: 'the report picker' });
      await vs.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'engineers.txt' }).first().click();
      await input.press('Enter');
      await vs.waitFor(() => {
        const json = JSON.parse(fs.readFileSync(pairsFile, 'utf8'));
        return json.events?.[0]?.reports?.[0] === 'harbour/engineers.txt' && !json.events[0].without ? json : undefined;
      }, { message: 'engineers.txt listed in the event' });
      await vs.waitFor(async () => {
        frame = await coverageFrame(vs);
        return (await frame.locator('.cov-header .cov-key').count()) === 3;
      }, { message: 'the view to show three reports again', timeout: 60_000 });

      // Five reports against a 50 KB transcript: the view follows the active transcript; the log says how long after analysis it was drawn.
      const logBefore = vs.extensionLog().length;
      await vs.openFile('large/transcript.txt');
      const line = await vs.waitForLog(/coverage view: (\d+) ms after analysis \(view built in (\d+) ms, drawn in (\d+) ms\) for (\d+) rows × 5 reports, (\d+) cells drawn, first message (\d+) KB/, { timeout: 600_000, message: 'the coverage view of the large event' });
      t.diagnostic(`large: ${line[0]}`);
      // Each analysis publishes its problems once: a store change that reuses an analysis already made must not publish them again.
      const opened = vs.extensionLog().slice(logBefore);
      const published = new Map<string, number>();
      for (const m of opened.matchAll(/problems of (large\/)?(\S+\.txt):/g)) published.set(m[2]!, (published.get(m[2]!) ?? 0) + 1);
      t.diagnostic(`problems published while the large event opened: ${JSON.stringify(Object.fromEntries(published))}`);
      fs.mkdirSync(path.join(resultsRoot, 'e2e', 'coverage-view'), { recursive: true });
      fs.writeFileSync(path.join(resultsRoot, 'e2e', 'coverage-view', 'large-open.log'), opened);
      for (const [name, count] of published) assert.ok(count <= 3, `${name}'s problems published ${count} times while the large event opened (once per analysis expected)`);
      frame = await coverageFrame(vs);
      const drawn = await frame.locator('.cov-body .cov-row').count();
      const total = Number(line[4]);
      assert.ok(total >= 300 && drawn < total, `a virtualised matrix draws a window of the ${total} rows (drew ${drawn})`);
      assert.equal(Number(await frame.locator('.cov-matrix').getAttribute('data-rows')), total, 'the matrix counts every row');
      // Scrolling to the end brings the last rows (asked for from the extension as the matrix scrolls).
      await vs.waitFor(async () => {
        await frame.locator('.cov-body').evaluate((b) => (b.scrollTop = b.scrollHeight));
        return (await frame.locator(`.cov-body .cov-row[data-index="${total - 1}"]:not(.cov-pending) .cov-cell`).count()) === 5;
      }, { message: 'the last row of the large event drawn', timeout: 60_000 });
      assert.equal(await frame.locator('.cov-body .cov-pending').count(), 0);
      fs.mkdirSync(path.join(resultsRoot, 'e2e', 'coverage-view'), { recursive: true });
      fs.writeFileSync(
        path.join(resultsRoot, 'e2e', 'coverage-view', 'timing.json'),
        `${JSON.stringify({ transcriptChars: large['transcript.txt']!.length, reports: 5, rows: Number(line[4]), afterAnalysisMs: Number(line[1]), problemsPublished: Object.fromEntries(published), builtMs: Number(line[2]), drawnMs: Number(line[3]), cellsDrawn: Number(line[5]), firstMessageKB: Number(line[6]) }, null, 2)}\n`,
      );
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
});
