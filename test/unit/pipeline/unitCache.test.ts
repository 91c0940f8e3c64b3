/**
 * The unit cache finds the units an edit did not reach by place (their keys taken from the
 * last reading, not made again): the keys it gives must be those a cache that never saw
 * the account makes, whatever the edit.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { planStage } from '../../../src/core/pipeline/plan';
import { createUnitCache } from '../../../src/core/pipeline/unitCache';
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
});
