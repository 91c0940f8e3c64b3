import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnnotationSet } from '../../../src/core/model/annotation';
import { checkFromPanel, checkToPanel, type PanelAgreement, type PanelSnapshot } from '../../../src/shared/panelProtocol';
import { buildPanelSnapshot } from '../../../src/shared/panelSnapshot';
import { rowAriaLabel } from '../../../src/webview/labels';
import { kappaText } from '../../../src/webview/reviewers';
import { NO_VERDICT, passesVerdict, rowVerdicts, verdictsIn } from '../../../src/webview/reviewFilter';
import { buildListModel } from '../../../src/webview/viewModel';
import { DEFAULT_VIEW_STATE, readViewState } from '../../../src/webview/viewState';
import { fixtureSet, TEXTS } from './fixture';

/** The fixture pair with a verdict and note on claim a4, a verdict on cross-reference x2, none on a7. */
function reviewedSet(): AnnotationSet {
  const set = fixtureSet();
  return {
    ...set,
    annotations: set.annotations.map((a) => (a.id === 'a4' ? { ...a, review: { verdict: 'accurate', note: 'Checked <b>twice</b>', creator: 'Rosa Diaz' } } : a)),
    crossReferences: set.crossReferences.map((x) => (x.id === 'x2' ? { ...x, review: { verdict: 'misquoted', creator: 'Rosa Diaz' } } : x)),
  };
}

function snapshot(set = reviewedSet()): PanelSnapshot {
  const r = buildPanelSnapshot({ set, texts: TEXTS });
  assert.ok(r.ok);
  return r.snapshot;
}

test('panel reviews', async (t) => {
  await t.test('should carry the claim review and the cross-reference review on rows', () => {
    const s = snapshot();
    const x1 = s.rows.find((r) => r.id === 'x1')!;
    const x2 = s.rows.find((r) => r.id === 'x2')!;
    assert.deepEqual(x1.review, { verdict: 'accurate', note: 'Checked <b>twice</b>', creator: 'Rosa Diaz' });
    assert.equal(x1.linkReview, undefined);
    assert.equal(x2.review, undefined);
    assert.deepEqual(x2.linkReview, { verdict: 'misquoted', creator: 'Rosa Diaz' });
    assert.equal(s.unsupported[0]!.review, undefined);
    // The snapshot with reviews is a valid message.
    assert.ok(checkToPanel({ type: 'snapshot', snapshot: s }).ok);
  });

  await t.test('should send no review field when nothing was reviewed', () => {
    const s = snapshot(fixtureSet());
    assert.ok([...s.rows, ...s.unsupported].every((r) => !('review' in r) && !('linkReview' in r)));
  });

  await t.test('should filter rows by verdict, by "not reviewed", or not at all', () => {
    const s = snapshot();
    const ids = (verdict: string) => buildListModel(s, { ...DEFAULT_VIEW_STATE, verdict }).items.flatMap((i) => (i.kind === 'row' ? [i.row.id] : []));
    assert.deepEqual(ids('accurate'), ['x1']);
    assert.deepEqual(ids('misquoted'), ['x2']);
    assert.deepEqual(ids(NO_VERDICT), ['a7']);
    assert.deepEqual(ids(''), ['x1', 'x2', 'a7']);
    assert.deepEqual(ids('unsupported'), []);
  });

  await t.test('should list the verdicts given, claim first, each once', () => {
    const s = snapshot();
    assert.deepEqual(verdictsIn([...s.rows, ...s.unsupported]), ['accurate', 'misquoted']);
    const both = { ...s.rows[0]!, review: { verdict: 'accurate' }, linkReview: { verdict: 'accurate' } };
    assert.deepEqual(rowVerdicts(both), ['accurate']);
    assert.ok(passesVerdict(both, 'accurate') && !passesVerdict(both, NO_VERDICT));
  });

  await t.test('should find rows by their note in the search', () => {
    const ids = buildListModel(snapshot(), { ...DEFAULT_VIEW_STATE, search: 'twice' }).items.flatMap((i) => (i.kind === 'row' ? [i.row.id] : []));
    assert.deepEqual(ids, ['x1']);
  });

  await t.test('should keep the verdict filter across reloads and default it to any', () => {
    assert.equal(readViewState({ verdict: 'accurate' }).verdict, 'accurate');
    assert.equal(readViewState({ verdict: 42 }).verdict, '');
    assert.equal(readViewState(undefined).verdict, '');
  });

  await t.test('should accept a review request from a row and refuse a malformed one', () => {
    assert.deepEqual(checkFromPanel({ type: 'review', rowId: 'x1', on: 'link', field: 'note', extra: '<script>' }), { ok: true, value: { type: 'review', rowId: 'x1', on: 'link', field: 'note' } });
    const bad = checkFromPanel({ type: 'review', rowId: 'x1', on: 'sidecar', field: 'verdict' });
    assert.ok(!bad.ok && /on: expected one of claim, link/.test(bad.error));
    assert.ok(!checkFromPanel({ type: 'review', rowId: 'x1', on: 'claim' }).ok);
  });

  await t.test('should refuse a review whose note is not a string', () => {
    const s = snapshot();
    const broken = { ...s, rows: [{ ...s.rows[0]!, review: { note: { html: '<img>' } } }] };
    assert.ok(!checkToPanel({ type: 'snapshot', snapshot: broken }).ok);
  });
});

test('rowAriaLabel with reviews', async (t) => {
  await t.test('should read the claim verdict and the link verdict', () => {
    const s = snapshot();
    const names = new Map(s.entities.map((e) => [e.id, e]));
    assert.match(rowAriaLabel(s.rows.find((r) => r.id === 'x1')!, names, 'g'), /\. verdict accurate\./);
    assert.match(rowAriaLabel(s.rows.find((r) => r.id === 'x2')!, names, 'g'), /\. link verdict misquoted\./);
    assert.doesNotMatch(rowAriaLabel(s.unsupported[0]!, names, 'g'), /verdict/);
  });
});

test('two reviewers in the panel', async (t) => {
  const comparison = {
    account: 'news.txt',
    them: 'Lee <b>',
    agreements: [
      { kind: 'claims', items: 3, agreed: 1, raw: 1 / 3, kappa: 1 / 7 },
      { kind: 'links', items: 0, agreed: 0 },
    ],
    disagreements: [{ id: 'verdicts-0', kind: 'verdicts', quote: '"opens <i>in</i> May"', mine: 'accurate', theirs: 'misquoted' }],
  };

  await t.test('should accept a comparison and its removal, keeping document text as it is', () => {
    const checked = checkToPanel({ type: 'reviewers', comparison });
    assert.ok(checked.ok);
    assert.deepEqual(checked.value, { type: 'reviewers', comparison });
    assert.deepEqual(checkToPanel({ type: 'reviewers' }), { ok: true, value: { type: 'reviewers' } });
  });

  await t.test('should refuse a kind it does not know and a κ out of range', () => {
    assert.ok(!checkToPanel({ type: 'reviewers', comparison: { ...comparison, agreements: [{ kind: 'turns', items: 1, agreed: 1 }] } }).ok);
    assert.ok(!checkToPanel({ type: 'reviewers', comparison: { ...comparison, agreements: [{ kind: 'claims', items: 1, agreed: 1, kappa: 2 }] } }).ok);
  });

  await t.test('should accept keeping ours or taking theirs, and closing, and nothing else', () => {
    assert.ok(checkFromPanel({ type: 'reviewerChoice', id: 'verdicts-0', take: 'theirs' }).ok);
    assert.ok(checkFromPanel({ type: 'reviewerClose' }).ok);
    assert.ok(!checkFromPanel({ type: 'reviewerChoice', id: 'verdicts-0', take: 'both' }).ok);
  });

  await t.test('should write κ to two places, or n/a', () => {
    assert.equal(kappaText(comparison.agreements[0] as PanelAgreement), 'κ 0.14');
    assert.equal(kappaText(comparison.agreements[1] as PanelAgreement), 'κ n/a');
  });
});
