/**
 * The report's headline (`headlineLinks`): found through the passages its lede is linked
 * to when it shares words with one; never a quote, never on a speaker's name alone, never
 * with a figure missing or a negation reversed, never a first line that is a sentence.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignAccounts } from '../../../src/core/align/alignAccounts';
import { headlineRange, ledeRange } from '../../../src/core/align/headline';
import { createAnnotationService } from '../../../src/core/index';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const TRANSCRIPT = [
  'MS. LUND: Good morning. We will take a few questions.',
  '',
  'MR. OKAFOR: Thank you. The ministry has worked on the fisheries plan for two years with the coastal towns, the harbour pilots and the trawler owners of the north, and much of it is settled.',
  '',
  'From next month the ministry will cap the cod catch of every trawler in the northern fleet, and inspectors will weigh each landing.',
  '',
  'Q: Will the harbour stay open in winter?',
  '',
  'MR. OKAFOR: It will stay open.',
  '',
].join('\n');

/** What the alignment does with the words `part` of `news`: the passages linked, and whether it is unmatched or not confirmed. */
function run(news: string, part: string) {
  const set = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: news }, { uri: 'file:///w/transcript.txt', text: TRANSCRIPT, role: 'transcript' }]);
  const alignment = alignAccounts(set, [news, TRANSCRIPT]);
  const span = { start: news.indexOf(part), end: news.indexOf(part) + part.length };
  assert.ok(span.start >= 0, part);
  return {
    links: alignment.crossReferences.filter((x) => overlaps(x.from, span)).map((x) => ({ to: TRANSCRIPT.slice(x.to.start, x.to.end), match: x.match })),
    flagged: [...alignment.unmatched, ...alignment.unconfirmed].filter((x) => overlaps(x, span)).length,
  };
}
const LEDE = 'Fisheries minister Tom Okafor said on Tuesday that from next month "the ministry will cap the cod catch of every trawler in the northern fleet", and that inspectors would weigh each landing.';
const TARGET = 'From next month the ministry will cap the cod catch of every trawler in the northern fleet, and inspectors will weigh each landing.';
/** Too far from its words to be linked on them (not confirmed without the lede's link). */
const HEADLINE = 'Bergen skippers and Danish buyers brace for Okafor cod cap at harbour summit';

test('headline', async (t) => {
  await t.test('should find the headline and the lede, past a byline', () => {
    const text = 'New cod rules for the north from Okafor\n\nBy Staff\n\nFisheries minister Tom Okafor will set new quotas for cod in the northern waters next week, his ministry said.\n';
    assert.deepEqual(headlineRange(text), { start: 0, end: 'New cod rules for the north from Okafor'.length });
    const lede = ledeRange(text, headlineRange(text)!.end)!;
    assert.match(text.slice(lede.start, lede.end), /^Fisheries minister Tom Okafor will set/);
    assert.equal(headlineRange('The minister spoke on Tuesday.\n\nMore text follows here.\n'), undefined, 'a sentence is no headline');
    assert.equal(headlineRange('Okafor to set cod quotas\nministry says more\n\nText.\n'), undefined, 'a paragraph of two lines is no headline');
  });

  await t.test('should pass over a photo caption when it looks for the lede', () => {
    const caption = 'Fisheries minister Tom Okafor, left, shakes hands with harbour pilots on the quay in Bergen before the meeting, Tuesday. (Harbour Photo/Ann Berg, Pool)';
    const text = `${HEADLINE}\n\n${caption}\n\n${LEDE}\n`;
    const lede = ledeRange(text, headlineRange(text)!.end)!;
    assert.equal(text.slice(lede.start, lede.end).trim(), LEDE);
    assert.deepEqual(run(text, HEADLINE).links, [{ to: TARGET, match: 'partial' }]);
  });

  await t.test('should take as the lede a long paragraph that closes with brackets naming no photo', () => {
    const first = 'Fisheries minister Tom Okafor met harbour pilots on the quay in Bergen before the meeting on Tuesday (his second visit this year)';
    const text = `${HEADLINE}\n\n${first}\n\n${LEDE}\n`;
    const lede = ledeRange(text, headlineRange(text)!.end)!;
    assert.equal(text.slice(lede.start, lede.end), first);
  });

  await t.test('should link the headline, partial, to the passage its lede is linked to', () => {
    const r = run(`${HEADLINE}\n\n${LEDE}\n`, HEADLINE);
    assert.deepEqual(r.links, [{ to: TARGET, match: 'partial' }]);
    assert.equal(r.flagged, 0);
  });

  await t.test('should not link a headline that shares only a speaker and one word with the lede\'s passage', () => {
    const headline = 'Okafor cap sparks Bergen harbour strike fears';
    assert.deepEqual(run(`${headline}\n\n${LEDE}\n`, headline).links.filter((l) => l.to === TARGET), []);
  });

  await t.test('should not link a headline with a figure the passage lacks or a negation it reverses', () => {
    const figure = 'Bergen skippers and Danish buyers brace for Okafor cod cap of 2031 at harbour summit';
    assert.deepEqual(run(`${figure}\n\n${LEDE}\n`, figure).links.filter((l) => l.to === TARGET), []);
    const denied = 'Bergen skippers and Danish buyers told Okafor will not cap cod at harbour summit';
    assert.deepEqual(run(`${denied}\n\n${LEDE}\n`, 'Bergen skippers').links.filter((l) => l.to === TARGET), []);
  });

  await t.test('should not link a quote in the headline through the lede', () => {
    const headline = `Okafor: "Bergen skippers and Danish buyers brace for cod cap at harbour summit"`;
    assert.deepEqual(run(`${headline}\n\n${LEDE}\n`, 'Bergen skippers').links.filter((l) => l.to === TARGET), []);
  });

  await t.test('should not link the headline through a paragraph after the lede', () => {
    const lede = 'Fisheries minister Tom Okafor met the harbour pilots of Bergen on Tuesday, his ministry said in a short statement.';
    assert.deepEqual(run(`${HEADLINE}\n\n${lede}\n\n${LEDE}\n`, HEADLINE).links.filter((l) => l.to === TARGET), []);
  });
});
