/**
 * Acts of the meeting itself: the report's narration of what the participants did ("the
 * two sides exchanged views on …") is linked to where a speaker says it in the first
 * person ("We talked about …"); other narration is not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignPart } from './alignedReport';
import { narratedActs, participantFigures, spokenActs } from '../../../src/core/align/eventActs';
import { comparableTerms, termTable } from '../../../src/core/align/terms';

const span = (text: string) => {
  const table = termTable(text, [], new Map());
  return { table, from: 0, to: table.length };
};

const TRANSCRIPT = [
  'Joint statements by Chancellor Ilse Varga and Premier Tomas Brel',
  '',
  'CHANCELLOR VARGA: Good evening. Premier Brel, thank you for your generous hospitality.',
  '',
  'This morning we talked at length about shipping on the river, the hydropower cascade and the customs posts. We agreed to open a joint customs post at Dornau next spring.',
  '',
  'PREMIER BREL: Thank you, Chancellor. The ferry tariffs will fall in March.',
  '',
].join('\n');

function run(news: string, claim: string, transcript = TRANSCRIPT) {
  return alignPart(news, transcript, claim);
}

const report = (claim: string): string => `Varga visits Lenz\n\nBy a staff writer\n\nLENZ: Chancellor Ilse Varga arrived on Thursday for a two-day visit. ${claim}\n`;

test('acts of the meeting', async (t) => {
  await t.test('should find the act a report narrates with the participants as subject', () => {
    assert.deepEqual([...narratedActs(span('The two delegations held wide-ranging talks on river shipping.'), new Set()).keys()], ['talk']);
    assert.deepEqual([...narratedActs(span('Both leaders exchanged views on the cascade.'), new Set()).keys()], ['talk']);
    // Exchanging something else is no talk, and a subject that is not the participants tells no act of theirs.
    assert.deepEqual([...narratedActs(span('The two sides exchanged prisoners at the border.'), new Set()).keys()], []);
    assert.deepEqual([...narratedActs(span('Shipping firms discussed the cascade with bankers.'), new Set()).keys()], []);
  });

  await t.test('should find the acts a speaker states in the first person', () => {
    assert.deepEqual([...spokenActs(span('This morning we talked at length about river shipping.'))], ['talk']);
    assert.deepEqual([...spokenActs(span('Thank you for your generous hospitality.'))], ['welcome']);
    assert.deepEqual([...spokenActs(span('They talked at length about river shipping.'))], []);
  });

  await t.test('should count the "two" of "the two sides" as no figure of the claim', () => {
    assert.equal(participantFigures(span('The two sides talked about river shipping.')), 1);
    assert.equal(participantFigures(span('The two sides talked about two dams.')), 0);
    assert.equal(comparableTerms('the two sides', [], new Map())[1]!.kind, 'number');
  });

  await t.test('should link narration of the talks to the passage where a speaker says they talked of it, as partial', () => {
    const claim = 'The two sides also had a frank exchange of views on river shipping.';
    const { links, unmatched } = run(report(claim), claim);
    assert.deepEqual(unmatched, []);
    assert.deepEqual(links, [{ match: 'partial', to: 'This morning we talked at length about shipping on the river, the hydropower cascade and the customs posts.' }]);
  });

  await t.test('should link the host\'s welcome to the guest\'s thanks, which share only a speaker\'s name', () => {
    const claim = 'Brel welcomed Varga to the capital at the river palace.';
    const { links, unmatched } = run(report(claim), claim);
    assert.deepEqual(unmatched, []);
    assert.equal(links.length, 1);
    assert.equal(links[0]!.to, 'Premier Brel, thank you for your generous hospitality.');
  });

  await t.test('should not link narration whose subject is not the meeting\'s participants', () => {
    const claim = 'Barge owners also had a frank exchange of views on river shipping.';
    assert.deepEqual(run(report(claim), claim).links, []);
  });

  await t.test('should not link the same act on another topic (a speaker\'s name is no topic)', () => {
    const claim = 'Varga and Brel also had a frank exchange of views on fishing quotas.';
    assert.deepEqual(run(report(claim), claim).links, []);
  });

  await t.test('should not take a word before the act, the narration around it, as the shared topic', () => {
    const claim = 'On a cheerful morning at the palace, Brel talked about fishing quotas.';
    assert.deepEqual(run(report(claim), claim).links, []);
    // the same word after the act is its topic
    const topical = 'Brel talked about fishing quotas and the morning ferry.';
    assert.equal(run(report(topical), topical).links.length, 1);
  });

  await t.test('should not link when the speakers only say it in the third person', () => {
    const transcript = TRANSCRIPT.replace('This morning we talked', 'This morning the ministers talked');
    const claim = 'The two sides also had a frank exchange of views on river shipping.';
    assert.deepEqual(run(report(claim), claim, transcript).links, []);
  });

  await t.test('should not link when the narration holds a figure the passage lacks', () => {
    const claim = 'The two sides also had a frank exchange of views on river shipping and 12 barges.';
    assert.deepEqual(run(report(claim), claim).links, []);
  });
});
