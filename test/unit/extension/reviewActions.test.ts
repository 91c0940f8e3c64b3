import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reviewActionsAt } from '../../../src/extension/reviewActions';
import { QUOTE_2, REPORT, SET, STAT, T_CLAIM_1 } from './fixtureSet';

const URI = 'file:///w/report.txt';

test('reviewActionsAt', async (t) => {
  await t.test('should offer the review, speaker, link and reject fixes on a report claim, for its start', () => {
    const actions = reviewActionsAt(SET, 'd1', URI, STAT.start + 1);
    assert.deepEqual(actions.map((a) => [a.title, a.command, a.args]), [
      ['Mark Claim as Accurate', 'transcriptAnnotator.setVerdict', { uri: URI, offset: STAT.start, verdict: 'accurate' }],
      ['Set Verdict…', 'transcriptAnnotator.setVerdict', { uri: URI, offset: STAT.start }],
      ['Add Note…', 'transcriptAnnotator.addNote', { uri: URI, offset: STAT.start }],
      ['Set Speaker…', 'transcriptAnnotator.setSpeaker', { uri: URI, offset: STAT.start }],
      ['Link to a Transcript Passage…', 'transcriptAnnotator.linkCounterpart', { uri: URI, offset: STAT.start }],
      ['Reject Claim', 'transcriptAnnotator.rejectAnnotation', { uri: URI, offset: STAT.start, kind: 'claim' }],
    ]);
  });

  await t.test('should name the verdict, note and speaker a claim has, and not offer to mark an accurate claim accurate', () => {
    const set = { ...SET, annotations: SET.annotations.map((a) => (a.start === QUOTE_2.start && a.kind === 'claim' ? { ...a, review: { verdict: 'accurate', note: 'ok' } } : a)) };
    assert.deepEqual(reviewActionsAt(set, 'd1', URI, QUOTE_2.start).map((a) => a.title), [
      'Change Verdict (accurate)…',
      'Edit Note…',
      'Change Speaker (Ingrid Halvorsen)…',
      'Link to a Transcript Passage…',
      'Reject Claim',
    ]);
  });

  await t.test('should not offer a link from a transcript claim', () => {
    const titles = reviewActionsAt(SET, 'd2', 'file:///w/transcript.txt', T_CLAIM_1.start).map((a) => a.title);
    assert.ok(titles.includes('Reject Claim') && titles.includes('Change Speaker (Ingrid Halvorsen)…'));
    assert.ok(!titles.includes('Link to a Transcript Passage…'));
  });

  await t.test('should offer nothing where there is no claim', () => {
    assert.deepEqual(reviewActionsAt(SET, 'd1', URI, REPORT.indexOf('Chancellor')), []);
  });
});
