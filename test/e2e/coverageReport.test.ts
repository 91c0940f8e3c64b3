/**
 * End to end: the HTML coverage report.
 *
 * 1. Written by the command line, opened in Chromium as a reader would open it (a
 *    file:// page). An invented event of one transcript and three reports: the matrix has
 *    a row per turn and sentence and a cell per report, the page fetches nothing and has
 *    no script; a hostile event: nothing runs, no dialog opens, hostile text is shown as
 *    text. Screenshots: test-results/e2e/coverage-report/.
 * 2. In a real VS Code (code-server): the same event as a workspace folder, “Export
 *    Coverage Report…” from the palette with the transcript open, saved through the file
 *    dialog; the file has a column per report. The transcript's turns carry the coverage
 *    CodeLens ("reported by 2 of 3 reports") and gutter marks, the status bar names the
 *    event, and a hover on a sentence lists each report's rendering of it.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { run } from '../../src/cli/main';
import { buildCoverage } from '../../src/core/coverage/index';
import { buildCoverageReport } from '../../src/shared/coverageReport';
import { ALTERED, ENGINEER_ONLY, FAITHFUL, TRANSCRIPT } from '../unit/coverage/eventFixture';
import { hostileEvent, SCRIPT, STYLE_END } from '../unit/coverage/hostileEvent';
import { chromiumArgs, resultsRoot, withVsCode } from './harness';

const results = path.join(resultsRoot, 'e2e', 'coverage-report');

/** Opens `file` and records every request but the page's own, dialogs and console messages. */
async function open(browser: Browser, file: string): Promise<{ page: Page; noise: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const noise: string[] = [];
  const url = pathToFileURL(file).href;
  page.on('request', (r) => {
    if (r.url() !== url) noise.push(`request ${r.url()}`);
  });
  page.on('dialog', (d) => {
    noise.push(`dialog ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => noise.push(`console ${m.text()}`));
  await page.goto(url);
  return { page, noise };
}

test('HTML coverage report in Chromium', async (t) => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: [...chromiumArgs] });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-e2e-coverage-'));
  fs.mkdirSync(results, { recursive: true });
  try {
    await t.test('should show the matrix of a 1-transcript, 3-report event, quietly', async () => {
      const files = Object.entries({ 'transcript.txt': TRANSCRIPT, 'gazette.txt': FAITHFUL, 'coastal.txt': ALTERED, 'engineers.txt': ENGINEER_ONLY }).map(([name, text]) => {
        fs.writeFileSync(path.join(dir, name), text);
        return path.join(dir, name);
      });
      const html = path.join(dir, 'coverage.html');
      let err = '';
      assert.equal(await run(['report', ...files, '--out', html], () => undefined, (s) => (err += s)), 0, err);
      const { page, noise } = await open(browser, html);
      assert.equal(await page.locator('table.matrix thead th.cell').count(), 3);
      const rows = page.locator('table.matrix tbody tr');
      const rowCount = await rows.count();
      assert.ok(rowCount >= 9, `rows: ${rowCount}`);
      assert.equal(await page.locator('table.matrix tbody td.cell').count(), rowCount * 3);
      assert.equal(await page.locator('script').count(), 0);
      const wall = page.locator('table.matrix tbody tr', { hasText: 'northern harbour wall before the winter storms' });
      assert.deepEqual((await wall.locator('td.cell').allInnerTexts()).map((s) => s.trim().split(/\s+/).slice(0, 2).join(' ')), ['≡ verbatim', '≈ close', '— absent']);
      // The print stylesheet applies, and the cells keep their tints in print.
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('nav').isVisible(), false);
      const tint = await wall.locator('td.cell').first().evaluate((e) => getComputedStyle(e).backgroundColor);
      assert.notEqual(tint, 'rgba(0, 0, 0, 0)');
      await page.emulateMedia({ media: 'screen' });
      await page.screenshot({ path: path.join(results, 'event.png'), fullPage: true });
      assert.deepEqual(noise, []);
    });

    await t.test('should run nothing and load nothing from hostile text, and show it as text', async () => {
      const { set, texts, names } = hostileEvent();
      const file = path.join(dir, 'hostile.html');
      fs.writeFileSync(file, buildCoverageReport({ coverage: buildCoverage(set, texts, 'd1'), set, texts, names }));
      const { page, noise } = await open(browser, file);
      assert.equal(await page.locator('script, img, iframe, object, embed').count(), 0);
      assert.equal(await page.locator('style').count(), 1);
      const body = await page.locator('body').innerText();
      assert.ok(body.includes(SCRIPT) && body.includes(STYLE_END));
      assert.ok((await page.title()).includes(SCRIPT));
      await page.screenshot({ path: path.join(results, 'hostile.png'), fullPage: true });
      assert.deepEqual(noise, []);
    });
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('Export Coverage Report… in VS Code', async () => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-e2e-event-'));
  for (const [name, text] of Object.entries({ 'transcript.txt': TRANSCRIPT, 'gazette.txt': FAITHFUL, 'coastal.txt': ALTERED, 'engineers.txt': ENGINEER_ONLY })) fs.writeFileSync(path.join(workspace, name), text);
  try {
    await withVsCode({ name: 'coverage-report-export', workspace, settings: { 'workbench.editor.enablePreview': false, 'editor.hover.delay': 150, 'editor.wordWrap': 'on' } }, async (vs) => {
      await vs.openFile('transcript.txt');
      await vs.waitForLog(/activated in \d+ ms/);
      const target = path.join(vs.workspaceDir, 'event.coverage.html');
      await vs.page.keyboard.press('F1');
      const input = vs.page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      await input.fill('>Transcript Annotator: Export Coverage Report');
      await vs.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Export Coverage Report' }).first().click();
      // The simple file dialog proposes <transcript>.coverage.html once the reports are analysed; type over it.
      await vs.waitFor(async () => (await input.isVisible()) && (await input.inputValue()).endsWith('transcript.coverage.html'), { message: 'the save dialog with the suggested file name', timeout: 120_000 });
      await vs.waitFor(async () => {
        if ((await input.inputValue()) !== target) await input.fill(target);
        return (await input.inputValue()) === target;
      }, { message: 'the save dialog to take the target path' });
      await input.press('Enter');
      const html = await vs.waitFor(() => (fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined), { message: 'the coverage report file', timeout: 60_000 });
      assert.equal(html.match(/<th scope="col" class="cell">/g)?.length, 3, 'a column per report');
      for (const name of ['gazette.txt', 'coastal.txt', 'engineers.txt']) assert.ok(html.includes(`<bdi>${name}</bdi>`), name);
      const errors = (await vs.notifications()).filter((m) => /error|failed|could not/i.test(m));
      assert.deepEqual(errors, []);

      // The transcript's turns say how many reports render them.
      const lenses = vs.page.locator('.editor-group-container.active .codelens-decoration');
      const titles = await vs.waitFor(async () => {
        const all = (await lenses.allInnerTexts()).join(' | ');
        return /reported by \d of 3 reports/.test(all) ? all : undefined;
      }, { message: 'the coverage CodeLens on the transcript', timeout: 60_000 });
      assert.match(titles, /reported by 2 of 3 reports/, titles);
      assert.match(titles, /reported by none of 3 reports/, titles);
      // The status bar names the event.
      await vs.waitFor(async () => (await vs.page.locator('.statusbar-item', { hasText: 'transcript.txt + 3 reports' }).count()) > 0, { message: 'the status bar naming the event', timeout: 30_000 });

      // Gutter marks at the sentences that reports render (lines 3, 7 and 9 of the transcript).
      const marks = vs.page.locator('.editor-group-container.active .cgmr');
      await vs.waitFor(async () => (await marks.count()) >= 3, { message: 'the coverage gutter marks', timeout: 30_000 });
      const images = await marks.evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundImage));
      assert.ok(images.some((i) => i.includes('data:image/svg+xml')), images.join(' | '));
      await vs.screenshot('coverage-lens');

      // A hover on a sentence several reports render lists each report's rendering.
      // The middle of the word "northern" on screen (Monaco draws a run of plain text as one span).
      const point = await vs.waitFor(() => vs.page.locator('.editor-group-container.active .view-lines').evaluate((el) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = n.textContent!.indexOf('northern');
          if (i < 0) continue;
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 'northern'.length);
          const b = r.getBoundingClientRect();
          return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        }
        return undefined;
      }), { message: 'the word "northern" in the transcript editor' });
      const hover = vs.page.locator('.monaco-editor .monaco-hover:visible').first();
      const hoverText = await vs.waitFor(async () => {
        await vs.page.mouse.move(point.x, point.y);
        const text = (await hover.isVisible()) ? await hover.innerText() : '';
        return /Reported by 2 of 3 reports/.test(text) ? text : undefined;
      }, { message: 'the coverage hover on the wall sentence', timeout: 30_000 });
      assert.match(hoverText, /gazette\.txt: verbatim, fidelity 100%/);
      assert.match(hoverText, /coastal\.txt: close, fidelity 77%/);
      assert.match(hoverText, /engineers\.txt: absent/);
      await vs.screenshot('coverage-hover');
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
});
