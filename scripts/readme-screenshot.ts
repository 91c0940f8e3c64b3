/**
 * Rebuilds the README's screenshot (media/screenshots/vscode.png) from a real run:
 * the packaged extension in code-server with the sample transcript and report side
 * by side and the Cross-References view open.
 *
 *   node --import tsx scripts/readme-screenshot.ts [--theme light|dark]
 */
import fs from 'node:fs';
import path from 'node:path';
import { readManifest, repoRoot, withVsCode } from '../test/e2e/harness';

const theme = process.argv.includes('--theme') ? process.argv[process.argv.indexOf('--theme') + 1] : 'dark';
const out = path.join(repoRoot, 'media', 'screenshots', 'vscode.png');
const accounts = fs.readdirSync(path.join(repoRoot, 'samples')).filter((f) => f.endsWith('.txt')).sort();
// Transcript first (left), then the report (right).
const ordered = [...accounts.filter((f) => /transcript/i.test(f)), ...accounts.filter((f) => !/transcript/i.test(f))];
const { displayName } = readManifest();

/** Takes the screenshot. */
async function main(): Promise<void> {
  await withVsCode({
    name: 'readme-screenshot',
    theme,
    viewport: { width: 1600, height: 1000 },
    settings: { 'editor.wordWrap': 'on', 'editor.minimap.enabled': false },
  }, async (vs) => {
  await vs.openFile(ordered[0]);
  await vs.waitForLog(/activated in \d+ ms/);
  await vs.runCommand('View: Split Editor Right');
  await vs.openFile(ordered[1]);
  await vs.runCommand(`${displayName}: Show Cross-References`);
  // Wait for the analysis to show in the editors (CodeLens above paragraphs) and the panel to render.
  await vs.waitFor(() => vs.page.locator('.codelens-decoration').first().isVisible(), {
    timeout: 60_000, message: 'cross-reference CodeLens in the editors',
  }).catch((error: Error) => console.warn(`readme-screenshot: ${error.message} Taking the screenshot anyway.`));
  await vs.waitFor(async () => {
    for (const frame of vs.page.frames().filter((f) => f !== vs.page.mainFrame() && /webview/i.test(f.url()))) {
      if (await frame.locator('body *').count().catch(() => 0) > 20) return true;
    }
    return false;
  }, { timeout: 60_000, message: 'the Cross-References panel to render' })
    .catch((error: Error) => console.warn(`readme-screenshot: ${error.message} Taking the screenshot anyway.`));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await vs.page.screenshot({ path: out });
  console.log(`wrote ${path.relative(repoRoot, out)}`);
});
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
