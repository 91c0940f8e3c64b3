import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparableTerms, IN_NEGATION, NEGATED_HEAD, newTermKeyCache, PLAIN, termTable, wordKey } from '../../../src/core/align/terms';
import { termsIn } from '../../../src/core/align/passages';
import type { Annotation, Entity } from '../../../src/core/model/annotation';

const entities = new Map<string, Entity>([
  ['c1', { id: 'c1', kind: 'country', name: 'Brazil', iso: 'BR', aliases: ['Federative Republic of Brazil', 'Brasília'] }],
  ['c9', { id: 'c9', kind: 'country', name: 'Brazil', iso: 'BR', aliases: [] }],
  ['p1', { id: 'p1', kind: 'person', name: 'Lucia Ferreira', aliases: ['Ferreira', 'the minister'] }],
]);

/** Mentions of `forms` (form → entity id) in `text`. */
function mentions(text: string, forms: Record<string, string>): Annotation[] {
  return Object.entries(forms).map(([form, entity], i) => {
    const start = text.indexOf(form);
    return { id: `a${i}`, document: 'd1', kind: entities.get(entity)!.kind, start, end: start + form.length, text: form, entity };
  });
}
const keys = (text: string, forms: Record<string, string> = {}) => comparableTerms(text, mentions(text, forms), entities).filter((t) => t.kind !== 'function').map((t) => t.key);

test('comparableTerms', async (t) => {
  await t.test('should make every name of a country one key, by ISO code', () => {
    assert.deepEqual(keys('the Federative Republic of Brazil exports', { 'Federative Republic of Brazil': 'c1' }), ['@BR', 'export']);
    assert.deepEqual(keys('Brasília exports', { Brasília: 'c1' }), ['@BR', 'export']);
    assert.deepEqual(keys('Brazil exports', { Brazil: 'c9' }), ['@BR', 'export']);
  });

  await t.test('should make a person\'s aliases the person', () => {
    assert.deepEqual(keys('Ferreira spoke', { Ferreira: 'p1' }), keys('the minister spoke', { 'the minister': 'p1' }));
  });

  await t.test('should fold inflections, adverbs and general synonyms', () => {
    assert.equal(wordKey('monitoring'), wordKey('monitored'));
    assert.equal(wordKey('jointly'), wordKey('joint'));
    assert.equal(wordKey('truce'), wordKey('ceasefire'));
    assert.equal(wordKey('purchases'), wordKey('buy'));
    assert.notEqual(wordKey('family'), wordKey('fami'));
  });

  await t.test('should drop function and attribution words, and keep numbers as values', () => {
    assert.deepEqual(keys('He said that they would cut 2,000 jobs'), ['cut', '#2000', 'job']);
  });

  await t.test('should mark words under a negation in the same clause', () => {
    const terms = comparableTerms('no loan was given, but advice was', [], entities);
    assert.deepEqual(terms.filter((x) => x.negated).map((x) => x.norm), ['loan', 'given']);
  });

  await t.test('should tell what a negation denies (its first content word) from the words further in its reach', () => {
    const text = 'they could not keep all the benefits of membership';
    const table = termTable(text, [], entities);
    const polarity = (word: string) => table.negated[Array.from(table.start).findIndex((s) => text.startsWith(word, s))];
    assert.deepEqual(['keep', 'benefits', 'membership', 'they'].map(polarity), [NEGATED_HEAD, IN_NEGATION, IN_NEGATION, PLAIN]);
  });

  await t.test('should carry a denial of a said thing ("dismissed the suggestion that …") over the clause that follows it', () => {
    const negated = (text: string) => comparableTerms(text, [], entities).filter((x) => x.negated).map((x) => x.norm);
    assert.deepEqual(negated('she dismissed the suggestion that the new quota might shrink the fleet'), ['new', 'quota', 'shrink']);
    assert.deepEqual(negated('he rejected claims that the harbour would close'), ['claims', 'harbour', 'close']);
    // Must not: the noun without a denial, a dismissal of a person, a denial with no "that" clause.
    assert.deepEqual(negated('she repeated the suggestion that the new quota might shrink the fleet'), []);
    assert.deepEqual(negated('she dismissed the minister who said the quota might shrink the fleet'), []);
    assert.deepEqual(negated('he rejected the claims, and the harbour would close'), ['claims']);
  });

  await t.test('should end a negation where a new clause opens, even without a comma', () => {
    const negated = (text: string) => comparableTerms(text, [], entities).filter((x) => x.negated).map((x) => x.norm);
    assert.deepEqual(negated('there will be no more closures because we have contracts in place'), ['closures']);
    assert.deepEqual(negated('no closures, because we have contracts'), ['closures']);
  });

  await t.test('should end a negation at a paragraph break (a headline has no final stop), not at a wrapped line', () => {
    const negated = (text: string) => comparableTerms(text, [], entities).filter((x) => x.negated).map((x) => x.norm);
    assert.deepEqual(negated('Harbour chief rejects blame\n\nOSLO Norwegian port officials on Monday'), ['blame']);
    assert.deepEqual(negated('Harbour chief rejects blame\n  \r\nOSLO Norwegian port officials'), ['blame']);
    // One line break wraps the sentence: the negation reaches on.
    assert.deepEqual(negated('the council could not\nclose the harbour'), ['close', 'harbour']);
    // Words between two single breaks are not a paragraph break either.
    assert.deepEqual(negated('the council could not\nreally\nclose the harbour'), ['really', 'close', 'harbour']);
  });

  await t.test('should read "failed to" and "unable to" as negations, like "could not"', () => {
    const negated = (text: string) => comparableTerms(text, [], entities).filter((x) => x.negated).map((x) => x.norm);
    assert.deepEqual(negated('they failed to stop the treaty'), ['stop', 'treaty']);
    assert.deepEqual(negated('they could not block the treaty'), ['block', 'treaty']);
    assert.deepEqual(negated('the ministers were unable to agree'), ['agree']);
    assert.deepEqual(negated('the ministers agreed and the treaty held'), []);
  });

  await t.test('should make the title in front of a person\'s name part of the name, not content', () => {
    assert.deepEqual(keys('Housing Secretary Lucia Ferreira delayed the vote', { 'Lucia Ferreira': 'p1' }), ['@p1', wordKey('delayed'), wordKey('vote')]);
    assert.deepEqual(keys('National Security Advisor Lucia Ferreira spoke', { 'Lucia Ferreira': 'p1' }), ['@p1', wordKey('spoke')]);
    assert.deepEqual(keys('Deputy Prime Minister Ferreira spoke', { Ferreira: 'p1' }), ['@p1', wordKey('spoke')]);
  });

  await t.test('should keep title words that stand without a name, or are not a title', () => {
    assert.deepEqual(keys('after I stopped being prime minister'), ['stopped', 'prime', 'minister'].map(wordKey));
    assert.deepEqual(keys('the national security of Ferreira', { Ferreira: 'p1' }), [wordKey('national'), wordKey('security'), '@p1']);
    assert.deepEqual(keys('the minister, Ferreira, spoke', { Ferreira: 'p1' }), [wordKey('minister'), '@p1', wordKey('spoke')]);
  });

  await t.test('should hold the same terms column-wise in a table as comparableTerms gives as objects', () => {
    const text = 'The Federative Republic of Brazil will not buy 40 jets, Ferreira said.';
    const forms = { 'Federative Republic of Brazil': 'c1', Ferreira: 'p1' };
    const keys = newTermKeyCache();
    const table = termTable(text, mentions(text, forms), entities, undefined, keys);
    const objects = comparableTerms(text, mentions(text, forms), entities, undefined, keys);
    assert.equal(table.length, objects.length);
    objects.forEach((o, i) => {
      const k = table.forms[table.form[i]!]!;
      assert.deepEqual([table.start[i], table.end[i], table.negated[i] !== 0, k.key, k.kind, k.norm], [o.start, o.end, o.negated, o.key, o.kind, o.norm]);
    });
    assert.deepEqual(objects.filter((o) => o.kind === 'entity').map((o) => text.slice(o.start, o.end)), ['Federative Republic of Brazil', 'Ferreira']);
  });

  await t.test('should take the terms of a range as one run, leaving out terms that straddle its edges', () => {
    const text = 'alpha bravo charlie delta echo';
    const table = termTable(text, [], entities);
    const words = (start: number, end: number) => {
      const span = termsIn(table, { start, end });
      return Array.from({ length: span.to - span.from }, (_, i) => text.slice(table.start[span.from + i]!, table.end[span.from + i]!));
    };
    assert.deepEqual(words(0, text.length), ['alpha', 'bravo', 'charlie', 'delta', 'echo']);
    assert.deepEqual(words(8, 25), ['charlie', 'delta']);
    assert.deepEqual(words(6, 19), ['bravo', 'charlie']);
    assert.deepEqual(words(14, 15), []);
    assert.deepEqual(words(30, 30), []);
  });
});
