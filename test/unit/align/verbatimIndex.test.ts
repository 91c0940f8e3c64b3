/**
 * The near-verbatim index made from the last version's (`patchVerbatimIndex`): it must
 * answer every search as an index built afresh does, and the last version's index, whose
 * word and trigram numbering the new one extends, must still answer as it did.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildVerbatimIndex, GramNumbers, patchVerbatimIndex, type VerbatimIndex } from '../../../src/core/align/verbatimIndex';
import { termsIn, type AlignPassage } from '../../../src/core/align/passages';
import { newTermKeyCache, termTable, type TermKeyCache, type TermSpan } from '../../../src/core/align/terms';
import { seeded } from '../randomEdits';

const POOL = [
  'We have agreed to open the northern route next spring.',
  'They had agreed to open the route in spring.',
  'The talks were frank and useful.',
  'Norway has already won the bid for the harbour.',
  'We will not raise the levy on grain this year.',
  'I expect to meet them in Oslo next week.',
  "We've said it before and we'll say it again.",
  'The council will vote on the plan in May.',
  'Open the route, open the route, and open the route again.',
];

/** Passages of the sentences, their terms made with `keys`. */
function passagesOf(sentences: readonly string[], keys: TermKeyCache): AlignPassage[] {
  const text = sentences.join(' ');
  const table = termTable(text, [], new Map(), undefined, keys);
  let at = 0;
  return sentences.map((sentence, i) => {
    const range = { start: at, end: at + sentence.length };
    at += sentence.length + 1;
    return { document: 'd2', index: i, start: range.start, end: range.end, terms: termsIn(table, range), turn: -1, claim: undefined, claimType: undefined, speaker: undefined };
  });
}

/**
 * The passages holding each trigram the index's passages hold, sorted (two indexes number
 * words and trigrams differently, so rows are compared as a list, not by trigram).
 */
const holders = (index: VerbatimIndex) => {
  const { postings, grams } = index.source;
  const rows: string[] = [];
  for (let g = 0; g < grams; g++) if (postings.start[g + 1]! > postings.start[g]!) rows.push(Array.from(postings.list.subarray(postings.start[g]!, postings.start[g + 1]!)).join(','));
  return rows.sort();
};

/** The answers of an index to every query, at two shares. */
const answers = (index: VerbatimIndex, queries: readonly TermSpan[]) => queries.map((q) => [index.find(q, 0.6, 5), index.find(q, 0.2, 10)]);

test('patchVerbatimIndex', async (t) => {
  await t.test('should answer as a fresh index after random edits, and leave the last index answering as it did', () => {
    const next = seeded(3);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    for (let round = 0; round < 20; round++) {
      const keys = newTermKeyCache();
      const n = 4 + Math.floor(next() * 12);
      let sentences = Array.from({ length: n }, () => pick(POOL));
      let index = buildVerbatimIndex(passagesOf(sentences, keys));
      for (let run = 0; run < 6; run++) {
        const queries = [...POOL, 'We agreed to open the northern harbour route next spring.', `They will say it again in Oslo, word${run}.`].map((q) => {
          const table = termTable(q, [], new Map(), undefined, keys);
          return { table, from: 0, to: table.length };
        });
        const before = answers(index, queries);
        const at = Math.floor(next() * n);
        sentences = sentences.map((s, i) => (i === at ? (next() < 0.5 ? pick(POOL) : `${pick(POOL)} And new words${run} we said.`) : s));
        const passages = passagesOf(sentences, keys);
        const patched = patchVerbatimIndex(index, passages);
        const fresh = buildVerbatimIndex(passages);
        assert.deepEqual(answers(patched, queries), answers(fresh, queries), `round ${round}, run ${run}`);
        assert.deepEqual(holders(patched), holders(fresh), `round ${round}, run ${run}: postings`);
        assert.deepEqual(answers(index, queries), before, `round ${round}, run ${run}: the last index`);
        index = patched;
      }
    }
  });

  await t.test('should hold a passage once in the row of a trigram it repeats', () => {
    const keys = newTermKeyCache();
    const index = buildVerbatimIndex(passagesOf(POOL.slice(0, 4), keys));
    const passages = passagesOf([POOL[0]!, POOL[8]!, ...POOL.slice(2, 4)], keys);
    const fresh = buildVerbatimIndex(passages);
    const patched = patchVerbatimIndex(index, passages);
    assert.deepEqual(holders(patched), holders(fresh));
    assert.ok(holders(fresh).includes('1'));
  });
  await t.test('should copy a run of kept passages past the room made for the rows', () => {
    // the kept rows are copied a run at a time when the run ends: here the run (a passage of
    // ~3k trigrams) comes after a changed passage of ~1.5k new ones, beyond the room the new
    // rows' array was made with (the last rows and 1,024 more)
    const keys = newTermKeyCache();
    const words = (from: number, count: number): string => `${Array.from({ length: count }, (_, i) => `word${from + i}`).join(' ')}.`;
    const sentences = [POOL[0]!, words(0, 3000), POOL[2]!];
    const index = buildVerbatimIndex(passagesOf(sentences, keys));
    const passages = passagesOf([words(5000, 1500), ...sentences.slice(1)], keys);
    assert.deepEqual(holders(patchVerbatimIndex(index, passages)), holders(buildVerbatimIndex(passages)));
  });
});

test('GramNumbers', async (t) => {
  await t.test('should number keys in order of first sight, as a Map by its size does, past many growths', () => {
    const rnd = seeded(5);
    const table = new GramNumbers();
    const map = new Map<number | string, number>();
    const early: (number | string)[] = [];
    // Trigram-like keys (three 17-bit fields), repeats and a few string keys among them.
    for (let i = 0; i < 40_000; i++) {
      const r = rnd();
      const key = r < 0.01 ? `${Math.floor(rnd() * 300)},1,2` : r < 0.3 && early.length > 0 ? early[Math.floor(rnd() * early.length)]! : Math.floor(rnd() * 2 ** 17) * 2 ** 34 + Math.floor(rnd() * 2 ** 17) * 2 ** 17 + Math.floor(rnd() * 64);
      if (!map.has(key)) map.set(key, map.size);
      if (early.length < 50) early.push(key);
      assert.equal(table.numberOf(key), map.get(key));
      assert.equal(table.size, map.size);
    }
    for (const [key, number] of map) assert.equal(table.get(key), number);
    assert.equal(table.get(2 ** 50 + 3), undefined);
    assert.equal(table.get('no,such,key'), undefined);
  });
});
