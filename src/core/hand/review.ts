/**
 * Setting a verdict or a note again: the sidecar keeps one verdict and one note per
 * reviewer and item, so a new one replaces the reviewer's earlier entry for the same
 * claim (or the same link) instead of piling up. The replacement keeps the first entry's
 * `created` and records the new time as `modified`; another reviewer's entries stay.
 * Pure; the edit it returns is one undo step.
 */
import type { HandTarget } from './model';
import type { HandAnnotation, HandAssess, HandComment } from './model';
import type { HandEdit } from './sidecarRepository';

/** The edit that sets `entry` (a verdict or a note) among `existing` (see module notes). */
export function reviewEdit(existing: readonly HandAnnotation[], entry: HandAssess | HandComment): HandEdit {
  const earlier = existing.filter(
    (h): h is HandAssess | HandComment =>
      h.action === entry.action && h.creator === entry.creator && sameTarget(h.target, entry.target) && sameTarget(h.counterpart, entry.counterpart),
  );
  if (earlier.length === 0) return { add: [entry] };
  const first = earlier[0]!;
  return { remove: earlier.map((h) => h.id), add: [{ ...entry, created: first.created || entry.created, modified: entry.modified ?? entry.created }] };
}

function sameTarget(a: HandTarget | undefined, b: HandTarget | undefined): boolean {
  if (!a || !b) return a === b;
  const [p, q] = [a.selectors.position, b.selectors.position];
  return a.source === b.source && p.start === q.start && p.end === q.end && a.selectors.quote.exact === b.selectors.quote.exact;
}
