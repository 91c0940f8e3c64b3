import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { EXPORT_SUFFIXES, exportFileName, ownedFileReason } from '../../../src/core/export/ownedFiles';
import { documentBaseName } from '../../../src/core/export/documentName';
import { sidecarNameFor } from '../../../src/core/hand/sidecar';

const FORMATS = Object.keys(EXPORT_SUFFIXES) as Array<keyof typeof EXPORT_SUFFIXES>;

test('ownedFiles', async (t) => {
  await t.test('should never propose the sidecar of the account, nor any file it owns', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !s.includes('/')), fc.constantFrom('.txt', '.md', '.transcript', ''), fc.constantFrom(...FORMATS), fc.constantFrom('', '-pair', '-workspace'), (stem, extension, format, scope) => {
        const account = `${stem}${extension}`;
        const proposed = exportFileName(`${documentBaseName(account)}${scope}`, format);
        assert.notEqual(proposed.toLowerCase(), sidecarNameFor(account).toLowerCase());
        assert.equal(ownedFileReason(`file:///w/${encodeURIComponent(proposed)}`), undefined, proposed);
      }),
      { seed: 15, numRuns: 300 },
    );
    assert.equal(exportFileName('news', 'json'), 'news.export.json');
    assert.equal(exportFileName('news-pair', 'w3c'), 'news-pair.w3c.jsonld');
  });

  await t.test('should refuse sidecars and the pairs file, as paths or URIs', () => {
    for (const target of ['file:///w/news.annotations.json', '/w/News.Annotations.JSON', 'C:\\w\\news.annotations.json', 'file:///w/my%20news.annotations.json', 'vscode-vfs://github/o/r/x.annotations.json']) {
      assert.match(ownedFileReason(target) ?? '', /holds hand annotations/, target);
    }
    for (const target of ['file:///w/.vscode/transcript-annotator.json', '/w/.vscode/transcript-annotator.json', '.vscode/transcript-annotator.json']) {
      assert.match(ownedFileReason(target) ?? '', /pairs file/, target);
    }
    for (const target of ['file:///w/news.export.json', '/w/transcript-annotator.json', 'file:///w/annotations.json']) assert.equal(ownedFileReason(target), undefined, target);
  });
});
