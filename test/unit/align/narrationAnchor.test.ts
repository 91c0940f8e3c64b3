/**
 * Narration needs an anchor (`anchoredEnough`): the reporter's own sentence that shares
 * only topic words with a passage, at a coverage below `minCoverage` that `supports`
 * (many shared words) or `isLooseRendering` would let through, is not linked there unless
 * the two share a name or a number.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignAccounts } from '../../../src/core/align/alignAccounts';
import { createAnnotationService } from '../../../src/core/index';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const said = (panel: string): string => `Before questions, a brief word on the opening days of the harbour inquiry, which ${panel} panel resumed this morning.`;
const transcript = (body: string): string => `MS. LUND: Good morning, all.\n\nMR. OKAFOR: Thank you. ${said(body)} Then I will take your questions on the budget.\n`;

function run(news: string, claim: string, text: string) {
  const set = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: news }, { uri: 'file:///w/transcript.txt', text, role: 'transcript' }]);
  const texts = set.documents.map((d) => (d.uri.endsWith('news.txt') ? news : text));
  const alignment = alignAccounts(set, texts);
  const span = { start: news.indexOf(claim), end: news.indexOf(claim) + claim.length };
  return {
    claimType: set.annotations.find((a) => a.kind === 'claim' && overlaps(a, span) && a.document === set.documents.find((d) => d.uri.endsWith('news.txt'))!.id)?.claimType,
    links: alignment.crossReferences.filter((x) => overlaps(x.from, span)).map((x) => text.slice(x.to.start, x.to.end)),
    unmatched: alignment.unmatched.filter((u) => overlaps(u, span)),
    unconfirmed: alignment.unconfirmed.filter((u) => overlaps(u, span)),
  };
}

test('narration anchored to a passage', async (t) => {
  await t.test('should not link narration that shares only topic words with a passage, below the least coverage', () => {
    const claim = 'Shipping firms face the inquiry panel over the harbour in its opening days before angry fishermen and their lawyers from the coast.';
    const r = run(`Tom Okafor, the transport minister, spoke on Tuesday. ${claim}\n`, claim, transcript('the council'));
    assert.equal(r.claimType, 'statement');
    assert.deepEqual(r.links, []);
    // Alike, without support: not confirmed, with that passage as its nearest; never listed unsupported.
    assert.deepEqual(r.unmatched, []);
    assert.equal(r.unconfirmed.length, 1);
  });

  await t.test('should link the same narration where it shares a name with the passage', () => {
    const claim = "Shipping firms face Ada Brennan's inquiry panel over the harbour in its opening days before angry fishermen and their lawyers from the coast.";
    const r = run(`Tom Okafor, the transport minister, spoke on Tuesday. ${claim}\n`, claim, transcript("Ada Brennan's"));
    assert.equal(r.claimType, 'statement');
    assert.deepEqual(r.links, [said("Ada Brennan's")]);
  });

  await t.test('should link the same words credited to the speaker (reported speech needs no anchor)', () => {
    const claim = 'shipping firms faced the inquiry panel over the harbour in its opening days before angry fishermen and their lawyers from the coast';
    const r = run(`Tom Okafor, the transport minister, spoke on Tuesday. Okafor said ${claim}.\n`, claim, transcript('the council'));
    assert.equal(r.claimType, 'reported');
    assert.deepEqual(r.links, [said('the council')]);
  });
});
