/**
 * A passage said twice is linked to both sentences; a third near-equal sentence is not a
 * further link (MAX_FURTHER_LINKS): a look-alike on the same topic words, not a rendering.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignPart } from './alignedReport';


const FIRST = 'The council will put more money into the repair of the old harbour wall.';
const SECOND = 'The old harbour wall will get more money for its repair this year.';
const THIRD = 'More money goes to the old harbour wall, whose repair is urgent.';
const REPORT = 'Holm said more money would go to the repair of the old harbour wall so that it could be finished quickly.';

function linksOf(transcript: string): string[] {
  const news = `Harbour news\n\nFisheries minister Erik Holm spoke on Monday.\n\n${REPORT}\n`;
  return alignPart(news, transcript, REPORT).links.map((l) => l.to);
}

test('further links', async (t) => {
  const head = `MR. HOLM: Thank you. ${FIRST} We talked about the ferries.\n\nMS. BERG: Are the trawlers affected?\n\nMR. HOLM: ${SECOND} The trawlers are fine.\n`;
  await t.test('should link two of three near-equal sentences, not the third', () => {
    assert.deepEqual(linksOf(`${head}\nMS. BERG: And the quay?\n\nMR. HOLM: ${THIRD}\n`), [FIRST, SECOND]);
  });
  await t.test('should link both sentences of a passage said twice', () => {
    assert.deepEqual(linksOf(head), [FIRST, SECOND]);
  });
});
