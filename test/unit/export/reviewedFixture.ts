/**
 * The hostile exporter fixture with a reviewer's verdicts and notes: on two report claims
 * (one note full of characters the formats reserve) and on the report → transcript link.
 */
import type { AnnotationSet } from '../../../src/core/model/annotation';
import { hostileSet } from './fixture';

export const HOSTILE_NOTE = '=SUM(A1) | _x_ [1] -> a;b *\tc\nd "q" \\';

export function reviewedSet(): AnnotationSet {
  const set = hostileSet();
  return {
    ...set,
    annotations: set.annotations.map((a) => {
      if (a.id === 'a2') return { ...a, review: { verdict: 'misquoted', note: HOSTILE_NOTE, creator: 'Dana Reviewer', modified: '2026-03-01T12:00:00.000Z' } };
      if (a.id === 'a6') return { ...a, review: { verdict: 'out of context' } };
      if (a.id === 'a8') return { ...a, review: { verdict: 'needs checking' } };
      return a;
    }),
    crossReferences: set.crossReferences.map((x) => (x.id === 'x1' ? { ...x, review: { verdict: 'accurate', note: 'same words', creator: 'Lee' } } : x)),
  };
}
