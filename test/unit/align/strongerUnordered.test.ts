/**
 * A passage that scores above every supporting one, shares as many of the report's words
 * and is more about them, is the link even though it holds them in another order (which
 * alone kept it from supporting): not the long sentence that holds the same words with
 * one pair in a row among much else. When it shares fewer words the long sentence stays.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignPart } from './alignedReport';


const LONG = 'Now, finally, because it is important that we work together very closely and always try to make sure that everything we are doing for the towns on the coast is done more smoothly and more quickly, the ministry will set up a joint office for licences and the council has shown mercy to the boats, which fishermen from every harbour have long hoped for.';
const REPORT = 'Halvorsen said he hoped the council would take on board the call for mercy for some of the affected fishermen.';

function linksOf(answer: string, report = REPORT): string[] {
  const transcript = `PRIME MINISTER HALVORSEN: Thank you. ${LONG}\n\nPRIME MINISTER ODE: ${answer}\n`;
  const news = `Talks in Bergen\n\nThe two leaders met in Bergen on Monday.\n\n${report}\n`;
  return alignPart(news, transcript, report).links.map((l) => l.to);
}

test('a stronger passage with the words in another order', async (t) => {
  await t.test('should link the passage that scores best and shares as many words, not the long one with a pair in a row', () => {
    const answer = 'I hope the people responsible at the town council will show real kindness and mercy to boat crews and their fishermen families.';
    assert.deepEqual(linksOf(answer), [answer]);
  });
  await t.test('should link the stronger passage of narration that names its speaker, though the look-alike shares no anchor', () => {
    // Narration (no verb of saying): the long sentence is another speaker's and shares no
    // name with it, so it is no link (`anchoredEnough`); the stronger one is Ode's own.
    const answer = 'I hope the people responsible at the town council will show real kindness and mercy to boat crews and their fishermen families.';
    assert.deepEqual(linksOf(answer, 'Ode hoped the council would take on board the call for mercy for some of the affected fishermen.'), [answer]);
    // Unnamed ("He"), neither is anchored: no link
    assert.deepEqual(linksOf(answer, 'He hoped the council would take on board the call for mercy for some of the affected fishermen.'), []);
  });
  await t.test('should keep the long passage when the other shares fewer of the words', () => {
    assert.deepEqual(linksOf('I hope the people responsible at the town council will show real kindness and mercy to boat crews.'), [LONG]);
  });
});
