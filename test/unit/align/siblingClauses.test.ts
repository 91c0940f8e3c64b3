/**
 * A clause of a direct quote that nothing supports on its own is linked where another
 * clause of the same quote is linked, when that passage is its nearest and shares its
 * words in order (the quote rendered more freely there, an added figure shown by the
 * link's findings); a clause whose nearest lies elsewhere, or that shares one word, stays
 * unsupported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignAccounts } from '../../../src/core/align/alignAccounts';
import { createAnnotationService } from '../../../src/core/index';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

const TRANSCRIPT = [
  'MINISTER VOSS: Good morning. The harbour works will be finished by the autumn, and the new quay will take container ships.',
  '',
  'We shall gladly return to the coast; my wife Greta already plans a long walk along the old lighthouse path to watch the seals.',
  '',
  'The customs post at Dornau will open next spring.',
  '',
].join('\n');

function run(quote: string) {
  const news = `Voss visits the harbour\n\nMinister Anna Voss spoke at the harbour on Monday. “${quote}” Voss said.\n`;
  const set = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: news }, { uri: 'file:///w/transcript.txt', text: TRANSCRIPT, role: 'transcript' }]);
  const texts = set.documents.map((d) => (d.uri.endsWith('news.txt') ? news : TRANSCRIPT));
  const alignment = alignAccounts(set, texts);
  const part = (s: string) => ({ start: news.indexOf(s), end: news.indexOf(s) + s.length });
  return {
    linksOf: (s: string) => alignment.crossReferences.filter((x) => overlaps(x.from, part(s))).map((x) => ({ match: x.match, to: TRANSCRIPT.slice(x.to.start, x.to.end), findings: x.findings?.map((f) => f.kind) ?? [] })),
    unmatchedOf: (s: string) => alignment.unmatched.filter((u) => overlaps(u, part(s))).map((u) => news.slice(u.start, u.end)),
  };
}

test('clauses of one quote', async (t) => {
  await t.test('should link a freer clause where the quote\'s other clause is linked, its added figure a finding', () => {
    const { linksOf, unmatchedOf } = run('We shall return to the coast four times before the summer — my wife Greta plans a walk along the old lighthouse path to watch the seals');
    assert.deepEqual(unmatchedOf('We shall return to the coast four times before the summer'), []);
    const links = linksOf('We shall return to the coast four times before the summer');
    assert.ok(links.length > 0);
    assert.ok(links.every((l) => l.to.startsWith('We shall gladly return to the coast')), JSON.stringify(links));
    assert.ok(links.some((l) => l.findings.includes('altered-quote')), JSON.stringify(links));
  });

  await t.test('should leave a clause unsupported when its nearest passage is not where the other clause is linked', () => {
    const { linksOf, unmatchedOf } = run('Private owners may buy the harbour quay four times before the summer — my wife Greta plans a walk along the old lighthouse path to watch the seals');
    assert.ok(linksOf('my wife Greta').length > 0);
    assert.deepEqual(unmatchedOf('Private owners may buy the harbour quay four times before the summer'), ['Private owners may buy the harbour quay four times before the summer']);
  });

  await t.test('should leave a clause unsupported that shares one word with the passage the other clause is linked to', () => {
    const { linksOf, unmatchedOf } = run('Private owners may return four times before the summer — my wife Greta plans a walk along the old lighthouse path to watch the seals');
    assert.ok(linksOf('my wife Greta').length > 0);
    assert.deepEqual(unmatchedOf('Private owners may return four times before the summer'), ['Private owners may return four times before the summer']);
  });
});
