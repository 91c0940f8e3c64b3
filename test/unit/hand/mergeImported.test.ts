/**
 * Import of W3C Web Annotations and brat `.ann` into a sidecar, and the round trip:
 * export → import into an empty sidecar → apply → the same annotations.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toBrat } from '../../../src/core/export/brat';
import { toWebAnnotation } from '../../../src/core/export/webAnnotation';
import { applyHandAnnotations } from '../../../src/core/hand/apply';
import { handTargetFor } from '../../../src/core/hand/create';
import { mergeImported } from '../../../src/core/hand/mergeImported';
import { parseNote, readBratAnn } from '../../../src/core/hand/readBratAnn';
import { readWebAnnotations } from '../../../src/core/hand/readWebAnnotations';
import type { HandAnnotation } from '../../../src/core/hand/model';
import type { AnnotationSet } from '../../../src/core/model/annotation';
import { pairAccounts, pairSet, spanOf } from './handPair';

const REPORT = 'Mayor Ines Varga said the bridge "will open in May". She added that tolls "stay at 2 euros" 🚗.';
const TRANSCRIPT = 'INES VARGA: The bridge will open in June. Tolls stay at two euros.';
const R = 'file:///w/pair/report.txt';
const T = 'file:///w/pair/transcript.txt';
const NOW = '2026-04-01T08:00:00.000Z';
const PAIR = { report: REPORT, transcript: TRANSCRIPT, reportUri: R, transcriptUri: T };
const span = spanOf;
const quote1 = span(REPORT, '"will open in May"');
const quote2 = span(REPORT, '"stay at 2 euros"');
const t1 = span(TRANSCRIPT, 'The bridge will open in June.');
const t2 = span(TRANSCRIPT, 'Tolls stay at two euros.');

function autoSet(): AnnotationSet {
  return pairSet(PAIR, {
    entities: [{ id: 'p1', kind: 'person', name: 'Ines Varga', aliases: ['INES VARGA'], speaker: true }],
    annotations: [
      { id: 'a1', document: 'd1', kind: 'claim', ...quote1, text: REPORT.slice(quote1.start, quote1.end), speaker: 'p1', claimType: 'quote' },
      { id: 'a2', document: 'd1', kind: 'claim', ...quote2, text: REPORT.slice(quote2.start, quote2.end), claimType: 'quote' },
      { id: 'a3', document: 'd2', kind: 'claim', ...t1, text: TRANSCRIPT.slice(t1.start, t1.end), speaker: 'p1', claimType: 'statement' },
      { id: 'a4', document: 'd2', kind: 'claim', ...t2, text: TRANSCRIPT.slice(t2.start, t2.end), speaker: 'p1', claimType: 'statement' },
    ],
    crossReferences: [{ id: 'x1', from: { document: 'd1', ...quote1 }, to: { document: 'd2', ...t1 }, score: 0.74, match: 'close', annotation: 'a1' }],
    unmatched: [{ document: 'd1', ...quote2, annotation: 'a2', reason: 'unsupported' }],
  });
}

let n = 0;
const base = (creator?: string) => ({ id: `urn:uuid:00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, created: '2026-03-01T10:00:00.000Z', ...(creator && { creator }) });

/** A reviewer's sidecar of the report: a person tag, a speaker, a hand link, verdicts and notes on claims and on a link. */
function reviewerHand(): HandAnnotation[] {
  return [
    { ...base(), action: 'tag', kind: 'person', entity: 'Ines Varga', target: handTargetFor(R, R, REPORT, span(REPORT, 'Ines Varga')) },
    { ...base(), action: 'setSpeaker', speaker: 'Ines Varga', target: handTargetFor(R, R, REPORT, quote2) },
    { ...base(), action: 'link', match: 'paraphrase', target: handTargetFor(R, R, REPORT, quote2), counterpart: handTargetFor(R, T, TRANSCRIPT, t2) },
    { ...base('Dana'), action: 'assess', verdict: 'misquoted', target: handTargetFor(R, R, REPORT, quote1) },
    { ...base('Dana'), action: 'comment', note: 'June, not May; "check" the video', target: handTargetFor(R, R, REPORT, quote1) },
    { ...base('Dana'), action: 'assess', verdict: 'out of context', target: handTargetFor(R, R, REPORT, quote2), counterpart: handTargetFor(R, T, TRANSCRIPT, t2) },
    { ...base('Lee'), action: 'comment', note: 'Figure written out', target: handTargetFor(R, R, REPORT, quote2), counterpart: handTargetFor(R, T, TRANSCRIPT, t2) },
  ];
}

const applied = (reportHand: readonly HandAnnotation[]) => applyHandAnnotations(autoSet(), pairAccounts(PAIR, reportHand)).set;

/** What a reader sees of a set: spans with their names, types and reviews, and links with theirs. */
function view(set: AnnotationSet, withModified: boolean) {
  const name = (id?: string) => set.entities.find((e) => e.id === id)?.name;
  const review = (r?: { verdict?: string; note?: string; creator?: string; modified?: string }) => r && { ...r, ...(withModified ? {} : { modified: undefined }) };
  return {
    annotations: set.annotations.map((a) => [a.document, a.kind, a.start, a.end, name(a.entity), name(a.speaker), a.claimType, review(a.review)]).sort(),
    links: set.crossReferences.map((x) => [x.from.document, x.from.start, x.to.document, x.to.start, x.match, x.origin, review(x.review)]).sort(),
    unmatched: set.unmatched.map((u) => [u.document, u.start]).sort(),
  };
}

const context = (existing: HandAnnotation[] = []) => ({
  account: { uri: R, text: REPORT },
  existing,
  textOf: (uri: string) => (uri === T ? TRANSCRIPT : uri === R ? REPORT : undefined),
  current: { set: autoSet(), docId: 'd1' },
});

test('import round trip', async (t) => {
  const original = applied(reviewerHand());
  const texts = { d1: REPORT, d2: TRANSCRIPT };
  // The reviewer's work shows: a person, a speaker, a hand link, two reviewed claims, a reviewed link.
  assert.notDeepEqual(view(applied([]), false), view(original, false));
  assert.equal(original.annotations.filter((a) => a.review).length, 1);
  assert.equal(original.crossReferences.filter((x) => x.review && x.origin === 'hand').length, 1);

  await t.test('should give back the same annotations after w3c export → import into an empty sidecar', () => {
    const read = readWebAnnotations(toWebAnnotation(original, texts), { uri: R, text: REPORT }, NOW);
    const merged = mergeImported(read.candidates, context());
    assert.deepEqual(merged.orphaned, []);
    assert.deepEqual(view(applied(merged.annotations), true), view(original, true));
    assert.ok(read.skipped.some((s) => /made by software/.test(s.reason)));
  });

  await t.test('should give back the same annotations after brat export → import into an empty sidecar', () => {
    const files = toBrat(original, texts);
    const file = (name: string) => files.find((f) => f.name === name)!.content;
    const read = readBratAnn(file('report.ann'), { uri: R, text: REPORT }, NOW, (txt) => (txt === 'transcript.txt' ? { ann: file('transcript.ann'), text: TRANSCRIPT, uri: T } : undefined));
    const merged = mergeImported(read.candidates, context());
    assert.deepEqual(merged.orphaned, []);
    // brat keeps no dates: reviews compare without `modified`.
    assert.deepEqual(view(applied(merged.annotations), false), view(original, false));
    assert.ok(merged.skipped.some((s) => /shows already/.test(s.reason)), 'spans the automatic layer has are not added again');
  });

  await t.test('should add nothing the second time the same file is imported', () => {
    const json = toWebAnnotation(original, texts);
    const first = mergeImported(readWebAnnotations(json, { uri: R, text: REPORT }, NOW).candidates, context());
    const again = mergeImported(readWebAnnotations(json, { uri: R, text: REPORT }, NOW).candidates, context([...first.annotations]));
    assert.equal(again.added.length, 0);
    assert.equal(again.annotations.length, first.annotations.length);
  });
});

test('mergeImported', async (t) => {
  await t.test('should never overwrite a hand annotation in the sidecar: a different verdict on the same claim is skipped', () => {
    const mine: HandAnnotation = { ...base('Ana'), action: 'assess', verdict: 'accurate', target: handTargetFor(R, R, REPORT, quote1) };
    const theirs: HandAnnotation = { ...base('Dana'), action: 'assess', verdict: 'misquoted', target: handTargetFor(R, R, REPORT, quote1) };
    const merged = mergeImported([theirs], context([mine]));
    assert.deepEqual(merged.annotations, [mine]);
    assert.match(merged.skipped[0]!.reason, /conflicts with a hand annotation in the sidecar \(verdict accurate on .*\), which is kept/);
  });

  await t.test('should re-anchor a target whose text moved, and orphan one whose text is gone', () => {
    const oldText = `Updated: ${REPORT}`;
    const moved: HandAnnotation = { ...base('Dana'), action: 'assess', verdict: 'unsupported', target: handTargetFor(R, R, oldText, span(oldText, '"stay at 2 euros"')) };
    const gone: HandAnnotation = { ...base('Dana'), action: 'comment', note: 'x', target: handTargetFor(R, R, 'A sentence nobody wrote here.', { start: 2, end: 10 }) };
    const merged = mergeImported([moved, gone], context());
    assert.equal(merged.added.length, 1);
    assert.deepEqual(merged.added[0]!.target.selectors.position, { type: 'TextPositionSelector', ...quote2 });
    assert.match(merged.orphaned[0]!.reason, /is not in the account's text/);
  });

  await t.test('should orphan a link verdict whose counterpart account cannot be read', () => {
    const h: HandAnnotation = { ...base('Dana'), action: 'assess', verdict: 'accurate', target: handTargetFor(R, R, REPORT, quote1), counterpart: handTargetFor(R, 'file:///w/elsewhere/t.txt', TRANSCRIPT, t1) };
    assert.match(mergeImported([h], context()).orphaned[0]!.reason, /counterpart account \.\.\/elsewhere\/t\.txt could not be read/);
  });
});

test('readers', async (t) => {
  await t.test('should refuse a file that is no JSON or holds no annotations, with the reason', () => {
    assert.throws(() => readWebAnnotations('{', { uri: R, text: REPORT }, NOW), /not valid JSON/);
    assert.throws(() => readWebAnnotations('{"a": 1}', { uri: R, text: REPORT }, NOW), /holds no W3C Web Annotations/);
  });

  await t.test('should skip annotations about another account and read a single annotation with a relative source', () => {
    const one = { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:uuid:1', type: 'Annotation', motivation: 'commenting', body: { type: 'TextualBody', value: 'Source?' }, target: { source: 'report.txt', selector: [{ type: 'TextQuoteSelector', exact: 'bridge' }, { type: 'TextPositionSelector', start: 0, end: 6 }] } };
    const read = readWebAnnotations(JSON.stringify(one), { uri: R, text: REPORT }, NOW);
    assert.equal(read.candidates[0]!.action, 'comment');
    assert.equal(read.candidates[0]!.created, NOW);
    const other = readWebAnnotations(JSON.stringify({ ...one, target: { ...one.target, source: 'transcript.txt' } }), { uri: R, text: REPORT }, NOW);
    assert.match(other.skipped[0]!.reason, /is about transcript\.txt, not this account/);
  });

  await t.test('should read brat notes written by the export, JSON strings and all', () => {
    const note = parseNote('note "a; b \\"c\\"" reviewer "Dana"; entity p1 Ines Varga; counterpart transcript.txt T2 close 0.74 hand verdict "accurate"');
    assert.deepEqual([note.note, note.reviewer, note.entity, note.iso], ['a; b "c"', 'Dana', 'Ines Varga', undefined]);
    assert.deepEqual(note.counterparts, [{ file: 'transcript.txt', tid: 'T2', match: 'close', hand: true, verdict: 'accurate' }]);
    assert.deepEqual([parseNote('entity c1 Chile CL').entity, parseNote('entity c1 Chile CL').iso], ['Chile', 'CL']);
  });

  await t.test('should read brat offsets as code points, after an astral character', () => {
    const cp = [...REPORT].length;
    const ann = `T1\tPerson 6 16\tInes Varga\nT2\tClaim ${cp - 2} ${cp - 1}\t🚗\nA1\tVerdict T2 needs_checking\n`;
    const read = readBratAnn(ann, { uri: R, text: REPORT }, NOW);
    const car = read.candidates.find((c) => c.action === 'assess')!;
    assert.equal(car.action === 'assess' && car.verdict, 'needs checking');
    assert.equal(REPORT.slice(car.target.selectors.position.start, car.target.selectors.position.end), '🚗');
  });
});
