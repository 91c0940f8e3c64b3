/**
 * The passages of the account checked against (`referencePassages`): outside turns a
 * question asserts nothing and is left out, a question mark followed by closing quotes
 * or brackets too; a sentence with a question mark inside it is kept.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnnotationSet } from '../../../src/core/model/annotation';
import { referencePassages, viewAccount } from '../../../src/core/align/passages';
import { newTermKeyCache } from '../../../src/core/align/terms';

const set: AnnotationSet = { documents: [{ id: 'd1', uri: 'file:///t.txt', role: 'transcript' }], annotations: [], entities: [], crossReferences: [], unmatched: [], unconfirmed: [] } as unknown as AnnotationSet;

const passages = (text: string): string[] => referencePassages(viewAccount(set, 'd1', text, new Map(), newTermKeyCache())).map((p) => text.slice(p.start, p.end));

test('referencePassages', async (t) => {
  await t.test('should leave out the questions of no turn, closing quotes and brackets after the mark included', () => {
    const text = 'Will the ferry run in May? The ferry runs in May. "Is the timber quota final?" The quota stays. (Was the harbour closed?) The harbour opened. Why "the harbour?" was asked twice. Nobody asked.';
    assert.deepEqual(passages(text), ['The ferry runs in May.', 'The quota stays.', 'The harbour opened.', 'Why "the harbour?" was asked twice.', 'Nobody asked.']);
  });
});
