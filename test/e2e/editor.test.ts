/**
 * End to end, in a real VS Code (code-server + Chromium): open both sample accounts and
 * check what a reader sees — semantic highlighting in the editor, a hover on a person,
 * the outline, the Problems panel (unsupported claims, not context), a quote's hover
 * within VS Code's hover size, a context hover, the colour legend of the status bar and
 * the high-contrast colours. Saves `test-results/editor-hover.png`, `claim-hover.png` and
 * `problems.png`, and reports the semantic-token timing from the log (not asserted:
 * speed belongs to the benchmarks).
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Annotation, AnnotationSet } from '../../src/core/model/annotation';
import { readManifest, repoRoot, resultsRoot, withVsCode, type VsCode } from './harness';
import { activeEditor, goToPosition } from './workbench';

const REPORT = 'sochi-2020-news.txt';
const TRANSCRIPT = 'sochi-2020-transcript.txt';
/** A person named in the first paragraphs of the sample transcript (visible without scrolling). */
const PERSON_WORD = 'Cavusoglu';

/** Distinct token classes (`mtkN`) rendered in the active editor's visible lines. */
async function tokenClasses(vs: VsCode): Promise<string[]> {
  return activeEditor(vs)
    .locator('.view-lines')
    .evaluate((el) => {
      const found = new Set<string>();
      el.querySelectorAll('span[class*="mtk"]').forEach((span) => span.classList.forEach((c) => {
        if (/^mtk\d+$/.test(c)) found.add(c);
      }));
      return Array.from(found);
    });
}

/** The sample pair's analysis, from the command line built with the extension (dist/cli.js). */
function sampleAnalysis(): { set: AnnotationSet; reportId: string; reportText: string } {
  const samples = path.join(repoRoot, 'samples');
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'export', path.join(samples, TRANSCRIPT), path.join(samples, REPORT), '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(run.status, 0, run.stderr);
  const set = JSON.parse(run.stdout) as AnnotationSet;
  const reportId = set.documents.find((d) => d.uri.endsWith(`/${REPORT}`))!.id;
  return { set, reportId, reportText: fs.readFileSync(path.join(samples, REPORT), 'utf8') };
}

/**
 * A word offset of `claim` where a hover shows the claim itself: inside no person or
 * country mention (hovers include a mention's end) and no smaller claim.
 */
function claimOffset(set: AnnotationSet, text: string, claim: Annotation): number {
  const around = set.annotations.filter((a) => a.document === claim.document && a.id !== claim.id);
  for (let o = claim.start; o < claim.end; o++) {
    if (!/\w/.test(text[o]!)) continue;
    const covered = around.some((a) => ((a.kind === 'person' || a.kind === 'country') && a.start <= o && o <= a.end) || (a.kind === 'claim' && a.start <= o && o <= a.end && a.end - a.start < claim.end - claim.start));
    if (!covered) return o;
  }
  throw new Error(`no free word in the claim "${claim.text.slice(0, 60)}"`);
}

/** `Ctrl+G` to the 1-based line and column of `offset` in `text`. */
async function goToOffset(vs: VsCode, text: string, offset: number): Promise<void> {
  const before = text.slice(0, offset).split(/\r\n|\n|\r/);
  await goToPosition(vs, before.length, before.at(-1)!.length + 1);
}

/** Shows the hover at the cursor (Show or Focus Hover) and returns it once its text matches `expect`. */
async function hoverAtCursor(vs: VsCode, expect: RegExp) {
  const hover = vs.page.locator('.monaco-editor .monaco-hover:visible').first();
  await vs.waitFor(async () => {
    if (!(await hover.isVisible())) {
      // Show or Focus Hover (its palette label carries the keybinding).
      await vs.page.keyboard.press('Control+K');
      await vs.page.keyboard.press('Control+I');
    }
    return expect.test(await hover.innerText().catch(() => ''));
  }, { message: `a hover matching ${expect}`, timeout: 20_000 });
  return hover;
}

/** True when `inner` is drawn whole inside the visible box of `outer` (nothing cut or scrolled away). */
async function shownWhole(outer: { boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null> }, inner: typeof outer): Promise<boolean> {
  const [o, i] = [await outer.boundingBox(), await inner.boundingBox()];
  return !!o && !!i && i.y >= o.y - 1 && i.y + i.height <= o.y + o.height + 1 && i.x >= o.x - 1 && i.x + i.width <= o.x + o.width + 1;
}

/** Copies a screenshot to `test-results/<name>.png` (where the README and the brief expect it). */
function publish(file: string, name: string): void {
  fs.copyFileSync(file, path.join(resultsRoot, `${name}.png`));
}

test('should highlight, hover, outline and report problems on the sample pair', async (t) => {
  // Word wrap off, as VS Code ships it for plain text: the extension offers to turn it on.
  await withVsCode({ name: 'editor', settings: { 'editor.hover.delay': 150, 'transcriptAnnotator.offerWordWrap': true, 'workbench.editor.enablePreview': false } }, async (vs) => {
    await vs.openFile(REPORT);
    await vs.openFile(TRANSCRIPT);

    // Prose accounts run off screen without word wrap: the offer turns it on for plain text.
    const offer = vs.page.locator('.notification-toast', { hasText: 'word wrap is off for Plain Text files' }).first();
    await vs.waitFor(() => offer.isVisible(), { message: 'the word-wrap offer', timeout: 60_000 });
    await offer.locator('.monaco-button', { hasText: 'Turn On for Plain Text' }).click();
    const userSettings = path.join(vs.userDataDir, 'User', 'settings.json');
    await vs.waitFor(() => JSON.parse(fs.readFileSync(userSettings, 'utf8'))['[plaintext]']?.['editor.wordWrap'] === 'on', { message: 'word wrap on for plain text in the user settings' });
    await vs.waitFor(async () => (await activeEditor(vs).locator('.view-line').count()) > (await activeEditor(vs).locator('.line-numbers').count()), { message: 'the transcript editor to wrap its long lines' });

    // The pair is found automatically (same folder, one is a transcript) and analysed.
    const analysed = await vs.waitForLog(new RegExp(`analysed ${REPORT.replace(/\./g, '\\.')} \\+ ${TRANSCRIPT.replace(/\./g, '\\.')} \\((\\d+) chars\\): (\\d+) annotations, (\\d+) cross-references, (\\d+) unmatched in (\\d+) ms`), {
      message: 'the log line of the pair analysis',
      timeout: 60_000,
    });
    t.diagnostic(`pair analysis: ${analysed[1]} chars, ${analysed[2]} annotations, ${analysed[3]} cross-references, ${analysed[4]} unmatched in ${analysed[5]} ms`);
    assert.ok(Number(analysed[3]) > 0, 'the sample pair should have cross-references');

    // Semantic highlighting: a plain-text file renders in one colour unless tokens arrive.
    const tokens = await vs.waitForLog(new RegExp(`semantic tokens for ${TRANSCRIPT.replace(/\./g, '\\.')} \\((\\d+) chars\\): (\\d+) tokens in ([\\d.]+) ms`), { message: 'the semantic token log line' });
    t.diagnostic(`semantic tokens: ${tokens[2]} tokens for ${tokens[1]} chars in ${tokens[3]} ms`);
    const classes = await vs.waitFor(async () => ((await tokenClasses(vs)).length >= 3 ? tokenClasses(vs) : undefined), { message: 'at least 3 token colours in the transcript editor' });
    t.diagnostic(`token classes visible: ${classes.join(' ')}`);

    // Hover on a person's name.
    const name = activeEditor(vs).locator('.view-lines span[class*="mtk"]', { hasText: PERSON_WORD }).first();
    await vs.waitFor(() => name.isVisible(), { message: `"${PERSON_WORD}" visible in the transcript editor` });
    const nameColour = await name.evaluate((el) => getComputedStyle(el).color);
    const box = (await name.boundingBox())!;
    const hover = vs.page.locator('.monaco-editor .monaco-hover:visible').first();
    await vs.waitFor(async () => {
      await vs.page.mouse.move(box.x + box.width - 4, box.y + box.height / 2);
      return hover.isVisible();
    }, { message: `a hover over "${PERSON_WORD}"`, timeout: 20_000 });
    const hoverText = await vs.waitFor(async () => {
      // The editor's hover only: a status-bar tooltip left open also says "persons".
      const text = await hover.innerText().catch(() => '');
      return /person/.test(text) && /Mentions:/.test(text) ? text : undefined;
    }, { message: 'the person hover content' });
    t.diagnostic(`hover: ${hoverText.replace(/\s+/g, ' ').slice(0, 300)}`);
    assert.match(hoverText, new RegExp(PERSON_WORD), 'the hover names the person');
    assert.match(hoverText, /Mentions: \d+ in sochi-2020-transcript\.txt · \d+ in sochi-2020-news\.txt/, 'mentions per account');
    const plainColour = await activeEditor(vs).locator('.view-lines').evaluate((el) => getComputedStyle(el).color);
    assert.notEqual(nameColour, plainColour, 'the person is coloured differently from plain text');
    publish(await vs.screenshot('editor-hover'), 'editor-hover');
    await vs.page.mouse.move(5, 5);
    await vs.page.keyboard.press('Escape');

    // Outline: turns by speaker.
    const [focusOutline] = (await vs.listCommands('Focus on Outline View')).filter((c) => /Outline/.test(c));
    assert.ok(focusOutline, 'a command to focus the outline');
    await vs.runCommand(focusOutline);
    const rows = vs.page.locator('.outline-pane .monaco-list-row, .pane-body.outline-pane .monaco-list-row');
    const outline = await vs.waitFor(async () => {
      const labels = await rows.allInnerTexts();
      return labels.length >= 2 ? labels : undefined;
    }, { message: 'outline rows' });
    t.diagnostic(`outline (${outline.length} rows visible): ${outline.slice(0, 6).map((l) => l.replace(/\s+/g, ' ')).join(' | ')}`);
    assert.ok(outline.some((l) => /\d+ claims?/.test(l)), 'turn rows show their claim counts');

    // Problems: the report's unsupported claims (information by default).
    await vs.openFile(REPORT);
    const problems = await vs.waitForLog(new RegExp(`problems of ${REPORT.replace(/\./g, '\\.')}: (\\d+) unsupported, (\\d+) quote fidelity`), { message: 'the problems log line' });
    // Alt+F8 steps to the first unsupported claim (status-bar message "Unsupported claim 1 of N").
    await vs.page.keyboard.press('Control+Home');
    await vs.page.keyboard.press('Alt+F8');
    const step = await vs.waitFor(async () => {
      const text = await vs.page.locator('.statusbar').innerText();
      return /Unsupported claim 1 of (\d+)/.exec(text)?.[1];
    }, { message: 'the "Unsupported claim 1 of N" status message after Alt+F8' });
    assert.equal(Number(step), Number(problems[1]), 'Alt+F8 steps through the unsupported claims');
    const [focusProblems] = (await vs.listCommands('Problems')).filter((c) => /^View: (Focus on )?Problems/.test(c) || /Focus Problems/.test(c));
    assert.ok(focusProblems, 'a command to show the Problems panel');
    await vs.runCommand(focusProblems);
    const status = vs.page.locator('[id="status.problems"]').first();
    const infos = await vs.waitFor(async () => {
      const label = (await status.getAttribute('aria-label')) ?? (await status.innerText());
      const m = /Infos?:?\s*(\d+)/i.exec(label) ?? /(\d+)\s*$/.exec(label.trim());
      return m && Number(m[1]) > 0 ? Number(m[1]) : undefined;
    }, { message: 'information problems in the status bar' });
    t.diagnostic(`problems: ${problems[1]} unsupported, ${problems[2]} quote fidelity (hints); status bar infos: ${infos}`);
    assert.equal(infos, Number(problems[1]), 'one information problem per unsupported claim');
    // Context (the report's own background) has no problem by default: only the findings are listed.
    const { set, reportId, reportText } = sampleAnalysis();
    const unmatched = set.unmatched.filter((u) => u.document === reportId);
    const context = unmatched.filter((u) => u.reason === 'context');
    assert.ok(context.length > 0, 'the sample report has context the transcript does not hold');
    assert.equal(infos, unmatched.length - context.length, `${infos} problems for ${unmatched.length - context.length} unsupported claims and ${context.length} context passages`);
    await vs.waitFor(() => vs.page.locator('.markers-panel .monaco-list-row').first().isVisible(), { message: 'rows in the Problems panel' });
    publish(await vs.screenshot('problems'), 'problems');

    // A quote's hover: one thing, within VS Code's hover size, links and diff legend shown whole.
    const byId = new Map(set.annotations.map((a) => [a.id, a]));
    const quote = set.crossReferences
      .filter((x) => x.from.document === reportId && x.diff?.some((p) => p.op !== 'kept'))
      .map((x) => byId.get(x.annotation ?? ''))
      .find((a): a is Annotation => a?.claimType === 'quote');
    assert.ok(quote, 'a quote of the sample report whose wording differs from the transcript');
    await goToOffset(vs, reportText, claimOffset(set, reportText, quote));
    const claimHover = await hoverAtCursor(vs, /Report vs transcript/);
    const visible = claimHover.locator('.monaco-scrollable-element').first();
    for (const part of [claimHover.locator('a', { hasText: 'Open Counterpart' }), claimHover.locator('a', { hasText: 'Show in Panel' }), claimHover.locator('em', { hasText: 'Report vs transcript' })]) {
      assert.ok(await shownWhole(visible, part.first()), `"${await part.first().innerText()}" is shown whole in the hover`);
    }
    // The diff spells the literal words of both texts (punctuation aside): struck words are
    // the transcript's, bold ones the report's, never a normalised name ("the Russia").
    const words = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
    const transcriptText = words(fs.readFileSync(path.join(repoRoot, 'samples', TRANSCRIPT), 'utf8'));
    const struck = await claimHover.locator('blockquote del').allInnerTexts();
    const bold = await claimHover.locator('blockquote strong').allInnerTexts();
    assert.ok(struck.length > 0 && bold.length > 0, 'the quote\'s diff has words of both sides');
    for (const w of struck) assert.ok(transcriptText.includes(words(w)), `struck "${w}" is in the transcript`);
    for (const w of bold) assert.ok(words(reportText).includes(words(w)), `bold "${w}" is in the report`);
    const claimText = await claimHover.innerText();
    assert.match(claimText, /match in sochi-2020-transcript\.txt/);
    assert.doesNotMatch(claimText, /Mentions:/, 'one thing per hover: not a person too');
    t.diagnostic(`claim hover: ${claimText.replace(/\s+/g, ' ').slice(0, 300)}`);
    publish(await vs.screenshot('claim-hover'), 'claim-hover');
    await vs.page.keyboard.press('Escape');

    // Context: a hover that says it is not from this event.
    const contextClaim = byId.get(context[0]!.annotation)!;
    await goToOffset(vs, reportText, claimOffset(set, reportText, contextClaim));
    const contextHover = await hoverAtCursor(vs, /not from this event/);
    assert.doesNotMatch(await contextHover.innerText(), /Not found in/);
    await vs.page.keyboard.press('Escape');

    // The status-bar item's hover: the colour legend, in the colours the editor uses.
    const item = vs.page.locator('.statusbar-item[aria-label^="Transcript Annotator:"]').first();
    const legend = vs.page.locator('.monaco-hover:visible', { hasText: 'Colours:' }).first();
    await vs.waitFor(async () => {
      const b = await item.boundingBox();
      if (!b) return false;
      await vs.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
      return legend.isVisible();
    }, { message: 'the colour legend in the status-bar item\'s hover', timeout: 20_000 });
    const swatch = legend.locator('span', { hasText: /^persons$/ }).first();
    assert.equal(await swatch.evaluate((el) => getComputedStyle(el).color), nameColour, 'the legend shows persons in the colour of a person in the editor');
    for (const label of ['countries', 'quotes', 'figures', 'unsupported']) assert.equal(await legend.locator('span', { hasText: new RegExp(`^${label}$`) }).count(), 1, `"${label}" in the legend`);
    t.diagnostic(`legend: ${(await legend.innerText()).replace(/\s+/g, ' ')}`);
    await vs.screenshot('legend');
    await vs.page.mouse.move(5, 5);

    // High contrast: persons and countries take the extension's high-contrast colours, apart.
    const hc = (readManifest() as unknown as { contributes: { configurationDefaults: Record<string, Record<string, { rules: Record<string, string | { foreground: string }> }>> } })
      .contributes.configurationDefaults['editor.semanticTokenColorCustomizations']!['[Default High Contrast]']!.rules;
    const rgbOf = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    await vs.openFile(TRANSCRIPT);
    await vs.page.keyboard.press('F1');
    const picker = vs.page.locator('.quick-input-widget input');
    await picker.fill('>Preferences: Color Theme');
    await vs.page.locator('.quick-input-widget .monaco-list-row[aria-label^="Preferences: Color Theme"]').first().click();
    await vs.waitFor(async () => (await picker.inputValue()) === '' && (await vs.page.locator('.quick-input-widget .monaco-list-row').count()) > 3, { message: 'the theme picker' });
    await picker.fill('Dark High Contrast');
    await vs.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Dark High Contrast' }).first().click();
    await vs.waitFor(() => vs.page.locator('.monaco-workbench.hc-black').count(), { message: 'the high-contrast theme to apply' });
    const colourOf = (word: string) => activeEditor(vs).locator('.view-lines span[class*="mtk"]', { hasText: word }).first().evaluate((el) => getComputedStyle(el).color);
    const person = typeof hc.speaker === 'string' ? hc.speaker : hc.speaker!.foreground;
    const country = hc.country as string;
    await vs.waitFor(async () => (await colourOf(PERSON_WORD)) === rgbOf(person) && (await colourOf('Turkey')) === rgbOf(country), { message: `high-contrast colours: "${PERSON_WORD}" ${rgbOf(person)}, "Turkey" ${rgbOf(country)}` });
    await vs.screenshot('high-contrast');
  });
});

/** Runs a palette command by typing its title and pressing Enter (for commands that open their own quick pick). */
async function startCommand(vs: VsCode, title: string): Promise<void> {
  await vs.page.keyboard.press('F1');
  const input = vs.page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const row = vs.page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await vs.waitFor(() => row.isVisible(), { message: `"${title}" in the palette` });
  await vs.page.keyboard.press('Enter');
}

/** Text of the extension's status-bar item, or undefined when hidden. */
async function pairStatus(vs: VsCode): Promise<string | undefined> {
  const item = vs.page.locator('[id="transcript-annotator.transcript-annotator.transcriptAnnotator.pair"], .statusbar-item[aria-label^="Transcript Annotator:"]').first();
  if (!(await item.isVisible())) return undefined;
  // The item may hide between the two reads: innerText would then wait for it for the
  // default 30 s (a whole waitFor). Read it briefly, and take a failure for hidden only
  // when it is hidden now.
  try {
    return (await item.innerText({ timeout: 1_000 })).trim();
  } catch (error) {
    if (await item.isVisible()) throw error;
    return undefined;
  }
}

test('should leave a README alone, pair accounts of two folders by command, and stop annotating', async (t) => {
  const workspace = path.join(__dirname, '..', 'fixtures', 'editor', 'pairing');
  await withVsCode({ name: 'editor-pairing', workspace }, async (vs) => {
    await vs.openFile('README.md');
    await vs.waitForLog(/README\.md: not an account/, { message: 'the verdict on README.md' });
    assert.equal(await pairStatus(vs), undefined, 'no status-bar item on a README');

    // A report with no transcript in its folder: annotated, unpaired.
    await vs.openFile('coverage/story.md');
    await vs.waitForLog(/story\.md: reads as a report/, { message: 'the verdict on story.md' });
    const unpaired = await vs.waitFor(async () => {
      const status = await pairStatus(vs);
      return status?.includes('no pair') ? status : undefined;
    }, { message: 'the "no pair" status' });
    t.diagnostic(`status before pairing: ${unpaired}`);

    // Pair with Other Account… → pick the briefing.
    await startCommand(vs, 'Transcript Annotator: Pair with Other Account…');
    const input = vs.page.locator('.quick-input-widget input');
    await vs.waitFor(() => vs.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'briefing.txt' }).first().isVisible(), { message: 'briefing.txt among the candidates' });
    await input.fill('briefing');
    await vs.page.keyboard.press('Enter');
    const analysed = await vs.waitForLog(/analysed story\.md \+ briefing\.txt \(\d+ chars\): \d+ annotations, (\d+) cross-references, (\d+) unmatched/, { message: 'the pair analysis' });
    t.diagnostic(`pair: ${analysed[1]} cross-references, ${analysed[2]} unmatched`);
    const paired = await vs.waitFor(async () => {
      const status = await pairStatus(vs);
      return status?.includes('↔') ? status : undefined;
    }, { message: 'the paired status' });
    assert.match(paired, /story\.md ↔ briefing\.txt/);
    const pairsFile = path.join(vs.workspaceDir, '.vscode', 'transcript-annotator.json');
    const pairs = JSON.parse(await vs.waitFor(() => (fs.existsSync(pairsFile) ? fs.readFileSync(pairsFile, 'utf8') : undefined), { message: 'the pairs file' }));
    assert.equal(pairs.version, 2);
    assert.deepEqual(pairs.events, [{ transcript: 'hearing/briefing.txt', reports: ['coverage/story.md'] }]);

    // Stop annotating: the pair is dropped and the file excluded.
    await vs.runCommand('Transcript Annotator: Stop Annotating Current File');
    await vs.waitFor(async () => (await pairStatus(vs)) === undefined, { message: 'the status-bar item to hide' });
    const after = JSON.parse(fs.readFileSync(pairsFile, 'utf8'));
    assert.deepEqual(after.events, []);
    assert.deepEqual(after.exclude, ['coverage/story.md']);
  });
});

test('should log semantic-token timing for a 1 MB account', async (t) => {
  // A workspace holding one 1 MB transcript: the sample transcript repeated (not asserted: speed is for the log and the bench).
  const sample = fs.readFileSync(path.join(__dirname, '..', '..', 'samples', TRANSCRIPT), 'utf8');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-editor-1mb-'));
  try {
    fs.writeFileSync(path.join(dir, 'long-transcript.txt'), sample.repeat(Math.ceil(1_000_000 / sample.length)));
    await withVsCode({ name: 'editor-1mb', workspace: dir }, async (vs) => {
      await vs.openFile('long-transcript.txt');
      const analysed = await vs.waitForLog(/analysed long-transcript\.txt \((\d+) chars\): (\d+) annotations, \d+ cross-references, \d+ unmatched in (\d+) ms/, { message: 'the 1 MB analysis', timeout: 120_000 });
      // Its parse units were read on worker threads (the Node extension host's unit reader).
      await vs.waitForLog(/started \d+ worker threads? to read parse units/, { message: 'the worker threads reading the 1 MB account' });
      const tokens = await vs.waitForLog(/semantic tokens for long-transcript\.txt \((\d+) chars\): (\d+) tokens in ([\d.]+) ms/, { message: 'the 1 MB semantic tokens', timeout: 60_000 });
      t.diagnostic(`1 MB account: analysis ${analysed[3]} ms (${analysed[2]} annotations); semantic tokens ${tokens[2]} in ${tokens[3]} ms`);
      fs.writeFileSync(path.join(vs.resultsDir, 'timing.json'), `${JSON.stringify({ chars: Number(tokens[1]), analysisMs: Number(analysed[3]), tokens: Number(tokens[2]), semanticTokensMs: Number(tokens[3]) }, null, 2)}\n`);
      await vs.waitFor(async () => (await tokenClasses(vs)).length >= 3, { message: 'highlighting in the 1 MB editor' });
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
