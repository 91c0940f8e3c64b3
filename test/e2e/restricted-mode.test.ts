/**
 * End to end, in a real VS Code (code-server + Chromium): Restricted Mode. The workspace
 * opens untrusted (harness option `workspaceTrust: 'untrusted'`), and the extension, which
 * declares `capabilities.untrustedWorkspaces: limited` (src/extension/workspaceTrust.ts):
 *
 * 1. analyses and highlights the sample pair as in a trusted workspace;
 * 2. applies a hand tag (“Tag Selection as Country…”) and highlights it, but holds it in
 *    memory, with the warning that says why (Restricted Mode) and a Manage Workspace Trust
 *    button;
 * 3. writes nothing: no sidecar, no pairs file, no other file appears in the folder.
 *
 * Saves `test-results/e2e/restricted-mode/held-in-memory.png`.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { withVsCode, type VsCode } from './harness';
import { activeEditor, answerPick, startCommand, tokenClassOf } from './workbench';

const REPORT = 'sochi-2020-news.txt';
const TRANSCRIPT = 'sochi-2020-transcript.txt';
const SIDECAR = 'sochi-2020-news.annotations.json';
/** First word of the report: a city, which the analysis does not tag as a country. */
const WORD = 'Sochi';
/** A country the analysis tags on the same first line. */
const COUNTRY = 'Russia';

/** Every file and folder under `dir`, relative, sorted. */
function listing(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

test('should analyse and highlight in Restricted Mode, and hold a hand tag in memory without writing', async () => {
  await withVsCode({ name: 'restricted-mode', workspaceTrust: 'untrusted', settings: { 'workbench.editor.enablePreview': false } }, async (vs) => {
    const before = listing(vs.workspaceDir);
    // The premise: the window is in Restricted Mode (its status bar item says so).
    await vs.waitFor(() => vs.page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().isVisible(), { message: 'the Restricted Mode status bar item' });

    // 1. Analysis and highlighting work.
    await vs.openFile(REPORT);
    const analysed = new RegExp(`analysed ${REPORT.replace(/\./g, '\\.')} \\+ ${TRANSCRIPT.replace(/\./g, '\\.')}`);
    await vs.waitForLog(analysed, { message: 'the analysis of the sample pair in Restricted Mode', timeout: 90_000 });
    const country = await vs.waitFor(() => tokenClassOf(vs, COUNTRY), { message: `the country colour of "${COUNTRY}"` });
    assert.notEqual(await tokenClassOf(vs, WORD), country, `"${WORD}" should not be a country before it is tagged`);

    // 2. A hand tag is applied and highlighted, held in memory, and the warning says why.
    await activeEditor(vs).locator('.view-lines').click();
    await vs.page.keyboard.press('Control+Home');
    await vs.page.keyboard.press('Control+Shift+ArrowRight');
    await startCommand(vs, 'Transcript Annotator: Tag Selection as Country…');
    await answerPick(vs, /Tag as country/, COUNTRY, new RegExp(COUNTRY));
    const warning = await vs.waitFor(async () => (await vs.notifications()).find((m) => /not saved/.test(m)), { message: 'the warning that the tag is not saved' });
    assert.match(warning, /Restricted Mode: hand annotations are not written to sidecar files until you trust this workspace/);
    assert.match(warning, /1 new hand edit\(s\) are kept in memory/);
    const buttons = await vs.page.locator('.notification-toast', { hasText: 'not saved' }).locator('.monaco-button').allInnerTexts();
    assert.ok(buttons.some((b) => /Manage Workspace Trust/.test(b)), `a Manage Workspace Trust button (buttons: ${buttons.join(', ')})`);
    await vs.waitFor(async () => (await tokenClassOf(vs, WORD)) === country, { message: `"${WORD}" to take the country colour from memory` });
    await vs.screenshot('held-in-memory');

    // 3. Nothing is written: no sidecar, no pairs file, nothing new in the folder.
    assert.equal(fs.existsSync(path.join(vs.workspaceDir, SIDECAR)), false, `${SIDECAR} must not be written in Restricted Mode`);
    assert.deepEqual(listing(vs.workspaceDir), before, 'no file written into the untrusted folder');
  });
});
