/**
 * Narration needs an anchor (`anchoredEnough`): the reporter's own sentence that shares
 * only topic words with a passage, at a coverage below `minCoverage` that `supports`
 * (many shared words) or `isLooseRendering` would let through, is not linked there unless
 * the two share a name or a number.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignPart } from './alignedReport';

const said = (panel: string): string => `Before questions, a brief word on the opening days of the harbour inquiry, which ${panel} panel resumed this morning.`;
const transcript = (body: string): string => `MS. LUND: Good morning, all.\n\nMR. OKAFOR: Thank you. ${said(body)} Then I will take your questions on the budget.\n`;


test('narration anchored to a passage', async (t) => {
  await t.test('should not link narration that shares only topic words with a passage, below the least coverage', () => {
    const claim = 'Shipping firms face the inquiry panel over the harbour in its opening days before angry fishermen and their lawyers from the coast.';
    const r = alignPart(`Tom Okafor, the transport minister, spoke on Tuesday. ${claim}\n`, transcript('the council'), claim);
    assert.equal(r.claimType, 'statement');
    assert.deepEqual(r.links, []);
    // Alike, without support: not confirmed, with that passage as its nearest; never listed unsupported.
    assert.deepEqual(r.unmatched, []);
    assert.equal(r.unconfirmed.length, 1);
  });

  await t.test('should link the same narration where it shares a name with the passage', () => {
    const claim = "Shipping firms face Ada Brennan's inquiry panel over the harbour in its opening days before angry fishermen and their lawyers from the coast.";
    const r = alignPart(`Tom Okafor, the transport minister, spoke on Tuesday. ${claim}\n`, transcript("Ada Brennan's"), claim);
    assert.equal(r.claimType, 'statement');
    assert.deepEqual(r.links.map((l) => l.to), [said("Ada Brennan's")]);
  });

  await t.test('should link the same words credited to the speaker (reported speech needs no anchor)', () => {
    const claim = 'shipping firms faced the inquiry panel over the harbour in its opening days before angry fishermen and their lawyers from the coast';
    const r = alignPart(`Tom Okafor, the transport minister, spoke on Tuesday. Okafor said ${claim}.\n`, transcript('the council'), claim);
    assert.equal(r.claimType, 'reported');
    assert.deepEqual(r.links.map((l) => l.to), [said('the council')]);
  });
});
