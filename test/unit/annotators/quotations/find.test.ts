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

test('should find nothing in plain text', () => {
  assert.deepEqual(quoted('No quotes here, only O’Brien’s words.'), []);
});
