/**
 * The speaker's own rendering (`ownInterpreted` in alignAccounts.ts): a quote, reported
 * speech or narration about a speaker the transcript gives through an interpreter is
 * measured against that speaker's own nearest passage when another speaker's passage (a
 * short one, or one sharing common words) is nearer: linked there as a rendering when it
 * would support the words, else not confirmed when like them. Without the interpreter's
 * note the speaker's words are their own, and the quote stays unsupported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignPart } from './alignedReport';

/** The guest's turn opens with `note` (a stage direction). */
const transcript = (note: string): string => [
  'Joint press statements after the talks with the President of Chile',
  '',
  'PRIME MINISTER HOLM: Good afternoon. We signed an agreement on fisheries today. We stand firm on this, and we will always stand firm. That is my reply.',
  '',
  `PRESIDENT ORTEGA:${note} Thank you, Prime Minister. For this reason Chile stands with every partner of the southern seas, in good faith and in shared work. I thank you for the question about the missing trawler, and my reply is that the search will go on.`,
  '',
].join('\n');

const HEAD = 'Chile and Norway sign fisheries deal\n\nChilean President Luis Ortega met Prime Minister Erik Holm in Oslo on Monday.';
const QUOTE = 'That is why Chile stands with todos los socios, con buena fe, and goes on with them.';
const NARRATION = 'Ortega gave a cautious reply.';

test("an interpreted speaker's own rendering", async (t) => {
  await t.test("should not call unsupported a quote of an interpreted speaker like that speaker's own passage", () => {
    const r = alignPart(`${HEAD} Ortega said, “${QUOTE}”\n`, transcript(' (As interpreted.)'), QUOTE);
    // Its nearest of all is the host's sentence; the guest's own shares a name and a word in a row, too little for a link.
    assert.deepEqual(r.unmatched, []);
    assert.deepEqual(r.links, []);
    assert.deepEqual(r.unconfirmed, [QUOTE]);
  });

  await t.test('should keep that quote unsupported when the speaker speaks in their own words', () => {
    const r = alignPart(`${HEAD} Ortega said, “${QUOTE}”\n`, transcript(''), QUOTE);
    assert.deepEqual(r.links, []);
    assert.deepEqual(r.unconfirmed, []);
    assert.deepEqual(r.unmatched, [QUOTE]);
  });

  await t.test("should not call unsupported narration about an interpreted speaker like that speaker's own passage", () => {
    const r = alignPart(`${HEAD} ${NARRATION}\n`, transcript(' (As interpreted.)'), NARRATION);
    assert.deepEqual(r.unmatched, []);
    assert.deepEqual(r.unconfirmed, [NARRATION]);
  });

  await t.test('should keep that narration unsupported when the speaker speaks in their own words', () => {
    const r = alignPart(`${HEAD} ${NARRATION}\n`, transcript(''), NARRATION);
    assert.deepEqual(r.unmatched, [NARRATION]);
  });
});
