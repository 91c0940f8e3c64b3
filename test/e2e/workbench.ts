/**
 * Steps of the workbench shared by the end-to-end tests: the active editor, the colour
 * class of a rendered word, palette commands that open their own pickers, and answers
 * to quick picks.
 */
import type { Locator } from 'playwright-core';
import { waitFor, type VsCode } from './harness';

/** The Monaco editor of the active editor group. */
export function activeEditor(vs: VsCode) {
  return vs.page.locator('.editor-group-container.active .monaco-editor').first();
}

/** The `mtkN` class of the first rendered span whose text is exactly `word`, in the active editor. */
export async function tokenClassOf(vs: VsCode, word: string): Promise<string | undefined> {
  return activeEditor(vs).locator('.view-lines').evaluate((el, w) => {
    for (const span of Array.from(el.querySelectorAll('span[class*="mtk"]'))) {
      if (span.textContent === w) return Array.from(span.classList).find((c) => /^mtk\d+$/.test(c));
    }
    return undefined;
  }, word);
}

/**
 * Puts the cursor of the active editor at the 1-based `line` and `column` with Go to Line
 * (Ctrl+G), and waits for the status bar to show it there. Ctrl+G is pressed again if its
 * input does not open (a notification or a closing dialog can take the key), so a missed
 * key never types the position or an Enter into the document. The column must exist on the
 * line (Go to Line puts the cursor at the line's end otherwise, and this waits in vain).
 */
export async function goToPosition(vs: VsCode, line: number, column = 1): Promise<void> {
  const input = vs.page.locator('.quick-input-widget input');
  const status = vs.page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first();
  const at = new RegExp(`Ln ${line}, Col ${column}\\b`);
  const soon = <T>(predicate: () => Promise<T>) => waitFor(predicate, { timeout: 3_000 }).then(() => true, () => false);
  /** What the last attempt saw, for the timeout message. */
  let seen = 'no attempt finished';
  try {
    await waitFor(async () => {
      await activeEditor(vs).locator('.view-lines').click();
      await vs.page.keyboard.press('Control+G');
      if (!(await soon(async () => (await input.isVisible()) && (await input.inputValue()).startsWith(':')))) {
        const value = (await input.isVisible()) ? `an input holding "${await input.inputValue()}"` : 'no input';
        seen = `Ctrl+G opened no Go to Line input (${value}; notifications: ${JSON.stringify(await vs.notifications())})`;
        await vs.page.keyboard.press('Escape');
        return false;
      }
      await input.fill(`:${line}:${column}`);
      // Enter only into the input that has the focus: an Enter that reaches the editor would split its line.
      if (!(await hasFocus(input)) || (await input.inputValue()) !== `:${line}:${column}`) {
        seen = 'the Go to Line input lost the focus or its text before Enter';
        await vs.page.keyboard.press('Escape');
        return false;
      }
      await input.press('Enter');
      if (await soon(async () => at.test(await status.innerText()))) return true;
      seen = `the status bar said "${await status.innerText().catch(() => '(no position item)')}" after Go to Line`;
      return false;
    }, { message: `the cursor at line ${line}, column ${column}` });
  } catch (error) {
    await vs.screenshot(`go-to-${line}-${column}`).catch(() => undefined);
    throw new Error(`${(error as Error).message} Last attempt: ${seen}.`);
  }
}

/** True when `element` (an input) is the page's focused element. */
export async function hasFocus(element: Locator): Promise<boolean> {
  return element.evaluate((el) => el === el.ownerDocument.activeElement).catch(() => false);
}

/** Runs a palette command without waiting for the quick input to close (the command opens its own pickers or inputs). */
export async function startCommand(vs: VsCode, title: string): Promise<void> {
  await vs.page.keyboard.press('F1');
  const input = vs.page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const row = vs.page.locator('.quick-input-widget .monaco-list-row', { has: vs.page.locator('.label-name', { hasText: title.split(': ').pop()! }) }).first();
  await row.waitFor({ state: 'visible' });
  await row.click();
}

/** Waits for a quick input titled `title`; returns its widget. */
export async function waitForInput(vs: VsCode, title: RegExp) {
  const widget = vs.page.locator('.quick-input-widget');
  await vs.waitFor(async () => (await widget.isVisible()) && title.test(await widget.locator('.quick-input-title').innerText().catch(() => '')), { message: `a quick input titled ${title}` });
  return widget;
}

/** Waits for a quick pick titled `title`, types `filter`, and accepts the row whose label matches `row`. */
export async function answerPick(vs: VsCode, title: RegExp, filter: string, row: RegExp): Promise<void> {
  const widget = await waitForInput(vs, title);
  await widget.locator('input').fill(filter);
  const target = widget.locator('.monaco-list-row', { hasText: row }).first();
  await target.waitFor({ state: 'visible' });
  await target.click();
}

/** The Cross-References panel's document: the webview iframe, then its active inner frame. */
export function panelFrame(page: VsCode['page']) {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

/** The editor group whose active tab is `file`. */
export function groupOf(vs: VsCode, file: string) {
  return vs.page.locator('.editor-group-container', { has: vs.page.locator(`.tab.active[aria-label*="${file}"]`) }).first();
}

/** Widens the primary side bar to `width` pixels by dragging its sash (so a panel's rows sit side by side). */
export async function widenSidebar(vs: VsCode, width: number): Promise<void> {
  const bar = await vs.page.locator('.part.sidebar').boundingBox();
  if (!bar) return;
  const sashes = vs.page.locator('.monaco-sash.vertical');
  for (let i = 0; i < (await sashes.count()); i++) {
    const box = await sashes.nth(i).boundingBox();
    if (!box || Math.abs(box.x + box.width / 2 - (bar.x + bar.width)) > 6) continue;
    await vs.page.mouse.move(box.x + box.width / 2, box.y + 200);
    await vs.page.mouse.down();
    await vs.page.mouse.move(bar.x + width, box.y + 200, { steps: 8 });
    await vs.page.mouse.up();
    return;
  }
}
