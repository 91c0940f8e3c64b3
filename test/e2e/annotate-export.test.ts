/**
 * End to end, in a real VS Code (code-server + Chromium): hand annotation and export.
 *
 * 1. Open the sample report, select a word the analysis does not tag as a country, and
 *    run “Tag Selection as Country…” from the palette, picking a country.
 * 2. The sidecar `<name>.annotations.json` appears beside the report with a W3C
 *    annotation (TextQuoteSelector + TextPositionSelector); the word takes the
 *    country colour of the editor.
 * 3. Reload the window: the sidecar is unchanged and the word is still a country.
 * 4. Run “Export Annotations…” from the palette (the pair, csv), save through the file
 *    dialog, and check the written file has the hand-tagged country. Then JSON: the dialog
 *    proposes an export name, and the sidecar typed as the target is refused, untouched.
 * 5. Break the sidecar outside VS Code: a warning, the file left untouched, a new tag
 *    kept in memory (and highlighted), saved once the file is repaired.
 * 6. Undo from the palette.
 * Saves `test-results/e2e/annotate-export/hand-tagged.png`.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { withVsCode, type VsCode } from './harness';
import { activeEditor, answerPick, goToPosition, hasFocus, startCommand, tokenClassOf } from './workbench';

const REPORT = 'sochi-2020-news.txt';
const TRANSCRIPT = 'sochi-2020-transcript.txt';
const SIDECAR = 'sochi-2020-news.annotations.json';
/** First word of the report: a city, which the analysis does not tag as a country. */
const WORD = 'Sochi';
/** A country the analysis tags on the same first line. */
const COUNTRY = 'Russia';
/** A word of the first line tagged as a (new) person while the sidecar is broken, and its 1-based column. */
const HAND_WORD = 'Foreign';
const HAND_WORD_COLUMN = 18;

function countMatches(text: string, pattern: RegExp): number {
  return text.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
}

test('should tag a span from the palette, keep it across a reload, and export it', async (t) => {
  await withVsCode({ name: 'annotate-export', settings: { 'workbench.editor.enablePreview': false } }, async (vs) => {
    const sidecarPath = path.join(vs.workspaceDir, SIDECAR);
    const analysed = new RegExp(`analysed ${REPORT.replace(/\./g, '\\.')} \\+ ${TRANSCRIPT.replace(/\./g, '\\.')}`);
    await vs.openFile(REPORT);
    await vs.waitForLog(analysed, { message: 'the analysis of the sample pair', timeout: 90_000 });
    const country = await vs.waitFor(() => tokenClassOf(vs, COUNTRY), { message: `the country colour of "${COUNTRY}"` });
    const before = await tokenClassOf(vs, WORD);
    assert.notEqual(before, country, `"${WORD}" should not be a country before it is tagged`);

    // 1. Select the first word and tag it from the palette.
    await activeEditor(vs).locator('.view-lines').click();
    await vs.page.keyboard.press('Control+Home');
    await vs.page.keyboard.press('Control+Shift+ArrowRight');
    await startCommand(vs, 'Transcript Annotator: Tag Selection as Country…');
    await answerPick(vs, /Tag as country/, COUNTRY, new RegExp(`${COUNTRY}`));

    // 2. The sidecar holds one W3C annotation with both selectors; the word is coloured as a country.
    const written = await vs.waitFor(() => (fs.existsSync(sidecarPath) ? fs.readFileSync(sidecarPath, 'utf8') : undefined), { message: `${SIDECAR} to be written` });
    const sidecar = JSON.parse(written);
    assert.equal(sidecar.format, 'transcript-annotator/hand');
    assert.equal(sidecar.account, REPORT);
    assert.equal(sidecar.annotations.length, 1);
    const [entry] = sidecar.annotations;
    assert.equal(entry['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(entry.motivation, 'identifying');
    assert.deepEqual(entry.body.map((b: { purpose: string; value: string }) => `${b.purpose}=${b.value}`), ['tagging=country', `identifying=${COUNTRY}`, 'classifying=RU']);
    assert.deepEqual(entry.target.selector.map((s: { type: string }) => s.type), ['TextQuoteSelector', 'TextPositionSelector']);
    assert.equal(entry.target.selector[0].exact, WORD);
    assert.deepEqual([entry.target.selector[1].start, entry.target.selector[1].end], [0, WORD.length]);
    assert.ok(written.startsWith('{\n  "format"'), 'the sidecar is 2-space JSON');
    await vs.waitFor(async () => (await tokenClassOf(vs, WORD)) === country, { message: `"${WORD}" to take the country colour` });
    await vs.screenshot('hand-tagged');

    // 3. Reload the window: the extension activates again, reads the sidecar, colours the word.
    const activations = countMatches(vs.extensionLog(), /activated in \d+ ms/);
    await vs.page.reload();
    await vs.waitFor(() => countMatches(vs.extensionLog(), /activated in \d+ ms/) > activations, { message: 'the extension to activate again after the reload', timeout: 90_000 });
    // The workbench does not always restore its editors after a reload (its state may not
    // have been flushed yet): open the report again, as a user would.
    await vs.openFile(REPORT);
    await vs.waitForLog(new RegExp(`loaded 1 hand annotation\\(s\\) of ${REPORT.replace(/\./g, '\\.')}`), { message: 'the sidecar to be loaded after the reload' });
    await activeEditor(vs).locator('.view-lines').waitFor({ state: 'visible', timeout: 60_000 });
    await vs.waitFor(async () => (await tokenClassOf(vs, WORD)) === (await tokenClassOf(vs, COUNTRY)) && (await tokenClassOf(vs, WORD)) !== undefined, { message: `"${WORD}" to keep the country colour after the reload`, timeout: 90_000 });
    assert.equal(fs.readFileSync(sidecarPath, 'utf8'), written, 'reloading must not rewrite the sidecar');

    // 4. Export the pair as CSV through the palette and the file dialog.
    await vs.waitFor(() => countMatches(vs.extensionLog(), analysed) >= 2, { message: 'the pair to be analysed again after the reload', timeout: 90_000 });
    const target = path.join(vs.workspaceDir, 'pair-export.csv');
    await startCommand(vs, 'Transcript Annotator: Export Annotations…');
    await answerPick(vs, /what to export/, 'pair', /The pair/);
    await answerPick(vs, /format/, 'csv', /^csv/);
    const input = vs.page.locator('.quick-input-widget input');
    // The simple file dialog fills in the suggested name once it has read the folder; type over it after that.
    await vs.waitFor(async () => (await input.isVisible()) && (await input.inputValue()).endsWith('-pair.export.csv'), { message: 'the save dialog with the suggested file name' });
    await vs.waitFor(async () => {
      if ((await input.inputValue()) !== target) await input.fill(target);
      return (await input.inputValue()) === target;
    }, { message: 'the save dialog to take the target path' });
    await input.press('Enter');
    const csv = await vs.waitFor(() => (fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined), { message: 'the exported CSV file', timeout: 60_000 });
    const lines = csv.split('\r\n');
    assert.equal(lines[0], 'uuid,file,quote,anchor,type,entity,iso,speaker,claim type,counterpart,match,verdict,note,creator');
    const row = lines.find((l) => l.includes(`,${REPORT},${WORD},char-offset:0,country,`));
    assert.ok(row, `the export should list the hand-tagged "${WORD}" as a country:\n${lines.slice(0, 5).join('\n')}`);
    assert.match(row, new RegExp(`,country,${COUNTRY},RU,`));
    assert.ok(lines.some((l) => l.includes(`,${TRANSCRIPT},`)), 'the pair export covers the transcript too');
    t.diagnostic(`exported ${lines.length - 2} rows`);
    const errors = (await vs.notifications()).filter((m) => /error|failed|not saved/i.test(m));
    assert.deepEqual(errors, []);

    // 4b. JSON proposes its own name, never the sidecar's; a sidecar typed as the target is
    //     refused even after the dialog's own "replace?" is confirmed, and left untouched.
    await startCommand(vs, 'Transcript Annotator: Export Annotations…');
    await answerPick(vs, /what to export/, 'pair', /The pair/);
    await answerPick(vs, /format/, 'json', /^json/);
    await vs.waitFor(async () => (await input.isVisible()) && (await input.inputValue()).endsWith('-pair.export.json'), { message: 'the save dialog to propose <account>-pair.export.json' });
    await vs.waitFor(async () => {
      if ((await input.inputValue()) !== sidecarPath) await input.fill(sidecarPath);
      return (await input.inputValue()) === sidecarPath;
    }, { message: 'the save dialog to take the sidecar path' });
    await input.press('Enter');
    // The dialog asks whether to replace the existing file: say yes once, as a hurried user
    // would, and only into the dialog's own input while it has the focus. An Enter pressed
    // again while the dialog closes lands in the editor and splits the report's first line
    // (a CI run's screenshot showed line 1 empty, and step 5's Go to Line then never found
    // column 18 there).
    let confirmed = false;
    const refused = await vs.waitFor(async () => {
      const title = await vs.page.locator('.quick-input-widget .quick-input-title').innerText().catch(() => '');
      if (!confirmed && (await input.isVisible().catch(() => false)) && /exists/i.test(title) && (await hasFocus(input))) {
        await input.press('Enter');
        confirmed = true;
      }
      return (await vs.notifications()).find((m) => m.includes(`Nothing was exported to ${SIDECAR}`));
    }, { message: 'the refusal to export over the sidecar', timeout: 60_000 });
    assert.match(refused, /Choose another file name/);
    assert.equal(fs.readFileSync(sidecarPath, 'utf8'), written, 'the sidecar is left byte for byte');

    // 5. A sidecar broken outside VS Code is reported and never overwritten; new work
    //    stays in memory (and highlighted) and is saved once the file is repaired.
    const corrupt = written.slice(0, 60);
    fs.writeFileSync(sidecarPath, corrupt);
    await vs.waitFor(async () => (await vs.notifications()).some((m) => m.includes(`${SIDECAR} is not valid JSON`)), { message: 'the warning about the corrupt sidecar' });
    // Read, dismissed, as a user would before going on: a stack of toasts can cover the editor.
    await vs.runCommand('Notifications: Clear All Notifications');
    await goToPosition(vs, 1, HAND_WORD_COLUMN);
    await startCommand(vs, 'Transcript Annotator: Tag Selection as Person…');
    await answerPick(vs, /as person/, 'New person', /New person/);
    const nameBox = vs.page.locator('.quick-input-widget input');
    await vs.waitFor(async () => (await nameBox.inputValue()) === HAND_WORD, { message: `the name box to suggest "${HAND_WORD}"` });
    await nameBox.press('Enter');
    await vs.waitFor(async () => (await vs.notifications()).some((m) => /not saved: .*kept in memory/s.test(m)), { message: 'the warning that the edit is kept in memory' });
    await vs.waitFor(() => tokenClassOf(vs, HAND_WORD), { message: `"${HAND_WORD}" to be highlighted from memory` });
    assert.equal(fs.readFileSync(sidecarPath, 'utf8'), corrupt, 'the corrupt sidecar must be left byte-for-byte untouched');
    fs.writeFileSync(sidecarPath, written);
    const repaired = await vs.waitFor(() => {
      const now = JSON.parse(fs.readFileSync(sidecarPath, 'utf8'));
      return now.annotations.length === 2 ? now : undefined;
    }, { message: 'the pending edit to be saved into the repaired sidecar', timeout: 60_000 });
    assert.deepEqual(repaired.annotations.map((a: { target: { selector: Array<{ exact?: string }> } }) => a.target.selector[0].exact), [WORD, HAND_WORD]);

    // 6. Undo from the palette removes it from the sidecar again.
    await vs.runCommand('Transcript Annotator: Undo Last Hand Annotation');
    await vs.waitFor(() => JSON.parse(fs.readFileSync(sidecarPath, 'utf8')).annotations.length === 1, { message: 'undo to remove the hand annotation from the sidecar' });
  });
});
