import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reviewActionsAt } from '../../../src/extension/reviewActions';
import { QUOTE_2, REPORT, SET, STAT } from './fixtureSet';

const URI = 'file:///w/report.txt';

test('reviewActionsAt', async (t) => {
  await t.test('should offer Mark as Accurate, Set Verdict… and Add Note… on a claim, for its start', () => {
    const actions = reviewActionsAt(SET, 'd1', URI, STAT.start + 1);
    assert.deepEqual(actions.map((a) => [a.title, a.command, a.args]), [
      ['Mark Claim as Accurate', 'transcriptAnnotator.setVerdict', { uri: URI, offset: STAT.start, verdict: 'accurate' }],
      ['Set Verdict…', 'transcriptAnnotator.setVerdict', { uri: URI, offset: STAT.start }],
      ['Add Note…', 'transcriptAnnotator.addNote', { uri: URI, offset: STAT.start }],
    ]);
  });

  await t.test('should name the verdict and note a claim has, and not offer to mark an accurate claim accurate', () => {
    const set = { ...SET, annotations: SET.annotations.map((a) => (a.start === QUOTE_2.start && a.kind === 'claim' ? { ...a, review: { verdict: 'accurate', note: 'ok' } } : a)) };
    assert.deepEqual(reviewActionsAt(set, 'd1', URI, QUOTE_2.start).map((a) => a.title), ['Change Verdict (accurate)…', 'Edit Note…']);
  });

  await t.test('should offer nothing where there is no claim', () => {
    assert.deepEqual(reviewActionsAt(SET, 'd1', URI, REPORT.indexOf('Chancellor')), []);
  });
});
