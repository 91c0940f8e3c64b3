/**
 * The event told by the heading, with a detail the heading does not give: the head of the
 * sentence, before an "and" that adds the detail, is linked to the heading line (partial),
 * the detail listed as context. A country that qualifies a participant ("her Danish
 * counterpart") names a participant. Not when the head says what the heading does not, or
 * is the lesser part of the sentence.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignPart } from './alignedReport';
import { HEADING, TRANSCRIPT } from './chancellorsTranscript';

function run(claim: string) {
  const news = `Varga hosts Brel\n\nBy a staff writer\n\nLENZ: Chancellor Tomas Brel arrived on Thursday for a one-day visit. ${claim}\n\nThe two leaders spoke of the river.\n`;
  return alignPart(news, TRANSCRIPT, claim);
}

test('the event told by the heading, with a detail', async (t) => {
  await t.test('should link the head the heading tells and list the detail after "and" as context', () => {
    const head = 'Chancellor Ilse Varga and Chancellor Tomas Brel gave a joint press conference on Saturday';
    const detail = 'and a dinner for the crews of the old salt barges';
    const { links, unmatched } = run(`${head} ${detail}.`);
    assert.deepEqual(links, [{ match: 'partial', to: HEADING }]);
    assert.deepEqual(unmatched, [`${detail}.`]);
  });
  await t.test('should take a country that qualifies a participant for a participant', () => {
    const { links, unmatched } = run('Chancellor Ilse Varga and her Danish counterpart Tomas Brel gave a joint press conference on Saturday.');
    assert.deepEqual(links, [{ match: 'partial', to: HEADING }]);
    assert.deepEqual(unmatched, []);
  });
  await t.test('should not link a head that says what the heading does not', () => {
    const { links } = run('Chancellor Ilse Varga and Chancellor Tomas Brel gave a joint press conference on the salt barges and a dinner for the crews.');
    assert.ok(links.every((l) => l.to !== HEADING));
  });
  await t.test('should not link a head that is the lesser part of the sentence', () => {
    const { links } = run('Varga and Brel gave a press conference and a dinner for the crews of the old salt barges of the upper river valley.');
    assert.ok(links.every((l) => l.to !== HEADING));
  });
});
