import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compatibleGiven, displayWord, nameKey, nameWords } from '../../../src/core/text/names';

test('should fold diacritics', () => {
  assert.equal(nameKey('Çavuşoğlu'), nameKey('Cavusoglu'));
  assert.equal(nameKey('Erdoğan'), nameKey('Erdogan'));
  assert.equal(nameKey('Mevlüt'), nameKey('Mevlut'));
});

test('should merge transliteration variants', () => {
  assert.equal(nameKey('Sergey'), nameKey('Sergei'));
  assert.equal(nameKey('Zelensky'), nameKey('Zelenskyy'));
  assert.equal(nameKey('Zelenskiy'), nameKey('Zelensky'));
});

test('should ignore case', () => assert.equal(nameKey('SMITH'), nameKey('Smith')));

test('should keep different names apart', () => {
  assert.notEqual(nameKey('Lavrov'), nameKey('Lavrova'));
  assert.ok(!compatibleGiven(nameKey('Joe'), nameKey('Hunter')));
});

test('should accept initials and close given-name variants', () => {
  assert.ok(compatibleGiven('j', nameKey('John')));
  assert.ok(compatibleGiven(nameKey('Mohammed'), nameKey('Mohamed')));
});

test('should title-case names written in capitals', () => {
  assert.equal(displayWord('SMITH'), 'Smith');
  assert.equal(displayWord('JEAN-PIERRE'), 'Jean-Pierre');
  assert.equal(displayWord('McDonald'), 'McDonald');
});

test('should split initials glued to a surname', () => {
  assert.deepEqual(nameWords('S.Lavrov'), ['S.', 'Lavrov']);
  assert.deepEqual(nameWords('J.R.Smith'), ['J.R.', 'Smith']);
  assert.deepEqual(nameWords('U.S.'), ['U.S.']);
  assert.deepEqual(nameWords('Lavrov'), ['Lavrov']);
});
