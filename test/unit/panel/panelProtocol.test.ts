import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFromPanel, checkToPanel } from '../../../src/shared/panelProtocol';
import { buildPanelSnapshot } from '../../../src/shared/panelSnapshot';
import { fixtureSet, TEXTS } from './fixture';

function snapshot() {
  const r = buildPanelSnapshot({ set: fixtureSet(), texts: TEXTS });
  assert.ok(r.ok);
  return r.snapshot;
}

const error = (r: { ok: boolean; error?: string }) => (r.ok ? '' : r.error ?? '');

test('checkFromPanel', async (t) => {
  await t.test('should accept each well-formed message', () => {
    for (const m of [
      { type: 'ready' },
      { type: 'reveal', rowId: 'x1' },
      { type: 'command', command: 'pairWith' },
      { type: 'command', command: 'showOrphaned' },
      { type: 'orphan', action: 'open', uri: 'file:///a.txt', id: 'urn:uuid:5f0c' },
      { type: 'orphan', action: 'remove', uri: 'file:///a.txt', id: 'urn:uuid:5f0c' },
      { type: 'metric', name: 'render', ms: 12.5, rows: 2000 },
    ]) assert.deepEqual(checkFromPanel(m), { ok: true, value: m });
  });

  await t.test('should reject non-objects and unknown types, listing the known ones', () => {
    for (const m of [null, undefined, 'ready', 42, [], { type: 'eval' }, { kind: 'ready' }]) {
      const r = checkFromPanel(m);
      assert.equal(r.ok, false, JSON.stringify(m));
    }
    assert.match(error(checkFromPanel({ type: 'eval' })), /^type: expected one of ready, reveal, command, orphan, review, reviewerChoice, reviewerClose, metric/);
  });

  await t.test('should reject a command that is not on the allowed list', () => {
    assert.match(error(checkFromPanel({ type: 'command', command: 'workbench.action.terminal.new' })), /^command: expected one of pairWith/);
  });

  await t.test('should reject wrongly typed or missing fields, naming the field', () => {
    assert.match(error(checkFromPanel({ type: 'reveal' })), /^rowId: missing/);
    assert.match(error(checkFromPanel({ type: 'reveal', rowId: 7 })), /^rowId: expected a string/);
    assert.match(error(checkFromPanel({ type: 'reveal', rowId: 'x'.repeat(201) })), /^rowId: string longer than 200/);
    assert.match(error(checkFromPanel({ type: 'metric', name: 'render', ms: -1, rows: 3 })), /^ms: expected a number in/);
    assert.match(error(checkFromPanel({ type: 'metric', name: 'render', ms: Number.NaN, rows: 3 })), /^ms: expected a finite number/);
    assert.match(error(checkFromPanel({ type: 'metric', name: 'render', ms: 1, rows: 1.5 })), /^rows: expected an integer/);
  });

  await t.test('should drop properties it does not know', () => {
    const r = checkFromPanel({ type: 'reveal', rowId: 'x1', __proto__: { polluted: true }, extra: '<script>' });
    assert.deepEqual(r, { ok: true, value: { type: 'reveal', rowId: 'x1' } });
    const o = checkFromPanel({ type: 'orphan', action: 'remove', uri: 'file:///a.txt', id: 'urn:uuid:1', command: 'workbench.action.terminal.new' });
    assert.deepEqual(o, { ok: true, value: { type: 'orphan', action: 'remove', uri: 'file:///a.txt', id: 'urn:uuid:1' } });
  });

  await t.test('should reject an orphan action it does not know and missing or wrongly typed fields', () => {
    const good = { type: 'orphan', action: 'open', uri: 'file:///a.txt', id: 'urn:uuid:1' };
    assert.match(error(checkFromPanel({ ...good, action: 'retag' })), /^action: expected one of open, remove/);
    assert.match(error(checkFromPanel({ ...good, action: undefined })), /^action: expected one of/);
    assert.match(error(checkFromPanel({ type: 'orphan', action: 'open', uri: 'file:///a.txt' })), /^id: missing/);
    assert.match(error(checkFromPanel({ ...good, uri: 42 })), /^uri: expected a string/);
    assert.match(error(checkFromPanel({ ...good, id: 'x'.repeat(201) })), /^id: string longer than 200/);
  });
});

test('checkToPanel', async (t) => {
  await t.test('should accept a snapshot, an empty state and a cursor', () => {
    assert.ok(checkToPanel({ type: 'snapshot', snapshot: snapshot() }).ok);
    assert.ok(checkToPanel({ type: 'empty', reason: 'unpaired', detail: 'a.txt has no counterpart' }).ok);
    assert.ok(checkToPanel({ type: 'cursor', uri: 'file:///a.txt', offset: 10, filter: true }).ok);
    assert.ok(checkToPanel({ type: 'cursor', uri: 'file:///a.txt', offset: 10, end: 90, label: 'a.txt, line 3', filter: true }).ok);
  });

  await t.test('should carry hostile document text through unchanged, as text', () => {
    const s = snapshot();
    const hostile = '<img src=x onerror=alert(1)></script><a href="javascript:alert(1)">x</a>';
    const row = { ...s.rows[0], report: { ...s.rows[0].report, text: hostile } };
    const r = checkToPanel({ type: 'snapshot', snapshot: { ...s, rows: [row] } });
    assert.ok(r.ok);
    assert.equal(r.ok && r.value.type === 'snapshot' && r.value.snapshot.rows[0].report.text, hostile);
  });

  await t.test('should reject a malformed row, with the path of the field', () => {
    const s = snapshot();
    const bad = (patch: object) => checkToPanel({ type: 'snapshot', snapshot: { ...s, rows: [s.rows[0], { ...s.rows[1], ...patch }] } });
    assert.match(error(bad({ score: 1.5 })), /^snapshot\.rows\[1\]\.score: expected a number in \[0, 1\]/);
    assert.match(error(bad({ match: 'exact' })), /^snapshot\.rows\[1\]\.match: expected one of verbatim/);
    assert.match(error(bad({ countries: 'c1' })), /^snapshot\.rows\[1\]\.countries: expected an array/);
    assert.match(error(bad({ report: { uri: 'u', start: -1, end: 3, text: '' } })), /^snapshot\.rows\[1\]\.report\.start/);
    assert.match(error(bad({ diff: [{ op: 'moved' }] })), /^snapshot\.rows\[1\]\.diff\[0\]\.op/);
  });

  await t.test('should take an unsupported row of either reason, and no other', () => {
    const s = snapshot();
    const row = (reason: unknown) => checkToPanel({ type: 'snapshot', snapshot: { ...s, unsupported: [{ ...s.unsupported[0], reason }] } });
    assert.ok(row('context').ok && row('unsupported').ok);
    assert.match(error(row('maybe')), /^snapshot\.unsupported\[0\]\.reason: expected one of unsupported, context/);
  });

  const orphan = { id: 'urn:uuid:1', uri: 'file:///a.txt', account: 'a.txt', action: 'tag', kind: 'person', label: 'Ingrid Holm', quote: 'The Chancellor', reason: 'gone' };

  await t.test('should accept a snapshot with orphans, and carry their hostile text unchanged', () => {
    const hostile = '<img src=x onerror=alert(1)></script>javascript:alert(1)';
    const orphans = [orphan, { ...orphan, id: 'urn:uuid:2', action: 'reject', kind: 'claim', label: undefined, quote: hostile, truncated: true }, { ...orphan, id: 'urn:uuid:3', action: 'link', kind: undefined, label: hostile }];
    const r = checkToPanel({ type: 'snapshot', snapshot: { ...snapshot(), orphans } });
    assert.ok(r.ok, error(r));
    const got = r.ok && r.value.type === 'snapshot' ? r.value.snapshot.orphans : [];
    assert.equal(got.length, 3);
    assert.equal(got[1].quote, hostile);
    assert.equal(got[1].truncated, true);
    assert.equal('label' in got[1], false, 'an undefined optional field is left out');
    assert.equal(got[2].label, hostile);
  });

  await t.test('should reject a snapshot without an orphan list, and a malformed orphan with its path', () => {
    const { orphans: _, ...without } = snapshot();
    assert.match(error(checkToPanel({ type: 'snapshot', snapshot: without })), /^snapshot\.orphans: missing/);
    const bad = (patch: object) => checkToPanel({ type: 'snapshot', snapshot: { ...snapshot(), orphans: [orphan, { ...orphan, ...patch }] } });
    assert.match(error(bad({ action: 'delete' })), /^snapshot\.orphans\[1\]\.action: expected one of tag, reject, setSpeaker, link, unlink/);
    assert.match(error(bad({ kind: 'organisation' })), /^snapshot\.orphans\[1\]\.kind: expected one of person, country, turn, claim/);
    assert.match(error(bad({ quote: ['The', 'Chancellor'] })), /^snapshot\.orphans\[1\]\.quote: expected a string/);
    assert.match(error(bad({ reason: undefined })), /^snapshot\.orphans\[1\]\.reason: expected a string/);
    assert.match(error(bad({ truncated: 'yes' })), /^snapshot\.orphans\[1\]\.truncated: expected a boolean/);
    assert.match(error(bad({ id: 'x'.repeat(201) })), /^snapshot\.orphans\[1\]\.id: string longer than 200/);
    assert.match(error(checkToPanel({ type: 'snapshot', snapshot: { ...snapshot(), orphans: orphan } })), /^snapshot\.orphans: expected an array/);
  });

  await t.test('should reject an unknown empty reason and a negative or fractional offset', () => {
    assert.equal(checkToPanel({ type: 'empty', reason: 'because', detail: '' }).ok, false);
    assert.equal(checkToPanel({ type: 'cursor', uri: 'u', offset: -1, filter: false }).ok, false);
    assert.equal(checkToPanel({ type: 'cursor', uri: 'u', offset: 1.5, filter: false }).ok, false);
    assert.match(error(checkToPanel({ type: 'cursor', uri: 'u', offset: 1 })), /^filter: missing/);
  });
});
