import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_VIEW_STATE, readViewState } from '../../../src/webview/viewState';

test('readViewState', async (t) => {
  await t.test('should give the default state for nothing or garbage', () => {
    for (const v of [undefined, null, 3, 'x', []]) assert.deepEqual(readViewState(v), DEFAULT_VIEW_STATE);
  });

  await t.test('should keep valid fields and replace invalid ones', () => {
    const s = readViewState({
      grouping: 'country',
      classes: ['close', 'bogus', 'unsupported'],
      speaker: 'p3',
      country: 42,
      search: 'sanctions',
      scrollTop: -5,
      at: { uri: 'file:///r.txt', offset: 7 },
      activeKey: 'g:all/x4',
      summaryOpen: false,
    });
    assert.deepEqual(s, {
      grouping: 'country',
      classes: ['close', 'unsupported'],
      speaker: 'p3',
      country: '',
      verdict: '',
      search: 'sanctions',
      scrollTop: 0,
      summaryOpen: false,
      at: { uri: 'file:///r.txt', offset: 7 },
      activeKey: 'g:all/x4',
    });
  });

  await t.test('should show context too when a state saved before it had every class', () => {
    assert.deepEqual(readViewState({ classes: ['verbatim', 'close', 'paraphrase', 'partial', 'unsupported'] }).classes, DEFAULT_VIEW_STATE.classes);
    assert.deepEqual(readViewState({ classes: ['close', 'unsupported'] }).classes, ['close', 'unsupported']);
  });

  await t.test('should show claims not confirmed too when a state saved before them had every class, and not bring back a class hidden since', () => {
    assert.deepEqual(readViewState({ classes: ['verbatim', 'close', 'paraphrase', 'partial', 'unsupported', 'context'] }).classes, DEFAULT_VIEW_STATE.classes);
    assert.deepEqual(readViewState({ classes: ['verbatim', 'close', 'paraphrase', 'partial', 'unsupported', 'unconfirmed'] }).classes, ['verbatim', 'close', 'paraphrase', 'partial', 'unsupported', 'unconfirmed']);
    assert.deepEqual(readViewState({ classes: ['unconfirmed'] }).classes, ['unconfirmed']);
  });

  await t.test('should keep a section end and label, and drop an end before the offset', () => {
    assert.deepEqual(readViewState({ at: { uri: 'u', offset: 3, end: 9, label: 'news.txt, line 2' } }).at, { uri: 'u', offset: 3, end: 9, label: 'news.txt, line 2' });
    assert.deepEqual(readViewState({ at: { uri: 'u', offset: 3, end: 2 } }).at, { uri: 'u', offset: 3 });
  });

  await t.test('should drop an invalid location filter and unknown grouping', () => {
    const s = readViewState({ grouping: 'alphabet', at: { uri: 'file:///r.txt', offset: -1 } });
    assert.equal(s.grouping, 'report');
    assert.equal(s.at, undefined);
  });
});

test('nextClasses', async (t) => {
  const { nextClasses, ROW_CLASSES } = await import('../../../src/webview/viewState');
  await t.test('should show only the class clicked when all are shown', () => assert.deepEqual(nextClasses(ROW_CLASSES, 'paraphrase'), ['paraphrase']));
  await t.test('should switch to another class on a plain click', () => assert.deepEqual(nextClasses(['paraphrase'], 'close'), ['close']));
  await t.test('should show all again on a click on the class shown alone, or on All', () => {
    assert.deepEqual(nextClasses(['close'], 'close'), ROW_CLASSES);
    assert.deepEqual(nextClasses(['close', 'partial'], undefined), ROW_CLASSES);
  });
  await t.test('should add and remove a class with Ctrl+click', () => {
    assert.deepEqual(nextClasses(['partial'], 'verbatim', true), ['verbatim', 'partial']);
    assert.deepEqual(nextClasses(['verbatim', 'partial'], 'partial', true), ['verbatim']);
    assert.deepEqual(nextClasses(['verbatim'], 'verbatim', true), ROW_CLASSES, 'never no class');
  });
});
