/**
 * What a question from the floor states (`questionPremises`): the report's own narration
 * of a fact the record holds only in a journalist's premise, sharing its figure or date,
 * is not listed as unmatched; words credited to a speaker never rest on a premise.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignAccounts } from '../../../src/core/align/alignAccounts';
import { createAnnotationService } from '../../../src/core/index';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const TRANSCRIPT = [
  'MS. LUND: Good morning. We will take a few questions.',
  '',
  'Q: The port authority has put off its ruling on the new ferry terminal until March 14. Thank you. Will the ministry appeal?',
  '',
  'MR. OKAFOR: The ministry respects the independence of the port authority and will study the ruling carefully.',
  '',
].join('\n');

function run(news: string, claim: string) {
  const set = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: news }, { uri: 'file:///w/transcript.txt', text: TRANSCRIPT, role: 'transcript' }]);
  const texts = set.documents.map((d) => (d.uri.endsWith('news.txt') ? news : TRANSCRIPT));
  const alignment = alignAccounts(set, texts);
  const span = { start: news.indexOf(claim), end: news.indexOf(claim) + claim.length };
  assert.ok(span.start >= 0, claim);
  const touching = <T extends { start: number; end: number }>(list: readonly T[]) => list.filter((x) => overlaps(x, span));
  return {
    links: touching(alignment.crossReferences.map((x) => ({ ...x.from, to: TRANSCRIPT.slice(x.to.start, x.to.end) }))),
    unmatched: touching(alignment.unmatched),
    unconfirmed: touching(alignment.unconfirmed).map((u) => ({ ...u, nearestText: TRANSCRIPT.slice(u.nearest.start, u.nearest.end) })),
  };
}
const PREMISE = 'The port authority has put off its ruling on the new ferry terminal until March 14.';

test('question premises', async (t) => {
  await t.test('should not list as unmatched the narration of a fact a question states, with its figure or date', () => {
    const claim = 'The dispute deepened after harbour regulators delayed the terminal ruling until March 14, angering local ferry operators';
    const r = run(`Ferry row grows\n\n${claim}.\n`, claim);
    assert.deepEqual(r.unmatched, []);
    const found = [...r.links.map((l) => l.to), ...r.unconfirmed.map((u) => u.nearestText)];
    assert.deepEqual(found, [PREMISE], 'linked to the premise, or not confirmed with it as the nearest');
  });

  await t.test('should keep the same fact unsupported when the report credits it to a speaker of the event', () => {
    const claim = 'he had delayed the terminal ruling until March 14, angering local ferry operators';
    const r = run(`Ferry row grows\n\nTom Okafor, the transport minister, spoke on Monday. Okafor said ${claim}.\n`, claim);
    assert.deepEqual(r.links, []);
    assert.deepEqual(r.unmatched.map((u) => u.reason), ['unsupported']);
    assert.notEqual(r.unmatched[0]!.nearest && TRANSCRIPT.slice(r.unmatched[0]!.nearest.start, r.unmatched[0]!.nearest.end), PREMISE);
  });

  await t.test('should not rest narration on a premise that shares topic words but not its figure or date', () => {
    const claim = 'The dispute deepened after harbour regulators delayed the terminal ruling again, angering local ferry operators';
    const r = run(`Ferry row grows\n\n${claim}.\n`, claim);
    assert.deepEqual(r.links.map((l) => l.to).filter((to) => to === PREMISE), []);
    assert.deepEqual(r.unconfirmed.map((u) => u.nearestText).filter((to) => to === PREMISE), []);
  });
});
