import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findClaimProblems } from '../../../src/extension/claimProblems';
import { CONTEXT_SET, QUOTE_2, SET, STAT, T_CLAIM_3 } from './fixtureSet';

test('claim problems', async (t) => {
  await t.test('should report unsupported claims and unfaithful quotes of the report', () => {
    const problems = findClaimProblems({ set: SET, docId: 'd1', otherName: 'hearing.txt', fidelityThreshold: 0.8 });
    assert.deepEqual(problems.map((p) => [p.code, p.range.start]), [['quote-fidelity', QUOTE_2.start], ['unsupported-claim', STAT.start]]);
    assert.match(problems[1]!.message, /Figure not supported by hearing\.txt/);
    assert.match(problems[0]!.message, /fidelity 50%, 2 word changes/);
    assert.deepEqual(problems[0]!.related, { document: 'd2', start: T_CLAIM_3.start, end: T_CLAIM_3.end });
  });
  await t.test('should follow the fidelity threshold', () => {
    const problems = findClaimProblems({ set: SET, docId: 'd1', otherName: 'x', fidelityThreshold: 0.4 });
    assert.deepEqual(problems.map((p) => p.code), ['unsupported-claim']);
  });
  await t.test('should report nothing on the transcript or without a pair', () => {
    assert.deepEqual(findClaimProblems({ set: SET, docId: 'd2', otherName: 'x', fidelityThreshold: 0.8 }), []);
    const single = { ...SET, documents: SET.documents.slice(0, 1) };
    assert.deepEqual(findClaimProblems({ set: single, docId: 'd1', otherName: 'x', fidelityThreshold: 0.8 }), []);
  });
  await t.test('should give context its own code and message, not an unsupported claim', () => {
    const problems = findClaimProblems({ set: CONTEXT_SET, docId: 'd1', otherName: 'hearing.txt', fidelityThreshold: 0.4 });
    assert.deepEqual(problems.map((p) => [p.code, p.range.start]), [['context-claim', STAT.start]]);
    assert.match(problems[0]!.message, /^Context, not from this event: hearing\.txt does not say this/);
  });
});
