import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
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

  await t.test('should find the tokens of the token pattern alone, fast path or not (property)', () => {
    // The oracle: every match of the pattern scanWords documents, in order.
    const pattern = /[$€£]?\d+(?:[.,]\d+)*(?:\s?%|st|nd|rd|th|bn|mn|mln|tn|k|m|b)?(?![\p{L}\d])|[\p{L}\p{M}]+(?:['\u2019][\p{L}]+)*|\d+/gu;
    const pieces = ['a', 'Zb', 'forty', "it's", 'it\u2019s', 'é', 'e\u0301', '5', '2,000', '3.5bn', '8th', '$', '€4', '%', "'", '\u2019', ' ', '\n', '\u00A0', '-', '\u2014', '.', ',', 'x1', 'ß', '\u0301'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const expected = [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
        assert.deepEqual(tokenizeWords(text).map((tok) => [tok.start, tok.end]), expected);
      }),
      { numRuns: 2000 },
    );
  });
});
