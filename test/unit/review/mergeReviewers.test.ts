import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyHandAnnotations } from '../../../src/core/hand/apply';
import { handTargetFor } from '../../../src/core/hand/create';
import type { HandAnnotation } from '../../../src/core/hand/model';
import { applyEdit } from '../../../src/core/hand/sidecarRepository';
import type { AnnotationSet } from '../../../src/core/model/annotation';
import { AGREEMENT_KINDS, compareReviewers } from '../../../src/core/review/agreement';
import { mergeReviewerChoices, type ReviewerChoice } from '../../../src/core/review/mergeReviewers';
import { pairAccounts, pairSet, spanOf } from '../hand/handPair';

// Invented pair: two report quotes, one transcript sentence, a place name.
const NEWS = 'Mayor Tove Rask said the bridge "opens in May". Rask added that Oslo "pays half". Crowds waited.';
const SAID = 'TOVE RASK: The bridge opens in May. The state pays half.';
const N = 'file:///desk/news.txt';
const S = 'file:///desk/said.txt';
const PAIR = { report: NEWS, transcript: SAID, reportUri: N, transcriptUri: S };
const at = spanOf;
const q1 = at(NEWS, '"opens in May"');
const q2 = at(NEWS, '"pays half"');
const bridge = at(SAID, 'The bridge opens in May.');

function automatic(): AnnotationSet {
  return pairSet(PAIR, {
    entities: [{ id: 'p1', kind: 'person', name: 'Tove Rask', aliases: ['Rask'] }],
    annotations: [
      { id: 'a1', document: 'd1', kind: 'claim', ...q1, text: '', claimType: 'quote', speaker: 'p1' },
      { id: 'a2', document: 'd1', kind: 'claim', ...q2, text: '', claimType: 'quote', speaker: 'p1' },
    ],
  });
}

let n = 0;
const make = (creator: string, h: Record<string, unknown>) => ({ id: `urn:uuid:${creator}-${++n}`, created: '2026-04-01T00:00:00Z', creator, ...h }) as HandAnnotation;
const on = (r: { start: number; end: number }) => handTargetFor(N, N, NEWS, r);
const texts = new Map([[N, NEWS], [S, SAID]]);
const setOf = (hand: readonly HandAnnotation[]) => applyHandAnnotations(automatic(), pairAccounts(PAIR, hand)).set;

// Mine: q1 accurate, q2 spoken by "Oslo city council", Oslo a country. Theirs: q1 misquoted, q1 linked to the transcript, q2 rejected.
const MINE = [
  make('me', { action: 'assess', verdict: 'accurate', target: on(q1) }),
  make('me', { action: 'setSpeaker', speaker: 'Oslo city council', target: on(q2) }),
  make('me', { action: 'tag', kind: 'country', entity: 'Norway', iso: 'NO', target: on(at(NEWS, 'Oslo')) }),
];
const THEIRS = [
  make('them', { action: 'assess', verdict: 'misquoted', target: on(q1) }),
  make('them', { action: 'link', match: 'verbatim', target: on(q1), counterpart: handTargetFor(N, S, SAID, bridge) }),
  make('them', { action: 'reject', kind: 'claim', target: on(q2) }),
];

function choicesTaking(take: (kind: string) => 'mine' | 'theirs'): ReviewerChoice[] {
  const r = compareReviewers(setOf(MINE), setOf(THEIRS));
  return AGREEMENT_KINDS.flatMap((kind) => r[kind].disagreements.map((item) => ({ kind, item, take: take(kind) })));
}

const merge = (choices: ReviewerChoice[]) => mergeReviewerChoices({ account: N, mine: MINE, theirs: THEIRS, textOf: (u) => texts.get(u), choices });

test('mergeReviewerChoices', async (t) => {
  await t.test('should list the disagreements the merge chooses between', () => {
    const r = compareReviewers(setOf(MINE), setOf(THEIRS));
    assert.deepEqual(
      AGREEMENT_KINDS.flatMap((k) => r[k].disagreements.map((d) => `${k} ${NEWS.slice(d.start, d.end)}: ${d.a} / ${d.b}`)),
      ['claims "pays half": quote / none', 'verdicts "opens in May": accurate / misquoted', 'links "opens in May": none / verbatim', 'countries Oslo: NO / none'],
    );
  });

  await t.test('should change nothing when every item keeps mine', () => {
    assert.deepEqual(merge(choicesTaking(() => 'mine')), { edit: {}, unchanged: [] });
  });

  await t.test('should take theirs on the chosen items only: their entries in, mine on those items out', () => {
    const { edit, unchanged } = merge(choicesTaking((k) => (k === 'verdicts' || k === 'links' ? 'theirs' : 'mine')));
    assert.deepEqual(unchanged, []);
    assert.deepEqual(edit.remove, [MINE[0]!.id]);
    assert.deepEqual(edit.add?.map((h) => h.id), [THEIRS[0]!.id, THEIRS[1]!.id]);
    // Applied: their verdict and link on q1; my speaker on q2 and my country tag stay; nothing left to disagree on there.
    const merged = setOf(applyEdit(MINE, edit));
    const after = compareReviewers(merged, setOf(THEIRS));
    assert.deepEqual([after.verdicts.disagreements.length, after.links.disagreements.length], [0, 0]);
    assert.equal(after.countries.disagreements.length, 1);
    assert.equal(merged.annotations.find((a) => a.start === q1.start)?.review?.creator, 'them');
  });

  await t.test('should take a rejection of theirs, and give the automatic mention back where they have no entry', () => {
    const { edit } = merge(choicesTaking((k) => (k === 'claims' || k === 'countries' ? 'theirs' : 'mine')));
    assert.deepEqual(edit.remove, [MINE[2]!.id]);
    assert.deepEqual(edit.add?.map((h) => h.id), [THEIRS[2]!.id]);
    const after = compareReviewers(setOf(applyEdit(MINE, edit)), setOf(THEIRS));
    assert.deepEqual([after.claims.disagreements.length, after.countries.disagreements.length], [0, 0]);
  });

  await t.test('should report an item that no entry decides as unchanged', () => {
    const item = { uri: N, start: 0, end: 5, a: 'none', b: 'claim' };
    assert.deepEqual(merge([{ kind: 'claims', item, take: 'theirs' }]), { edit: {}, unchanged: [{ kind: 'claims', item, take: 'theirs' }] });
  });
});
