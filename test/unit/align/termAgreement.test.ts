/**
 * Where a new term table holds the terms of the last one (`termAgreement`), and what that
 * says of two spans (`spansAgree`): a span said to agree must hold the same terms (forms,
 * polarity, offsets the same or moved by the shift); the stretches are as long as they can be.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agreementFor, newTermKeyCache, SPAN_MOVED, SPAN_SAME, spansAgree, termAgreement, termTable, type TermTable } from '../../../src/core/align/terms';
import { seeded } from '../randomEdits';

const WORDS = ['the', 'harbour', 'did', 'not', 'open', 'grain', 'accord', 'in', 'May', '12', 'never', 'council', 'plan', 'and', 'we'];

/** The terms `i` of `a` and `j` of `b` are the same, offsets moved by `shift` (none: offsets not compared). */
const sameTerm = (a: TermTable, i: number, b: TermTable, j: number, shift: number | undefined): boolean =>
  a.form[i] === b.form[j] && a.negated[i] === b.negated[j] && (shift === undefined || (a.start[i]! + shift === b.start[j] && a.end[i]! + shift === b.end[j]));

test('termAgreement', async (t) => {
  await t.test('should find the longest shared first and last stretches, and agree only on spans holding the same terms', () => {
    const next = seeded(21);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    for (let round = 0; round < 300; round++) {
      const keys = newTermKeyCache();
      const words = Array.from({ length: 3 + Math.floor(next() * 25) }, () => pick(WORDS));
      const edited = words.slice();
      const at = Math.floor(next() * edited.length);
      const kind = Math.floor(next() * 4);
      if (kind === 0) edited.splice(at, 1);
      else if (kind === 1) edited.splice(at, 0, pick(WORDS));
      else if (kind === 2) edited[at] = pick(WORDS);
      else edited[at] = `${edited[at]}  `;
      const beforeText = `${words.join(' ')}.`;
      const afterText = `${edited.join(' ')}.`;
      const a = termTable(beforeText, [], new Map(), undefined, keys);
      const b = termTable(afterText, [], new Map(), undefined, keys);
      for (const shift of [afterText.length - beforeText.length, undefined]) {
        const g = termAgreement(a, b, shift);
        const n = Math.min(a.length, b.length);
        // As long as they can be: the next term differs (or the shorter table ends).
        for (let i = 0; i < g.same; i++) assert.ok(sameTerm(a, i, b, i, shift === undefined ? undefined : 0), `round ${round}: first stretch`);
        assert.ok(g.same === n || !sameTerm(a, g.same, b, g.same, shift === undefined ? undefined : 0), `round ${round}: first stretch ends`);
        for (let k = 1; k <= g.tail; k++) assert.ok(sameTerm(a, a.length - k, b, b.length - k, shift), `round ${round}: last stretch`);
        assert.ok(g.tail === n || !sameTerm(a, a.length - g.tail - 1, b, b.length - g.tail - 1, shift), `round ${round}: last stretch ends`);
        for (let from = 0; from <= a.length; from++) {
          for (let to = from; to <= a.length; to++) {
            const x = { table: a, from, to };
            for (const y of [{ table: b, from, to }, { table: b, from: from + b.length - a.length, to: to + b.length - a.length }]) {
              if (y.from < 0 || y.to > b.length) continue;
              const how = spansAgree(g, x, y);
              if (how === 0) continue;
              for (let k = 0; k < to - from; k++) assert.ok(sameTerm(a, from + k, b, y.from + k, shift === undefined ? undefined : how === SPAN_SAME ? 0 : how === SPAN_MOVED ? shift : NaN), `round ${round}: [${from}, ${to}) agrees`);
            }
            if (to <= g.same) assert.equal(spansAgree(g, x, { table: b, from, to }), SPAN_SAME, `round ${round}: [${from}, ${to}) in the first stretch`);
          }
        }
      }
    }
  });

  await t.test('should agree on nothing of another table', () => {
    const keys = newTermKeyCache();
    const a = termTable('the harbour plan', [], new Map(), undefined, keys);
    const b = termTable('the harbour plan', [], new Map(), undefined, keys);
    const g = termAgreement(a, b, 0);
    assert.equal(spansAgree(g, { table: b, from: 0, to: 2 }, { table: b, from: 0, to: 2 }), 0);
    assert.equal(spansAgree(g, { table: a, from: 0, to: 2 }, { table: b, from: 0, to: 2 }), SPAN_SAME);
    assert.equal(spansAgree(undefined, { table: a, from: 0, to: 2 }, { table: b, from: 0, to: 2 }), 0);
  });

  await t.test('agreementFor should take the agreement given only for the same tables and shift', () => {
    const keys = newTermKeyCache();
    const a = termTable('the harbour plan', [], new Map(), undefined, keys);
    const b = termTable('the harbour plans', [], new Map(), undefined, keys);
    const c = termTable('the harbour plans', [], new Map(), undefined, keys);
    const of = (table: TermTable) => [{ terms: { table, from: 0, to: table.length } }];
    const given = termAgreement(a, b, 1);
    assert.equal(agreementFor(given, of(a), of(b), 1), given);
    const other = agreementFor(given, of(a), of(c), 1)!;
    assert.notEqual(other, given);
    assert.equal(other.after, c);
    const unshifted = agreementFor(given, of(a), of(b), 0)!;
    assert.notEqual(unshifted, given);
    assert.equal(unshifted.shift, 0);
    assert.equal(agreementFor(given, [], of(b), 1), undefined);
  });
});
