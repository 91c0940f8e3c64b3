import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shortHeadLines } from '../../../src/core/text/headLines';

const head = 'Remarks at the harbour\n\nTuesday, 3 March 2009\nThe minister opened the meeting with a long account of the year behind them all.\nNorthport\n';

test('should give the short non-blank lines with their offsets', () => {
  const lines = shortHeadLines(head, head.length, 10, 8);
  assert.deepEqual(lines.map((l) => l.line), ['Remarks at the harbour', 'Tuesday, 3 March 2009', 'Northport']);
  for (const l of lines) assert.equal(head.slice(l.start, l.end), l.line);
});

test('should count a long line toward the limit without giving it', () => {
  assert.deepEqual(shortHeadLines(head, head.length, 3, 8).map((l) => l.line), ['Remarks at the harbour', 'Tuesday, 3 March 2009']);
});

test('should cut a line at the end given and read nothing after it', () => {
  const end = head.indexOf('3 March');
  assert.deepEqual(shortHeadLines(head, end, 10, 8).map((l) => l.line), ['Remarks at the harbour', 'Tuesday, ']);
});
