/**
 * A quoted fragment inside reported speech ("he said the city had the “finest crew” to …")
 * anchors the link: the one transcript sentence of the credited speaker (or of no known
 * speaker) that holds those words in a row is where they were said, over a look-alike that
 * shares the claim's other words. Not when the fragment is said by two speakers, only in a
 * journalist's question, or is one word said in many places.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignPart } from './alignedReport';

const STUDY = 'We will examine the ruling carefully and then reply to the tribunal.';
const CREW = 'I am certain that they are the finest crew anywhere.';
const OPENING = 'MS. LUND: Good morning. The minister will take a few questions.';
const CLAIM = 'the city has assembled the “finest crew” to examine the ruling and reply';

function linksOf(transcript: string, claim = CLAIM): { match: string; to: string }[] {
  const news = `Harbour ruling to be examined\n\nThe city will answer the tribunal, officials said on Monday.\n\nSpeaking at the port, Mr Varga said he was certain that ${claim}.\n`;
  return alignPart(news, transcript, claim).links.slice();
}

test('quoted fragments anchor the link', async (t) => {
  await t.test('should link the sentence that holds the quoted words, as partial', () => {
    const transcript = `${OPENING}\n\nQ: Minister, what happens now with the ruling?\n\nMINISTER VARGA: ${STUDY} The lawyers know the harbour well.\n\nQ: Are you confident in the lawyers?\n\nMINISTER VARGA: ${CREW} They have worked on it for years.\n`;
    assert.deepEqual(linksOf(transcript), [{ match: 'partial', to: CREW }]);
  });
  await t.test('should not anchor on a fragment two speakers say', () => {
    const transcript = `${OPENING}\n\nQ: Minister, what happens now with the ruling?\n\nMINISTER VARGA: ${STUDY} The lawyers know the harbour well.\n\nQ: Are you confident in the lawyers?\n\nMINISTER VARGA: ${CREW} They have worked on it for years.\n\nMAYOR HOLT: Our port pilots are the finest crew on the coast.\n`;
    assert.ok(linksOf(transcript).some((l) => l.to === STUDY));
  });
  await t.test('should not anchor on a fragment only a journalist\'s question holds', () => {
    const transcript = `${OPENING}\n\nQ: Minister, is this the finest crew you could find for the case?\n\nMINISTER VARGA: ${STUDY} The lawyers know the harbour well.\n\nQ: Are you confident in the lawyers?\n\nMINISTER VARGA: I am certain that they are the right people. They have worked on it for years.\n`;
    const links = linksOf(transcript);
    assert.ok(links.some((l) => l.to === STUDY));
    assert.ok(links.every((l) => !l.to.includes('finest crew')));
  });
  await t.test('should not anchor on one quoted word said in many places', () => {
    const claim = 'the city has assembled the “lawyers” to examine the ruling and reply';
    const transcript = `${OPENING}\n\nQ: Minister, what happens now with the ruling?\n\nMINISTER VARGA: ${STUDY} The lawyers know the harbour well.\n\nQ: Are you confident in the lawyers?\n\nMINISTER VARGA: I am certain that the lawyers are right. The lawyers have worked on it for years.\n`;
    assert.ok(linksOf(transcript, claim).some((l) => l.to === STUDY));
  });
});

/**
 * A quoted fragment said twice by the credited speaker anchors the passage the claim's
 * other words are most like, when it stands out (`nearestHolder`); and one passage holding
 * it anchors a claim nothing supports though it is the claim's nearest passage too.
 */
test('quoted fragments said twice', async (t) => {
  const DOUBT = 'Some people say the old bridge is a lost cause and must come down.';
  const DENIAL = 'Nobody can tell me this bridge is a lost cause when the repairs cost so little.';
  const transcript = (first: string, second: string, secondSpeaker = 'MAYOR OKONJO'): string =>
    `MS. LUND: Good afternoon. The mayor will take a few questions.\n\nQ: Mayor, what about the bridge?\n\nMAYOR OKONJO: The inspectors were here on Monday. ${first} Safety comes first for us.\n\nQ: And the costs?\n\n${secondSpeaker}: ${second} We have the money in this year's budget.\n`;
  const claim = 'Okonjo said the crossing over the Wenn was no ‘lost cause’ despite the council critics and several shopkeepers on the quay';
  const news = `Mayor backs repairs\n\nThe council met on Tuesday. ${claim}.\n\nThe bridge has been closed to lorries since March.\n`;

  await t.test('should link the one of the two passages the claim is most like, as partial', () => {
    assert.deepEqual(alignPart(news, transcript(DOUBT, DENIAL), claim).links, [{ match: 'partial', to: DENIAL }]);
  });
  await t.test('should link the one passage that holds the fragment though it is also the nearest', () => {
    const first = 'Some people say the old bridge must come down.';
    assert.deepEqual(alignPart(news, transcript(first, DENIAL), claim).links, [{ match: 'partial', to: DENIAL }]);
  });
  await t.test('should not anchor when the two passages are alike to the claim', () => {
    const first = 'Nobody can tell me this bridge is a lost cause.';
    assert.deepEqual(alignPart(news, transcript(first, DENIAL), claim).links, []);
  });
  await t.test('should not anchor narration on words two speakers say', () => {
    const told = 'The crossing over the Wenn is no ‘lost cause’ despite the council critics and several shopkeepers on the quay';
    const report = `Mayor backs repairs\n\nThe council met on Tuesday. ${told}.\n\nThe bridge has been closed to lorries since March.\n`;
    assert.deepEqual(alignPart(report, transcript(DOUBT, DENIAL), told).links, [{ match: 'partial', to: DENIAL }]);
    assert.deepEqual(alignPart(report, transcript(DOUBT, DENIAL, 'MS. LUND'), told).links, []);
  });
});
