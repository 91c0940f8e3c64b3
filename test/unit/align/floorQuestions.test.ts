/**
 * Questions from the floor (`askedFromFloor` in alignAccounts.ts): a question the report
 * quotes as a journalist's, or tells was asked ("a reporter asked the minister about …"),
 * is linked to the question of the transcript's question turn that supports it. A speaker's
 * quote, and narration that tells no question, never rest on a journalist's question.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignPart } from './alignedReport';

const TRANSCRIPT = [
  'MINISTER OKAFOR: Good morning. We signed the harbour agreement with the port authority today.',
  '',
  'Q: Thank you, Minister. The authority has delayed the ferry terminal for a year. Which measures will your ministry take to reopen the ferry terminal for the island families?',
  '',
  'MINISTER OKAFOR: We will talk to the authority next week, and I am confident the crews will be back at work soon.',
  '',
  'Q: And can you — can you promise here to pay the crews their lost wages?',
  '',
  'MINISTER OKAFOR: As I said, we will talk to the authority first.',
  '',
].join('\n');

const HEAD = 'Ferry row\n\nTransport Minister Tom Okafor met reporters in the capital on Monday.';

test('questions from the floor', async (t) => {
  await t.test("should link a journalist's question the report quotes to the question asked", () => {
    const quote = 'Can you promise here to pay the crews their lost wages?';
    const r = alignPart(`${HEAD} “${quote}” asked Jane Moss of the Harbour Post.\n`, TRANSCRIPT, quote);
    assert.deepEqual(r.unmatched, []);
    // The question's words it quotes, over the journalist's repetition.
    assert.deepEqual(r.links.map((l) => l.to), ['can you — can you promise here to pay the crews their lost wages']);
  });

  await t.test('should link narration that tells a question was asked to that question', () => {
    const claim = 'A reporter asked Okafor about the measures the ministry is taking to reopen the ferry terminal for island families.';
    const r = alignPart(`${HEAD} ${claim}\n`, TRANSCRIPT, claim);
    assert.deepEqual(r.unmatched, []);
    assert.deepEqual(r.links.map((l) => l.to), ['Which measures will your ministry take to reopen the ferry terminal for the island families?']);
  });

  await t.test("should not rest a speaker's quote on a journalist's question", () => {
    const quote = 'Can you promise here to pay the crews their lost wages?';
    const r = alignPart(`${HEAD} “${quote}” Okafor asked the port authority.\n`, TRANSCRIPT, quote);
    assert.deepEqual(r.links, []);
    assert.deepEqual(r.unmatched, [quote]);
  });

  await t.test('should not rest narration that tells no question on a question', () => {
    const claim = 'The ministry is taking measures to reopen the ferry terminal for island families.';
    const r = alignPart(`${HEAD} ${claim}\n`, TRANSCRIPT, claim);
    assert.deepEqual(r.links.filter((l) => l.to.startsWith('Which measures')), []);
  });
});
