/**
 * A further link (a near-equal of the best) is in the turns of the best link's speaker:
 * another speaker's sentence alike in words ("we discussed the search" beside "thank you
 * for your help in the search") is that speaker's own remark on the topic, not the words
 * the report renders. When one speaker says both, both are linked.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignPart } from './alignedReport';


const THANKS = 'I also want to thank you for the help of your navy in the search for the trawler Nordlys.';
const SEARCH = 'Of course, we discussed the search for the missing trawler Nordlys and the help of the navy.';
const REPORT = 'Ode once again thanked Halvorsen for the help given by his navy in the search for the still missing trawler Nordlys.';

function linksOf(transcript: string): string[] {
  const news = `Talks in Bergen\n\nThe two leaders met in Bergen on Monday.\n\n${REPORT}\n`;
  return alignPart(news, transcript, REPORT).links.map((l) => l.to);
}

test('further links in one voice', async (t) => {
  await t.test('should not add a near-equal link in another speaker\'s turn', () => {
    assert.deepEqual(linksOf(`PRIME MINISTER ODE: Thank you. ${THANKS}\n\nPRESIDENT HALVORSEN: ${SEARCH}\n`), [THANKS]);
  });
  await t.test('should add the near-equal link when the same speaker says it', () => {
    assert.deepEqual(linksOf(`PRIME MINISTER ODE: Thank you. ${THANKS}\n\nPRESIDENT HALVORSEN: Good afternoon.\n\nPRIME MINISTER ODE: ${SEARCH}\n`).sort(), [SEARCH, THANKS].sort());
  });
});
