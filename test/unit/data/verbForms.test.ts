import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stemmer } from 'stemmer';
import { inflect, verbForms } from '../../../src/core/data/verbForms';

test('verbForms', async (t) => {
  await t.test('should build the forms a group names, and only those', () => {
    assert.deepEqual([...verbForms('base s: plead')], ['plead', 'pleads']);
    assert.deepEqual([...verbForms('ed: plead')], ['pleaded']);
  });

  await t.test('should spell regular forms: -es, -ies/-ied, a dropped e, a kept ee', () => {
    assert.deepEqual(['s', 'ed', 'ing'].map((f) => inflect('wish', f as 's')), ['wishes', 'wished', 'wishing']);
    assert.deepEqual(['s', 'ed', 'ing'].map((f) => inflect('deny', f as 's')), ['denies', 'denied', 'denying']);
    assert.deepEqual(['s', 'ed', 'ing'].map((f) => inflect('obey', f as 's')), ['obeys', 'obeyed', 'obeying']);
    assert.deepEqual(['s', 'ed', 'ing'].map((f) => inflect('quote', f as 's')), ['quotes', 'quoted', 'quoting']);
    assert.deepEqual(['s', 'ed', 'ing'].map((f) => inflect('agree', f as 's')), ['agrees', 'agreed', 'agreeing']);
    assert.equal(inflect('lie', 'ing'), 'lying');
  });

  await t.test('should take an irregular past as given and double the consonant of a doubled past in -ing', () => {
    assert.deepEqual([...verbForms('base s ed ing: speak/spoke')], ['speak', 'speaks', 'spoke', 'speaking']);
    assert.deepEqual([...verbForms('base s ed ing: regret/regretted')], ['regret', 'regrets', 'regretted', 'regretting']);
  });

  await t.test('should read several lines and ignore blank ones', () => {
    assert.deepEqual([...verbForms('\n  base: hint\n\n  s: murmur\n')], ['hint', 'murmurs']);
  });

  await t.test('should reject a group without its forms, saying what it expected', () => {
    assert.throws(() => verbForms('hint murmur'), /needs its forms before a colon/);
    assert.throws(() => verbForms('past: hint'), /needs its forms before a colon/);
  });

  await t.test('should give regular forms that the Porter stemmer takes back to the stem of their lemma', () => {
    for (const lemma of ['caution', 'dispute', 'reassure', 'clarify', 'dismiss', 'concur/concurred']) {
      const stem = stemmer(lemma.split('/')[0]!);
      for (const form of ['s', 'ed', 'ing'] as const) assert.equal(stemmer(inflect(lemma, form)), stem, `${lemma} ${form}`);
    }
  });
});
