/**
 * What an edit of the reference changes for the kept units of a pair (`referenceChange`),
 * and how a kept outcome's offsets follow the edit (`shiftOutcome`). The alignment's reuse
 * as a whole is checked against fresh analyses in test/unit/pipeline/incremental.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnnotationSet } from '../../../src/core/model/annotation';
import { carryMeasures, measuredLink, measuredQuery, measuredSupport, measuredWindow, newMeasureBudget, newUnitDeps, referenceChange, sameContext, settleMeasures, shiftOutcome, trackedIndex, type UnitOutcome } from '../../../src/core/align/pairMemo';
import { referencePassages, termsIn, viewAccount, type AlignPassage } from '../../../src/core/align/passages';
import { buildReferenceIndex } from '../../../src/core/align/referenceIndex';
import { measureSupport, measureWindowSupport, prepareQuery } from '../../../src/core/align/similarity';
import { keyId, keysAt, newTermKeyCache, newTermTableMemo, termTable, wordKey, type TermKeyCache, type WordKeys } from '../../../src/core/align/terms';
import { alignAccounts, alignAccountsWith } from '../../../src/core/align/alignAccounts';
import { createParaphraseLexicon } from '../../../src/core/align/paraphrase';
import { newRunMemo } from '../../../src/core/align/runMemo';
import type { AlignResources } from '../../../src/core/align/alignAccounts';
import { loadFixture } from './fixtureSet';
import { quoteFidelity, spanDiffWords, type QuoteFidelity } from '../../../src/core/align/fidelity';

const TEXT = [
  'The ferry to Korvik leaves at noon on weekdays.',
  'Our harbour fees rose by a tenth over the winter months.',
  'The council will review the timber quota in spring.',
].join(' ');

const empty: AnnotationSet = { documents: [{ id: 'd1', uri: 'file:///t.txt', role: 'transcript' }], annotations: [], entities: [], crossReferences: [], unmatched: [], unconfirmed: [] } as unknown as AnnotationSet;

function passagesOf(text: string, keys: TermKeyCache) {
  return referencePassages(viewAccount(empty, 'd1', text, new Map(), keys));
}

test('referenceChange', async (t) => {
  await t.test('should find nothing changed for the same text', () => {
    const keys = newTermKeyCache();
    const change = referenceChange(TEXT, passagesOf(TEXT, keys), TEXT, passagesOf(TEXT, keys), keys)!;
    assert.deepEqual([change.passages.size, change.texts.size, change.ids.size, change.grams.size], [0, 0, 0, 0]);
    assert.equal(change.map(40), 40);
  });

  await t.test('should tell a function word changed (words only) from a content word changed (index entries)', () => {
    const keys = newTermKeyCache();
    const before = passagesOf(TEXT, keys);
    const functionWord = TEXT.replace('over the winter', 'over a winter');
    const words = referenceChange(TEXT, before, functionWord, passagesOf(functionWord, keys), keys)!;
    // (the sentence before counts too: a check may read a few words past a passage's end)
    assert.ok(words.texts.has(1) && !words.texts.has(2));
    assert.equal(words.passages.size, 0);
    assert.equal(words.ids.size, 0);
    assert.ok(words.grams.size > 0);
    const contentWord = TEXT.replace('harbour fees', 'harbour taxes');
    const content = referenceChange(TEXT, before, contentWord, passagesOf(contentWord, keys), keys)!;
    assert.ok(content.passages.has(1));
    assert.ok(content.ids.size >= 2);
    // the passage before it does not hold the changed words: untouched
    assert.ok(!content.passages.has(0) || content.texts.has(0));
  });

  await t.test('should count every passage holding a word whose count changed', () => {
    const keys = newTermKeyCache();
    const text = `${TEXT} The timber mill closed.`;
    // "timber" is removed from the third sentence: the fourth, holding it, weighs it differently
    const edited = text.replace('the timber quota', 'the fishing quota');
    const change = referenceChange(text, passagesOf(text, keys), edited, passagesOf(edited, keys), keys)!;
    assert.ok(change.passages.has(3));
  });

  await t.test('should give up when the count of passages changes', () => {
    const keys = newTermKeyCache();
    const edited = TEXT.replace('on weekdays.', 'on weekdays. It returns at six in the evening.');
    assert.equal(referenceChange(TEXT, passagesOf(TEXT, keys), edited, passagesOf(edited, keys), keys), undefined);
  });

  await t.test('should map offsets before and after the edit, none inside it', () => {
    const keys = newTermKeyCache();
    const edited = TEXT.replace('fees rose', 'charges rose');
    const change = referenceChange(TEXT, passagesOf(TEXT, keys), edited, passagesOf(edited, keys), keys)!;
    const at = TEXT.indexOf('fees');
    assert.equal(change.map(3), 3);
    assert.equal(change.map(at + 1), undefined);
    const council = TEXT.indexOf('council');
    assert.equal(change.map(council), edited.indexOf('council'));
  });

  await t.test('should compare the terms of a passage before the edit whose new terms agree with the old ones only moved', () => {
    // Contrived: the new passages' terms are those of the old text moved one character on
    // (the table of ' ' + TEXT), their ranges those of the old passages; the edit is at the
    // end. Every span agrees with the old table's last stretch (moved by one, the texts'
    // change of length), yet before the edit offsets do not move: the passages changed.
    const keys = newTermKeyCache();
    const old = passagesOf(TEXT, keys);
    const moved = termTable(` ${TEXT}`, [], new Map(), undefined, keys);
    const now = old.map((p) => ({ ...p, terms: termsIn(moved, { start: p.start + 1, end: p.end + 1 }) }));
    const change = referenceChange(TEXT, old, `${TEXT}!`, now, keys)!;
    assert.deepEqual([...change.texts].sort(), old.map((p) => p.index));
  });
});

test('sameContext', async (t) => {
  const context = (over: Partial<Parameters<typeof sameContext>[0]> = {}) => ({ options: '{"a":1}', passageCount: 3, speakers: new Set(['p1', 'p2']), referenceEntities: new Set(['@c1', '@p1']), persons: new Set(['@p1', '@p2']), interpretation: '{"translated":false,"turns":[true]}', heading: '0,24:joint press confer', ...over });
  await t.test('should take the same sets in another order as the same context', () => {
    assert.equal(sameContext(context(), context({ speakers: new Set(['p2', 'p1']), referenceEntities: new Set(['@p1', '@c1']), persons: new Set(['@p2', '@p1']) })), true);
  });
  await t.test('should tell each part that differs, a set of the same size with another member too', () => {
    assert.equal(sameContext(context(), context({ options: '{"a":2}' })), false);
    assert.equal(sameContext(context(), context({ passageCount: 4 })), false);
    assert.equal(sameContext(context(), context({ speakers: new Set(['p1', 'p3']) })), false);
    assert.equal(sameContext(context(), context({ referenceEntities: new Set(['@c1', '@p2']) })), false);
    assert.equal(sameContext(context(), context({ persons: new Set(['@p1', '@p3']) })), false);
    assert.equal(sameContext(context(), context({ persons: new Set(['@p1']) })), false);
    assert.equal(sameContext(context(), context({ interpretation: '{"translated":false,"turns":[false]}' })), false);
    assert.equal(sameContext(context(), context({ heading: '0,17:joint briefing' })), false);
    assert.equal(sameContext(context({ persons: new Set(['@p1']) }), context()), false);
  });
});

test('shiftOutcome', async (t) => {
  const outcome: UnitOutcome = {
    links: [{ from: { document: 'd2', start: 0, end: 5 }, to: { document: 'd1', start: 100, end: 120 }, score: 0.5, match: 'paraphrase' }],
    unmatched: [{ document: 'd2', start: 6, end: 9, reason: 'context', nearest: { document: 'd1', start: 10, end: 20, score: 0.2 } }],
    unconfirmed: [],
    linked: [{ range: { start: 0, end: 5 }, found: [{ start: 100, end: 120, score: 0.5, numbers: [] }] }],
  } as unknown as UnitOutcome;

  await t.test('should move the offsets into the reference after the edit, not those before it nor the checked account\'s', () => {
    const shifted = shiftOutcome(outcome, (o) => (o <= 50 ? o : o + 7))!;
    assert.deepEqual(shifted.links[0]!.to, { document: 'd1', start: 107, end: 127 });
    assert.deepEqual(shifted.links[0]!.from, { document: 'd2', start: 0, end: 5 });
    assert.deepEqual(shifted.unmatched[0]!.nearest, { document: 'd1', start: 10, end: 20, score: 0.2 });
    assert.deepEqual(shifted.linked[0]!.found[0], { start: 107, end: 127, score: 0.5, numbers: [] });
  });

  await t.test('should give undefined when an offset falls inside the edit', () => {
    assert.equal(shiftOutcome(outcome, (o) => (o >= 100 && o < 110 ? undefined : o)), undefined);
  });
});

test('measuredSupport', async (t) => {
  const text = [
    'The ferry to Korvik leaves the harbour at noon.',
    'Harbour fees rose by a tenth over the winter.',
    'The council will review the harbour fees and the timber quota.',
    'A ferry crossing costs more since the fees rose.',
    'The timber mill by the harbour closed in the winter.',
  ].join(' ');
  const checked = 'The council said harbour fees for the ferry rose sharply. The timber quota will be cut.';
  // "ferry" is related to "boat" (an alternate): asked of the index, held by no passage until an edit adds it.
  const related = (keys: TermKeyCache) => (k: WordKeys): readonly number[] => (k.key === wordKey('ferry') ? [keyId(keys, wordKey('boat'))] : []);
  const edits: [string, string][] = [
    ['a word no query holds, changing the passage\'s mass', text.replace('at noon', 'at dawn')],
    ['a word the query holds, changing its weight', text.replace('The timber mill', 'The paper mill')],
    ['a word made a query\'s alternate', text.replace('A ferry crossing', 'A boat crossing')],
    ['a query\'s alternate added where no passage held it', text.replace('by a tenth', 'by boat')],
    ['a word deleted, making two query words adjacent', text.replace('the harbour fees and', 'the fees and')],
    ['a function word only', text.replace('over the winter', 'over a winter')],
  ];
  for (const [what, edited] of edits) {
    await t.test(`should give what a fresh measure gives after ${what}`, () => {
      const keys = newTermKeyCache();
      const alternates = related(keys);
      const old = passagesOf(text, keys);
      const now = passagesOf(edited, keys);
      const queries = passagesOf(checked, keys);
      const change = referenceChange(text, old, edited, now, keys)!;
      assert.ok(change, 'the sentences are kept');
      const before = buildReferenceIndex(old, keys);
      const after = buildReferenceIndex(now, keys);
      const first = newUnitDeps(old, undefined, undefined, newMeasureBudget());
      for (const q of queries) {
        const query = measuredQuery(first, q, before, (view) => prepareQuery(q.terms, view, alternates));
        for (const c of before.passages) measuredSupport(first, query, c);
        for (let k = 0; k + 1 < before.passages.length; k++) measuredWindow(first, query, before.passages[k]!, before.passages[k + 1]!);
      }
      settleMeasures(first);
      const second = newUnitDeps(now, first.measures, change, newMeasureBudget());
      let measured = 0;
      for (const q of queries) {
        const query = measuredQuery(second, q, after, (view) => prepareQuery(q.terms, view, alternates));
        const fresh = prepareQuery(q.terms, after, alternates);
        assert.deepEqual(query.terms, fresh.terms);
        for (const c of after.passages) {
          assert.deepEqual(measuredSupport(second, query, c), measureSupport(fresh, c));
          measured++;
        }
        for (let k = 0; k + 1 < after.passages.length; k++) {
          const [a, b] = [after.passages[k]!, after.passages[k + 1]!];
          assert.deepEqual(measuredWindow(second, query, a, b), measureWindowSupport(fresh, a, b), `window ${k}`);
        }
      }
      assert.ok(measured > 0);
    });
  }

  await t.test('should take the supports of an unchanged passage from the check before, and measure a changed one again', () => {
    const keys = newTermKeyCache();
    const edited = text.replace('at noon', 'at dawn');
    const old = passagesOf(text, keys);
    const now = passagesOf(edited, keys);
    const [q] = passagesOf(checked, keys);
    const change = referenceChange(text, old, edited, now, keys)!;
    const before = buildReferenceIndex(old, keys);
    const after = buildReferenceIndex(now, keys);
    const first = newUnitDeps(old, undefined, undefined, newMeasureBudget());
    const query = measuredQuery(first, q!, before, (view) => prepareQuery(q!.terms, view));
    const kept = before.passages.map((c) => measuredSupport(first, query, c));
    settleMeasures(first);
    const second = newUnitDeps(now, first.measures, change, newMeasureBudget());
    const again = measuredQuery(second, q!, after, () => assert.fail('the query is made again'));
    after.passages.forEach((c, k) => assert.equal(measuredSupport(second, again, c) === kept[k], !change.passages.has(k), `passage ${k}`));
    assert.ok(change.passages.has(0) && change.passages.size < after.passages.length);
    // what the query weighed is recorded as the check's (as index.weight records it)
    const weighed = new Set(second.ids);
    for (let i = q!.terms.from; i < q!.terms.to; i++) if (keysAt(q!.terms.table, i).kind !== 'function') assert.ok(weighed.has(keysAt(q!.terms.table, i).id));
  });
});

test('measure budget', async (t) => {
  await t.test('should keep no support past the pair\'s budget: the next check measures afresh', () => {
    const keys = newTermKeyCache();
    const edited = TEXT.replace('at noon', 'at dawn');
    const old = passagesOf(TEXT, keys);
    const now = passagesOf(edited, keys);
    const [q] = passagesOf('Harbour fees rose over the winter, the council said.', keys);
    const change = referenceChange(TEXT, old, edited, now, keys)!;
    const before = buildReferenceIndex(old, keys);
    const after = buildReferenceIndex(now, keys);
    const budget = { left: 2 };
    const first = newUnitDeps(old, undefined, undefined, budget);
    const query = measuredQuery(first, q!, before, (view) => prepareQuery(q!.terms, view));
    const kept = before.passages.map((c) => measuredSupport(first, query, c));
    assert.equal(budget.left, 0);
    settleMeasures(first);
    const second = newUnitDeps(now, first.measures, change, newMeasureBudget());
    const again = measuredQuery(second, q!, after, (view) => prepareQuery(q!.terms, view));
    const taken = after.passages.map((c, k) => measuredSupport(second, again, c) === kept[k]);
    assert.deepEqual(taken, after.passages.map((_, k) => k < 2 && !change.passages.has(k)));
  });
});

test('measuredLink', async (t) => {
  await t.test('should take the last check\'s link, moved past the edit, only where the counterpart\'s words and support are the same', () => {
    const keys = newTermKeyCache();
    const text = [
      'The ferry to Korvik leaves at noon on weekdays and returns late in the evening after the last train.',
      'Our harbour fees rose by a tenth during the long and cold months of the winter.',
      'The council will review the timber quota in spring.',
    ].join(' ');
    const edited = text.replace('of the winter', 'of a winter');
    const old = passagesOf(text, keys);
    const now = passagesOf(edited, keys);
    const [q] = passagesOf('Harbour fees rose over the winter, the council said.', keys);
    const change = referenceChange(text, old, edited, now, keys)!;
    // only function words changed, far into the second sentence: same index entries, other words
    assert.ok(change.texts.has(1) && !change.passages.has(1) && !change.texts.has(0) && !change.texts.has(2));
    const before = buildReferenceIndex(old, keys);
    const after = buildReferenceIndex(now, keys);
    const link = (at: number, made: string) => ({ from: { document: 'd2', start: q!.start, end: q!.end }, to: { document: 'd1', start: old[at]!.start, end: old[at]!.end }, score: 0.5, match: made as 'partial' });
    const first = newUnitDeps(old, undefined, undefined, newMeasureBudget());
    const query = measuredQuery(first, q!, before, (view) => prepareQuery(q!.terms, view));
    for (const at of [1, 2]) measuredLink(first, q!, at, false, measuredSupport(first, query, before.passages[at]!), () => link(at, 'partial'));
    measuredLink(first, q!, 0, true, measuredWindow(first, query, before.passages[0]!, before.passages[1]!), () => link(0, 'partial'));
    settleMeasures(first);
    const second = newUnitDeps(now, first.measures, change, newMeasureBudget());
    const again = measuredQuery(second, q!, after, (view) => prepareQuery(q!.terms, view));
    // the same supports (the index entries did not change) ...
    const s1 = measuredSupport(second, again, after.passages[1]!);
    const s2 = measuredSupport(second, again, after.passages[2]!);
    // ... but the words of the second sentence did: its link is made again; the third's is kept, moved
    assert.equal(measuredLink(second, q!, 1, false, s1, () => link(1, 'paraphrase')).match, 'paraphrase');
    const kept = measuredLink(second, q!, 2, false, s2, () => assert.fail('made again'));
    assert.deepEqual([kept.to.start, kept.to.end, kept.match], [now[2]!.start, now[2]!.end, 'partial']);
    assert.notEqual(now[2]!.start, old[2]!.start);
    // read with the second sentence (a window of two, the same support), the first sentence's link is made again too
    const w = measuredWindow(second, again, after.passages[0]!, after.passages[1]!);
    assert.equal(measuredLink(second, q!, 0, true, w, () => link(0, 'close')).match, 'close');
  });

  await t.test('should give the word diff a fresh one gives when a link is made again from another support', () => {
    const text = ['The ferry to Korvik leaves at noon.', 'Harbour fees rose by a tenth over the winter.', 'The council will review the harbour fees and the timber quota in winter.'].join(' ');
    const checked = 'The council will review harbour fees and the timber quotas.';
    // the same span of a sentence of other words: the diff is of the checked words too
    const other = 'The council will review harbour fees and the timber limits.';
    // "harbour" added to the first sentence: the count of passages holding it changes, so the third's support does (its mass), not its words; the third sentence's own words changed
    const edits: [string, string, boolean][] = [
      ['a word whose count changed, before the counterpart', text.replace('leaves at noon', 'leaves the harbour at noon'), true],
      ['the counterpart\'s own words', text.replace('the timber quota', 'the fishing quota'), false],
    ];
    for (const [what, edited, reused] of edits) {
      for (const [name, words] of [['the same', checked], ['other', other]] as const) {
        const keys = newTermKeyCache();
        const old = passagesOf(text, keys);
        const now = passagesOf(edited, keys);
        const [q] = passagesOf(checked, keys);
        // the same words: the very passage (a kept unit's); other words: a passage of another table over the same span
        const q2 = words === checked ? q : passagesOf(words, keys)[0];
        assert.deepEqual([q2!.start, q2!.end, q2!.terms.from, q2!.terms.to], [q!.start, q!.end, q!.terms.from, q!.terms.to]);
        const change = referenceChange(text, old, edited, now, keys)!;
        const before = buildReferenceIndex(old, keys);
        const after = buildReferenceIndex(now, keys);
        let computed = 0;
        // as the alignment makes a quote's link (`toLink`): its range and diff from the word diff
        const make = (p: typeof q, from: string, to: typeof now[number], into: string) => (diffs?: (quote: boolean, compute: () => QuoteFidelity) => QuoteFidelity) => {
          const compute = (): QuoteFidelity => {
            computed++;
            return quoteFidelity(spanDiffWords(from, p!.terms, true), spanDiffWords(into, to.terms, true), { parts: true });
          };
          const fid = diffs ? diffs(true, compute) : compute();
          return { from: { document: 'd2', start: p!.start, end: p!.end }, to: { document: 'd1', start: fid.to.start, end: fid.to.end }, score: 0.5, match: 'partial' as const, fidelity: fid.fidelity, diff: fid.diff };
        };
        const first = newUnitDeps(old, undefined, undefined, newMeasureBudget());
        const query = measuredQuery(first, q!, before, (view) => prepareQuery(q!.terms, view));
        const s0 = measuredSupport(first, query, before.passages[2]!);
        measuredLink(first, q!, 2, false, s0, make(q, checked, old[2]!, text));
        settleMeasures(first);
        const second = newUnitDeps(now, first.measures, change, newMeasureBudget());
        const again = measuredQuery(second, q!, after, (view) => prepareQuery(q!.terms, view));
        const s1 = measuredSupport(second, again, after.passages[2]!);
        assert.notEqual(s1, s0, `${what}: the support is measured again`);
        computed = 0;
        const got = measuredLink(second, q2!, 2, false, s1, make(q2, words, now[2]!, edited));
        const fresh = make(q2, words, now[2]!, edited)();
        assert.deepEqual(got, fresh, `${what}, ${name} checked words`);
        // the diff was taken from the check before where the words of both were the same, made again otherwise
        assert.equal(computed, 1 + (reused && name === 'the same' ? 0 : 1), `${what}, ${name} checked words: diffs made`);
      }
    }
  });

  await t.test('should move a kept word diff past every edit of the runs its unit was reused in', () => {
    const text = ['The ferry to Korvik leaves at noon.', 'Harbour fees rose by a tenth over the winter.', 'The council will review the harbour fees and the timber quota in winter.'].join(' ');
    const checked = 'The council will review harbour fees and the timber quotas.';
    // first a function word before the counterpart (the unit is reused, its measures carried), then a word whose count changes (its support is measured again)
    const edited = text.replace('leaves at noon', 'leaves at the noon');
    const twice = edited.replace('leaves at the noon', 'leaves the harbour at the noon');
    const keys = newTermKeyCache();
    const [v0, v1, v2] = [text, edited, twice].map((x) => passagesOf(x, keys));
    const [q] = passagesOf(checked, keys);
    const [i0, i2] = [v0, v2].map((v) => buildReferenceIndex(v!, keys));
    const make = (to: AlignPassage, into: string) => (diffs?: (quote: boolean, compute: () => QuoteFidelity) => QuoteFidelity) => {
      const compute = (): QuoteFidelity => quoteFidelity(spanDiffWords(checked, q!.terms, true), spanDiffWords(into, to.terms, true), { parts: true });
      const fid = diffs ? diffs(true, compute) : compute();
      return { from: { document: 'd2', start: q!.start, end: q!.end }, to: { document: 'd1', start: fid.to.start, end: fid.to.end }, score: 0.5, match: 'partial' as const, fidelity: fid.fidelity, diff: fid.diff };
    };
    const first = newUnitDeps(v0!, undefined, undefined, newMeasureBudget());
    const query = measuredQuery(first, q!, i0!, (view) => prepareQuery(q!.terms, view));
    measuredLink(first, q!, 2, false, measuredSupport(first, query, i0!.passages[2]!), make(v0![2]!, text));
    settleMeasures(first);
    const a = referenceChange(text, v0!, edited, v1!, keys)!;
    assert.ok(!a.passages.has(2) && !a.texts.has(2) && v1![2]!.start !== v0![2]!.start);
    carryMeasures(first, a, v1!, newMeasureBudget());
    const b = referenceChange(edited, v1!, twice, v2!, keys)!;
    assert.ok(b.passages.has(2) && !b.texts.has(2));
    const second = newUnitDeps(v2!, first.measures, b, newMeasureBudget());
    const again = measuredQuery(second, q!, i2!, (view) => prepareQuery(q!.terms, view));
    const got = measuredLink(second, q!, 2, false, measuredSupport(second, again, i2!.passages[2]!), make(v2![2]!, twice));
    assert.deepEqual(got, make(v2![2]!, twice)());
  });
});

test('trackedIndex sharing', async (t) => {
  const text = [
    'The ferry to Korvik leaves at noon on weekdays.',
    'Our harbour fees rose by a tenth over the winter.',
    'The council will review the timber quota in spring.',
    'The timber mill closed in the winter.',
  ].join(' ');
  const checked = 'The council said harbour fees rose.';
  /** The passages of `source` read through a tracked index twice: before and after the edit (`speakers` by position). */
  const twice = (source: string, edited: string, speakers: readonly (string | undefined)[][] = [[], []], speaker?: string) => {
    const keys = newTermKeyCache();
    for (const s of speakers.flat()) if (s) keyId(keys, `@${s}`);
    const withSpeakers = (ps: ReturnType<typeof passagesOf>, who: readonly (string | undefined)[]) => ps.map((p, k) => (k < who.length ? { ...p, speaker: who[k] } : p));
    const old = withSpeakers(passagesOf(source, keys), speakers[0]!);
    const now = withSpeakers(passagesOf(edited, keys), speakers[1]!);
    const [q] = passagesOf(checked, keys);
    const change = referenceChange(source, old, edited, now, keys)!;
    const first = newUnitDeps(old, undefined, undefined, newMeasureBudget());
    trackedIndex(buildReferenceIndex(old, keys), () => first).sharing(q!.terms, speaker);
    settleMeasures(first);
    const second = newUnitDeps(now, first.measures, change, newMeasureBudget());
    const after = buildReferenceIndex(now, keys);
    return { change, pool: trackedIndex(after, () => second).sharing(q!.terms, speaker).map((p) => p.at), fresh: after.sharing(q!.terms, speaker).map((p) => p.at) };
  };

  await t.test('should give the pool a fresh look-up gives when a passage gains a word of the query', () => {
    const { pool, fresh } = twice(text, text.replace('at noon', 'at the council'));
    assert.deepEqual(pool, fresh);
    assert.ok(fresh.includes(0));
  });

  await t.test('should give the pool a fresh look-up gives when a passage\'s speaker changes', () => {
    // the second sentence, another speaker's, becomes nobody's in particular: a search limited to the first speaker now reads it
    const { change, pool, fresh } = twice(text, text, [['ana', 'ben', 'ana', 'ana'], ['ana', undefined, 'ana', 'ana']], 'ana');
    assert.ok(change.speakers.has('ben'));
    assert.deepEqual(pool, fresh);
    assert.ok(fresh.includes(1));
  });

  await t.test('should keep the pool when the edit changes none of its words', () => {
    const { change, pool, fresh } = twice(text, text.replace('in spring', 'in autumn'));
    assert.ok(change.passages.has(2));
    assert.deepEqual(pool, fresh);
  });
});

test('checked units kept by the pair', async (t) => {
  // The second run's report has the same text and terms; its units are taken from the
  // first run only when its claims are the same too.
  const run = (set: AnnotationSet, texts: readonly string[], resources: AlignResources) => alignAccountsWith(set, texts, resources);
  const resources = (): AlignResources => ({ lexicon: createParaphraseLexicon(), termMemo: newTermTableMemo(), sentenceMemo: newRunMemo(), referenceMemo: newRunMemo(), pairMemo: newRunMemo() });
  const fx = loadFixture('lithium-visit');
  const report = fx.set.documents.find((d) => d.role === 'report')!.id;
  const links = alignAccounts(fx.set, fx.texts).crossReferences;
  // A claim of the report that is linked.
  const linked = fx.set.annotations.find((a) => a.kind === 'claim' && a.document === report && links.some((x) => x.from.document === report && x.from.start >= a.start && x.from.end <= a.end))!;

  await t.test('should check again a report whose claims changed, its text the same', () => {
    const r = resources();
    const first = run(fx.set, fx.texts, r);
    const fewer: AnnotationSet = { ...fx.set, annotations: fx.set.annotations.filter((a) => a.id !== linked.id) };
    const second = run(fewer, fx.texts, r);
    assert.notDeepEqual(second, first);
    assert.deepEqual(second, alignAccounts(fewer, fx.texts));
  });

  await t.test('should check again a report one of whose claims changed its type, its text and claim count the same', () => {
    const r = resources();
    const first = run(fx.set, fx.texts, r);
    const retyped: AnnotationSet = { ...fx.set, annotations: fx.set.annotations.map((a) => (a.id === linked.id ? { ...a, claimType: a.claimType === 'quote' ? 'statement' : 'quote' } : a)) };
    const second = run(retyped, fx.texts, r);
    assert.notDeepEqual(second, first);
    assert.deepEqual(second, alignAccounts(retyped, fx.texts));
  });

  await t.test('should check again a report whose terms changed (its names no longer mentions), its text and claims the same', () => {
    const r = resources();
    run(fx.set, fx.texts, r);
    const unnamed: AnnotationSet = { ...fx.set, annotations: fx.set.annotations.filter((a) => a.document !== report || (a.kind !== 'person' && a.kind !== 'country')) };
    assert.deepEqual(run(unnamed, fx.texts, r), alignAccounts(unnamed, fx.texts));
  });

  await t.test('should give the same alignment when the report is the same', () => {
    const r = resources();
    const first = run(fx.set, fx.texts, r);
    assert.deepEqual(run(fx.set, fx.texts, r), first);
  });
});
