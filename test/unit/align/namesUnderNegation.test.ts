/**
 * Polarity is a predicate's, not a name's (`measureAcross` in similarity.ts): a name in a
 * negation's reach ("refused Norway's offer") is not denied, so the same name asserted in
 * the report ("the dispute with Norway") is support, not a contradiction. A word in that
 * reach ("offer") still contradicts its assertion.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignPart } from './alignedReport';

const TRANSCRIPT = [
  'MINISTER OKAFOR: Good morning. We signed the harbour agreement with the port authority today.',
  '',
  'Q: Minister, now that you have refused Norway’s offer, which measures will your ministry take to reopen the ferry terminal?',
  '',
  'MINISTER OKAFOR: We will talk to the authority next week, and I am confident the crews will be back at work soon.',
  '',
].join('\n');

const HEAD = 'Ferry row\n\nTransport Minister Tom Okafor met reporters in the capital on Monday.';

test('names under negation', async (t) => {
  await t.test('should take a name the transcript has in a negation’s reach as support', () => {
    const claim = 'A reporter asked Okafor which measures the ministry would take to reopen the ferry terminal after the dispute with Norway.';
    const r = alignPart(`${HEAD} ${claim}\n`, TRANSCRIPT, claim);
    assert.deepEqual(r.unmatched, []);
    assert.deepEqual(r.links.map((l) => l.to), ['Minister, now that you have refused Norway’s offer, which measures will your ministry take to reopen the ferry terminal?']);
  });

  await t.test('should still take a word the transcript has in a negation’s reach as a contradiction', () => {
    const transcript = TRANSCRIPT.replace('Norway’s offer', 'the fishermen’s offer');
    const claim = 'A reporter asked Okafor which measures the ministry would take to reopen the ferry terminal after the dispute with the fishermen.';
    const r = alignPart(`${HEAD} ${claim}\n`, transcript, claim);
    assert.deepEqual(r.links, []);
  });
});
