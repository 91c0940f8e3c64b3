/**
 * The sentence memo (`memoSentences`): sentences of a range split in an earlier run must
 * be those `splitSentences` gives, wherever the same text comes back.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newRunMemo, startRun } from '../../../src/core/align/runMemo';
import { memoSentences, splitSentences, type SentenceMemo } from '../../../src/core/align/segment';
import { seeded } from '../randomEdits';

const LINES = ['The harbour reopens on Monday.', 'No. 5 is the berth.', 'Did Dr. Vance agree? No. We did not ask', 'TALKS IN KORVIK', 'a line wrapped', 'at the U.S.', 'border said the mayor:', '', 'It costs 5 p.c. of the levy!', '"We will," he said. (Applause)'];

test('memoSentences', async (t) => {
  await t.test('should give what splitSentences gives for ranges seen before and new ones', () => {
    const next = seeded(11);
    const memo = newRunMemo() as SentenceMemo;
    const pick = () => LINES[Math.floor(next() * LINES.length)]!;
    for (let run = 0; run < 40; run++) {
      startRun(memo);
      const text = Array.from({ length: 12 }, pick).join(next() < 0.5 ? '\n' : ' ');
      for (let k = 0; k < 10; k++) {
        const a = Math.floor(next() * text.length);
        const b = a + Math.floor(next() * (text.length - a + 1));
        const range = { start: a, end: b };
        assert.deepEqual(memoSentences(memo, text, range), splitSentences(text, range));
        // The same text at another offset: taken from the memo, shifted.
        const shifted = `xx ${text}`;
        assert.deepEqual(memoSentences(memo, shifted, { start: a + 3, end: b + 3 }), splitSentences(shifted, { start: a + 3, end: b + 3 }));
      }
    }
  });

  await t.test('should give what splitSentences gives for ranges found by place after random edits', () => {
    // The same ranges (paragraphs, and random ones) split before and after an edit of a few
    // characters anywhere: those before and after the edit are found by place.
    const next = seeded(17);
    const pick = () => LINES[Math.floor(next() * LINES.length)]!;
    const pieces = ['.', ' ', '\n', 'Dr', '?', 'No', 'x', '"'];
    for (let round = 0; round < 10; round++) {
      const memo = newRunMemo() as SentenceMemo;
      let text = Array.from({ length: 16 }, pick).join('\n\n');
      let ranges: { start: number; end: number }[] = [];
      for (let run = 0; run < 10; run++) {
        startRun(memo);
        const paragraphs = [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
        const random = Array.from({ length: 6 }, () => {
          const a = Math.floor(next() * text.length);
          return { start: a, end: a + Math.floor(next() * (text.length - a + 1)) };
        });
        ranges = [...paragraphs, ...random, ...ranges.filter((r) => r.end <= text.length)];
        for (const range of ranges) assert.deepEqual(memoSentences(memo, text, range), splitSentences(text, range), `round ${round}, run ${run}`);
        const at = next() < 0.1 ? text.length : Math.floor(next() * text.length);
        text = text.slice(0, at) + (next() < 0.3 ? '' : pieces[Math.floor(next() * pieces.length)]!) + text.slice(at + (next() < 0.5 ? 0 : Math.floor(next() * 6)));
      }
    }
  });

  await t.test('should keep the splits of the current and the last run only', () => {
    const memo = newRunMemo() as SentenceMemo;
    startRun(memo);
    memoSentences(memo, 'One. Two.', { start: 0, end: 9 });
    startRun(memo);
    startRun(memo);
    assert.equal(memo.previous.size + memo.current.size, 0);
  });
});
