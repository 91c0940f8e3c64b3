/**
 * The gutter mark of a transcript sentence (src/extension/coverageGutterIcon.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { gutterCount, gutterIconUri, gutterSvg } from '../../../src/extension/coverageGutterIcon';

test('gutter mark', async (t) => {
  await t.test('should show the count, up to 9+', () => {
    assert.deepEqual([0, 1, 9, 10, 42].map(gutterCount), ['0', '1', '9', '9+', '9+']);
    assert.match(gutterSvg(3, 5), />3<\/text>/);
    assert.match(gutterSvg(12, 12), />9\+<\/text>/);
  });

  await t.test('should fill more as more reports render the sentence, and not at all for none', () => {
    const opacity = (svg: string) => Number(/fill-opacity="([\d.]+)"/.exec(svg)![1]);
    assert.ok(opacity(gutterSvg(1, 4)) < opacity(gutterSvg(3, 4)));
    assert.equal(opacity(gutterSvg(4, 4)), 1);
    assert.match(gutterSvg(0, 4), /fill="none"/);
  });

  await t.test('should be a self-contained SVG data URI that fetches nothing', () => {
    const uri = gutterIconUri(2, 3);
    assert.match(uri, /^data:image\/svg\+xml;utf8,/);
    const svg = decodeURIComponent(uri.slice(uri.indexOf(',') + 1));
    assert.equal(svg, gutterSvg(2, 3));
    assert.doesNotMatch(svg, /href|url\(|<script|<image/i);
    const doc = parse(`<!DOCTYPE html><body>${svg}</body>`);
    const svgElement = (doc.childNodes[1] as DefaultTreeAdapterMap['element']).childNodes.find((n) => n.nodeName === 'body') as DefaultTreeAdapterMap['element'];
    assert.equal(svgElement.childNodes[0]!.nodeName, 'svg');
  });
});
