/**
 * Role nominals of one unit (src/core/annotators/nominals/find.ts): a role after a
 * determiner, or after a country at a sentence start, standing for a person ("the Norwegian
 * foreign minister", "his counterpart"); never a title before a name, an indefinite role, or a
 * generic role without a country. Invented texts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCountryMentions } from '../../../../src/core/annotators/countries/find';
import { findNominals } from '../../../../src/core/annotators/nominals/find';
import { tokenize } from '../../../../src/core/text/tokens';

/** The nominals of `text` as "text role country" strings. */
const nominals = (text: string) => findNominals(text, tokenize(text), findCountryMentions(text)).map((n) => `${n.text} ${n.role} ${n.country ?? '-'}`);

test('should find a role with a determiner and a country ("the Norwegian foreign minister")', () => {
  assert.deepEqual(nominals('The talks were useful, the Norwegian foreign minister said on Monday.'), ['the Norwegian foreign minister foreign NO']);
});

test('should find a role with a determiner and no country ("the prime minister", "her spokeswoman")', () => {
  assert.deepEqual(nominals('The prime minister met the fishermen, and her spokeswoman took questions.'), ['The prime minister premier -', 'her spokeswoman spokes -']);
});

test('should find a country and a role opening a sentence without a determiner', () => {
  assert.deepEqual(nominals('Norwegian foreign minister says the talks were useful.'), ['Norwegian foreign minister foreign NO']);
});

test('should keep the possessive out of the nominal ("the Danish premier\'s visit")', () => {
  assert.deepEqual(nominals("They spoke of the Danish premier's visit to the islands."), ['the Danish premier premier DK']);
});

test('should not take a title before a name for a nominal', () => {
  assert.deepEqual(nominals('The talks were useful, Norwegian Foreign Minister Anna Voss said.'), []);
  assert.deepEqual(nominals('The talks were useful, said the foreign minister Anna Voss.'), []);
});

test('should not take an indefinite role or a role without a determiner inside a sentence', () => {
  assert.deepEqual(nominals('A foreign minister should listen more than she speaks.'), []);
  assert.deepEqual(nominals('She was a Norwegian foreign minister for ten years.'), []);
  assert.deepEqual(nominals('They met foreign minister after foreign minister.'), []);
});

test('should not take a generic role with "the" and no country ("the minister", "the leader")', () => {
  assert.deepEqual(nominals('The minister and the leader left early.'), []);
  // with a country it stands for a person
  assert.deepEqual(nominals('The talks were useful, the Swedish minister said.'), ['the Swedish minister minister SE']);
  // with a possessive it does too
  assert.deepEqual(nominals('He met his counterpart in the afternoon.'), ['his counterpart counterpart -']);
});
