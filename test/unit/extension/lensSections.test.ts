import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lensSections, lensTitle, paragraphs } from '../../../src/extension/lensSections';
import { CONTEXT_SET, REPORT, SET, TRANSCRIPT, TURN_1, TURN_3 } from './fixtureSet';

test('lens sections', async (t) => {
  await t.test('should split paragraphs at blank lines', () => {
    const text = 'one\ntwo\n\n  three  \r\n \r\nfour';
    assert.deepEqual(paragraphs(text).map((p) => text.slice(p.start, p.end)), ['one\ntwo', 'three', 'four']);
  });
  await t.test('should treat each line as a paragraph when there is no blank line', () => {
    assert.deepEqual(paragraphs('a\nb').length, 2);
  });
  await t.test('should count cross-references and unsupported claims per report paragraph', () => {
    const s = lensSections(SET, 'd1', REPORT);
    assert.deepEqual(s.map(lensTitle), ['1 cross-reference', '1 cross-reference · 1 unsupported']);
  });
  await t.test('should count context apart, and give a paragraph of context only no lens', () => {
    const s = lensSections(CONTEXT_SET, 'd1', REPORT);
    assert.deepEqual(s.map(lensTitle), ['1 cross-reference', '1 cross-reference · 1 context']);
    const noLinks = { ...CONTEXT_SET, crossReferences: CONTEXT_SET.crossReferences.slice(0, 1) };
    assert.deepEqual(lensSections(noLinks, 'd1', REPORT).map(lensTitle), ['1 cross-reference']);
  });
  await t.test('should count claims not confirmed apart, like context: never a lens of their own', () => {
    const { start, end } = SET.unmatched[0]!;
    const nearest = { document: 'd2', start: TURN_3.start, end: TURN_3.end, score: 0.2 };
    const set = { ...SET, unmatched: [], unconfirmed: [{ document: 'd1', start, end, annotation: SET.unmatched[0]!.annotation, nearest }] };
    assert.deepEqual(lensSections(set, 'd1', REPORT).map(lensTitle), ['1 cross-reference', '1 cross-reference · 1 not confirmed']);
    const noLinks = { ...set, crossReferences: set.crossReferences.slice(0, 1) };
    assert.deepEqual(lensSections(noLinks, 'd1', REPORT).map(lensTitle), ['1 cross-reference']);
  });
  await t.test('should count per transcript turn', () => {
    const s = lensSections(SET, 'd2', TRANSCRIPT);
    assert.deepEqual(s.map((x) => x.start), [TURN_1.start, TURN_3.start]);
  });
});
