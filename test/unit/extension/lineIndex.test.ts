import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../../src/extension/lineIndex';

test('LineIndex', async (t) => {
  await t.test('should count \\n, \\r\\n and \\r as line breaks', () => {
    const idx = new LineIndex('a\nb\r\nc\rd');
    assert.equal(idx.lineCount, 4);
    assert.deepEqual(idx.positionAt(5), { line: 2, character: 0 });
    assert.equal(idx.lineEnd(1), 3);
  });
  await t.test('should round-trip every offset outside line breaks', () => {
    const text = 'Zoë 👋 said:\r\n“yes”\n\nend';
    const idx = new LineIndex(text);
    for (let o = 0; o <= text.length; o++) {
      if (text[o - 1] === '\r' && text[o] === '\n') continue; // inside a CRLF
      assert.equal(idx.offsetAt(idx.positionAt(o)), o, `offset ${o}`);
    }
  });
  await t.test('should clamp positions past a line end to the line end', () => {
    const idx = new LineIndex('ab\ncd');
    assert.equal(idx.offsetAt({ line: 0, character: 99 }), 2);
    assert.equal(idx.offsetAt({ line: 9, character: 0 }), 5);
  });
});
