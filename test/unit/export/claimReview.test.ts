import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimReviewsOf, SCHEMA_ORG_CONTEXT, toClaimReview } from '../../../src/core/export/claimReview';
import { hostileSet, TEXTS } from './fixture';
import { HOSTILE_NOTE, reviewedSet } from './reviewedFixture';

/** Checks one node against schema.org's ClaimReview shape (the properties fact-check markup requires). */
function checkShape(node: Record<string, unknown>): void {
  assert.equal(node['@type'], 'ClaimReview');
  assert.equal(typeof node.claimReviewed, 'string');
  assert.ok((node.claimReviewed as string).length > 0);
  const item = node.itemReviewed as Record<string, unknown>;
  assert.equal(item['@type'], 'Claim');
  const appearance = item.appearance as Record<string, unknown>;
  assert.equal(appearance['@type'], 'CreativeWork');
  assert.match(appearance.url as string, /^[a-z]+:/);
  if (item.author !== undefined) assert.equal((item.author as Record<string, unknown>)['@type'], 'Person');
  const rating = node.reviewRating as Record<string, unknown>;
  assert.equal(rating['@type'], 'Rating');
  assert.equal(typeof rating.alternateName, 'string');
  if (rating.ratingValue !== undefined) {
    assert.ok((rating.worstRating as number) <= (rating.ratingValue as number) && (rating.ratingValue as number) <= (rating.bestRating as number));
  }
  if (node.author !== undefined) assert.equal((node.author as Record<string, unknown>)['@type'], 'Person');
  if (node.datePublished !== undefined) assert.match(node.datePublished as string, /^\d{4}-\d{2}-\d{2}$/);
  for (const key of Object.keys(node)) assert.ok(['@type', 'claimReviewed', 'itemReviewed', 'reviewRating', 'author', 'datePublished', 'reviewBody'].includes(key), `unexpected ${key}`);
}

test('toClaimReview', async (t) => {
  await t.test('should write one @graph of ClaimReview nodes under the schema.org @context', () => {
    const doc = JSON.parse(toClaimReview(reviewedSet(), TEXTS));
    assert.deepEqual(Object.keys(doc), ['@context', '@graph']);
    assert.equal(doc['@context'], SCHEMA_ORG_CONTEXT);
    assert.equal(doc['@graph'].length, 2);
    for (const node of doc['@graph']) checkShape(node);
  });

  await t.test('should name the speaker, the report, the reviewer, the rating and the note', () => {
    const [quote, other] = claimReviewsOf(reviewedSet());
    assert.equal(quote!.claimReviewed, '"=cmd|\' /C calc\'!A0, <b>&amp;"');
    assert.deepEqual(quote!.itemReviewed, { '@type': 'Claim', author: { '@type': 'Person', name: 'Ana Kovač' }, appearance: { '@type': 'CreativeWork', url: 'file:///tmp/pair/report%20one.txt', name: 'report one.txt' } });
    assert.deepEqual(quote!.reviewRating, { '@type': 'Rating', alternateName: 'misquoted', ratingValue: 2, bestRating: 5, worstRating: 1 });
    assert.deepEqual(quote!.author, { '@type': 'Person', name: 'Dana Reviewer' });
    assert.equal(quote!.datePublished, '2026-03-01');
    assert.equal(quote!.reviewBody, HOSTILE_NOTE);
    // A claim whose own verdict is "out of context": its link's "accurate" does not override it.
    assert.equal(other!.reviewRating.alternateName, 'out of context');
  });

  await t.test('should take the verdict of a link when the claim has none, and skip unreviewed, "needs checking" and transcript claims', () => {
    const set = reviewedSet();
    const adjusted = { ...set, annotations: set.annotations.map((a) => (a.id === 'a6' ? { ...a, review: undefined } : a.id === 'a2' ? { ...a, review: { verdict: 'needs checking' } } : a)) };
    const nodes = claimReviewsOf(adjusted);
    assert.deepEqual(nodes.map((n) => [n.claimReviewed.slice(0, 4), n.reviewRating.alternateName, n.author?.name]), [['"-5%', 'accurate', 'Lee']]);
    assert.equal(claimReviewsOf(hostileSet()).length, 0);
  });

  await t.test('should give a verdict of the user\'s own list its name only', () => {
    const set = reviewedSet();
    const own = { ...set, annotations: set.annotations.map((a) => (a.id === 'a2' ? { ...a, review: { verdict: 'half true' } } : a)) };
    assert.deepEqual(claimReviewsOf(own)[0]!.reviewRating, { '@type': 'Rating', alternateName: 'half true' });
  });
});
