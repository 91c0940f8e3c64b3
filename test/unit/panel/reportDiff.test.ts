import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportDiff } from '../../../src/shared/reportDiff';

test('reportDiff', async (t) => {
  await t.test('should show the literal words of both texts where a mention was matched as one word', () => {
    // The analysis kept "Russia" against "Russian Federation" (one entity): the reader sees both.
    const diff = reportDiff([
      { op: 'kept', from: 'Relations between', to: 'relations between' },
      { op: 'dropped', to: 'the' },
      { op: 'kept', from: 'Morovia and', to: 'Morovian Federation and' },
      { op: 'dropped', to: 'the' },
      { op: 'kept', from: 'Tarsia are', to: 'Republic of Tarsia are' },
    ], true);
    assert.deepEqual(diff, [
      { op: 'kept', report: 'Relations between', transcript: 'relations between' },
      { op: 'changed', report: 'Morovia', transcript: 'the Morovian Federation' },
      { op: 'kept', report: 'and', transcript: 'and' },
      { op: 'dropped', transcript: 'the Republic of' },
      { op: 'kept', report: 'Tarsia are', transcript: 'Tarsia are' },
    ]);
    const shown = diff.map((p) => p.report ?? '').join(' ');
    assert.ok(!/the Morovia |the Tarsia/.test(shown), 'no phrase nobody wrote');
  });
  await t.test('should keep parts that differ only in case, diacritics or apostrophes', () => {
    const kept = { op: 'kept' as const, from: 'Don’t go to Cancún', to: "don't go to Cancun" };
    assert.deepEqual(reportDiff([kept], true), [{ op: 'kept', report: kept.from, transcript: kept.to }]);
  });
  await t.test('should see the diff from the report when the transcript is the from side', () => {
    assert.deepEqual(reportDiff([{ op: 'kept', from: 'we will', to: 'we will' }, { op: 'added', from: 'really' }], false), [
      { op: 'kept', report: 'we will', transcript: 'we will' },
      { op: 'dropped', transcript: 'really' },
    ]);
  });
  await t.test('should merge neighbouring changes into one', () => {
    assert.deepEqual(reportDiff([{ op: 'dropped', to: 'the' }, { op: 'changed', from: 'big', to: 'large' }, { op: 'added', from: 'new' }, { op: 'kept', from: 'plan', to: 'plan' }], true), [
      { op: 'changed', report: 'big new', transcript: 'the large' },
      { op: 'kept', report: 'plan', transcript: 'plan' },
    ]);
  });
});
