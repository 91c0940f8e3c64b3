import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareReviewers } from '../../../src/core/review/agreement';
import { applyHandAnnotations } from '../../../src/core/hand/apply';
import { handTargetFor } from '../../../src/core/hand/create';
import type { HandAnnotation } from '../../../src/core/hand/model';
import type { AnnotationSet } from '../../../src/core/model/annotation';

const REPORT = 'Envoy Mara Holt said talks "went well". She said the deal "is signed". Aides called it "premature". Holt left.';
const R = 'file:///w/report.txt';
const span = (needle: string) => ({ start: REPORT.indexOf(needle), end: REPORT.indexOf(needle) + needle.length });
const claims = ['"went well"', '"is signed"', '"premature"'].map(span);

function autoSet(): AnnotationSet {
  return {
    format: 'transcript-annotator/1',
    documents: [{ id: 'd1', uri: R, role: 'report', length: REPORT.length }],
    entities: [{ id: 'p1', kind: 'person', name: 'Mara Holt', aliases: [] }],
    annotations: claims.map((c, i) => ({ id: `a${i + 1}`, document: 'd1', kind: 'claim' as const, ...c, text: REPORT.slice(c.start, c.end), claimType: 'quote' as const, speaker: 'p1' })),
    crossReferences: [],
    unmatched: [],
  };
}

let n = 0;
const verdict = (i: number, v: string, creator: string): HandAnnotation => ({ id: `urn:uuid:v-${++n}`, created: '2026-03-01T00:00:00Z', creator, action: 'assess', verdict: v, target: handTargetFor(R, R, REPORT, claims[i]!) });
const setOf = (hand: HandAnnotation[]) => applyHandAnnotations(autoSet(), [{ docId: 'd1', uri: R, text: REPORT, hand }]).set;

test('compareReviewers', async (t) => {
  await t.test('should compare verdicts where either reviewer gave one, with κ and the disagreements', () => {
    const a = setOf([verdict(0, 'accurate', 'A'), verdict(1, 'misquoted', 'A'), verdict(2, 'unsupported', 'A')]);
    const b = setOf([verdict(0, 'accurate', 'B'), verdict(1, 'accurate', 'B')]);
    const r = compareReviewers(a, b);
    // Pairs: accurate/accurate, misquoted/accurate, unsupported/none. pₒ = 1/3.
    // A: accurate 1, misquoted 1, unsupported 1; B: accurate 2, none 1. pₑ = (1/3)(2/3) = 2/9. κ = (3/9 − 2/9)/(7/9) = 1/7.
    assert.deepEqual([r.verdicts.items, r.verdicts.agreed], [3, 1]);
    assert.ok(Math.abs(r.verdicts.kappa! - 1 / 7) < 1e-9);
    assert.deepEqual(r.verdicts.disagreements.map((d) => [REPORT.slice(d.start, d.end), d.a, d.b]), [['"is signed"', 'misquoted', 'accurate'], ['"premature"', 'unsupported', 'none']]);
  });

  await t.test('should count claims one reviewer rejected or added, and speakers on the claims both kept', () => {
    const reject: HandAnnotation = { id: 'urn:uuid:r1', created: '2026-03-01T00:00:00Z', action: 'reject', kind: 'claim', target: handTargetFor(R, R, REPORT, claims[2]!) };
    const speaker: HandAnnotation = { id: 'urn:uuid:s1', created: '2026-03-01T00:00:00Z', action: 'setSpeaker', speaker: 'Aides', target: handTargetFor(R, R, REPORT, claims[1]!) };
    const r = compareReviewers(setOf([reject]), setOf([speaker]));
    assert.deepEqual([r.claims.items, r.claims.agreed], [3, 2]);
    assert.deepEqual(r.claims.disagreements.map((d) => [d.a, d.b]), [['none', 'quote']]);
    assert.deepEqual([r.speakers.items, r.speakers.agreed], [2, 1]);
    assert.deepEqual(r.speakers.disagreements.map((d) => [d.a, d.b]), [['Mara Holt', 'Aides']]);
    assert.equal(r.links.items, 0);
    assert.equal(r.links.kappa, undefined);
  });
});
