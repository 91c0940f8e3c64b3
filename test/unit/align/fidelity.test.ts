import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffWordsOf, quoteFidelity } from '../../../src/core/align/fidelity';
import { comparableTerms } from '../../../src/core/align/terms';
import type { Annotation, Entity } from '../../../src/core/model/annotation';

/** Fidelity of a quote against a source, both plain strings. */
const fidelityOf = (quote: string, source: string) => quoteFidelity(diffWordsOf(quote, { start: 0, end: quote.length }), diffWordsOf(source, { start: 0, end: source.length }));

test('quoteFidelity', async (t) => {
  await t.test('should keep every word of a verbatim quote, ignoring case and typography', () => {
    const r = fidelityOf('“We don’t negotiate with Smith’s team,”', "we don't negotiate with Smith's team");
    assert.equal(r.fidelity, 1);
    assert.deepEqual(r.diff.map((p) => p.op), ['kept']);
  });

  await t.test('should not charge a quote for the rest of a longer source sentence', () => {
    const source = 'Thank you. The harbour will reopen in May, and the fishermen will be paid. Next question.';
    const r = fidelityOf('the harbour will reopen in May', source);
    assert.equal(r.fidelity, 1);
    assert.equal(source.slice(r.to.start, r.to.end), 'The harbour will reopen in May');
  });

  await t.test('should not anchor a quote on a stray common word far before the quoted words', () => {
    const source = 'They discussed the war in the north and agreed that the new bridge will open in June.';
    const r = fidelityOf('The new bridge will open in June', source);
    assert.equal(r.fidelity, 1);
    assert.equal(source.slice(r.to.start, r.to.end), 'the new bridge will open in June');
  });

  await t.test('should report changed, added and dropped words', () => {
    const r = fidelityOf('we will never accept a very bad deal', 'we will not accept a bad deal at all today');
    assert.deepEqual(r.diff, [
      { op: 'kept', from: 'we will', to: 'we will' },
      { op: 'changed', from: 'never', to: 'not' },
      { op: 'kept', from: 'accept a', to: 'accept a' },
      { op: 'added', from: 'very' },
      { op: 'kept', from: 'bad deal', to: 'bad deal' },
    ]);
    assert.equal(r.fidelity, Math.round((6 / 8) * 1000) / 1000);
  });

  await t.test('should report words the quote dropped from the middle', () => {
    const r = fidelityOf('prices rose sharply', 'prices rose again quite sharply');
    assert.deepEqual(r.diff.find((p) => p.op === 'dropped'), { op: 'dropped', to: 'again quite' });
    assert.ok(r.fidelity < 1);
  });

  await t.test('should give 0 when no word is shared', () => {
    const r = fidelityOf('completely different', 'nothing in common here');
    assert.equal(r.fidelity, 0);
    assert.deepEqual(r.diff, [{ op: 'added', from: 'completely different' }]);
  });

  await t.test('should count two names of one entity as the same word', () => {
    const entities = new Map<string, Entity>([['c1', { id: 'c1', kind: 'country', name: 'Korea', iso: 'KR', aliases: ['Republic of Korea'] }]]);
    const quote = 'ties with Korea are strong';
    const source = 'ties with the Republic of Korea are strong';
    const mention = (doc: string, text: string, form: string): Annotation => ({ id: doc, document: doc, kind: 'country', start: text.indexOf(form), end: text.indexOf(form) + form.length, text: form, entity: 'c1' });
    const from = diffWordsOf(quote, { start: 0, end: quote.length }, comparableTerms(quote, [mention('d1', quote, 'Korea')], entities));
    const to = diffWordsOf(source, { start: 0, end: source.length }, comparableTerms(source, [mention('d2', source, 'Republic of Korea')], entities));
    const r = quoteFidelity(from, to);
    assert.deepEqual(r.diff.map((p) => p.op), ['kept', 'dropped', 'kept']);
    assert.equal(r.diff[1]!.to, 'the');
  });

  await t.test('should give the same figure and range without building the parts', () => {
    const quote = 'prices rose sharply this year';
    const source = 'In the north, prices rose again quite sharply this year, the bank said.';
    const from = diffWordsOf(quote, { start: 0, end: quote.length });
    const to = diffWordsOf(source, { start: 0, end: source.length });
    const full = quoteFidelity(from, to);
    const bare = quoteFidelity(from, to, { parts: false });
    assert.deepEqual(bare.diff, []);
    assert.equal(bare.fidelity, full.fidelity);
    assert.deepEqual(bare.to, full.to);
    assert.ok(full.diff.length > 1 && full.fidelity < 1);
  });
});
