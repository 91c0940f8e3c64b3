/**
 * End to end: the cross-reference panel.
 *
 * 1. The built panel script in a bare Chromium page (same page, same CSP as the webview):
 *    2,000 rows render and filter (times logged, not asserted), the list is virtualised,
 *    keyboard navigation, hostile text stays text, state survives a reload.
 * 2. In a real VS Code (code-server, see harness.ts): the sample pair, the panel's rows,
 *    clicking a row reveals both passages in two editor columns, a filter, a hostile pair,
 *    and screenshots in a light and a dark theme (test-results/panel-light.png, panel-dark.png).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { handTargetFor } from '../../src/core/hand/create';
import type { HandAnnotation } from '../../src/core/hand/model';
import { createSidecarCodec, sidecarNameFor } from '../../src/core/hand/sidecar';
import type { FromPanel } from '../../src/shared/panelProtocol';
import { chromiumArgs, repoRoot, resultsRoot, waitFor, withVsCode, type VsCode } from './harness';
import { goToPosition, groupOf, widenSidebar } from './workbench';
import { openPanelPage, syntheticSnapshot } from './panelPage';

const HOSTILE = ['<img src=x onerror=alert(1)>', '</script><script>alert(2)</script>', '<a href="javascript:alert(3)">javascript:alert(3)</a>'];

/** Builds the panel bundle (and its codicons) for the bare-page tests; the VS Code tests build through the harness. */
function buildPanel(): void {
  buildSync({ entryPoints: [path.join(repoRoot, 'src/webview/main.ts')], outfile: path.join(repoRoot, 'dist/webview/main.js'), bundle: true, platform: 'browser', format: 'iife', target: 'es2022', minify: true, sourcemap: true, logLevel: 'error' });
  fs.mkdirSync(path.join(repoRoot, 'dist/webview/codicons'), { recursive: true });
  for (const f of ['codicon.css', 'codicon.ttf']) fs.copyFileSync(path.join(repoRoot, 'node_modules/@vscode/codicons/dist', f), path.join(repoRoot, 'dist/webview/codicons', f));
}

function writeResult(name: string, data: unknown): void {
  const dir = path.join(resultsRoot, 'e2e', 'panel');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), `${JSON.stringify(data, null, 2)}\n`);
}

test('panel script in a bare page', async (t) => {
  buildPanel();
  const browser: Browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: [...chromiumArgs] });
  try {
    await t.test('should render and filter 2,000 cross-references through a virtualised list', async () => {
      const p = await openPanelPage(browser);
      const snapshot = syntheticSnapshot(2000);
      await p.send({ type: 'snapshot', snapshot });
      const metrics = async (name: string) => (await p.sent()).filter((m): m is Extract<FromPanel, { type: 'metric' }> => m.type === 'metric' && m.name === name);
      const render = (await waitFor(async () => (await metrics('render'))[0], { message: 'the render metric' }));
      assert.equal(render.rows, 2200);
      assert.match((await p.page.locator('.counts').innerText()), /2200 rows · 200 unsupported/);
      const drawn = await p.page.locator('.row').count();
      assert.ok(drawn > 3 && drawn < 120, `a virtualised list draws a window of rows, not all (drew ${drawn})`);

      // Filter: a click on a class shows only that class, with clear on/off states; a
      // second click shows all again; Ctrl+click adds a class.
      await p.page.locator('.toggle-paraphrase').click();
      await waitFor(async () => /500 of 2200 rows shown/.test(await p.page.locator('.counts').innerText()), { message: 'the paraphrase-only count' });
      assert.equal(await p.page.locator('.row:not(.row-paraphrase)').count(), 0);
      const pressed = async () => p.page.locator('.class-toggles .toggle[aria-pressed="true"]').allInnerTexts();
      assert.deepEqual((await pressed()).map((t) => t.split(/\s/)[0]), ['Paraphrase']);
      const [on, off] = await Promise.all(['.toggle-paraphrase', '.toggle-close'].map((sel) => p.page.locator(sel).evaluate((el) => getComputedStyle(el).backgroundColor)));
      assert.notEqual(on, off, 'the pressed button looks different from the others');
      await p.page.locator('.toggle-paraphrase').click();
      await waitFor(async () => /2200 rows · 200 unsupported/.test(await p.page.locator('.counts').innerText()), { message: 'every row again' });
      assert.deepEqual(await pressed(), ['All']);
      await p.page.locator('.toggle-paraphrase').click();
      await p.page.locator('.toggle-partial').click({ modifiers: ['Control'] });
      await waitFor(async () => /\d+ of 2200 rows shown/.test(await p.page.locator('.counts').innerText()) && (await pressed()).length === 2, { message: 'paraphrase and partial shown' });
      assert.equal(await p.page.locator('.row:not(.row-paraphrase):not(.row-partial)').count(), 0);
      await p.page.locator('.toggle-partial').click({ modifiers: ['Control'] });
      await waitFor(async () => /500 of 2200 rows shown/.test(await p.page.locator('.counts').innerText()), { message: 'back to the paraphrase-only count' });
      await p.page.locator('input.search').fill('#11');
      await waitFor(async () => /\d+ of 2200 rows shown/.test(await p.page.locator('.counts').innerText()) && !/500 of/.test(await p.page.locator('.counts').innerText()), { message: 'the search to apply' });
      const filters = await metrics('filter');
      assert.ok(filters.length >= 5);

      // Scroll to the end: the last rows are drawn.
      await p.page.locator('.toolbar .link-button').click(); // Clear filters
      await waitFor(async () => /2200 rows · 200 unsupported/.test(await p.page.locator('.counts').innerText()), { message: 'cleared filters' });
      await p.page.locator('.list').focus();
      await p.page.keyboard.press('End');
      await waitFor(() => p.page.locator('.row.active[data-row-id="a200"]').count(), { message: 'the last row to be active after End' });
      assert.equal(await p.page.locator('.list').getAttribute('aria-activedescendant'), await p.page.locator('.row.active').getAttribute('id'));
      await p.page.keyboard.press('ArrowUp');
      await p.page.keyboard.press('Enter');
      await waitFor(async () => (await p.sent()).some((m) => m.type === 'reveal' && m.rowId === 'a199'), { message: 'Enter to post reveal of the row above the last' });

      const timings = { rows: 2200, renderMs: render.ms, filterMs: filters.map((f) => ({ ms: f.ms, rows: f.rows })) };
      writeResult('bare-page-timings.json', timings);
      t.diagnostic(`2,200 rows: render ${render.ms} ms; filters ${filters.map((f) => `${f.ms} ms→${f.rows} rows`).join(', ')}`);
      assert.deepEqual(p.dialogs, []);
      assert.deepEqual(p.problems.filter((m) => !/favicon/.test(m)), []);
      await p.page.context().close();
    });

    await t.test('should show hostile document text as plain text, run nothing, and ignore malformed messages', async () => {
      const p = await openPanelPage(browser);
      const s = syntheticSnapshot(3, 1);
      const rows = s.rows.map((r, i) => ({ ...r, report: { ...r.report, text: HOSTILE[i] }, transcript: { ...r.transcript, text: HOSTILE[(i + 1) % 3] } }));
      const entities = s.entities.map((e, i) => (i === 0 ? { ...e, name: HOSTILE[0] } : e));
      await p.send({ type: 'snapshot', snapshot: { ...s, rows, entities, report: { ...s.report, name: '<b>report</b>.txt' } } });
      await waitFor(() => p.page.locator('.row').count(), { message: 'rows' });
      const bodyText = await p.page.locator('body').innerText();
      for (const h of HOSTILE) assert.ok(bodyText.includes(h), `"${h}" is shown literally`);
      assert.ok(bodyText.includes('<b>report</b>.txt'));
      assert.equal(await p.page.locator('#root img, #root script, #root a, #root b').count(), 0, 'no element made from document text');
      await p.send({ type: 'empty', reason: 'failed', detail: HOSTILE[0] });
      await waitFor(() => p.page.locator('.empty-failed').count(), { message: 'the empty state' });
      assert.equal(await p.page.locator('.empty .detail').innerText(), HOSTILE[0]);
      assert.equal(await p.page.locator('#root img').count(), 0);
      // Malformed messages are dropped with a warning; the page stays as it was.
      await p.send({ type: 'snapshot', snapshot: { ...s, rows: [{ ...s.rows[0], score: 7 }] } });
      await p.send({ type: 'empty', reason: 'pwned', detail: '' });
      await waitFor(() => p.problems.filter((m) => /ignored a malformed message/.test(m)).length >= 2, { message: 'two warnings about malformed messages' });
      assert.equal(await p.page.locator('.empty-failed').count(), 1);
      assert.deepEqual(p.dialogs, [], 'no dialog was opened');
      await p.page.context().close();
    });

    await t.test('should restore filters, grouping and scroll position after a reload', async () => {
      const p = await openPanelPage(browser);
      const snapshot = syntheticSnapshot(400);
      await p.send({ type: 'snapshot', snapshot });
      await p.page.locator('select[aria-label="Group by"]').selectOption('speaker');
      await p.page.locator('input.search').fill('energy');
      await waitFor(async () => ((await p.state()) as { search?: string } | null)?.search === 'energy', { message: 'the search saved in the state' });
      await p.page.locator('.list').evaluate((e) => e.scrollTo(0, 1500));
      await waitFor(async () => ((await p.state()) as { scrollTop?: number }).scrollTop === 1500, { message: 'the scroll position saved' });
      const saved = await p.state();
      await p.page.context().close();

      const q = await openPanelPage(browser, { state: saved });
      await q.send({ type: 'snapshot', snapshot });
      await waitFor(() => q.page.locator('.row').count(), { message: 'rows after reload' });
      assert.equal(await q.page.locator('select[aria-label="Group by"]').inputValue(), 'speaker');
      assert.equal(await q.page.locator('input.search').inputValue(), 'energy');
      assert.equal(await q.page.locator('.list').evaluate((e) => e.scrollTop), 1500, JSON.stringify(await q.page.locator('.list').evaluate((e) => [e.scrollHeight, e.clientHeight])) + JSON.stringify(saved));
      await q.page.context().close();
    });

    await t.test('should stack the passages when narrow and put them side by side when wide', async () => {
      const left = async (width: number) => {
        const p = await openPanelPage(browser, { width });
        await p.send({ type: 'snapshot', snapshot: syntheticSnapshot(5) });
        await waitFor(() => p.page.locator('.row').count(), { message: 'rows' });
        const [r, tr] = await Promise.all(['.passage-report', '.passage-transcript'].map((s) => p.page.locator(s).first().boundingBox()));
        await p.page.context().close();
        return { sameRow: Math.abs((r?.y ?? 0) - (tr?.y ?? -1)) < 2, transcriptRight: (tr?.x ?? 0) > (r?.x ?? 0) + 50 };
      };
      assert.deepEqual(await left(900), { sameRow: true, transcriptRight: true });
      assert.deepEqual(await left(360), { sameRow: false, transcriptRight: false });
    });
  } finally {
    await browser.close();
  }
});

// ---------------------------------------------------------------------------
// In a real VS Code
// ---------------------------------------------------------------------------

const REPORT = 'sochi-2020-news.txt';
const TRANSCRIPT = 'sochi-2020-transcript.txt';
const HOSTILE_DIR = path.join(repoRoot, 'test/e2e/fixtures/hostile-pair');

/** Number of quotes of the large generated pair (one cross-reference each). */
const LARGE = 2000;

/**
 * A generated pair for scale: a transcript of `n` turns by invented speakers and a report
 * quoting each turn, so the analysis yields about `n` cross-references.
 */
function largePair(n: number): { transcript: string; report: string } {
  const speakers = ['Ana Lindqvist', 'Tomas Okonkwo', 'Mei Tanaka', 'Rafael Ortiz'];
  const topics = ['fisheries', 'railways', 'vaccines', 'tariffs', 'pensions', 'satellites', 'wheat', 'copper', 'tourism', 'shipping'];
  const countries = ['Sweden', 'Ghana', 'Japan', 'Chile', 'Norway', 'Kenya'];
  const transcript = ['Joint press conference of four ministers, 3 March 2024', ''];
  const report = ['Four ministers set out their investment plans', ''];
  for (let i = 0; i < n; i++) {
    const speaker = speakers[i % speakers.length];
    const said = `We will invest ${10 + (i % 90)} million in ${topics[i % topics.length]} with ${countries[i % countries.length]} in year ${2025 + (i % 7)} under plan ${i}.`;
    transcript.push(`${speaker}: ${said}`, '');
    report.push(`${speaker.split(' ')[1]} said: "${said}"`, '');
  }
  return { transcript: transcript.join('\n'), report: report.join('\n') };
}

/** A workspace with the sample pair in `sochi/`, the hostile pair in `hostile/` and a large pair in `large/`. */
function makeWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-panel-ws-'));
  const ws = path.join(dir, 'accounts');
  fs.cpSync(path.join(repoRoot, 'samples'), path.join(ws, 'sochi'), { recursive: true });
  fs.cpSync(HOSTILE_DIR, path.join(ws, 'hostile'), { recursive: true });
  const large = largePair(LARGE);
  fs.mkdirSync(path.join(ws, 'large'));
  fs.writeFileSync(path.join(ws, 'large', 'plans-transcript.txt'), large.transcript);
  fs.writeFileSync(path.join(ws, 'large', 'plans-news.txt'), large.report);
  return ws;
}

/** Every `panel <name>` timing in the extension's log, oldest first. */
function panelTimings(vs: VsCode, name: 'render' | 'filter'): { ms: number; rows: number }[] {
  return [...vs.extensionLog().matchAll(new RegExp(`panel ${name}: ([\\d.]+) ms for (\\d+) rows`, 'g'))].map((m) => ({ ms: Number(m[1]), rows: Number(m[2]) }));
}

/** The panel's document: the webview iframe, then its active inner frame. */
function panelFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

/** Words of `text` (whitespace collapsed, non-breaking spaces as spaces). */
function flat(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
}


/** Opens both sample accounts, shows the panel, waits for its rows; returns the logged pair analysis. */
async function openSamplePanel(vs: VsCode, t: test.TestContext): Promise<{ crossReferences: number; unmatched: number; unconfirmed: number }> {
  await vs.openFile(`sochi/${REPORT}`);
  await vs.openFile(`sochi/${TRANSCRIPT}`);
  await vs.waitForLog(/activated in \d+ ms/, { message: 'the extension to activate' });
  await vs.runCommand('Transcript Annotator: Show Cross-References');
  const panel = panelFrame(vs.page);
  await vs.waitFor(() => panel.locator('.row').count(), { message: 'rows in the Cross-References panel', timeout: 90_000 });
  const analysed = await vs.waitForLog(new RegExp(`analysed ${REPORT.replace(/\./g, '\\.')} \\+ ${TRANSCRIPT.replace(/\./g, '\\.')} \\(\\d+ chars\\): \\d+ annotations, (\\d+) cross-references, (\\d+) unmatched in \\d+ ms \\((\\d+) not confirmed\\)`), { message: 'the pair analysis log line' });
  const render = await vs.waitForLog(/panel render: ([\d.]+) ms for (\d+) rows/, { message: 'the panel render time in the log' });
  t.diagnostic(`VS Code panel render: ${render[1]} ms for ${render[2]} rows (pair: ${analysed[1]} cross-references, ${analysed[2]} unmatched)`);
  return { crossReferences: Number(analysed[1]), unmatched: Number(analysed[2]), unconfirmed: Number(analysed[3]) };
}

/** Row counts per class, read from the class toggles of the panel. */
async function classCounts(panel: FrameLocator): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const c of ['verbatim', 'close', 'paraphrase', 'partial', 'unsupported', 'context', 'unconfirmed']) out[c] = Number(await panel.locator(`.toggle-${c} .count`).innerText());
  return out;
}

test('panel in VS Code', async (t) => {
  const workspace = makeWorkspace();
  const dialogs: string[] = [];
  try {
    await t.test('should list the sample pair, reveal both passages of a row, follow the cursor and filter (dark theme)', async () => {
      await withVsCode({ name: 'panel-dark', theme: 'dark', workspace, settings: { 'workbench.editor.enablePreview': false } }, async (vs) => {
        vs.page.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        const pair = await openSamplePanel(vs, t);
        const panel = panelFrame(vs.page);

        // Counts: one row per cross-reference of the pair; the header says so.
        const counts = await classCounts(panel);
        const matches = counts.verbatim + counts.close + counts.paraphrase + counts.partial;
        assert.equal(matches, pair.crossReferences, `match rows ${JSON.stringify(counts)} vs ${pair.crossReferences} cross-references`);
        // Unmatched report passages: findings (unsupported) and the report's own background (context), apart.
        assert.equal(counts.unsupported + counts.context, pair.unmatched);
        assert.ok(counts.unsupported > 0 && counts.context > 0, JSON.stringify(counts));
        // Claims not confirmed (alike to a passage, without support): apart from both.
        assert.equal(counts.unconfirmed, pair.unconfirmed);
        assert.ok(counts.unconfirmed > 0, JSON.stringify(counts));
        assert.match(await panel.locator('.counts').innerText(), new RegExp(`^${matches + pair.unmatched + pair.unconfirmed} rows · ${counts.unsupported} unsupported · ${counts.unconfirmed} not confirmed · ${counts.context} context$`));
        // Not confirmed: a quiet group of its own, each row with its nearest transcript passage and similarity.
        await panel.locator('.toggle-unconfirmed').click();
        await vs.waitFor(async () => new RegExp(`^${counts.unconfirmed} of `).test(await panel.locator('.counts').innerText()), { message: 'only the rows not confirmed' });
        assert.match(await panel.locator('.heading-unconfirmed').innerText(), /Not confirmed: a transcript passage is alike, without supporting it/i);
        assert.match(flat(await panel.locator('.row-unconfirmed .passage-missing').first().innerText()), /Not confirmed by the transcript.*Nearest \(similarity \d+%\): \S/);
        assert.equal(await panel.locator('.row-unsupported, .row-context').count(), 0);
        await panel.locator('.toggle-all').click();
        await vs.waitFor(async () => /^\d+ rows · \d+ unsupported · \d+ not confirmed · \d+ context$/.test(await panel.locator('.counts').innerText()), { message: 'every row again after the rows not confirmed' });
        // Context: its own quiet group, last; shown alone by its class button.
        await panel.locator('.toggle-context').click();
        await vs.waitFor(async () => new RegExp(`^${counts.context} of `).test(await panel.locator('.counts').innerText()), { message: 'only the context rows' });
        assert.match(await panel.locator('.heading-context').innerText(), /Context: the report's own background, not from this event/i);
        assert.match(await panel.locator('.row-context .passage-missing').first().innerText(), /Not from this event/);
        assert.equal(await panel.locator('.row-unsupported').count(), 0);
        await panel.locator('.toggle-all').click();
        await vs.waitFor(async () => /^\d+ rows · \d+ unsupported( · \d+ not confirmed)? · \d+ context$/.test(await panel.locator('.counts').innerText()), { message: 'every row again after the context rows' });
        assert.match(await panel.locator('.pair-title').innerText(), new RegExp(`${REPORT}.*${TRANSCRIPT}`));
        assert.ok((await panel.locator('table.entities tbody tr').count()) >= 2, 'the entity summary lists people and countries');

        // Click a cross-reference: both passages are revealed and selected in two editor columns.
        const row = panel.locator('.row:not(.row-unsupported):not(.row-context):not(.row-unconfirmed)').nth(1);
        const reportText = flat(await row.locator('.passage-report .passage-text').innerText());
        const transcriptText = flat(await row.locator('.passage-transcript .passage-text').innerText());
        await row.click();
        const snippet = (s: string) => s.split(' ').slice(0, 4).join(' ');
        await vs.waitFor(async () => {
          const r = flat(await groupOf(vs, REPORT).locator('.view-lines').innerText());
          const tr = flat(await groupOf(vs, TRANSCRIPT).locator('.view-lines').innerText());
          return r.includes(snippet(reportText)) && tr.includes(snippet(transcriptText));
        }, { message: `both editors to show the row's passages ("${snippet(reportText)}" / "${snippet(transcriptText)}")` });
        const reportBox = await groupOf(vs, REPORT).boundingBox();
        const transcriptBox = await groupOf(vs, TRANSCRIPT).boundingBox();
        assert.ok(reportBox && transcriptBox && Math.abs(reportBox.x - transcriptBox.x) > 100, 'the two accounts are in two columns side by side');
        await vs.waitFor(async () => (await groupOf(vs, REPORT).locator('.selected-text').count()) > 0 && (await groupOf(vs, TRANSCRIPT).locator('.selected-text').count()) > 0, { message: 'a selection in both editors' });
        // The editors' selections come back as the cursor: the clicked row is highlighted.
        await vs.waitFor(() => panel.locator('.row.at-cursor').count(), { message: 'rows highlighted at the cursor' });
        assert.equal(await row.getAttribute('aria-selected'), 'true');

        // Keyboard: ArrowDown moves the active row, Enter reveals it.
        await panel.locator('.list').focus();
        await vs.page.keyboard.press('ArrowDown');
        await vs.waitFor(async () => (await panel.locator('.row.active').getAttribute('data-row-id')) !== (await row.getAttribute('data-row-id')), { message: 'ArrowDown to move the active row' });

        // A CodeLens opens the panel filtered to its paragraph: as many rows as the lens counts.
        const lens = groupOf(vs, REPORT).locator('.codelens-decoration a', { hasText: /cross-reference|unsupported/ }).first();
        const lensText = await lens.innerText();
        const lensRows = [...lensText.matchAll(/(\d+) (cross-reference|unsupported|not confirmed|context)/g)].reduce((n, m) => n + Number(m[1]), 0);
        await lens.click();
        await vs.waitFor(async () => (await panel.locator('.at-chip').isVisible()) && new RegExp(`^${lensRows} of ${matches + pair.unmatched + pair.unconfirmed} rows shown$`).test(await panel.locator('.counts').innerText()), { message: `the panel to show the ${lensRows} rows of the CodeLens "${lensText}"` });
        assert.match(await panel.locator('.at-chip').innerText(), new RegExp(`Only rows in the paragraph at ${REPORT}, line \\d+`));
        await panel.locator('.at-chip button').click();
        await vs.waitFor(async () => /^\d+ rows · \d+ unsupported( · \d+ not confirmed)?( · \d+ context)?$/.test(await panel.locator('.counts').innerText()), { message: 'every row again after clearing the place filter' });

        // With the panel hidden (its webview is disposed), the CodeLens opens it again, filtered.
        await vs.page.locator('.activitybar .action-item a[aria-label^="Explorer"]').first().click();
        await vs.waitFor(async () => (await vs.page.locator('iframe.webview.ready').count()) === 0 || !(await vs.page.locator('iframe.webview.ready').first().isVisible()), { message: 'the panel to be hidden' });
        await lens.click();
        try {
          await vs.waitFor(async () => (await panel.locator('.at-chip').isVisible()) && new RegExp(`^${lensRows} of `).test(await panel.locator('.counts').innerText()), { message: 'the re-opened panel to show the CodeLens rows' });
        } catch (error) {
          // Seen once in CI (7 December), not here: what the window showed, for the next reader of the log.
          await vs.page.screenshot({ path: path.join(resultsRoot, 'panel-reopened-timeout.png') });
          throw error;
        }
        await panel.locator('.at-chip button').click();
        await vs.waitFor(async () => /^\d+ rows · \d+ unsupported( · \d+ not confirmed)?( · \d+ context)?$/.test(await panel.locator('.counts').innerText()), { message: 'every row again' });

        await widenSidebar(vs, 620);
        await vs.page.screenshot({ path: path.join(resultsRoot, 'panel-dark.png') });

        // Filter: hide every class but one; the header says how many are shown.
        const kept = Object.entries(counts).find(([c, n]) => c !== 'unsupported' && n > 0)![0];
        await panel.locator(`.toggle-${kept}`).click(); // one click: only that class
        await vs.waitFor(async () => new RegExp(`^${counts[kept]} of ${matches + pair.unmatched + pair.unconfirmed} rows shown$`).test(await panel.locator('.counts').innerText()), { message: `the header to count only ${kept} rows` });
        assert.equal(await panel.locator(`.row:not(.row-${kept})`).count(), 0);

        // Reading a row: the report's attribution and the transcript's speaker apart,
        // passages reflowed, the diff legend of hovers, no unexplained "@" in the summary.
        await panel.locator('.toggle-all').click();
        await vs.waitFor(async () => /^\d+ rows · \d+ unsupported( · \d+ not confirmed)?( · \d+ context)?$/.test(await panel.locator('.counts').innerText()), { message: 'every row after All' });
        const matchRow = panel.locator('.row:not(.row-unsupported):not(.row-context):not(.row-unconfirmed)').first();
        assert.match(await matchRow.locator('.attribution').innerText(), /^Report: \S/);
        assert.match(await matchRow.locator('.transcript-speaker').innerText(), /^Transcript: \S/);
        for (const text of await panel.locator('.passage-text').allTextContents()) assert.ok(!text.includes('\n'), `a passage is reflowed: ${JSON.stringify(text.slice(0, 80))}`);
        const legend = panel.locator('.diff-legend').first();
        if (await legend.count()) assert.match(await legend.innerText(), /Report vs transcript: −said, not in the report · \+in the report, not said/);
        for (const mark of await panel.locator('.speaker-mark').allInnerTexts()) assert.equal(mark.trim(), '· speaks');
        const filter = await vs.waitForLog(/panel filter: ([\d.]+) ms for (\d+) rows/, { message: 'the filter time in the log' });
        t.diagnostic(`VS Code panel filter: ${filter[1]} ms for ${filter[2]} rows`);
        assert.deepEqual(dialogs, []);
      });
    });

    await t.test('should show a hostile pair as plain text and switch with the active pair (light theme)', async () => {
      await withVsCode({ name: 'panel-light', theme: 'light', workspace, settings: { 'workbench.editor.enablePreview': false } }, async (vs) => {
        vs.page.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        // Nothing open yet: the panel says what to do, and its button runs the command.
        const panel = panelFrame(vs.page);
        // The view container's icon in the activity bar opens the panel (and activates the extension).
        const icon = vs.page.locator('.activitybar .action-item a[aria-label^="Cross-References"]').first();
        await vs.waitFor(() => icon.isVisible(), { message: 'the Cross-References activity bar icon', timeout: 60_000 });
        await icon.click();
        await vs.waitFor(() => panel.locator('.empty-noAccount').count(), { message: 'the "no account" empty state', timeout: 60_000 });
        assert.match(await panel.locator('.empty').innerText(), /Open a press-conference transcript or a news report/);
        await panel.locator('button[data-command="pairWith"]').click();
        await vs.waitFor(async () => (await vs.notifications()).some((m) => /Open the transcript or report you want to pair/.test(m)), { message: 'Pair with Other Account… to answer from the empty state' });
        await vs.page.screenshot({ path: path.join(vs.resultsDir, 'empty.png') });

        await openSamplePanel(vs, t);
        // In the default side bar width the view's title reads whole (it was "TRANSCRIPT
        // ANNOTATOR: CRO…"), and the passages stack.
        const title = vs.page.locator('.part.sidebar .composite.title .title-label h2').first();
        const sidebarWidth = (await vs.page.locator('.part.sidebar').boundingBox())?.width ?? 0;
        assert.match(await title.innerText(), /^cross-references$/i);
        const fits = await title.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
        assert.ok(fits.scroll <= fits.client, `the view title is cut in a ${sidebarWidth}px side bar: ${JSON.stringify(fits)}`);
        const firstRow = panel.locator('.row').first();
        const [reportBox, transcriptBox] = await Promise.all(['.passage-report', '.passage-transcript, .passage-missing'].map((sel) => firstRow.locator(sel).first().boundingBox()));
        assert.ok(reportBox && transcriptBox && transcriptBox.y >= reportBox.y + reportBox.height - 1, 'the passages are stacked in the default width');
        t.diagnostic(`default side bar: ${sidebarWidth}px, title "${await title.innerText()}" (${fits.scroll}/${fits.client}px)`);
        await vs.page.screenshot({ path: path.join(vs.resultsDir, 'panel-default-width.png') });
        await widenSidebar(vs, 620);
        await panel.locator('.row').first().click();
        await vs.page.screenshot({ path: path.join(resultsRoot, 'panel-light.png') });

        // Opening another pair's account switches the panel to that pair.
        await vs.openFile('hostile/briefing-news.txt');
        await vs.waitFor(async () => /briefing-news\.txt.*briefing-transcript\.txt/.test(await panel.locator('.pair-title').innerText()), { message: 'the panel to show the hostile pair', timeout: 60_000 });
        await vs.waitFor(() => panel.locator('.row').count(), { message: 'rows of the hostile pair' });
        const text = await panel.locator('#root').innerText();
        for (const h of ['<img src=x onerror=alert(1)>', '</script><script>alert(2)</script>', 'javascript:alert(3)']) assert.ok(text.includes(h), `"${h}" shows as text in the panel`);
        assert.equal(await panel.locator('#root img, #root script, #root a').count(), 0, 'no element made from document text');
        await vs.page.screenshot({ path: path.join(vs.resultsDir, 'hostile.png') });
        assert.deepEqual(dialogs, [], 'no dialog opened');
        assert.equal(await vs.dialog(), undefined);

        // Live: a claim typed into the report shows up in the panel after re-analysis.
        const unmatchedCount = async () => Number(await panel.locator('.toggle-unsupported .count').innerText()) + Number(await panel.locator('.toggle-context .count').innerText());
        const unsupportedBefore = await unmatchedCount();
        await vs.openFile('hostile/briefing-news.txt'); // focuses its editor
        await vs.page.keyboard.press('Control+End');
        await vs.page.keyboard.type('\nLindqvist said Sweden would open an embassy in Accra next year.\n');
        await vs.waitFor(async () => (await unmatchedCount()) > unsupportedBefore, { message: 'the typed claim to appear as unmatched in the panel', timeout: 60_000 });
        await panel.locator('input.search').fill('embassy accra');
        await vs.waitFor(async () => (await panel.locator('.row').count()) === 1 && /embassy in Accra/.test(await panel.locator('.row').innerText()), { message: 'the search to find the typed claim' });

        // High contrast: switch the theme live and keep a screenshot (colours come from theme variables).
        await vs.page.keyboard.press('F1');
        const input = vs.page.locator('.quick-input-widget input');
        await input.fill('>Preferences: Color Theme');
        await vs.page.locator('.quick-input-widget .monaco-list-row[aria-label^="Preferences: Color Theme"]').first().click();
        await vs.waitFor(async () => (await input.inputValue()) === '' && (await vs.page.locator('.quick-input-widget .monaco-list-row').count()) > 3, { message: 'the theme picker' });
        await input.fill('Dark High Contrast');
        await vs.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Dark High Contrast' }).first().click();
        await vs.waitFor(() => vs.page.locator('.monaco-workbench.hc-black').count(), { message: 'the high-contrast theme to apply' });
        await panel.locator('input.search').fill('');
        await vs.waitFor(async () => (await panel.locator('.row').count()) > 1, { message: 'rows after clearing the search' });
        await vs.page.screenshot({ path: path.join(vs.resultsDir, 'panel-high-contrast.png') });

        // Scale in the real webview: a pair with about 2,000 cross-references.
        await vs.openFile('large/plans-news.txt');
        await vs.waitFor(async () => /plans-news\.txt/.test(await panel.locator('.pair-title').innerText()) && (await panel.locator('.row').count()) > 0, { message: 'the large pair in the panel', timeout: 180_000 });
        const total = Number((await panel.locator('.counts').innerText()).match(/^(\d+) rows/)?.[1]);
        assert.ok(total >= LARGE, `the large pair should give at least ${LARGE} rows (got ${total})`);
        const render = await vs.waitFor(() => panelTimings(vs, 'render').find((m) => m.rows >= LARGE), { message: `the render time of ${LARGE}+ rows in the log` });
        const filtersBefore = panelTimings(vs, 'filter').length;
        await panel.locator('input.search').fill('railways');
        await vs.waitFor(async () => /^\d+ of \d+ rows shown$/.test(await panel.locator('.counts').innerText()), { message: 'the search over the large pair' });
        const filter = await vs.waitFor(() => panelTimings(vs, 'filter').slice(filtersBefore).find((m) => m.rows < total), { message: 'the filter time of the large pair in the log' });
        assert.ok((await panel.locator('.row').count()) < 200, 'the list stays virtualised');
        t.diagnostic(`VS Code panel, large pair: render ${render.ms} ms for ${render.rows} rows; search ${filter.ms} ms → ${filter.rows} rows`);
        writeResult('vscode-timings.json', { render, filter });
      });
    });
  } finally {
    fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------------------
// Orphaned hand annotations (issue 7: listed in the panel, never dropped)
// ---------------------------------------------------------------------------

test('orphaned hand annotations in a bare panel page', async () => {
  buildPanel();
  const browser: Browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: [...chromiumArgs] });
  try {
    const p = await openPanelPage(browser);
    const s = syntheticSnapshot(5);
    await p.send({ type: 'snapshot', snapshot: s });
    await waitFor(() => p.page.locator('.row').count(), { message: 'rows' });
    assert.equal(await p.page.locator('.orphans').count(), 0, 'no orphan section when there is no orphan');
    assert.equal(await p.page.locator('.orphans-host').isVisible(), false);

    const orphans = [
      { id: 'urn:uuid:a', uri: s.report.uri, account: s.report.name, action: 'tag' as const, kind: 'person' as const, label: HOSTILE[0], quote: HOSTILE[1], reason: `"${HOSTILE[1]}" is no longer in the text.` },
      { id: 'urn:uuid:b', uri: s.transcript.uri, account: s.transcript.name, action: 'link' as const, label: HOSTILE[2], quote: 'plain words', reason: 'The counterpart passage is no longer in the text.' },
    ];
    await p.send({ type: 'snapshot', snapshot: { ...s, orphans } });
    const section = p.page.locator('.orphans');
    await waitFor(() => section.count(), { message: 'the orphan section' });
    assert.equal(flat(await section.locator('h2').innerText()), 'Orphaned hand annotations 2');
    assert.equal(await section.locator('li.orphan').count(), 2);
    const first = section.locator('li.orphan').first();
    assert.equal(await first.locator('.orphan-kind').innerText(), 'Person tag');
    assert.equal(await first.locator('.orphan-label').innerText(), HOSTILE[0]);
    assert.equal(await first.locator('.orphan-quote').innerText(), HOSTILE[1]);
    assert.equal(await first.locator('.orphan-account').innerText(), s.report.name);
    assert.match(await section.locator('li.orphan').nth(1).innerText(), /Link[\s\S]*javascript:alert\(3\)/);
    assert.equal(await p.page.locator('#root img, #root script, #root a').count(), 0, 'no element made from document text');
    // The rows are still there, below the section.
    assert.ok((await p.page.locator('.row').count()) > 0);

    // Buttons (and Enter on them) post typed messages; the extension does the rest.
    await first.locator('button.orphan-open').click();
    await section.locator('li.orphan').nth(1).locator('button.orphan-remove').focus();
    await p.page.keyboard.press('Enter');
    await section.locator('button.show-orphaned').click();
    const sent = await waitFor(async () => {
      const m = (await p.sent()).filter((x) => x.type === 'orphan' || (x.type === 'command' && x.command === 'showOrphaned'));
      return m.length >= 3 ? m : undefined;
    }, { message: 'the three orphan messages' });
    assert.deepEqual(sent, [
      { type: 'orphan', action: 'open', uri: s.report.uri, id: 'urn:uuid:a' },
      { type: 'orphan', action: 'remove', uri: s.transcript.uri, id: 'urn:uuid:b' },
      { type: 'command', command: 'showOrphaned' },
    ]);

    // When the orphans are resolved, the section goes away.
    await p.send({ type: 'snapshot', snapshot: s });
    await waitFor(async () => (await section.count()) === 0, { message: 'the orphan section to go away' });
    assert.deepEqual(p.dialogs, []);
    assert.deepEqual(p.problems.filter((m) => !/favicon/.test(m)), []);
    await p.page.context().close();
  } finally {
    await browser.close();
  }
});

test('orphaned hand annotation in the panel of a real VS Code, after an edit', async (t) => {
  // The sample pair with a sidecar holding one hand tag on the first words of the shortest paragraph of the report.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-orphan-ws-'));
  const ws = path.join(dir, 'accounts');
  fs.cpSync(path.join(repoRoot, 'samples'), ws, { recursive: true });
  const text = fs.readFileSync(path.join(ws, REPORT), 'utf8');
  const lines = text.split('\n');
  const lineIndex = lines.reduce((best, l, i) => (i > 0 && l.trim() && (best < 0 || l.length < lines[best].length) ? i : best), -1);
  const lineStart = lines.slice(0, lineIndex).reduce((n, l) => n + l.length + 1, 0);
  const quote = lines[lineIndex].split(' ').slice(0, 5).join(' ');
  const reportUri = pathToFileURL(path.join(ws, REPORT)).toString();
  const tag: HandAnnotation = { id: 'urn:uuid:0e2e0000-0000-4000-8000-000000000001', created: '2026-01-01T00:00:00.000Z', action: 'tag', kind: 'person', entity: 'Ada Quinlan', target: handTargetFor(reportUri, reportUri, text, { start: lineStart, end: lineStart + quote.length }) };
  const sidecarName = sidecarNameFor(REPORT);
  fs.writeFileSync(path.join(ws, sidecarName), createSidecarCodec().serialize({ account: REPORT, annotations: [tag], preserved: [] }));
  try {
    await withVsCode({ name: 'panel-orphans', workspace: ws, settings: { 'workbench.editor.enablePreview': false, 'editor.wordWrap': 'off' } }, async (vs) => {
      await vs.openFile(TRANSCRIPT);
      await vs.openFile(REPORT);
      await vs.waitForLog(new RegExp(`loaded 1 hand annotation\\(s\\) of ${REPORT.replace(/\./g, '\\.')}`), { message: 'the sidecar to be loaded', timeout: 90_000 });
      await vs.runCommand('Transcript Annotator: Show Cross-References');
      const panel = panelFrame(vs.page);
      await vs.waitFor(() => panel.locator('.row').count(), { message: 'rows in the panel', timeout: 90_000 });
      assert.equal(await panel.locator('.orphans').count(), 0, 'the tag is placed: no orphan section');

      // Rewrite the tagged paragraph in the editor (unsaved): the tag's words are gone.
      await vs.openFile(REPORT);
      await goToPosition(vs, lineIndex + 1);
      await vs.page.keyboard.press('Home');
      await vs.page.keyboard.press('Shift+End');
      await vs.page.keyboard.type('Xylophone quartets played in the lobby afterwards.');

      const section = panel.locator('.orphans');
      await vs.waitFor(() => section.count(), { message: 'the panel to list the orphaned hand annotation', timeout: 90_000 });
      assert.equal(flat(await section.locator('h2').innerText()), 'Orphaned hand annotations 1');
      const item = section.locator('li.orphan');
      assert.equal(await item.count(), 1);
      assert.equal(await item.locator('.orphan-kind').innerText(), 'Person tag');
      assert.equal(await item.locator('.orphan-label').innerText(), 'Ada Quinlan');
      assert.equal(flat(await item.locator('.orphan-quote').innerText()), flat(quote));
      assert.equal(await item.locator('.orphan-account').innerText(), REPORT);
      assert.match(await item.locator('.orphan-reason').innerText(), /no longer in the text/);
      assert.ok((await panel.locator('.row').count()) > 0, 'the rows stay listed');
      await vs.page.screenshot({ path: path.join(vs.resultsDir, 'panel-orphan.png') });

      // The section's button runs Show Orphaned Annotations, which lists the same one.
      await section.locator('button.show-orphaned').click();
      const picker = vs.page.locator('.quick-input-widget');
      await vs.waitFor(async () => (await picker.isVisible()) && /1 orphaned hand annotation/.test(await picker.locator('.quick-input-title').innerText().catch(() => '')), { message: 'the Show Orphaned Annotations quick pick' });
      assert.match(flat(await picker.locator('.monaco-list-row').first().innerText()), new RegExp(flat(quote).slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      await vs.page.keyboard.press('Escape');

      // Delete… from the panel asks first, then removes it from the sidecar; the section goes away.
      await item.locator('button.orphan-remove').click();
      const dialog = vs.page.locator('.monaco-dialog-box');
      await waitFor(() => dialog.isVisible(), { message: 'the confirmation dialog' });
      assert.match(await dialog.innerText(), /Delete the orphaned hand annotation/);
      await dialog.locator('.monaco-button', { hasText: /^Delete$/ }).click();
      const sidecarPath = path.join(vs.workspaceDir, sidecarName);
      await vs.waitFor(() => JSON.parse(fs.readFileSync(sidecarPath, 'utf8')).annotations.length === 0, { message: 'the orphan to be removed from the sidecar' });
      await vs.waitFor(async () => (await section.count()) === 0, { message: 'the orphan section to go away' });
      t.diagnostic(`orphaned "${quote}" listed in the panel and removed from ${sidecarName}`);
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
