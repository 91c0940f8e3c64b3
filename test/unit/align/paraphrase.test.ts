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
    lexicon: measureSupport(prepareQuery(span, index, paraphrases.alternates(keys)), candidate),
  };
}

test('paraphrase lexicon', async (t) => {
  await t.test('should be generated data with synonyms and derivations of first senses', () => {
    // Each relation once, under the word that sorts first; it holds both ways.
    const related = new Map<string, Set<string>>();
    const collocations = new Map<string, string[]>();
    for (const line of PARAPHRASE_LINES.split('\n')) {
      const [head, ...rest] = line.split(' ');
      // A collocation's line: its words joined by underscores, then single words.
      if (head!.includes('_')) {
        assert.ok(/^[a-z]+(_[a-z]+){1,2}$/.test(head!) && rest.length > 0 && rest.every((w) => /^[a-z]+$/.test(w) && !head!.split('_').includes(w)), line);
        collocations.set(head!, rest);
        continue;
      }
      for (const w of rest) {
        assert.ok(head! < w && /^[a-z]+$/.test(w) && /^[a-z]+$/.test(head!), line);
        for (const [a, b] of [[head!, w], [w, head!]]) related.set(a, (related.get(a) ?? new Set()).add(b));
      }
    }
    assert.ok(related.size > 5000, `${related.size} words`);
    assert.ok(related.get('postpone')?.has('defer'));
    assert.ok(related.get('discuss')?.has('discussion'));
    assert.ok(collocations.size > 300, `${collocations.size} collocations`);
    assert.ok(collocations.get('step_down')?.includes('resign'));
    assert.ok(collocations.get('take_over')?.includes('seize'));
    // A direct hypernym's word: "pull out" is a way to "leave".
    assert.ok(collocations.get('pull_out')?.includes('leave'));
    // Not a grammatical sequence ("going to" + verb), nor a collocation's own word.
    assert.equal(collocations.get('go_to'), undefined);
    assert.ok(!collocations.get('blow_out')?.includes('blow'));
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

test('paraphrase lexicon: collocations', async (t) => {
  const said = 'The harbour minister stepped down on Friday after the audit.';
  await t.test('should credit a collocation of the report as the word it stands for, beside an exact match', () => {
    const { plain, lexicon } = support('The harbour minister resigned on Friday after the audit.', 'the harbour minister stepped down on Friday');
    assert.ok(lexicon.coverage > plain.coverage, `${lexicon.coverage} > ${plain.coverage}`);
    assert.equal(lexicon.sharedWords, plain.sharedWords + 1);
    // Less than the word itself would earn.
    const { plain: exact } = support('The harbour minister resigned on Friday after the audit.', 'the harbour minister resigned on Friday');
    assert.ok(exact.coverage > lexicon.coverage);
  });

  await t.test('should credit a word of the report found as a collocation of the transcript', () => {
    const { plain, lexicon } = support(said, 'the harbour minister resigned on Friday');
    assert.ok(lexicon.coverage > plain.coverage, `${lexicon.coverage} > ${plain.coverage}`);
    assert.equal(lexicon.sharedWords, plain.sharedWords + 1);
  });

  await t.test('should credit a collocation as the word its sense specialises', () => {
    const { plain, lexicon } = support('The fleet will leave the harbour on Friday.', 'the fleet is pulling out of the harbour');
    assert.ok(lexicon.coverage > plain.coverage, `${lexicon.coverage} > ${plain.coverage}`);
  });

  await t.test('should not read a function word as the stem it spells ("us" is not "use")', () => {
    // "in use" stands for "busy"; "in US" is no such collocation.
    const us = support('The harbour cranes in US ports were busy on Friday.', 'the harbour cranes in US ports on Friday');
    const use = support('The harbour cranes were busy on Friday.', 'the harbour cranes in use on Friday');
    assert.ok(use.lexicon.coverage > use.plain.coverage, `${use.lexicon.coverage} > ${use.plain.coverage}`);
    const usQuery = support('The harbour cranes were busy on Friday.', 'the harbour cranes in US on Friday');
    assert.equal(usQuery.lexicon.coverage, usQuery.plain.coverage);
    assert.equal(us.lexicon.coverage, us.plain.coverage);
  });

  await t.test('should give no credit without an anchor, to words apart, or under a negation', () => {
    // Nothing exact beside it.
    const alone = support('We stepped down.', 'they resigned');
    assert.equal(alone.lexicon.coverage, alone.plain.coverage);
    assert.equal(alone.lexicon.sharedWords, 0);
    // The collocation's words not contiguous ("stepped ... down") are no collocation.
    const apart = support('The harbour minister stepped carefully down the stairs on Friday.', 'the harbour minister resigned on Friday');
    assert.equal(apart.lexicon.coverage, apart.plain.coverage);
    const apartQuery = support('The harbour minister resigned on Friday after the audit.', 'the harbour minister stepped carefully down on Friday');
    assert.equal(apartQuery.lexicon.coverage, apartQuery.plain.coverage);
    // Denied in the transcript.
    const denied = support('The harbour minister did not step down on Friday.', 'the harbour minister resigned on Friday');
    assert.equal(denied.lexicon.sharedWords, denied.plain.sharedWords);
  });
});

test('paraphrase lexicon: what a query leaves out', async (t) => {
  /** The query of `query` against an index of `said`, both keyed with `also` (other text of the pair). */
  const prepared = (said: string, query: string, also: string) => {
    const keys: TermKeyCache = newTermKeyCache();
    const set: AnnotationSet = { format: FORMAT, documents: [{ id: 'd2', uri: 'file:///t', role: 'transcript', length: said.length }], entities: [], annotations: [], crossReferences: [], unmatched: [] };
    const index = buildReferenceIndex(referencePassages(viewAccount(set, 'd2', said, new Map(), keys)), keys);
    termTable(also, [], new Map(), undefined, keys);
    const table = termTable(query, [], new Map(), undefined, keys);
    const q = prepareQuery({ table, from: 0, to: table.length }, index, paraphrases.alternates(keys));
    const term = (word: string) => q.terms.find((x) => x.keys.key === wordKey(word))!;
    return { index, q, term };
  };

  await t.test('should leave out related words and collocations no passage of the index holds', () => {
    // "stepped down" and "defer" are words of the pair, but not of the transcript.
    const { term } = prepared('The harbour minister resigned on Friday.', 'the harbour minister resigned and will postpone the audit', 'He stepped down. They defer it.');
    assert.deepEqual(term('resigned').phrases, []);
    assert.deepEqual(term('postpone').alternates, []);
  });

  await t.test('should keep those a passage holds, and measure the same as without the lexicon\'s unheld words', () => {
    const { index, q, term } = prepared('The harbour minister stepped down on Friday. We will defer the audit.', 'the harbour minister resigned and will postpone the audit', '');
    assert.ok(term('resigned').phrases.length > 0);
    assert.ok(term('postpone').alternates.includes(index.passages[1]!.passage.terms.table.forms.find((f) => f.key === wordKey('defer'))!.id));
    assert.equal(measureSupport(q, index.passages[0]!).sharedWords, 3);
  });
});
