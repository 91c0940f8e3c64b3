/**
 * Evaded questions (`evadedQuestion` in alignAccounts.ts): narration that a speaker of the
 * event left a question unanswered ("X kept mum on …", "X sidestepped …") is linked to the
 * question that speaker's next turn answers, when they share a word of its topic. A
 * question another speaker answered is not the one the narration tells of.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignPart } from './alignedReport';

const TRANSCRIPT = [
  'MINISTER OKAFOR: Good morning. We signed the harbour agreement with the port authority today.',
  '',
  'Q: Minister, the crews have been idle since the storm. When does the northern ferry terminal reopen?',
  '',
  'MINISTER OKAFOR: I will not speculate about dates today. We are working with the authority.',
  '',
  'Q: Deputy Minister, will the fishermen get compensation for the lost season?',
  '',
  'DEPUTY MINISTER HALE: Our department is reviewing every claim.',
  '',
].join('\n');

const HEAD = 'Ferry row\n\nTransport Minister Tom Okafor and his deputy Ann Hale met reporters in the capital on Monday.';

test('evaded questions', async (t) => {
  await t.test('should link narration that a speaker kept mum on a question to that question', () => {
    const claim = 'Okafor kept mum on the reopening of the northern ferry terminal.';
    const r = alignPart(`${HEAD} ${claim}\n`, TRANSCRIPT, claim);
    assert.deepEqual(r.unmatched, []);
    assert.deepEqual(r.links.map((l) => l.to), ['When does the northern ferry terminal reopen?']);
  });

  await t.test('should not link it to a question another speaker answered', () => {
    const claim = 'Okafor kept mum on compensation for the lost fishing season.';
    const r = alignPart(`${HEAD} ${claim}\n`, TRANSCRIPT, claim);
    assert.deepEqual(r.links.filter((l) => l.to.includes('compensation')), []);
  });
});
