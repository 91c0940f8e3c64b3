import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findStatistics } from '../../../../src/core/annotators/statistics/find';

const stats = (text: string) => findStatistics(text).map((s) => text.slice(s.start, s.end));

test('should find counts with what they count', () => {
  assert.deepEqual(stats('We welcomed more than 2 million Russian tourists in Turkey.'), ['more than 2 million Russian tourists']);
  assert.deepEqual(stats('The war claimed more than 6,000 lives.'), ['more than 6,000 lives']);
});

test('should find money and percentages', () => {
  assert.deepEqual(stats('the $2.5bn system'), ['$2.5bn system']);
  assert.deepEqual(stats('Inflation reached 40% in May.'), ['40%']);
  assert.deepEqual(stats('a rise of 3.5 percent'), ['3.5 percent']);
});

test('should skip dates, years, times, ordinals and designations', () => {
  assert.deepEqual(stats('On 29 December 2020 at 18:13 the 8th meeting discussed the S-400 and the 5+5 group, plan 2021-2022.'), []);
});
