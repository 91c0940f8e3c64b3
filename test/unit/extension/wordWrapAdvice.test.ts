import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasLongLines, LONG_LINE, shouldOfferWordWrap, wordWrapMessage } from '../../../src/extension/wordWrapAdvice';

const prose = `${'The delegation met the minister and discussed the harbour talks at length. '.repeat(4)}\n\nShort line.`;
const base = { languageId: 'plaintext', wordWrap: 'off', text: () => prose, offer: true, asked: new Set<string>() };

test('word wrap advice', async (t) => {
  await t.test('should offer wrap for a prose account in plain text or Markdown with wrap off', () => {
    assert.equal(shouldOfferWordWrap(base), true);
    assert.equal(shouldOfferWordWrap({ ...base, languageId: 'markdown', wordWrap: undefined }), true);
    assert.match(wordWrapMessage('markdown'), /word wrap is off for Markdown files/);
  });
  await t.test('should not offer when wrap is on, for transcripts, when asked before, or when the setting is off', () => {
    assert.equal(shouldOfferWordWrap({ ...base, wordWrap: 'on' }), false);
    assert.equal(shouldOfferWordWrap({ ...base, wordWrap: 'bounded' }), false);
    assert.equal(shouldOfferWordWrap({ ...base, languageId: 'transcript' }), false);
    assert.equal(shouldOfferWordWrap({ ...base, asked: new Set(['plaintext']) }), false);
    assert.equal(shouldOfferWordWrap({ ...base, offer: false }), false);
  });
  await t.test('should not offer for short lines, and read the text only when all else holds', () => {
    assert.equal(shouldOfferWordWrap({ ...base, text: () => 'MS. LIND: Yes.\nMR. OKO: No.\n' }), false);
    assert.equal(shouldOfferWordWrap({ ...base, wordWrap: 'on', text: () => assert.fail('text read') }), false);
  });
  await t.test('should find a long line at the end, after CR or CRLF', () => {
    const long = 'x'.repeat(LONG_LINE + 1);
    assert.equal(hasLongLines(`a\r\n${long}`), true);
    assert.equal(hasLongLines(`a\r${long}`), true);
    assert.equal(hasLongLines(`${'x'.repeat(LONG_LINE)}\r\n${'y'.repeat(LONG_LINE)}`), false);
  });
});
