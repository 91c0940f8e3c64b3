/**
 * The participants' judgement of their meeting: a report's "both chancellors said the
 * meeting was positive" is linked to where each speaker judges it in their own words
 * ("the talks were held in a frank and constructive spirit", "we did some very
 * useful work"), though the two share no word. Not when the report's passage says more
 * than the judgement, when the speaker's judgement is negated, or when a greeting only
 * stands beside the visit.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignPart } from './alignedReport';
import { assessedMeeting, meetingJudged } from '../../../src/core/align/meetingAssessment';
import { termTable } from '../../../src/core/align/terms';
import { termsIn } from '../../../src/core/align/passages';

const VARGA_JUDGES = 'The talks with Chancellor Brel were held in a frank and constructive spirit.';
const BREL_JUDGES = 'I am glad that we did some very useful work together.';
const transcript = (varga = VARGA_JUDGES, brel = BREL_JUDGES): string => [
  'Press statements after the talks with Chancellor Tomas Brel',
  '',
  'CHANCELLOR VARGA: Good afternoon, ladies and gentlemen. It is a great honour to receive this visit.',
  '',
  `${varga} We signed an accord on the ferries of the lake.`,
  '',
  `CHANCELLOR BREL: Thank you. ${brel} The pier at Dornau will open in the spring.`,
  '',
].join('\n');

function run(sentence: string, part: string, text = transcript()) {
  const news = `Varga and Brel meet in Lenz\n\nChancellor Ilse Varga hosted Chancellor Tomas Brel in Lenz on Saturday. ${sentence}\n\nThe two signed an accord on the ferries of the lake.\n`;
  return alignPart(news, text, part);
}

test("the participants' judgement of the meeting", async (t) => {
  await t.test('should link a judgement both speakers are credited with to each one\'s own judgement', () => {
    const out = run('Both leaders said that the meeting was positive.', 'the meeting was positive');
    assert.deepEqual(out.links.map((l) => l.to).sort(), [BREL_JUDGES, VARGA_JUDGES].sort());
  });
  await t.test('should link a judgement one speaker is credited with to that speaker\'s only', () => {
    const out = run('Brel said that the visit was very productive.', 'the visit was very productive');
    assert.deepEqual(out.links.map((l) => l.to), [BREL_JUDGES]);
  });
  await t.test('should not link a passage that says more than the judgement', () => {
    const out = run('Both leaders said that the meeting was positive for the salmon harvest.', 'the meeting was positive for the salmon harvest');
    assert.ok(out.links.every((l) => l.to !== VARGA_JUDGES && l.to !== BREL_JUDGES));
  });
  await t.test('should not take a negated judgement, nor a greeting beside the visit, for a judgement', () => {
    const text = transcript('The talks with Chancellor Brel were not constructive at all.', 'I am glad to be here in the spring.');
    const out = run('Both leaders said that the meeting was positive.', 'the meeting was positive', text);
    assert.deepEqual(out.links, []);
  });
  await t.test('should rank a judgement of the talks over one of the work done, for a report naming the meeting', () => {
    const span = (s: string) => termsIn(termTable(s, [], new Map()), { start: 0, end: s.length });
    assert.equal(meetingJudged(span(VARGA_JUDGES), 'talks', VARGA_JUDGES), 2);
    assert.equal(meetingJudged(span(BREL_JUDGES), 'talks', BREL_JUDGES), 1);
    assert.equal(meetingJudged(span('It is a great honour to receive this visit.'), 'talks', 'It is a great honour to receive this visit.'), 0);
    // a judgement across a colon, semicolon or question mark is of another clause: not of the meeting
    for (const s of ['I want to be honest: the talks failed.', 'The talks collapsed; I will be frank with you.', 'Were the talks a failure? We were frank.']) assert.equal(meetingJudged(span(s), 'talks', s), 0, s);
    // a judgement word before a noun of courtesy thanks the host: it judges nothing
    for (const s of ['Thank you for the warm welcome on this visit.', 'We are grateful for the cordial reception during these talks.']) assert.equal(meetingJudged(span(s), 'other', s), 0, s);
    const warm = 'The visit was warm and useful.';
    assert.equal(meetingJudged(span(warm), 'other', warm), 2);
    const commas = 'The talks, which lasted all day, were constructive.';
    assert.equal(meetingJudged(span(commas), 'talks', commas), 2);
    assert.equal(assessedMeeting(span('the meeting was very positive'), new Set()), 'talks');
    assert.equal(assessedMeeting(span('the meeting was not positive'), new Set()), undefined);
  });
});
