/**
 * The annotations of a document are numbered in place order (start, the longer first, kind
 * and claim type), the same kind on the same span once. They are made in four lists (turns,
 * claims, persons, countries) that are merged rather than sorted: the result must be the
 * one a stable sort of the lists one after the other gives, whatever order each list is in.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { inPlaceOrder, mergeInPlaceOrder } from '../../../src/core/merge/annotateReadings';
import { CLAIM_TYPES, type Annotation, type AnnotationKind, type ClaimType } from '../../../src/core/model/annotation';

const KINDS: readonly AnnotationKind[] = ['turn', 'claim', 'person', 'country'];
const RANK: Record<AnnotationKind, number> = { turn: 0, claim: 1, person: 2, country: 3 };
const TYPE_RANK = (t: ClaimType | undefined) => [...CLAIM_TYPES].sort().indexOf(t!);

/** What the numbering gave before the merge: every list's annotations, one after the other, sorted stably and de-duplicated. */
function sortedReference(lists: readonly Annotation[][]): string[] {
  const order = (a: Annotation) => RANK[a.kind] * 10 + (a.kind === 'claim' ? TYPE_RANK(a.claimType) : 0);
  const rows = lists.flat().sort((a, b) => a.start - b.start || b.end - a.end || order(a) - order(b));
  const out: Annotation[] = [];
  for (const a of rows) {
    const p = out[out.length - 1];
    if (p && p.start === a.start && p.end === a.end && order(p) === order(a)) continue;
    out.push(a);
  }
  return out.map((a, i) => `a${i + 1} ${a.kind} ${a.claimType ?? ''} ${a.start}-${a.end} ${a.text}`);
}

const spans = fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom(...CLAIM_TYPES), fc.boolean()), { maxLength: 12 });

test('should number the merged lists as a stable sort of them one after the other', () => {
  fc.assert(
    // the lists' kinds as in the numbering (turns, claims, persons, countries), or drawn: a tie between lists goes to the earlier one
    fc.property(fc.tuple(spans, spans, spans, spans), fc.option(fc.tuple(...KINDS.map(() => fc.constantFrom(...KINDS)))), (drawn, kinds) => {
      const make = () =>
        drawn.map((list, l) => {
          const kind = (kinds ?? KINDS)[l]!;
          // text tells apart annotations of the same place, so that the order among ties shows
          const made = list.map(([start, length, claimType], i): Annotation => ({ id: '', document: 'd1', kind, start, end: start + length, text: `${kind}${l}.${i}`, rule: 'turn/label', ...(kind === 'claim' ? { claimType } : {}) }) as Annotation);
          // half the lists in place order already (the common case), the others as drawn
          return list[0]?.[3] ? made.sort((a, b) => a.start - b.start || b.end - a.end) : made;
        });
      const expected = sortedReference(make());
      const into: Annotation[] = [];
      mergeInPlaceOrder(make().map(inPlaceOrder), into);
      assert.deepEqual(into.map((a) => `${a.id} ${a.kind} ${a.claimType ?? ''} ${a.start}-${a.end} ${a.text}`), expected);
      // with the ids a run before made (of fewer annotations, or more), the same ids
      const ids = ['a1', 'a2', 'a3'];
      for (let run = 0; run < 2; run++) {
        const again: Annotation[] = [];
        mergeInPlaceOrder(make().map(inPlaceOrder), again, ids);
        assert.deepEqual(again.map((a) => a.id), into.map((a) => a.id));
      }
    }),
    { numRuns: 500 },
  );
});
