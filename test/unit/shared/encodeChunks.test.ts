import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeChunks, utf8Length } from '../../../src/shared/encodeChunks';

test('encodeChunks', async (t) => {
  const pieces = ['plain ', 'é ', '€ ', '😀', '\uD83D', '\uDE00', ' lone \uD800 end', ''];

  await t.test('should count UTF-8 bytes as TextEncoder writes them, lone surrogates as U+FFFD', () => {
    for (const s of [...pieces, pieces.join('')]) assert.equal(utf8Length(s), new TextEncoder().encode(s).length, JSON.stringify(s));
  });

  await t.test('should encode the pieces as their joined text (a pair split between pieces becomes two U+FFFD, as each piece is encoded alone)', () => {
    const whole = ['plain ', 'é ', '€ ', '😀', ' end'];
    assert.deepEqual(encodeChunks(() => whole), new TextEncoder().encode(whole.join('')));
    assert.equal(new TextDecoder().decode(encodeChunks(() => ['\uD83D', '\uDE00'])), '\uFFFD\uFFFD');
  });
});

test('wholeCodePoints', async (t) => {
  await t.test('should move a high surrogate that ends a piece to the next, so each piece encodes alone', async () => {
    const { wholeCodePoints } = await import('../../../src/core/export/index');
    const pieces = ['A\uD83D', '\uDE00B', '\uD83D', '', '\uDE00', 'end\uD800'];
    const whole = [...wholeCodePoints(pieces)];
    assert.deepEqual(whole, ['A', '\uD83D\uDE00B', '\uD83D\uDE00', 'end', '\uD800']);
    assert.deepEqual(encodeChunks(() => wholeCodePoints(pieces)), new TextEncoder().encode(pieces.join('')));
  });
});
