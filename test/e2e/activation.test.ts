/**
 * End to end: the packaged extension activates in a real VS Code (code-server)
 * when an account is opened, contributes its commands to the palette, and a
 * command of it runs from the palette. Records the activation time (not asserted)
 * in test-results/e2e/activation/timing.json.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { readManifest, repoRoot, withVsCode } from './harness';

/** A command contribution of package.json. */
interface CommandContribution {
  readonly command: string;
  readonly title: string;
  readonly category?: string;
}

/** Palette labels of the extension's commands, as VS Code shows them ("Category: Title"). */
function paletteTitles(): string[] {
  const manifest = readManifest() as unknown as { contributes: { commands: CommandContribution[] } };
  return manifest.contributes.commands.map((c) => (c.category ? `${c.category}: ${c.title}` : c.title));
}

test('should activate on an opened account and run its commands from the palette', async (t) => {
  const transcript = fs.readdirSync(path.join(repoRoot, 'samples')).filter((f) => f.endsWith('.txt')).sort().at(-1);
  assert.ok(transcript, 'samples/ holds no .txt account to open');
  const { displayName } = readManifest();

  await withVsCode({ name: 'activation' }, async (vs) => {
    await vs.openFile(transcript);

    // Activation: the extension writes "activated in N ms" to its output channel.
    await vs.waitForLog(/activated in \d+ ms/, { message: `the "${displayName}" log line "activated in N ms"` });
    const timing = await vs.waitFor(() => vs.activationTiming(), { message: 'the activation timing in the logs' });
    assert.match(timing.activationEvent, /^onLanguage:/, 'should activate on the language of the opened account, not at startup');
    fs.writeFileSync(path.join(vs.resultsDir, 'timing.json'), `${JSON.stringify(timing, null, 2)}\n`);
    t.diagnostic(`activation: ${timing.totalMs} ms from ${timing.activationEvent} to "activated" (activate() itself ${timing.activateMs ?? '?'} ms)`);

    // Every contributed command is in the palette while an account is open (the event
    // commands show once the opened file is recognised as an account).
    let listed: string[] = [];
    let missing: string[] = [];
    await vs.waitFor(async () => {
      listed = await vs.listCommands(displayName);
      missing = paletteTitles().filter((title) => !listed.includes(title));
      return missing.length === 0;
    }, { message: 'every contributed command in the palette', timeout: 30_000, interval: 1_000 }).catch(() => undefined);
    assert.deepEqual(missing, [], `commands missing from the palette (listed: ${listed.join(' | ')})`);

    // Running one from the palette reveals the extension's view container (titled as its one view).
    const container = (readManifest() as unknown as { contributes: { viewsContainers: { activitybar: { title: string }[] } } }).contributes.viewsContainers.activitybar[0]!.title;
    await vs.runCommand(`${displayName}: Show Cross-References`);
    await vs.waitFor(
      () => vs.page.locator('.part.sidebar .composite.title, .part.auxiliarybar .composite.title, .part.panel .composite.title')
        .filter({ hasText: new RegExp(container, 'i') }).first().isVisible(),
      { message: `the "${container}" view container to be shown` },
    );
    const errors = (await vs.notifications()).filter((m) => /not found|error|failed/i.test(m));
    assert.deepEqual(errors, [], 'running the command should not raise an error notification');
    await vs.screenshot('activation');
  });
});
