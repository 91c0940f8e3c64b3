import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldTypography, numberValue, tokenizeWords } from '../../../src/core/align/normalize';

test('normalize', async (t) => {
  await t.test('should fold quotes, apostrophes, dashes, NBSP and hard wraps without changing length', () => {
    const text = '“It’s done” \u2014 she said,\nwith\u00A02\u2009000 votes';
    const folded = foldTypography(text);
    assert.equal(folded.length, text.length);
    assert.equal(folded, '"It\'s done" - she said, with 2 000 votes');
  });

  await t.test('should give tokens whose offsets slice back to their surface', () => {
    const text = 'Ms. Okafor’s plan — worth $2.5bn — starts\nin 2026.';
    for (const tok of tokenizeWords(text)) assert.equal(text.slice(tok.start, tok.end), tok.surface);
    assert.deepEqual(tokenizeWords(text).map((t) => t.norm), ['ms', 'okafor', 'plan', 'worth', '2500000000', 'starts', 'in', '2026']);
  });

  await t.test('should read numbers with separators, decimals, scales and spelled-out tens', () => {
    assert.equal(numberValue('6,000'), '6000');
    assert.equal(numberValue('2', 'million'), '2000000');
    assert.equal(numberValue('$2.5bn'), '2500000000');
    assert.equal(numberValue('8th'), '8');
    assert.equal(numberValue('14%'), '14%');
    assert.equal(numberValue('words'), undefined);
    assert.deepEqual(tokenizeWords('forty gauges, 40 gauges').map((t) => t.number), ['40', undefined, '40', undefined]);
  });

  await t.test('should fold diacritics and drop the possessive', () => {
    assert.deepEqual(tokenizeWords('Çavuşoğlu’s Türkiye').map((t) => t.norm), ['cavusoglu', 'turkiye']);
  });
});
