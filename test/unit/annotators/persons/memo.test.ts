/**
 * The last clustering of persons taken again (`PersonMemo`): only when the name mentions
 * cluster the same (the same mentions, their offsets in the same order). Random edits of an
 * invented pair, each resolved with the memo of the versions before, must give what a
 * resolution without memo gives.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { newPersonMemo, resolvePersons } from '../../../../src/core/annotators/persons/resolve';
import { readAccounts } from '../readings';
import { applyEdit } from '../../randomEdits';

const TRANSCRIPT = 'MS. ANNA VOSS: We open the pier today. Karl Voss agreed.\n\nQ: When does the ferry start?\n\nMS. ANNA VOSS: Next spring. Voss will see to it.\n';
const REPORT = 'Foreign Minister Anna Voss opened the pier. Voss said the ferry would start in the spring, and Karl Voss said so too.\n';
const PIECES = ['', ' ', 'the ', 'Voss ', 'Karl Voss said ', 'Anna ', 'Minister Lund said ', '\n\n', 'MR. LUND: ', 'words '];

test('person memo', async (t) => {
  await t.test('should give what clustering afresh gives after random edits', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 12 }), fc.constantFrom(...PIECES)), { minLength: 1, maxLength: 5 }), (edits) => {
        const texts = [TRANSCRIPT, REPORT];
        const memo = newPersonMemo();
        resolvePersons(readAccounts(texts), memo);
        for (const [first, at, remove, insert] of edits) {
          const i = first ? 0 : 1;
          texts[i] = applyEdit(texts[i]!, at, remove, insert);
          const readings = readAccounts(texts);
          assert.deepEqual(resolvePersons(readings, memo), resolvePersons(readings));
        }
      }),
      { numRuns: 60 },
    );
  });

  await t.test('should take the last clustering after an edit that names no one', () => {
    const memo = newPersonMemo();
    resolvePersons(readAccounts([TRANSCRIPT, REPORT]), memo);
    const kept = memo.last!.clustering;
    resolvePersons(readAccounts([TRANSCRIPT.replace('today', 'this very day'), REPORT]), memo);
    assert.equal(memo.last!.clustering, kept);
  });

  await t.test('should cluster again when the same mentions stand in another order', () => {
    const readings = readAccounts([TRANSCRIPT, REPORT]);
    const memo = newPersonMemo();
    resolvePersons(readings, memo);
    // the last mentions as they were, but two of one account with their offsets swapped, and a clustering that is not theirs
    const last = memo.last!;
    const mentions = [...last.mentions];
    const [p, q] = [last.order[0]!, last.order[1]!];
    mentions[p] = { ...mentions[p]!, start: last.mentions[q]!.start };
    mentions[q] = { ...mentions[q]!, start: last.mentions[p]!.start };
    memo.last = { mentions, order: last.order, clustering: { keyOf: last.clustering.keyOf.map(() => undefined), clusters: new Map() } };
    assert.deepEqual(resolvePersons(readings, memo), resolvePersons(readings));
  });

  await t.test('should cluster again when a name is written otherwise with the same words', () => {
    const memo = newPersonMemo();
    resolvePersons(readAccounts([TRANSCRIPT, REPORT]), memo);
    const readings = readAccounts([TRANSCRIPT.replace('Karl Voss', 'Karl  Voss'), REPORT]);
    assert.deepEqual(resolvePersons(readings, memo), resolvePersons(readings));
  });
});
