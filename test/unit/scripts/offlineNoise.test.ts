import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNoiseFilter } from '../../../scripts/offlineNoise.mjs';

const keep = (lines: string[]) => { const show = createNoiseFilter(); return lines.filter(show); };

test('offline noise filter', async (t) => {
  await t.test('should drop the marketplace lookup error with its stack', () => {
    assert.deepEqual(keep([
      '[12:00:01] #1: https://open-vsx.org/vscode/gallery/extensionquery - error POST getaddrinfo ENOTFOUND open-vsx.org',
      '    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26)',
      '[12:00:02] Extension host agent started.',
    ]), ['[12:00:02] Extension host agent started.']);
  });
  await t.test('should drop the missing vsda module lines', () => {
    assert.deepEqual(keep([
      'File not found: /cache/code-server/lib/vscode/node_modules/vsda/rust/web/vsda_bg.wasm',
      'File not found: /cache/code-server/lib/vscode/node_modules/vsda/rust/web/vsda.js',
      'HTTP server listening on http://127.0.0.1:8080/',
    ]), ['HTTP server listening on http://127.0.0.1:8080/']);
  });
  await t.test('should drop empty lines and bare time stamps', () => {
    assert.deepEqual(keep(['[15:26:57] ', '', '   ', '[reconnection-grace-time] No CLI argument provided']), ['[reconnection-grace-time] No CLI argument provided']);
  });
  await t.test('should keep every other line, indented ones too', () => {
    const lines = ['[12:00:00] code-server 4.139.1', '  - Authentication is disabled', '[12:00:04] Error: EADDRINUSE 127.0.0.1:8080'];
    assert.deepEqual(keep(lines), lines);
  });
});
