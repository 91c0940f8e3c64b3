import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agreementLine, disagreementLine } from '../../../src/extension/agreementText';

const TEXT = 'The harbour reopened on Friday, the mayor said.';
const U = 'file:///w/r.txt';

test('agreementLine', async (t) => {
  await t.test('should give κ to two places, raw agreement and the disagreement count', () => {
    assert.equal(agreementLine('verdicts', { items: 3, agreed: 1, raw: 1 / 3, kappa: 1 / 7, disagreements: [{ uri: U, start: 0, end: 3, a: 'x', b: 'y' }] }), 'verdicts: κ 0.14 · raw 33% (1 of 3 items) · 1 disagreement');
  });

  await t.test('should say when κ is not defined and when there is nothing to compare', () => {
    assert.equal(agreementLine('links', { items: 2, agreed: 2, raw: 1, disagreements: [] }), 'links: κ n/a · raw 100% (2 of 2 items) · 0 disagreements');
    assert.equal(agreementLine('persons', { items: 0, agreed: 0, disagreements: [] }), 'persons: no items either reviewer annotated');
  });
});

test('disagreementLine', async (t) => {
  await t.test('should quote the words of the item, and both passages of a link', () => {
    const item = { uri: U, start: 4, end: 11, a: 'accurate', b: 'none' };
    assert.equal(disagreementLine(item, () => TEXT), '“harbour”: mine accurate · theirs none');
    assert.equal(disagreementLine({ ...item, to: { uri: U, start: 32, end: 41 } }, () => TEXT), '“harbour” ↔ “the mayor”: mine accurate · theirs none');
  });

  await t.test('should fall back to offsets when the text is unknown', () => {
    assert.equal(disagreementLine({ uri: U, start: 4, end: 11, a: 'a', b: 'b' }, () => undefined), '“4-11”: mine a · theirs b');
  });
});
