/**
 * Extension-host suite: the extension activates when an account is opened (not at
 * startup) and registers a handler for every command it contributes.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** Polls `condition` every 50 ms until it holds or `timeout` ms pass. */
async function until(condition: () => boolean, what: string, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The extension under test, found by its manifest's publisher and name. */
function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.all.find((e) => e.packageJSON?.name === 'transcript-annotator');
  assert.ok(found, 'the extension under development is not loaded: check --extensionDevelopmentPath');
  return found;
}

suite('activation', () => {
  test('should not be active before an account is opened', () => {
    const events: string[] = extension().packageJSON.activationEvents ?? [];
    assert.ok(!events.includes('*') && !events.includes('onStartupFinished'), `activates at startup: ${events.join(', ')}`);
  });

  test('should activate when an account is opened', async () => {
    const [file] = await vscode.workspace.findFiles('**/*.txt', undefined, 1);
    assert.ok(file, 'the workspace (a copy of samples/) holds no .txt account');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
    await until(() => extension().isActive, 'the extension to activate');
  });

  test('should register every contributed command', async () => {
    await extension().activate();
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed: Array<{ command: string }> = extension().packageJSON.contributes.commands;
    const missing = contributed.map((c) => c.command).filter((c) => !registered.has(c));
    assert.deepEqual(missing, [], 'contributed commands without a handler');
  });
});
