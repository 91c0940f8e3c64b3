/**
 * The passages of the account checked against (`referencePassages`): outside turns a
 * question asserts nothing and is left out, a question mark followed by closing quotes
 * or brackets too; a sentence with a question mark inside it is kept.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { AnnotationSet } from '../../../src/core/model/annotation';
import { mayDeny, mayTellBack, opensWithDenial, recalledInQuestion, referencePassages, viewAccount } from '../../../src/core/align/passages';
import { newTermKeyCache } from '../../../src/core/align/terms';
import { RECALL_DENIALS } from '../../../src/core/data/recallDenials';

const set: AnnotationSet = { documents: [{ id: 'd1', uri: 'file:///t.txt', role: 'transcript' }], annotations: [], entities: [], crossReferences: [], unmatched: [], unconfirmed: [] } as unknown as AnnotationSet;

const passages = (text: string): string[] => referencePassages(viewAccount(set, 'd1', text, new Map(), newTermKeyCache())).map((p) => text.slice(p.start, p.end));

test('referencePassages', async (t) => {
  await t.test('should leave out the questions of no turn, closing quotes and brackets after the mark included', () => {
    const text = 'Will the ferry run in May? The ferry runs in May. "Is the timber quota final?" The quota stays. (Was the harbour closed?) The harbour opened. Why "the harbour?" was asked twice. Nobody asked.';
    assert.deepEqual(passages(text), ['The ferry runs in May.', 'The quota stays.', 'The harbour opened.', 'Why "the harbour?" was asked twice.', 'Nobody asked.']);
  });
});

test('the readings of words told back start only where the word they need is (mayTellBack, mayDeny)', () => {
  // Words, marks and look-alikes (other cases, a dotted capital I, a long s, a Kelvin sign) put together at random, and a random range of the result.
  const token = fc.constantFrom('you', 'You', 'YOU', 'yoU', 'yo', 'u', 'said', 'Said', 'SAID', 'sa', 'id', 'sa\u0130d', '\u017Faid', '\u212A', 'told', 'have', 'I', 'never', "didn't", 'did not', 'not', 'what', "that's", 'No,', 'Well,', 'that', 'the', 'harbour', 'would', 'close', 'in', 'May', '"', '\u201C', '\u201D', '\u2018', '\u2019', '\u2013', '?', '.', ';', ',');
  const gap = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '');
  const phrase = fc.constantFrom('And you said the harbour would close in May?', 'YOU HAVE SAID that the ferry would close.', 'you told us the harbour would close in May;', 'No, I never said that.', "Well, that's not what I said.", "I didn't say that.", 'I DID NOT SAY it', 'you said, \u201Cthe harbour would close in May\u201D?');
  const words = fc.array(fc.tuple(token, gap), { maxLength: 12 }).map((parts) => parts.map(([t, g]) => t + g).join(''));
  const case_ = fc.tuple(words, fc.option(phrase), words, fc.nat(), fc.nat()).map(([before, said, after, a, b]) => {
    const text = `${before}${said ?? ''} ${after}`;
    const x = text.length === 0 ? 0 : a % (text.length + 1);
    const y = text.length === 0 ? 0 : b % (text.length + 1);
    return { text, range: { start: Math.min(x, y), end: Math.max(x, y) } };
  });
  const found = { told: 0, denials: 0 };
  fc.assert(
    fc.property(case_, ({ text, range }) => {
      const slice = text.slice(range.start, range.end);
      const told = recalledInQuestion(text, range).length;
      const denies = opensWithDenial(slice);
      found.told += told > 0 ? 1 : 0;
      found.denials += denies ? 1 : 0;
      return (mayTellBack(text, range) || told === 0) && (mayDeny(text, range) || !denies);
    }),
    { numRuns: 4000, seed: 18 },
  );
  // the readers did find something on the way, so the implications above were put to the test
  for (const denial of RECALL_DENIALS) assert.ok(mayDeny(denial, { start: 0, end: denial.length }), denial);
  assert.ok(found.told > 0 && found.denials > 0, JSON.stringify(found));
});
