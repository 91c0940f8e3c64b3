import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildPanelSnapshot } from '../../../src/shared/panelSnapshot';
import { percent, reflow, rowAriaLabel } from '../../../src/webview/labels';
import { fixtureSet, TEXTS } from './fixture';

test('rowAriaLabel', async (t) => {
  const r = buildPanelSnapshot({ set: fixtureSet(), texts: TEXTS });
  assert.ok(r.ok);
  const names = new Map(r.snapshot.entities.map((e) => [e.id, e]));

  await t.test('should read a quote row as class, fidelity, type, attribution and transcript speaker, group, then both passages', () => {
    assert.equal(
      rowAriaLabel(r.snapshot.rows[1], names, 'Ingrid Holm'),
      'Close match. quote fidelity 86%. quote. the report names no one. spoken in the transcript by Ingrid Holm. in Ingrid Holm. Report: We expect trade to triple within five years.. Transcript: We expect trade to double within five years.',
    );
  });

  await t.test('should say when the report names no one', () => {
    const row = { ...r.snapshot.rows[1], attribution: undefined, transcriptSpeaker: undefined };
    assert.match(rowAriaLabel(row, names, 'g'), /the report names no one\. no speaker in the transcript\./);
  });

  await t.test('should read an unsupported claim without a transcript passage', () => {
    const label = rowAriaLabel(r.snapshot.unsupported[0], names, 'Unsupported');
    assert.match(label, /^Unsupported by the transcript\. statistic\. attributed by the report to Ingrid Holm\. in Unsupported/);
    assert.doesNotMatch(label, /Transcript:/);
  });

  await t.test('should read a claim not confirmed with its nearest passage and similarity', () => {
    const nearest = { uri: 'file:///t.txt', start: 0, end: 9, text: 'We agreed\nto wait.' };
    const label = rowAriaLabel({ ...r.snapshot.unsupported[0], reason: 'unconfirmed', nearest, similarity: 0.314 }, names, 'Not confirmed');
    assert.match(label, /^Not confirmed by the transcript\. statistic\./);
    assert.match(label, /Nearest in the transcript, similarity 31%: We agreed to wait\.$/);
  });

  await t.test('should shorten long passages', () => {
    const row = { ...r.snapshot.unsupported[0], report: { ...r.snapshot.unsupported[0].report, text: 'word '.repeat(100) } };
    assert.ok(rowAriaLabel(row, names, 'g').length < 260);
  });
});

test('reflow', async (t) => {
  await t.test('should turn hard line breaks into spaces', () => assert.equal(reflow('the ties of\n  a\r\nlong  friendship'), 'the ties of a long  friendship'));
  await t.test('should leave one-line text alone', () => assert.equal(reflow('one line'), 'one line'));
});

test('percent', async (t) => {
  await t.test('should round to whole percents', () => assert.deepEqual([0, 0.004, 0.855, 1].map(percent), ['0%', '0%', '86%', '100%']));
});
