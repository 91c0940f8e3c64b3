/**
 * What an edit of the reference changes for the kept units of a pair (`referenceChange`),
 * and how a kept outcome's offsets follow the edit (`shiftOutcome`). The alignment's reuse
 * as a whole is checked against fresh analyses in test/unit/pipeline/incremental.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnnotationSet } from '../../../src/core/model/annotation';
import { referenceChange, shiftOutcome, type UnitOutcome } from '../../../src/core/align/pairMemo';
import { referencePassages, viewAccount } from '../../../src/core/align/passages';
import { newTermKeyCache, type TermKeyCache } from '../../../src/core/align/terms';

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
