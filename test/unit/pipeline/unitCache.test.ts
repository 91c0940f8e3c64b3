/**
 * The unit cache finds the units an edit did not reach by place (their keys taken from the
 * last reading, not made again): the keys it gives must be those a cache that never saw
 * the account makes, whatever the edit.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { planStage } from '../../../src/core/pipeline/plan';
import { createUnitCache, readsAlike, unitKey } from '../../../src/core/pipeline/unitCache';
import type { UnitFindings } from '../../../src/core/annotators/unitFindings';
import type { PlannedUnit } from '../../../src/core/text/paragraphs';

const TEXT = [
  'Press conference by President Halvard Mossberg',
  'PRESIDENT MOSSBERG: Good afternoon. We discussed trade with Norway.',
  'Q: Will you meet the delegation?',
  'PRESIDENT MOSSBERG: Yes. I expect to meet them in Oslo.',
  'PRIME MINISTER OKAFOR: We agreed that the new port will be finished in 2026.',
].join('\n\n');

const PIECES = ['\n\n', '\n', 'Q: ', 'PRESIDENT MOSSBERG: ', 'port', ' ', 'x', ':', 'Okafor said'];

/** Findings that say which unit they belong to (the cache keeps whatever it is given). */
const findingsOf = (units: readonly PlannedUnit[]): UnitFindings[] => units.map((unit, index) => ({ index, unit, countries: [], persons: [], nominals: [], claims: [], subjectsMet: [] }));

test('unit cache', async (t) => {
  await t.test('should give the keys of a fresh lookup after random edits', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 30 }), fc.constantFrom('', ...PIECES)), { minLength: 1, maxLength: 6 }), (edits) => {
        const cache = createUnitCache();
        let text = TEXT;
        for (const [where, remove, insert] of edits) {
          const plan = planStage({ uri: 'file:///t.txt', text });
          const lookup = cache.lookup(plan.uri, plan.units, plan.text);
          assert.deepEqual(lookup.keys, createUnitCache().lookup(plan.uri, plan.units, plan.text).keys);
          cache.store(plan.uri, lookup, plan.units, findingsOf(plan.units));
          const at = Math.floor(where * (text.length + 1));
          text = text.slice(0, at) + insert + text.slice(at + remove);
        }
      }),
      { numRuns: 200 },
    );
  });

  await t.test('should keep the findings of exactly the keys of the last reading, each with its own findings, after random edits and pastes', () => {
    // findings that carry their unit's key, so that a unit given another key's findings is seen
    const keyed = (units: readonly PlannedUnit[]): UnitFindings[] => units.map((unit, index) => ({ index, unit, countries: [], persons: [], nominals: [], claims: [unitKey(unit)] as unknown as UnitFindings['claims'], subjectsMet: [] }));
    const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 30 }), fc.oneof(fc.constantFrom('', ...PIECES), fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 80 }))));
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const cache = createUnitCache();
        let text = TEXT;
        let lastKeys = new Set<string>();
        for (const [where, remove, insert] of edits) {
          const plan = planStage({ uri: 'file:///t.txt', text });
          const lookup = cache.lookup(plan.uri, plan.units, plan.text);
          lookup.keys.forEach((key, i) => {
            const kept = lookup.kept[i];
            assert.equal(kept !== undefined, lastKeys.has(key));
            if (kept) assert.deepEqual(kept.claims, [key]);
          });
          cache.store(plan.uri, lookup, plan.units, keyed(plan.units));
          lastKeys = new Set(lookup.keys);
          const at = Math.floor(where * (text.length + 1));
          // a piece, or a stretch of the text itself pasted (paragraphs found again by key elsewhere)
          const piece = typeof insert === 'string' ? insert : text.slice(Math.floor(insert[0] * text.length), Math.floor(insert[0] * text.length) + insert[1]);
          text = text.slice(0, at) + piece + text.slice(at + remove);
        }
      }),
      { numRuns: 300 },
    );
  });

  /** The keys a cache that saw `before` gives for `after`, and those a fresh cache gives. */
  const keysAfter = (before: string, after: string): [readonly string[], readonly string[]] => {
    const cache = createUnitCache();
    const plan = planStage({ uri: 'file:///t.txt', text: before });
    cache.store(plan.uri, cache.lookup(plan.uri, plan.units, plan.text), plan.units, findingsOf(plan.units));
    const edited = planStage({ uri: 'file:///t.txt', text: after });
    return [cache.lookup(edited.uri, edited.units, edited.text).keys, createUnitCache().lookup(edited.uri, edited.units, edited.text).keys];
  };

  await t.test('should make the key again of a unit in place whose reading changed (the account is no transcript any more)', () => {
    // The last paragraph lies after the edit, unchanged, but is no longer inside a turn.
    const before = 'Opening words here.\n\nMOSSBERG: Good afternoon.\n\nOKAFOR: Thanks.\n\nWe discussed trade.';
    const [kept, fresh] = keysAfter(before, before.replace('OKAFOR:', 'OKAFOR'));
    assert.deepEqual(kept, fresh);
  });

  await t.test('should make the key again of a unit whose last character changed', () => {
    const [kept, fresh] = keysAfter('We met at noon.\n\nThey agreed.', 'We met at noon!\n\nThey agreed.');
    assert.deepEqual(kept, fresh);
  });

  await t.test('should keep the findings of the units an edit did not reach', () => {
    const cache = createUnitCache();
    const plan = planStage({ uri: 'file:///t.txt', text: TEXT });
    cache.store(plan.uri, cache.lookup(plan.uri, plan.units, plan.text), plan.units, findingsOf(plan.units));
    const edited = planStage({ uri: 'file:///t.txt', text: TEXT.replace('Oslo', 'Bergen') });
    const kept = cache.lookup(edited.uri, edited.units, edited.text).kept;
    assert.deepEqual(kept.map((k) => k !== undefined), edited.units.map((u) => !u.text.includes('Bergen')));
  });

  await t.test('should find two units alike only when their keys are the same, and always when they have the same fields, without making the keys', () => {
    // units (their fields in the one order units are made with) of every shape a field can take: absent, undefined, a number, an object of numbers (keys in any order and number), NaN (JSON null)
    const value = fc.oneof(fc.constant(undefined), fc.constant(Number.NaN), fc.constant(null), fc.integer({ min: 0, max: 2 }), fc.constantFrom('transcript', 'report'), fc.dictionary(fc.constantFrom('start', 'end', 'x'), fc.integer({ min: 0, max: 1 })), fc.constant([1, 2]));
    const unit = fc.tuple(fc.integer({ min: 0, max: 9 }), fc.record({ role: value, turnBody: value, labelName: value, extra: value }, { requiredKeys: [] })).map(([start, fields]) => ({ start, end: start + 4, text: 'unit', ...fields }) as unknown as PlannedUnit);
    // two units drawn apart, or one unit and itself with one field given another value
    const pair = fc.oneof(fc.tuple(unit, unit), fc.tuple(unit, fc.constantFrom('role', 'turnBody', 'labelName', 'extra'), value).map(([a, k, v]) => [a, { ...a, [k]: v } as PlannedUnit] as const));
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const sameKey = unitKey(a) === unitKey(b);
        if (readsAlike(a, b)) assert.ok(sameKey);
        else if (Object.keys(a).join() === Object.keys(b).join()) assert.ok(!sameKey);
      }),
      { numRuns: 3000 },
    );
    // as many fields, not the same ones: not alike
    const labelled = { start: 0, end: 4, text: 'unit', role: 'report', labelName: { start: 0, end: 1 } } as unknown as PlannedUnit;
    assert.equal(readsAlike(labelled, { start: 0, end: 4, text: 'unit', role: 'report', turnBody: undefined } as unknown as PlannedUnit), false);
    // a label name with its fields in another order, or one more: another key, so not alike
    assert.equal(readsAlike(labelled, { ...labelled, labelName: { end: 1, start: 0 } } as unknown as PlannedUnit), false);
    assert.equal(readsAlike({ ...labelled, labelName: { start: 1, end: 1 } } as unknown as PlannedUnit, { ...labelled, labelName: { end: 1, start: 1 } } as unknown as PlannedUnit), false);
    assert.equal(readsAlike(labelled, { ...labelled, labelName: { start: 0, end: 1, x: 2 } } as unknown as PlannedUnit), false);
    assert.equal(readsAlike(labelled, { ...labelled, labelName: { start: 0, end: 1 } } as unknown as PlannedUnit), true);
  });
});
