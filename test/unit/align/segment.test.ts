import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitClauses, splitSentences } from '../../../src/core/align/segment';

const sentences = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));
const clauses = (text: string) => splitClauses(text, { start: 0, end: text.length }).map((r) => text.slice(r.start, r.end));

test('splitSentences', async (t) => {
  await t.test('should split at end punctuation before a capital, keeping closing quotes', () => {
    assert.deepEqual(sentences('“We agree.” Dr. Moyo left at 5 p.m. on Monday. Was it late? Yes.'), ['“We agree.”', 'Dr. Moyo left at 5 p.m. on Monday.', 'Was it late?', 'Yes.']);
  });

  await t.test('should join hard-wrapped lines and split at blank lines and headings', () => {
    assert.deepEqual(sentences('TALKS IN OSLO\nThe ministers met\nfor two hours.\n\nNo. They did not.'), ['TALKS IN OSLO', 'The ministers met\nfor two hours.', 'No.', 'They did not.']);
  });

  await t.test('should read a line break inside a sentence as a space, whatever the line ends with', () => {
    const wrapped = 'Officials from the U.S.\nmet their counterparts in 2019\nand agreed on a 4%\nrise of the quota for long-\nterm contracts. Talks\nwill resume.';
    assert.deepEqual(sentences(wrapped), ['Officials from the U.S.\nmet their counterparts in 2019\nand agreed on a 4%\nrise of the quota for long-\nterm contracts.', 'Talks\nwill resume.']);
  });

  await t.test('should end a sentence at a line break after end punctuation, a label colon or a heading', () => {
    assert.deepEqual(sentences('We agreed.\nThe rest waits.'), ['We agreed.', 'The rest waits.']);
    assert.deepEqual(sentences('MR. LUND:\nThank you all.'), ['MR. LUND', 'Thank you all.']);
    assert.deepEqual(sentences('Remarks at the Harbour\nGood morning to you all.'), ['Remarks at the Harbour', 'Good morning to you all.']);
  });

  await t.test('should not end a sentence at a line break after an abbreviation or before a lower-case word', () => {
    assert.deepEqual(sentences('They met Dr.\nMoyo at 5 p.m.\nand left.'), ['They met Dr.\nMoyo at 5 p.m.\nand left.']);
    assert.deepEqual(sentences('The deal, signed in the spring of the year before last\nWith strings attached, held.'), ['The deal, signed in the spring of the year before last\nWith strings attached, held.']);
  });

  await t.test('should not split decimals or "No. 5"', () => {
    assert.deepEqual(sentences('Growth was 2.5 percent in resolution No. 5 of the council.'), ['Growth was 2.5 percent in resolution No. 5 of the council.']);
  });
});

test('splitClauses', async (t) => {
  await t.test('should split a list of reported clauses', () => {
    assert.deepEqual(clauses('She said that the bridge would be rebuilt by June, that the tolls would be cut in half, and that buses would run again'), [
      'She said that the bridge would be rebuilt by June',
      'that the tolls would be cut in half',
      'and that buses would run again',
    ]);
  });

  await t.test('should split at semicolons, spaced dashes and subordinate clauses', () => {
    assert.deepEqual(clauses('The two armies withdrew from the valley after a four-month siege that left the town in ruins'), ['The two armies withdrew from the valley', 'after a four-month siege that left the town in ruins']);
    assert.deepEqual(clauses('Exports to Peru rose sharply last year – imports from Chile fell by a third'), ['Exports to Peru rose sharply last year', 'imports from Chile fell by a third']);
  });

  await t.test('should split before a bare "when" that opens a clause of its own', () => {
    // A reported denial and the occasion it refers to are two claims to check.
    assert.deepEqual(clauses('The mayor was not proposing a new tax on ferries when she had told the harbour board that tolls would rise'), [
      'The mayor was not proposing a new tax on ferries',
      'when she had told the harbour board that tolls would rise',
    ]);
    // A short piece before it stays joined ("the day when …").
    assert.deepEqual(clauses('They met in May when the ice on the lake melted'), ['They met in May when the ice on the lake melted']);
  });

  await t.test('should keep short pieces and commas inside quotations joined', () => {
    assert.deepEqual(clauses('After talks, they left'), ['After talks, they left']);
    assert.deepEqual(clauses('“We came, we saw, and that was all we could do here,” he said'), ['“We came, we saw, and that was all we could do here,” he said']);
  });
});
