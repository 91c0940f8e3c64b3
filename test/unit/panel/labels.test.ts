import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildPanelSnapshot } from '../../../src/shared/panelSnapshot';
import { percent, rowAriaLabel } from '../../../src/webview/labels';
import { fixtureSet, TEXTS } from './fixture';

test('rowAriaLabel', async (t) => {
  const r = buildPanelSnapshot({ set: fixtureSet(), texts: TEXTS });
  assert.ok(r.ok);
  const names = new Map(r.snapshot.entities.map((e) => [e.id, e]));

  await t.test('should read a quote row as class, fidelity, type, speaker, group, then both passages', () => {
    assert.equal(
      rowAriaLabel(r.snapshot.rows[1], names, 'Ingrid Holm'),
      'Close match. quote fidelity 86%. quote. speaker Ingrid Holm. in Ingrid Holm. Report: We expect trade to triple within five years.. Transcript: We expect trade to double within five years.',
    );
  });

  await t.test('should read an unsupported claim without a transcript passage', () => {
    const label = rowAriaLabel(r.snapshot.unsupported[0], names, 'Unsupported');
    assert.match(label, /^Unsupported by the transcript\. statistic\. speaker Ingrid Holm\./);
    assert.doesNotMatch(label, /Transcript:/);
  });

  await t.test('should shorten long passages', () => {
    const row = { ...r.snapshot.unsupported[0], report: { ...r.snapshot.unsupported[0].report, text: 'word '.repeat(100) } };
    assert.ok(rowAriaLabel(row, names, 'g').length < 260);
  });
});

test('percent', async (t) => {
  await t.test('should round to whole percents', () => assert.deepEqual([0, 0.004, 0.855, 1].map(percent), ['0%', '0%', '86%', '100%']));
});
