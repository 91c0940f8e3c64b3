import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeSpan } from '../../../src/core/align/anchor';
import { applyHandAnnotations, type OrphanedHandAnnotation } from '../../../src/core/hand/apply';
import { handTargetFor } from '../../../src/core/hand/create';
import type { HandAnnotation } from '../../../src/core/hand/model';
import { checkToPanel, type PanelOrphan } from '../../../src/shared/panelProtocol';
import { buildPanelSnapshot, panelOrphans } from '../../../src/shared/panelSnapshot';
import { orphanAriaLabel, orphanKindLabel } from '../../../src/webview/labels';
import { fixtureSet, REPORT, REPORT_URI, span, TEXTS, TRANSCRIPT, TRANSCRIPT_URI } from './fixture';

const CREATED = '2026-01-02T03:04:05.000Z';

/** A hand annotation of `text` (at `uri`) on the words `needle`. */
function target(uri: string, text: string, needle: string) {
  return handTargetFor(uri, uri, text, span(text, needle));
}

const tagPerson: HandAnnotation = { id: 'urn:uuid:1', created: CREATED, action: 'tag', kind: 'person', entity: 'Ingrid Holm', target: target(REPORT_URI, REPORT, 'The Chancellor') };
const tagCountry: HandAnnotation = { id: 'urn:uuid:2', created: CREATED, action: 'tag', kind: 'country', entity: 'Norway', iso: 'NO', target: target(REPORT_URI, REPORT, 'Norway') };
const tagClaim: HandAnnotation = { id: 'urn:uuid:3', created: CREATED, action: 'tag', kind: 'claim', speaker: 'Ingrid Holm', claimType: 'statistic', target: target(REPORT_URI, REPORT, 'cut emissions by half') };
const rejectCountry: HandAnnotation = { id: 'urn:uuid:4', created: CREATED, action: 'reject', kind: 'country', target: target(TRANSCRIPT_URI, TRANSCRIPT, 'Norway') };
const setSpeaker: HandAnnotation = { id: 'urn:uuid:5', created: CREATED, action: 'setSpeaker', speaker: 'Amara Okafor', target: target(TRANSCRIPT_URI, TRANSCRIPT, 'We expect trade to double') };
const link: HandAnnotation = {
  id: 'urn:uuid:6',
  created: CREATED,
  action: 'link',
  match: 'paraphrase',
  target: target(REPORT_URI, REPORT, 'The Chancellor also claimed'),
  counterpart: handTargetFor(REPORT_URI, TRANSCRIPT_URI, TRANSCRIPT, span(TRANSCRIPT, 'We expect trade to double')),
};

const orphan = (uri: string, annotation: HandAnnotation, reason = 'gone'): OrphanedHandAnnotation => ({ docId: uri === REPORT_URI ? 'd1' : 'd2', uri, annotation, reason });

test('panelOrphans', async (t) => {
  await t.test('should list orphans of the pair only, report first, each account in text order', () => {
    const list = panelOrphans(
      [orphan(TRANSCRIPT_URI, rejectCountry), orphan(REPORT_URI, tagClaim), orphan('file:///elsewhere/other.txt', tagPerson), orphan(REPORT_URI, tagPerson)],
      [REPORT_URI, TRANSCRIPT_URI],
    );
    assert.deepEqual(list.map((o) => o.id), ['urn:uuid:1', 'urn:uuid:3', 'urn:uuid:4']);
    assert.deepEqual(list.map((o) => o.account), ['report news.txt', 'report news.txt', 'transcript.txt'], 'the file name is decoded');
  });

  await t.test('should say what each orphan did, whom it named, and keep its stored quote and reason', () => {
    const list = panelOrphans([tagPerson, tagCountry, tagClaim, link].map((a) => orphan(REPORT_URI, a, `reason ${a.id}`)).concat([rejectCountry, setSpeaker].map((a) => orphan(TRANSCRIPT_URI, a, 'r'))), [REPORT_URI, TRANSCRIPT_URI]);
    const by = new Map(list.map((o) => [o.id, o]));
    assert.deepEqual(by.get('urn:uuid:1'), { id: 'urn:uuid:1', uri: REPORT_URI, account: 'report news.txt', action: 'tag', kind: 'person', label: 'Ingrid Holm', quote: 'The Chancellor', reason: 'reason urn:uuid:1' });
    assert.equal(by.get('urn:uuid:2')?.label, 'Norway (NO)');
    assert.equal(by.get('urn:uuid:3')?.label, 'Ingrid Holm', 'a claim names its speaker');
    assert.equal(by.get('urn:uuid:3')?.kind, 'claim');
    assert.equal(by.get('urn:uuid:4')?.kind, 'country');
    assert.equal('label' in by.get('urn:uuid:4')!, false, 'a rejection names nothing: no label key at all');
    assert.equal(by.get('urn:uuid:5')?.label, 'Amara Okafor');
    assert.equal('kind' in by.get('urn:uuid:5')!, false);
    assert.equal(by.get('urn:uuid:6')?.label, 'We expect trade to double', 'a link names its counterpart words');
    assert.equal(by.get('urn:uuid:6')?.action, 'link');
  });

  await t.test('should shorten a long quote and say so', () => {
    const long = 'word '.repeat(2000);
    const text = `${long}end`;
    const big: HandAnnotation = { ...tagPerson, id: 'urn:uuid:big', target: { source: 'x', selectors: describeSpan(text, { start: 0, end: long.length }) } };
    const [o] = panelOrphans([orphan(REPORT_URI, big)], [REPORT_URI], 100);
    assert.equal(o.quote.length, 100);
    assert.equal(o.truncated, true);
    assert.equal(panelOrphans([orphan(REPORT_URI, tagPerson)], [REPORT_URI], 100)[0].truncated, undefined);
  });
});

test('buildPanelSnapshot with orphans', async (t) => {
  await t.test('should have an empty orphan list when none is given', () => {
    const r = buildPanelSnapshot({ set: fixtureSet(), texts: TEXTS });
    assert.ok(r.ok);
    assert.deepEqual(r.snapshot.orphans, []);
  });

  await t.test('should list a hand annotation orphaned by an edit, as the hand layer reports it, and pass validation', () => {
    // The user tagged “The Chancellor” and “Norway”; then the third line of the report was rewritten.
    const edited = REPORT.replace('The Chancellor also claimed Norway had cut emissions by half.', 'Reporters later asked about the weather in Bergen.');
    const result = applyHandAnnotations(fixtureSet(), [{ docId: 'd1', uri: REPORT_URI, text: edited, hand: [tagPerson, tagCountry] }]);
    assert.deepEqual(result.orphans.map((o) => o.annotation.id), ['urn:uuid:1'], 'the tag on the rewritten words is orphaned, the other placed');
    const built = buildPanelSnapshot({ set: result.set, texts: new Map([[REPORT_URI, edited], [TRANSCRIPT_URI, TRANSCRIPT]]), orphans: result.orphans });
    assert.ok(built.ok, built.ok ? '' : built.error);
    assert.equal(built.snapshot.orphans.length, 1);
    const [o] = built.snapshot.orphans;
    assert.deepEqual([o.id, o.action, o.kind, o.label, o.quote, o.account], ['urn:uuid:1', 'tag', 'person', 'Ingrid Holm', 'The Chancellor', 'report news.txt']);
    assert.match(o.reason, /The Chancellor/);
    const checked = checkToPanel({ type: 'snapshot', snapshot: built.snapshot });
    assert.ok(checked.ok, checked.ok ? '' : checked.error);
    assert.deepEqual(checked.ok && checked.value.type === 'snapshot' && checked.value.snapshot.orphans, built.snapshot.orphans);
  });
});

test('orphan labels', async (t) => {
  const base: PanelOrphan = { id: 'urn:uuid:1', uri: REPORT_URI, account: 'report news.txt', action: 'tag', kind: 'person', label: 'Ingrid Holm', quote: 'The Chancellor', reason: '"The Chancellor" is no longer in the text.' };

  await t.test('should name what each action did', () => {
    assert.equal(orphanKindLabel(base), 'Person tag');
    assert.equal(orphanKindLabel({ ...base, kind: 'country' }), 'Country tag');
    assert.equal(orphanKindLabel({ ...base, action: 'reject', kind: 'claim' }), 'Rejected claim');
    assert.equal(orphanKindLabel({ ...base, action: 'setSpeaker', kind: undefined }), 'Set speaker');
    assert.equal(orphanKindLabel({ ...base, action: 'link', kind: undefined }), 'Link');
    assert.equal(orphanKindLabel({ ...base, action: 'unlink', kind: undefined }), 'Unlink');
    assert.equal(orphanKindLabel({ ...base, action: 'assess', kind: undefined }), 'Verdict');
    assert.equal(orphanKindLabel({ ...base, action: 'comment', kind: undefined }), 'Note');
  });

  await t.test('should read as a sentence with the name, the words, the account and the reason', () => {
    assert.equal(orphanAriaLabel(base), 'Person tag: Ingrid Holm, on “The Chancellor”, kept in the sidecar of report news.txt. "The Chancellor" is no longer in the text.');
    assert.equal(orphanAriaLabel({ ...base, action: 'link', kind: undefined, label: 'We expect' }), 'Link to “We expect”, on “The Chancellor”, kept in the sidecar of report news.txt. "The Chancellor" is no longer in the text.');
    assert.equal(orphanAriaLabel({ ...base, action: 'reject', kind: 'country', label: undefined }), 'Rejected country, on “The Chancellor”, kept in the sidecar of report news.txt. "The Chancellor" is no longer in the text.');
  });
});
