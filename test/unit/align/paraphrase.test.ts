import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createParaphraseLexicon } from '../../../src/core/align/paraphrase';
import { referencePassages, viewAccount } from '../../../src/core/align/passages';
import { buildReferenceIndex } from '../../../src/core/align/referenceIndex';
import { measureSupport, prepareQuery } from '../../../src/core/align/similarity';
import { newTermKeyCache, termTable, wordKey, type TermKeyCache } from '../../../src/core/align/terms';
import { PARAPHRASE_LINES } from '../../../src/core/data/paraphrases';
import { FORMAT, type AnnotationSet } from '../../../src/core/model/annotation';

const paraphrases = createParaphraseLexicon();

/** Support of `query` by the single sentence `said`, with and without the lexicon. */
function support(said: string, query: string) {
  const keys: TermKeyCache = newTermKeyCache();
  const set: AnnotationSet = { format: FORMAT, documents: [{ id: 'd2', uri: 'file:///t', role: 'transcript', length: said.length }], entities: [], annotations: [], crossReferences: [], unmatched: [] };
  const index = buildReferenceIndex(referencePassages(viewAccount(set, 'd2', said, new Map(), keys)), keys);
  const table = termTable(query, [], new Map(), undefined, keys);
  const span = { table, from: 0, to: table.length };
  const candidate = index.passages[0]!;
  return {
    plain: measureSupport(prepareQuery(span, index), candidate),
    lexicon: measureSupport(prepareQuery(span, index, (k) => paraphrases.idsOf(k, keys)), candidate),
  };
}

test('paraphrase lexicon', async (t) => {
  await t.test('should be generated data with synonyms and derivations of first senses', () => {
    // Each relation once, under the word that sorts first; it holds both ways.
    const related = new Map<string, Set<string>>();
    for (const line of PARAPHRASE_LINES.split('\n')) {
      const [head, ...rest] = line.split(' ');
      for (const w of rest) {
        assert.ok(head! < w && /^[a-z]+$/.test(w) && /^[a-z]+$/.test(head!), line);
        for (const [a, b] of [[head!, w], [w, head!]]) related.set(a, (related.get(a) ?? new Set()).add(b));
      }
    }
    assert.ok(related.size > 5000, `${related.size} words`);
    assert.ok(related.get('postpone')?.has('defer'));
    assert.ok(related.get('discuss')?.has('discussion'));
  });

  await t.test('should give a paraphrase part credit beside an exact match', () => {
    const { plain, lexicon } = support('The council decided to defer the harbour decision.', 'the council will postpone the harbour decision');
    assert.ok(lexicon.coverage > plain.coverage, `${lexicon.coverage} > ${plain.coverage}`);
    assert.equal(lexicon.sharedWords, plain.sharedWords + 1);
    // Less than the word itself would earn.
    const { plain: exact } = support('The council decided to defer the harbour decision.', 'the council will defer the harbour decision');
    assert.ok(exact.coverage > lexicon.coverage);
  });

  await t.test('should give no credit to a paraphrase with nothing exact beside it, or under a negation', () => {
    const alone = support('We will defer it.', 'they postpone');
    assert.equal(alone.lexicon.coverage, alone.plain.coverage);
    assert.equal(alone.lexicon.sharedWords, 0);
    const negated = support('The council decided to defer the harbour decision.', 'the council will not postpone the harbour decision');
    assert.equal(negated.lexicon.coverage, negated.plain.coverage);
    assert.notEqual(wordKey('postpone'), wordKey('defer'));
  });
});
