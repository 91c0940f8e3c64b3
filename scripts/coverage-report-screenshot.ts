/**
 * Rebuilds the README's screenshot of the HTML coverage report
 * (media/screenshots/coverage-report.png): an invented event of one transcript and three
 * reports (test/unit/coverage/eventFixture.ts) written to a temporary folder, reported by
 * the command line (`report`, in-process), opened in headless Chromium.
 *
 *   node --import tsx scripts/coverage-report-screenshot.ts [--print]
 *
 * `--print` also writes the printed form to test-results/coverage-report/print.pdf and a
 * screenshot of the page under print styles beside it, to check the print stylesheet.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { run } from '../src/cli/main';
import { chromiumArgs, repoRoot } from '../test/e2e/harness';
import { ALTERED, ENGINEER_ONLY, FAITHFUL, TRANSCRIPT } from '../test/unit/coverage/eventFixture';

const out = path.join(repoRoot, 'media', 'screenshots', 'coverage-report.png');
const printDir = path.join(repoRoot, 'test-results', 'coverage-report');

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-coverage-shot-'));
  const files = { 'harbour-briefing-transcript.txt': TRANSCRIPT, 'harbour-gazette.txt': FAITHFUL, 'coastal-news.txt': ALTERED, 'engineering-weekly.txt': ENGINEER_ONLY };
  const paths = Object.entries(files).map(([name, text]) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  });
  const html = path.join(dir, 'coverage.html');
  let err = '';
  const code = await run(['report', ...paths, '--out', html], () => undefined, (s) => (err += s));
  if (code !== 0) throw new Error(`report failed (exit ${code}): ${err}`);

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: [...chromiumArgs] });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
    const problems: string[] = [];
    page.on('console', (m) => problems.push(`console ${m.type()}: ${m.text()}`));
    page.on('request', (r) => {
      if (r.url() !== pathToFileURL(html).href) problems.push(`request: ${r.url()}`);
    });
    await page.goto(pathToFileURL(html).href);
    await page.screenshot({ path: out, fullPage: true });
    console.log(`coverage-report-screenshot: wrote ${path.relative(repoRoot, out)}`);
    if (process.argv.includes('--print')) {
      fs.mkdirSync(printDir, { recursive: true });
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: path.join(printDir, 'print.png'), fullPage: true });
      await page.pdf({ path: path.join(printDir, 'print.pdf'), format: 'A4', printBackground: true });
      console.log(`coverage-report-screenshot: wrote ${path.relative(repoRoot, printDir)}/print.{png,pdf}`);
    }
    if (problems.length > 0) throw new Error(`The report page was not quiet:\n${problems.join('\n')}`);
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(`coverage-report-screenshot: ${error.message}`);
  process.exitCode = 1;
});
