/**
 * Claims in the gray zone (`isUnconfirmed`): neither linked nor unmatched, but listed
 * apart in `unconfirmed` with their nearest passage and its similarity.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignAccounts, UNCONFIRMED_NEAREST_SCORE } from '../../../src/core/align/alignAccounts';
import { createAnnotationService } from '../../../src/core/index';
import { selectDocument } from '../../../src/core/export/selectDocument';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const TRANSCRIPT = 'MS. LUND: Good morning, all.\n\nMR. OKAFOR: The railway board approved a loan for the eastern depots in March. Trains will run on time through the spring.\n';
const NEAREST = 'The railway board approved a loan for the eastern depots in March.';

function run(news: string, claim: string, transcript = TRANSCRIPT) {
  const set = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: news }, { uri: 'file:///w/transcript.txt', text: transcript, role: 'transcript' }]);
  const texts = set.documents.map((d) => (d.uri.endsWith('news.txt') ? news : transcript));
  const alignment = alignAccounts(set, texts);
  const span = { start: news.indexOf(claim), end: news.indexOf(claim) + claim.length };
  return { set, alignment, span, news };
}

/** Talks of two leaders; `note` opens the guest's turn (a stage direction such as "(As interpreted.)"). */
const guest = (note: string): string => `Press statements following the talks\n\nPRIME MINISTER HOLM: Good afternoon. We had a long and useful meeting today, and we signed an agreement on fisheries.\n\nPRESIDENT ORTEGA:${note} Thank you, Prime Minister. My trip has strengthened the ties between our ports. We will open a new consulate in Bergen next year.\n`;

/** `claim` (in `news`) is not confirmed against the guest's interpreted turn, and unsupported against the same turn given as the guest's own words. */
function grayOnlyWhenInterpreted(news: string, claim: string): void {
  const interpreted = run(news, claim, guest(' (As interpreted.)'));
  assert.deepEqual(interpreted.alignment.unmatched.filter((u) => overlaps(u, interpreted.span)), []);
  assert.equal(interpreted.alignment.unconfirmed.filter((u) => overlaps(u, interpreted.span)).length, 1);
  const own = run(news, claim, guest(''));
  assert.deepEqual(own.alignment.unconfirmed.filter((u) => overlaps(u, own.span)), []);
  assert.deepEqual(own.alignment.unmatched.filter((u) => overlaps(u, own.span)).map((u) => u.reason), ['unsupported']);
}

test('unconfirmed claims', async (t) => {
  await t.test('should list reported speech alike to a passage, without support, apart with that passage and its similarity', () => {
    const { set, alignment, span } = run('Tom Okafor, the transport minister, spoke on Tuesday. Okafor said the railway loan would pay for new carriages in the capital next year.\n', 'the railway loan would pay');
    assert.deepEqual(alignment.crossReferences.filter((x) => overlaps(x.from, span)), []);
    assert.deepEqual(alignment.unmatched.filter((u) => overlaps(u, span)), [], 'not counted as unmatched');
    const listed = alignment.unconfirmed.filter((u) => overlaps(u, span));
    assert.equal(listed.length, 1);
    const u = listed[0]!;
    const transcriptId = set.documents.find((d) => d.role === 'transcript')!.id;
    assert.equal(u.nearest.document, transcriptId);
    assert.equal(TRANSCRIPT.slice(u.nearest.start, u.nearest.end), NEAREST);
    assert.ok(u.nearest.score >= UNCONFIRMED_NEAREST_SCORE && u.nearest.score < 1, String(u.nearest.score));
    assert.ok(set.annotations.some((a) => a.id === u.annotation && a.kind === 'claim'));
    // The service's set carries them too, and a one-account export keeps its own.
    assert.deepEqual(set.unconfirmed, alignment.unconfirmed);
    assert.deepEqual(selectDocument(set, u.document).unconfirmed, [u]);
    assert.deepEqual(selectDocument(set, transcriptId).unconfirmed, []);
  });

  await t.test('should keep the same words as a direct quote unsupported, with its nearest passage, and not list it apart', () => {
    const { alignment, span } = run('Tom Okafor, the transport minister, spoke on Tuesday. Okafor said: "The railway loan will pay for new carriages in the capital next year."\n', 'The railway loan will pay');
    assert.deepEqual(alignment.unconfirmed.filter((u) => overlaps(u, span)), []);
    const flagged = alignment.unmatched.filter((u) => overlaps(u, span));
    assert.deepEqual(flagged.map((u) => u.reason), ['unsupported']);
    assert.equal(TRANSCRIPT.slice(flagged[0]!.nearest!.start, flagged[0]!.nearest!.end), NEAREST);
  });

  await t.test('should keep reported speech of a person who does not speak at the event as context, though alike to a passage', () => {
    const { set, alignment, span } = run('Ana Berg, the opposition leader, spoke on Tuesday. Berg said the railway loan would pay for new carriages in the capital next year.\n', 'the railway loan would pay');
    assert.deepEqual(alignment.unconfirmed.filter((u) => overlaps(u, span)), []);
    const flagged = alignment.unmatched.filter((u) => overlaps(u, span));
    assert.deepEqual(flagged.map((u) => u.reason), ['context']);
    assert.equal(TRANSCRIPT.slice(flagged[0]!.nearest!.start, flagged[0]!.nearest!.end), NEAREST);
    assert.ok(set.annotations.some((a) => a.id === flagged[0]!.annotation && a.kind === 'claim' && a.claimType === 'reported'));
  });

  await t.test('should still not confirm that reported speech where the alike passage names its speaker', () => {
    const transcript = 'MS. LUND: Good morning, all.\n\nMR. OKAFOR: As Ana Berg said, the railway board approved a loan for the eastern depots in March. Trains will run on time through the spring.\n';
    const { alignment, span } = run('Ana Berg, the opposition leader, spoke on Tuesday. Berg said the railway loan would pay for new carriages in the capital next year.\n', 'the railway loan would pay', transcript);
    assert.deepEqual(alignment.unmatched.filter((u) => overlaps(u, span)), []);
    assert.equal(alignment.unconfirmed.filter((u) => overlaps(u, span)).length, 1);
  });

  await t.test('should keep as context the narration of what a person absent from the event does, though alike to a passage', () => {
    const claim = 'Ana Berg will meet union officials over the railway loan for new carriages in the capital next year.';
    const { alignment, span } = run(`Depot row\n\n${claim}\n`, claim);
    assert.deepEqual(alignment.unconfirmed.filter((u) => overlaps(u, span)), []);
    const flagged = alignment.unmatched.filter((u) => overlaps(u, span));
    assert.deepEqual(flagged.map((u) => u.reason), ['context']);
    assert.equal(TRANSCRIPT.slice(flagged[0]!.nearest!.start, flagged[0]!.nearest!.end), NEAREST);
  });

  await t.test('should not confirm that narration when it names a speaker of the event too', () => {
    const claim = 'Ana Berg will meet Okafor over the railway loan for new carriages in the capital next year.';
    const { alignment, span } = run(`Depot row\n\nTom Okafor is the transport minister. ${claim}\n`, claim);
    assert.deepEqual(alignment.unmatched.filter((u) => overlaps(u, span)), []);
    assert.equal(alignment.unconfirmed.filter((u) => overlaps(u, span)).length, 1);
  });

  await t.test('should not confirm reported speech of an interpreted speaker whose own passage shares one word with it', () => {
    // Rendered twice (the interpreter's English, the outlet's): one shared word with the speaker's own passage is likeness enough.
    const news = 'Chilean President Luis Ortega met Prime Minister Erik Holm in Oslo on Monday. Ortega said the trip had been highly productive and would reshape trade along the coast.\n';
    const claim = 'the trip had been highly productive';
    // The speaker's own words: one shared word is no likeness, the claim stays unsupported.
    grayOnlyWhenInterpreted(news, claim);
  });

  await t.test('should not confirm a short figure whose nearest passage holds the same number, and keep a changed one unsupported', () => {
    const transcript = 'MS. LUND: Good morning, all.\n\nMR. OKAFOR: I would like to say that 34 homes have been lost. Families were moved to the school halls overnight. The railway board approved a loan for the eastern depots in March.\n';
    const story = (figure: string) => `Coast storm\n\nTransport minister Tom Okafor spoke in Bergen on Tuesday.\n\nThe vote on the harbour budget could be delayed by the storm that struck the coast on Sunday, destroying ${figure} houses there.\n`;
    // (A figure of three digits or more that one passage holds is linked there: `soleFigure`, soleFigure.test.ts.)
    const same = run(story('34'), '34 houses', transcript);
    assert.deepEqual(same.alignment.unmatched.filter((u) => overlaps(u, same.span) && same.news.slice(u.start, u.end) === '34 houses'), []);
    assert.deepEqual(same.alignment.unconfirmed.map((u) => same.news.slice(u.start, u.end)), ['34 houses']);
    // A number the passage lacks is a changed figure: a finding, not the gray zone.
    const changed = run(story('41'), '41 houses', transcript);
    assert.deepEqual(changed.alignment.unconfirmed, []);
    assert.ok(changed.alignment.unmatched.some((u) => changed.news.slice(u.start, u.end) === '41 houses'));
  });

  await t.test('should not confirm a direct quote of an interpreted speaker whose own passage shares one word with it', () => {
    // The outlet's own translation of words the transcript gives through an interpreter: a quote of no exact words.
    const news = 'Chilean President Luis Ortega met Prime Minister Erik Holm in Oslo on Monday. "The trip was highly productive and it will reshape trade along the coast," Ortega said.\n';
    const claim = 'The trip was highly productive';
    // The speaker's own words: the quote claims them exactly, and stays unsupported.
    grayOnlyWhenInterpreted(news, claim);
  });

  await t.test('should not confirm narration alike to a passage that dates something before the event by a year the passage lacks', () => {
    const transcript = 'Press conference on the harbour\n\n14 May 2021\n\nMS. LUND: Good morning, all.\n\nMR. OKAFOR: We will do everything we can to preserve the harbour accord with the fishing towns. The railway board approved a loan for the eastern depots in March.\n';
    const story = (year: string) => `Harbour talks\n\nTom Okafor is the transport minister. The coastal states have long worked to rescue the ${year} harbour compact with the fishing towns.\n`;
    const claim = 'The coastal states have long worked';
    const past = run(story('2016'), claim, transcript);
    assert.deepEqual(past.alignment.unmatched.filter((u) => overlaps(u, past.span)), []);
    assert.equal(past.alignment.unconfirmed.filter((u) => overlaps(u, past.span)).length, 1);
    // A year of the event or after it may be a changed figure: it stays unmatched.
    const later = run(story('2023'), claim, transcript);
    assert.deepEqual(later.alignment.unconfirmed.filter((u) => overlaps(u, later.span)), []);
    assert.equal(later.alignment.unmatched.filter((u) => overlaps(u, later.span)).length, 1);
  });

  await t.test('should list nothing apart when the accounts are not aligned', () => {
    const set = createAnnotationService().annotateAccounts([{ uri: 'file:///w/transcript.txt', text: TRANSCRIPT, role: 'transcript' }]);
    assert.equal(set.unconfirmed, undefined);
  });
});
