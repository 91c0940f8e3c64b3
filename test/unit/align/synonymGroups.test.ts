/**
 * Synonym groups of news English (`data/synonyms.ts`): a report's word in place of the
 * speaker's ("a window for a deal" for "the opportunity for a deal", "tight ties" for "close
 * relations", "pledged" for "my commitment") is the same term, so
 * reported speech that renders a passage in those words links to it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignAccounts } from '../../../src/core/align/alignAccounts';
import { wordKey } from '../../../src/core/align/terms';
import { createAnnotationService } from '../../../src/core/index';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

function linksOf(news: string, claim: string, transcript: string): { to: string; match: string }[] {
  const set = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: news }, { uri: 'file:///w/transcript.txt', text: transcript, role: 'transcript' }]);
  const texts = set.documents.map((d) => (d.uri.endsWith('news.txt') ? news : transcript));
  const span = { start: news.indexOf(claim), end: news.indexOf(claim) + claim.length };
  return alignAccounts(set, texts).crossReferences.filter((x) => overlaps(x.from, span)).map((x) => ({ to: transcript.slice(x.to.start, x.to.end), match: x.match }));
}

function linkedTo(news: string, claim: string, transcript: string): string[] {
  return linksOf(news, claim, transcript).map((l) => l.to);
}

test('synonym groups: "window" for "opportunity"', async (t) => {
  const SAID = 'The opportunity for a harbour deal may be there this winter only, and we cannot know what comes after.';
  const TRANSCRIPT = `MS. LUND: Good morning, all.\n\nMR. OKAFOR: Thank you. The budget is balanced and the new bridge opens in June. We want a fair deal for the depots and the crews. ${SAID} The depots stay open through the winter.\n`;
  const report = (claim: string): string => `Minister warns unions\n\nTom Okafor, the transport minister, spoke on Tuesday. Okafor told the council ${claim}.\n`;

  await t.test('should fold "window" into "opportunity"', () => {
    assert.equal(wordKey('window'), wordKey('opportunity'));
    assert.equal(wordKey('windows'), wordKey('opportunities'));
    assert.notEqual(wordKey('window'), wordKey('door'));
  });

  await t.test('should link reported speech that says "window" to the passage that says "opportunity"', () => {
    const claim = 'that there was a narrowing window for the deal';
    assert.deepEqual(linkedTo(report(claim), claim, TRANSCRIPT), [SAID]);
  });

  await t.test('should not link the same claim with a word outside the group', () => {
    const claim = 'that there was a narrowing door for the deal';
    assert.ok(!linkedTo(report(claim), claim, TRANSCRIPT).includes(SAID));
  });
});

test('synonym groups: "tight" for "close"', async (t) => {
  const SAID = 'We will keep close relations with the crews after the sale of the port, as close as we can.';
  const TRANSCRIPT = `MS. LUND: Good morning, all.\n\nMR. OKAFOR: Thank you. The budget is balanced and the new bridge opens in June. We want a fair price for the depots. ${SAID} The depots stay open through the winter.\n`;
  const report = (claim: string): string => `Minister sells port\n\nTom Okafor, the transport minister, spoke on Tuesday. Okafor said ${claim}.\n`;

  await t.test('should fold "tight" into "close"', () => {
    assert.equal(wordKey('tight'), wordKey('close'));
    assert.notEqual(wordKey('tight'), wordKey('loose'));
  });

  await t.test('should link reported speech that says "tight" to the passage that says "close"', () => {
    const claim = 'he wanted ties as tight as possible';
    assert.deepEqual(linkedTo(report(claim), claim, TRANSCRIPT), [SAID]);
  });

  await t.test('should not link the same claim with a word outside the group', () => {
    const claim = 'he wanted ties as loose as possible';
    assert.ok(!linkedTo(report(claim), claim, TRANSCRIPT).includes(SAID));
  });
});

test('synonym groups: "pledge" for "commitment"', async (t) => {
  const SAID = 'My commitment to the river ferries has not changed in all these years.';
  const TRANSCRIPT = `MS. LUND: Good morning, all.\n\nMR. OKAFOR: Thank you. The budget is balanced and the new bridge opens in June. We want a fair price for the depots. ${SAID} The depots stay open through the winter.\n`;
  const report = (claim: string): string => `Minister backs ferries\n\nTom Okafor, the transport minister, spoke on Tuesday. ${claim}\n`;

  await t.test('should fold "pledge" and "vow" into "commitment"', () => {
    assert.equal(wordKey('pledge'), wordKey('commitment'));
    assert.equal(wordKey('vowed'), wordKey('commitment'));
    assert.notEqual(wordKey('pledge'), wordKey('praise'));
  });

  await t.test('should read a pledge as the commitment the passage states (a paraphrase, not a partial match)', () => {
    const claim = 'Okafor renewed his pledge to the river ferries.';
    assert.deepEqual(linksOf(report(claim), claim, TRANSCRIPT), [{ to: SAID, match: 'paraphrase' }]);
  });

  await t.test('should leave a word outside the group a partial match', () => {
    const claim = 'Okafor renewed his praise of the river ferries.';
    assert.deepEqual(linksOf(report(claim), claim, TRANSCRIPT), [{ to: SAID, match: 'partial' }]);
  });
});
