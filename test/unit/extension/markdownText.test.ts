import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown, flagEmoji, truncate } from '../../../src/extension/markdownText';

test('markdown text', async (t) => {
  await t.test('should escape markup, links and HTML', () => {
    const e = escapeMarkdown('# [a](command:x) <b>&amp; *y* $(zap)\n\n- item');
    assert.ok(!/(^|[^\\])[[\]()<>*#$]/.test(e), e);
    assert.ok(!e.includes('\n'));
  });
  await t.test('should make flags from ISO codes only', () => {
    assert.equal(flagEmoji('no'), '🇳🇴');
    assert.equal(flagEmoji('XYZ'), '');
    assert.equal(flagEmoji(undefined), '');
  });
  await t.test('should truncate at a word boundary', () => {
    assert.equal(truncate('alpha beta gamma delta', 12), 'alpha beta…');
    assert.equal(truncate('short', 12), 'short');
  });
});
