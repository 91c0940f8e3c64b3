import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitParagraphs } from '../../../src/core/text/paragraphs';

test('should split at blank lines and trim each unit', () => {
  const text = '  First line\nwrapped.\n\n \t\nSecond.\r\n\r\nThird.  ';
  assert.deepEqual(splitParagraphs(text).map((u) => u.text), ['First line\nwrapped.', 'Second.', 'Third.']);
});

test('should start a unit at each extra break', () => {
  const text = 'Intro. MR. SMITH: Hello.';
  assert.deepEqual(splitParagraphs(text, [7]).map((u) => u.text), ['Intro.', 'MR. SMITH: Hello.']);
});

test('should cut long blocks without blank lines at sentence ends', () => {
  const text = 'This is one sentence of the block. '.repeat(400);
  const units = splitParagraphs(text);
  assert.ok(units.length > 1);
  for (const u of units) {
    assert.ok(u.text.length <= 4000);
    assert.equal(text.slice(u.start, u.end), u.text);
    assert.ok(u.text.endsWith('.'));
  }
});

test('should never split a surrogate pair', () => {
  const text = `a${'😀'.repeat(5000)}`;
  for (const u of splitParagraphs(text)) assert.ok(!/^[\udc00-\udfff]/.test(u.text) && !/[\ud800-\udbff]$/.test(u.text));
});
