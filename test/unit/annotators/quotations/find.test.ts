import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotations } from '../../../../src/core/annotators/quotations/find';

const quoted = (text: string) => findQuotations(text).map((q) => text.slice(q.inner.start, q.inner.end));

test('should find curly and straight double quotes', () => {
  assert.deepEqual(quoted('“We agree,” he said. "We do not," she said.'), ['We agree', 'We do not']);
});

test('should tell single quotes from apostrophes', () => {
  assert.deepEqual(quoted('He called it ‘a historic day’ and said they don’t mind.'), ['a historic day']);
  assert.deepEqual(quoted("She said 'we won't give up' today."), ["we won't give up"]);
});

test('should keep nested brackets inside the quote', () => {
  assert.deepEqual(quoted('“They [their relations] are based on interests.”'), ['They [their relations] are based on interests.']);
});

test('should run an unclosed quote to the end of its paragraph', () => {
  assert.deepEqual(quoted('“We will go on. And on'), ['We will go on. And on']);
});

test('should end an unclosed quote before a web address in its paragraph (an embedded post)', () => {
  const post = '#WATCH | “We will open the pier in spring…We will build a new road… pic.example.com/Ab12Cd — Harbour News (@harbour) May 2, 2024';
  assert.deepEqual(findQuotations(post).map((q) => post.slice(q.start, q.end)), ['“We will open the pier in spring…We will build a new road…']);
  assert.deepEqual(quoted('“We will go on. See https://example.org/pier for the plan'), ['We will go on. See']);
  // Dots in words and abbreviations are no address, nor is one after the quote is closed.
  assert.deepEqual(quoted('“The U.S. team and Dr. Ode will go on. And on'), ['The U.S. team and Dr. Ode will go on. And on']);
  assert.deepEqual(quoted('“We will go on,” he wrote on example.org/pier.'), ['We will go on']);
});

test('should find nothing in plain text', () => {
  assert.deepEqual(quoted('No quotes here, only O’Brien’s words.'), []);
});
