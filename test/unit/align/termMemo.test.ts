/**
 * The term memo (`termTableMemo`): terms of unchanged paragraphs taken from the last run
 * must give the table a scan of the whole text gives, whatever runs across a paragraph
 * break (a negation, a title before a name, a number's scale word, a mention).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copiedFromLast, newTermKeyCache, newTermTableMemo, startMemoRun, termAgreement, termsOf, termTable, termTableMemo, type TermTable } from '../../../src/core/align/terms';
import type { Annotation, Entity } from '../../../src/core/model/annotation';
import { recall } from '../../../src/core/align/runMemo';
import { seeded } from '../randomEdits';

const entities = new Map<string, Entity>([
  ['c1', { id: 'c1', kind: 'country', name: 'Veloria', iso: 'VL', aliases: ['Republic of\n\nVeloria'] }],
  ['p1', { id: 'p1', kind: 'person', name: 'Marta Quell', aliases: ['Quell'] }],
  ['p2', { id: 'p2', kind: 'person', name: 'Ivo Brand', aliases: [] }],
]);

/** Paragraphs, some of which run on into the next one (no full stop, a title, a number). */
const PARAGRAPHS = [
  'The council met on Monday. They agreed on the tariff plan.',
  'We will not',
  'raise the levy on grain this year.',
  'They did not.',
  'The Prime Minister',
  'Marta Quell said the harbour would reopen.',
  'Ivo Brand told the press that 40 ships had docked.',
  'a loan of 5',
  'million was approved, said the finance office.',
  'They dismissed the claim',
  'that wages rose in the north.',
  'He ruled',
  'out any new tax on fuel.',
  'The Republic of',
  'Veloria signed the accord with Quell present.',
  'Nobody spoke about the forty',
  'thousand workers. Quell left.',
  'Housing Secretary',
  'Ivo Brand declined to comment.',
];

/** Mentions of the entities' names and aliases wherever they occur. */
function mentionsOf(text: string): Annotation[] {
  const out: Annotation[] = [];
  for (const e of entities.values()) {
    for (const form of [e.name, ...e.aliases]) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) out.push({ id: `m${out.length}`, document: 'd', kind: e.kind, start: at, end: at + form.length, text: form, entity: e.id });
    }
  }
  return out;
}

/** The terms of a table without the numbering of its key cache. */
const plain = (table: TermTable) => termsOf({ table, from: 0, to: table.length }).map((t) => [t.start, t.end, t.key, t.kind, t.norm, t.negated, t.negates]);

test('termTableMemo', async (t) => {
  await t.test('should give the terms a whole scan gives, run after run of random edits', () => {
    const next = seeded(7);
    for (let round = 0; round < 12; round++) {
      const memo = newTermTableMemo();
      let paragraphs = Array.from({ length: 30 }, () => PARAGRAPHS[Math.floor(next() * PARAGRAPHS.length)]!);
      for (let run = 0; run < 8; run++) {
        const text = paragraphs.join(next() < 0.2 ? '\n \n' : '\n\n');
        const mentions = mentionsOf(text);
        startMemoRun(memo);
        assert.deepEqual(plain(termTableMemo(text, mentions, entities, memo)), plain(termTable(text, mentions, entities, undefined, newTermKeyCache())), `round ${round}, run ${run}`);
        // One edit: a paragraph replaced, removed or inserted.
        const at = Math.floor(next() * paragraphs.length);
        const other = PARAGRAPHS[Math.floor(next() * PARAGRAPHS.length)]!;
        const kind = Math.floor(next() * 3);
        paragraphs = kind === 0 ? paragraphs.map((p, i) => (i === at ? other : p)) : kind === 1 ? paragraphs.filter((_, i) => i !== at) : [...paragraphs.slice(0, at), other, ...paragraphs.slice(at)];
      }
    }
  });

  await t.test('should give the terms a whole scan gives when pieces are found by place, after random character edits', () => {
    // Two texts under their ids share the memo (a report and a transcript); each edit
    // inserts, deletes or replaces a few characters anywhere (inside a word, at the very
    // end, across a blank line), so the stretches before and after it are found by place.
    const next = seeded(11);
    const pieces = ['\n\n', '\n', ' ', 'not ', 'Quell', ' 5', 'million', 'Prime Minister', 'et', '.', 'the claim', 'Veloria'];
    let copied = 0;
    for (let round = 0; round < 10; round++) {
      const memo = newTermTableMemo();
      const texts = [0, 1].map(() => Array.from({ length: 25 }, () => PARAGRAPHS[Math.floor(next() * PARAGRAPHS.length)]!).join('\n\n'));
      const last: { text: string; table: TermTable }[] = [];
      for (let run = 0; run < 12; run++) {
        startMemoRun(memo);
        texts.forEach((text, i) => {
          const mentions = mentionsOf(text);
          const table = termTableMemo(text, mentions, entities, memo, `d${i}`);
          assert.deepEqual(plain(table), plain(termTable(text, mentions, entities, undefined, newTermKeyCache())), `round ${round}, run ${run}, text ${i}`);
          // What it copied from the last table agrees: the agreement found from there is the one found from the ends.
          const before = last[i];
          const known = before && copiedFromLast(memo, `d${i}`, before.table, table);
          if (before && run > 0) assert.ok(known, `round ${round}, run ${run}, text ${i}: no copy known`);
          if (known) {
            const shift = text.length - before!.text.length;
            const { same, tail } = termAgreement(before!.table, table, shift);
            assert.deepEqual([same, tail], [termAgreement(before!.table, table, shift, known).same, termAgreement(before!.table, table, shift, known).tail]);
            assert.ok(known.same <= same && known.tail <= tail, `round ${round}, run ${run}, text ${i}: ${known.same}/${same}, ${known.tail}/${tail}`);
            copied += known.same + known.tail;
          }
          last[i] = { text, table };
        });
        const i = Math.floor(next() * 2);
        const text = texts[i]!;
        const at = next() < 0.15 ? text.length : Math.floor(next() * text.length);
        const remove = next() < 0.5 ? 0 : Math.floor(next() * 12);
        const insert = next() < 0.3 ? '' : pieces[Math.floor(next() * pieces.length)]!;
        texts[i] = text.slice(0, at) + insert + text.slice(at + remove);
      }
    }
    assert.ok(copied > 0);
  });

  await t.test('should scan again the pieces of an unchanged stretch whose mentions changed, after random character edits', () => {
    // The stretches before and after an edit are taken in runs when their mentions are the
    // last version's; here a mention far from the edit may change its entity (a person
    // clustered anew) or a country its code, which must end such a run.
    const next = seeded(23);
    const swapped = new Map(entities);
    swapped.set('c1', { ...entities.get('c1')!, iso: 'VR' });
    for (let round = 0; round < 10; round++) {
      const memo = newTermTableMemo();
      let text = Array.from({ length: 25 }, () => PARAGRAPHS[Math.floor(next() * PARAGRAPHS.length)]!).join('\n\n');
      for (let run = 0; run < 12; run++) {
        startMemoRun(memo);
        const mentions = mentionsOf(text);
        // A mention anywhere given the other person, or the country's other code for this run.
        const moved = Math.floor(next() * mentions.length);
        const changed = mentions.map((m, i) => (i === moved && m.kind === 'person' && next() < 0.7 ? { ...m, entity: m.entity === 'p1' ? 'p2' : 'p1' } : m));
        const known = next() < 0.3 ? swapped : entities;
        assert.deepEqual(plain(termTableMemo(text, changed, known, memo, 'd')), plain(termTable(text, changed, known, undefined, newTermKeyCache())), `round ${round}, run ${run}`);
        const at = Math.floor(next() * text.length);
        text = text.slice(0, at) + (next() < 0.5 ? ' ' : '') + text.slice(at + (next() < 0.5 ? 1 : 0));
      }
    }
  });

  await t.test('should find the pieces of an unchanged stretch by place, a heading that runs on into the next paragraph with them', () => {
    const memo = newTermTableMemo();
    const text = ['Remarks on the accord, 29 May 2020', 'Ladies and gentlemen, we met today.', 'They agreed on the plan.', 'We will meet again in June.'].join('\n\n');
    startMemoRun(memo);
    termTableMemo(text, [], entities, memo, 'd');
    startMemoRun(memo);
    const edited = text.replace('June', 'July');
    assert.deepEqual(plain(termTableMemo(edited, [], entities, memo, 'd')), plain(termTable(edited, [], entities, undefined, newTermKeyCache())));
    const pieces = recall(memo.texts, 'd')!.pieces;
    // The heading (ending in a number: not a clean cut) and the paragraph after it are one piece.
    assert.deepEqual(pieces.map((p) => [p.start, p.key === undefined]), [[0, true], [text.indexOf('They'), false], [text.indexOf('We will'), false]]);
  });

  await t.test('should not take a piece by place after other words than it had before it', () => {
    // "out" after "ruled" negates: the same paragraph after "said" must be scanned again.
    const memo = newTermTableMemo();
    startMemoRun(memo);
    termTableMemo('Noon.\n\nHe ruled\n\nout any new tax on fuel.', [], entities, memo, 'd');
    startMemoRun(memo);
    const edited = 'Noon.\n\nHe said\n\nout any new tax on fuel.';
    assert.deepEqual(plain(termTableMemo(edited, [], entities, memo, 'd')), plain(termTable(edited, [], entities, undefined, newTermKeyCache())));
  });

  await t.test('should keep the paragraphs whose scan ends cleanly', () => {
    const memo = newTermTableMemo();
    startMemoRun(memo);
    const text = 'They spoke at noon.\n\nWe agreed on the plan.';
    termTableMemo(text, [], entities, memo);
    assert.equal(memo.current.size, 2);
  });

  await t.test('should keep the paragraphs either side of a negation the blank line ends', () => {
    // A paragraph break ends a negation's reach (a headline has no final stop): nothing runs on.
    const memo = newTermTableMemo();
    startMemoRun(memo);
    const text = 'We will not\n\nraise the levy';
    assert.deepEqual(plain(termTableMemo(text, [], entities, memo)), plain(termTable(text, [], entities, undefined, newTermKeyCache())));
    assert.equal(memo.current.size, 2);
  });

  await t.test('should drop the paragraphs of runs before the last one', () => {
    const memo = newTermTableMemo();
    startMemoRun(memo);
    termTableMemo('They spoke at noon.\n\nWe agreed on the plan.', [], entities, memo);
    startMemoRun(memo);
    termTableMemo('Nothing else was said.', [], entities, memo);
    startMemoRun(memo);
    assert.equal(memo.previous.size, 1);
  });
});
