/**
 * The bound that lets a report unit nothing supported skip its re-check after an edit of
 * the transcript (`staysUnsupported`, `mayStayUnsupported` in align/alignAccounts.ts): each
 * condition, one at a time, on measured supports. That the conditions are enough (the
 * outcome is what a fresh check gives) is what test/unit/pipeline/incremental.test.ts
 * checks end to end.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_ALIGN_OPTIONS, mayStayUnsupported, staysUnsupported } from '../../../src/core/align/alignAccounts';
import { newUnitDeps, type Remeasured, type UnitOutcome } from '../../../src/core/align/pairMemo';
import type { Support } from '../../../src/core/align/similarity';
import type { AlignPassage } from '../../../src/core/align/passages';

/** A support: by default one that supports nothing (a shared name, no word order). */
const support = (over: Partial<Support> = {}): Support => ({ coverage: 0.2, sharedWords: 1, order: 0, specificity: 0.1, missingNumbers: 0, conflicts: 0, matchedWords: [0], candidateTerms: 8, score: 0.175, ...over });

/** A unit's last check with one query `q` whose nearest passage was `at` (-1: none) with `score`. */
function depsWithNearest(at: number, score: number) {
  const deps = newUnitDeps();
  deps.nearest.push({ key: 'q', at, score });
  return deps;
}

const measured = (supports: [number, Support][], windows: [number, Support][] = []): Remeasured[] => [{ key: 'q', supports: new Map(supports), windows: new Map(windows) }];

const nothing: UnitOutcome = { links: [], unmatched: [], unconfirmed: [], linked: [] };

test('staysUnsupported', async (t) => {
  await t.test('should keep the outcome when no changed passage supports the unit or comes near its nearest', () => {
    assert.equal(staysUnsupported(depsWithNearest(3, 0.4), measured([[5, support()], [6, support({ coverage: 0, score: 0 })]]), DEFAULT_ALIGN_OPTIONS), true);
  });

  await t.test('should not keep it when a changed passage now supports the unit, whatever its score', () => {
    // Two shared words in order and enough coverage: supported, though below the nearest's score.
    const now = support({ coverage: 0.46, sharedWords: 2, order: 0.5, score: 0.47 });
    assert.equal(staysUnsupported(depsWithNearest(3, 0.6), measured([[5, now]]), DEFAULT_ALIGN_OPTIONS), false);
  });

  await t.test('should not keep it when a changed passage now holds the unit near-verbatim', () => {
    const now = support({ coverage: 0.5, sharedWords: 1, order: 0, score: 0.4 });
    assert.equal(staysUnsupported(depsWithNearest(3, 0.6), measured([[5, now]]), DEFAULT_ALIGN_OPTIONS), false);
    // Names only, in order, one of opposite polarity: what a misattributed quote is looked for with (`isNearVerbatim`).
    const names = support({ coverage: 0.85, sharedWords: 0, order: 0.7, conflicts: 1, score: 0.8 });
    assert.equal(staysUnsupported(depsWithNearest(3, 0.9), measured([[5, names]]), DEFAULT_ALIGN_OPTIONS), false);
  });

  await t.test('should not keep it when a window of two with a changed passage now supports the unit', () => {
    const window = support({ coverage: 0.46, sharedWords: 2, order: 0.5, score: 0.47 });
    assert.equal(staysUnsupported(depsWithNearest(3, 0.6), measured([[5, support()]], [[4, window]]), DEFAULT_ALIGN_OPTIONS), false);
  });

  await t.test('should not keep it when the nearest passage changed, or a changed one reaches its score', () => {
    assert.equal(staysUnsupported(depsWithNearest(5, 0.4), measured([[5, support()]]), DEFAULT_ALIGN_OPTIONS), false);
    assert.equal(staysUnsupported(depsWithNearest(3, 0.175), measured([[5, support()]]), DEFAULT_ALIGN_OPTIONS), false);
    assert.equal(staysUnsupported(depsWithNearest(3, 0.176), measured([[5, support()]]), DEFAULT_ALIGN_OPTIONS), true);
  });

  await t.test('should not keep it when it had no nearest passage and a changed one now shares something with it', () => {
    assert.equal(staysUnsupported(depsWithNearest(-1, 0), measured([[5, support()]]), DEFAULT_ALIGN_OPTIONS), false);
    assert.equal(staysUnsupported(depsWithNearest(-1, 0), measured([[5, support({ coverage: 0, score: 0 })]]), DEFAULT_ALIGN_OPTIONS), true);
  });

  await t.test('should not keep it when a nearest look has no query measured again', () => {
    const deps = depsWithNearest(3, 0.4);
    deps.nearest.push({ key: 'other', at: 2, score: 0.5 });
    assert.equal(staysUnsupported(deps, measured([[5, support()]]), DEFAULT_ALIGN_OPTIONS), false);
  });
});

test('mayStayUnsupported', async (t) => {
  const passage = (turn: number, speaker?: string): AlignPassage => ({ turn, speaker }) as unknown as AlignPassage;
  const old = [passage(0, 'p1'), passage(1, 'p2')];

  await t.test('should let the bound decide for a check that met no support and linked nothing', () => {
    assert.equal(mayStayUnsupported(newUnitDeps(), nothing, [1], old, [passage(0, 'p1'), passage(1, 'p2')]), true);
  });

  await t.test('should re-check a unit whose check met support, or that links something', () => {
    const met = newUnitDeps();
    met.supported = true;
    assert.equal(mayStayUnsupported(met, nothing, [1], old, old), false);
    const link = { from: { document: 'd1', start: 0, end: 1 }, to: { document: 'd2', start: 0, end: 1 } } as unknown as UnitOutcome['links'][number];
    assert.equal(mayStayUnsupported(newUnitDeps(), { ...nothing, links: [link] }, [1], old, old), false);
    assert.equal(mayStayUnsupported(newUnitDeps(), { ...nothing, figure: { links: [link] } }, [1], old, old), false);
  });

  await t.test('should re-check a unit when a changed passage moved to another turn or speaker', () => {
    assert.equal(mayStayUnsupported(newUnitDeps(), nothing, [1], old, [passage(0, 'p1'), passage(2, 'p2')]), false);
    assert.equal(mayStayUnsupported(newUnitDeps(), nothing, [1], old, [passage(0, 'p1'), passage(1, 'p1')]), false);
  });
});
