/**
 * Runs the built panel script (dist/webview/main.js) in a bare Chromium page, with the
 * same page template and Content-Security-Policy as the webview, a stand-in for
 * `acquireVsCodeApi` that records what the panel posts, and synthetic snapshots. Used by
 * panel.test.ts for what needs no VS Code: scale timings, hostile text, state restore.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { FromPanel, PanelMatchRow, PanelSnapshot, PanelUnsupportedRow, ToPanel } from '../../src/shared/panelProtocol';
import { panelPage } from '../../src/shared/panelPage';
import { repoRoot, waitFor } from './harness';

const ORIGIN = 'https://panel.invalid';

/** A page running the panel. */
export interface PanelPage {
  readonly page: Page;
  /** Posts a message to the panel as the extension would. */
  send(message: ToPanel | Record<string, unknown>): Promise<void>;
  /** Messages the panel posted so far. */
  sent(): Promise<FromPanel[]>;
  /** The panel's saved state (`setState`). */
  state(): Promise<unknown>;
  /** Dialogs (alert/confirm/prompt) the page tried to open. */
  readonly dialogs: string[];
  /** Console warnings and errors, and CSP violations. */
  readonly problems: string[];
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.html': 'text/html' };

/** Opens the panel in a new page of `browser`; `state` is what `getState()` returns at start. */
export async function openPanelPage(browser: Browser, options: { readonly width?: number; readonly height?: number; readonly state?: unknown } = {}): Promise<PanelPage> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 700, height: options.height ?? 900 } });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const problems: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  const html = panelPage({
    cspSource: ORIGIN,
    scriptUri: `${ORIGIN}/dist/webview/main.js`,
    styleUris: [`${ORIGIN}/dist/webview/codicons/codicon.css`, `${ORIGIN}/media/base.css`, `${ORIGIN}/media/panel.css`],
    nonce: 'bm9uY2Utb2YtdGhlLXRlc3Q',
  });
  await page.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/panel.html') return route.fulfill({ status: 200, contentType: 'text/html', body: html });
    const file = path.join(repoRoot, decodeURIComponent(url.pathname));
    if (!file.startsWith(repoRoot) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream', body: fs.readFileSync(file) });
  });
  // A string, not a function: tsx's name-keeping helpers do not exist in the page.
  await page.addInitScript(`
    window.__sent = [];
    window.__state = ${JSON.stringify(options.state ?? null)};
    window.acquireVsCodeApi = function () {
      return {
        postMessage: function (m) { window.__sent.push(JSON.parse(JSON.stringify(m))); },
        getState: function () { return window.__state; },
        setState: function (s) { window.__state = JSON.parse(JSON.stringify(s)); },
      };
    };`);
  await page.goto(`${ORIGIN}/panel.html`);
  const sent = () => page.evaluate(() => (window as unknown as { __sent: FromPanel[] }).__sent);
  await waitFor(async () => (await sent()).some((m) => m.type === 'ready'), { timeout: 10_000, message: 'the panel to post "ready"' }).catch((e: Error) => {
    throw new Error(`${e.message} Page problems: ${problems.join(' | ') || 'none'}`);
  });
  return {
    page,
    dialogs,
    problems,
    send: (message) => page.evaluate((m) => window.postMessage(m, '*'), message as object),
    sent,
    state: () => page.evaluate(() => (window as unknown as { __state: unknown }).__state),
  };
}

const WORDS = ['minister', 'said', 'talks', 'trade', 'sanctions', 'accord', 'border', 'talked', 'budget', 'growth', 'fisheries', 'energy', 'pipeline', 'summit'];

/**
 * A snapshot with `rows` cross-references and `unsupported` claims over invented people
 * and countries; passage lengths vary from one line to several paragraphs.
 */
export function syntheticSnapshot(rows: number, unsupported = Math.round(rows / 10)): PanelSnapshot {
  const people = Array.from({ length: 12 }, (_, i) => ({ id: `p${i + 1}`, kind: 'person' as const, name: `Speaker ${String.fromCharCode(65 + i)}. Example`, speaker: true, reportMentions: 3 + i, transcriptMentions: 5 + i }));
  const countries = Array.from({ length: 8 }, (_, i) => ({ id: `c${i + 1}`, kind: 'country' as const, name: `Country ${i + 1}`, iso: `Q${String.fromCharCode(65 + i)}`, reportMentions: i, transcriptMentions: 2 * i }));
  const text = (seed: number, words: number) => Array.from({ length: words }, (_, k) => WORDS[(seed * 7 + k * 3) % WORDS.length]).join(' ') + '.';
  const report = 'file:///synthetic/report.txt';
  const transcript = 'file:///synthetic/transcript.txt';
  const matches: PanelMatchRow[] = Array.from({ length: rows }, (_, i) => {
    const r = text(i, 8 + ((i * 13) % 90));
    const t = text(i + 1, 8 + ((i * 29) % 160));
    const match = (['verbatim', 'close', 'paraphrase', 'partial'] as const)[i % 4];
    const quote = i % 3 === 0;
    return {
      kind: 'match',
      id: `x${i + 1}`,
      match,
      score: 0.5 + ((i * 37) % 50) / 100,
      ...(quote ? { fidelity: 0.6 + ((i * 11) % 40) / 100, claimType: 'quote' as const, diff: [{ op: 'kept' as const, report: 'we will', transcript: 'we will' }, { op: 'changed' as const, report: 'triple', transcript: 'double' }, { op: 'dropped' as const, transcript: 'certainly' }, { op: 'added' as const, report: 'soon' }] } : { claimType: 'reported' as const }),
      ...(i % 7 === 0 ? {} : { speaker: people[i % people.length].id }),
      countries: i % 5 === 0 ? [] : [countries[i % countries.length].id, ...(i % 4 === 0 ? [countries[(i + 3) % countries.length].id] : [])],
      report: { uri: report, start: i * 1000, end: i * 1000 + r.length, text: `#${i + 1} ${r}` },
      transcript: { uri: transcript, start: i * 2000, end: i * 2000 + t.length, text: t },
    };
  });
  const claims: PanelUnsupportedRow[] = Array.from({ length: unsupported }, (_, i) => {
    const r = text(i + 5, 12 + (i % 30));
    return { kind: 'unsupported', id: `a${i + 1}`, reason: 'unsupported', claimType: 'statement', speaker: people[i % people.length].id, countries: [], report: { uri: report, start: rows * 1000 + i * 500, end: rows * 1000 + i * 500 + r.length, text: r } };
  });
  return { report: { uri: report, name: 'report.txt' }, transcript: { uri: transcript, name: 'transcript.txt' }, entities: [...people, ...countries], rows: matches, unsupported: claims, orphans: [] };
}
