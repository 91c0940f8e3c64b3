/**
 * Restated sentences (`isRestatedSentence`): reported speech that tells a short sentence of
 * its speaker's with what that sentence left to the context filled in ("We will review it
 * closely and then decide." → "the council will review and decide on the engineers' findings
 * on the cracked bridge …, the mayor said") is linked there (partial), though most of its
 * words are the report's. Not a direct quote, not words credited to someone else, not a
 * long sentence that shares two of its words, not with a figure the sentence lacks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignPart } from './alignedReport';

const SAID = 'We will review it closely and then decide.';
const transcript = (said = SAID): string =>
  `MS. LUND: Good afternoon. The mayor will take a few questions.\n\nQ: Mayor, what will the council do about the engineers' findings?\n\nMAYOR OKONJO: We have read them. ${said} Safety comes first for us.\n\nQ: And the ferry service?\n\nMAYOR OKONJO: The ferry keeps running all winter, as it always has.\n`;
const CLAIM = 'the city council will review and decide on the engineers’ findings about the cracked Harbour Street bridge over the Wenn river';
const report = (claim: string, credit = 'Mayor Ada Okonjo said on Tuesday'): string => `Council to rule on cracked bridge\n\n${claim}, ${credit}.\n\nThe bridge has been closed to lorries since March.\n`;

test('restated sentences', async (t) => {
  await t.test('should link reported speech that restates a short sentence of its speaker, as partial', () => {
    const { links, unmatched } = alignPart(report(CLAIM), transcript(), CLAIM);
    assert.deepEqual(links, [{ match: 'partial', to: SAID }]);
    assert.deepEqual(unmatched, []);
  });

  await t.test('should not link the same words credited to another speaker of the transcript', () => {
    const { links } = alignPart(report(CLAIM, 'council clerk Rita Lund said on Tuesday'), transcript(), CLAIM);
    assert.deepEqual(links, []);
  });

  await t.test('should not link them as a direct quote (a quote claims exact words)', () => {
    const quoted = 'The city council will review and decide on the engineers’ findings about the cracked Harbour Street bridge over the Wenn river';
    const { links } = alignPart(`Council to rule on cracked bridge\n\n“${quoted},” Mayor Ada Okonjo said on Tuesday.\n`, transcript(), quoted);
    assert.deepEqual(links, []);
  });

  await t.test('should not link a long sentence that shares two of its words among many', () => {
    const long = 'We will review it closely and then decide, as we do with the budget, the ferry timetable, the school repairs, the parking fees and the harbour lease.';
    const { links } = alignPart(report(CLAIM), transcript(long), CLAIM);
    assert.deepEqual(links, []);
  });

  await t.test('should not link it when it holds a figure the sentence lacks', () => {
    const figure = 'the city council will review and decide within 30 days on the engineers’ findings about the cracked Harbour Street bridge over the Wenn river';
    const { links } = alignPart(report(figure), transcript(), figure);
    assert.deepEqual(links, []);
  });
});
