/**
 * The sections CodeLens counts cross-references for: a transcript's turns, a report's
 * paragraphs. Pure: no vscode import.
 */
import type { AnnotationSet, OffsetRange } from '../core/index';

/** One section with its counts. */
export interface LensSection extends OffsetRange {
  readonly crossReferences: number;
  readonly unsupported: number;
  /** Context passages the other account does not hold (counted, never a reason for a lens). */
  readonly context: number;
  /** Claims the other account does not confirm (`AnnotationSet.unconfirmed`; counted like context). */
  readonly unconfirmed: number;
}

/**
 * Paragraphs of `text`: runs of non-blank lines separated by blank lines. A text with no
 * blank line at all (one paragraph per line) gives its non-empty lines.
 */
export function paragraphs(text: string): OffsetRange[] {
  const lines: OffsetRange[] = [];
  const eol = /\r\n|\n|\r/g;
  let from = 0;
  for (let m = eol.exec(text); m; m = eol.exec(text)) {
    lines.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  lines.push({ start: from, end: text.length });
  const isBlank = (l: OffsetRange) => text.slice(l.start, l.end).trim() === '';
  const hasBlank = lines.some((l, i) => i > 0 && i < lines.length - 1 && isBlank(l));
  const out: OffsetRange[] = [];
  let open: { start: number; end: number } | undefined;
  for (const l of lines) {
    if (isBlank(l)) {
      open = undefined;
      continue;
    }
    const chunk = text.slice(l.start, l.end);
    const start = l.start + (chunk.length - chunk.trimStart().length);
    const end = l.end - (chunk.length - chunk.trimEnd().length);
    if (open && hasBlank) {
      open.end = end;
    } else {
      open = { start, end };
      out.push(open);
    }
  }
  return out;
}

/** Counts per section of account `docId` (sections without anything to count are left out). */
export function lensSections(set: AnnotationSet, docId: string, text: string): LensSection[] {
  const doc = set.documents.find((d) => d.id === docId);
  if (!doc) return [];
  const turns = set.annotations.filter((a) => a.document === docId && a.kind === 'turn').sort((a, b) => a.start - b.start);
  const sections: OffsetRange[] = doc.role === 'transcript' && turns.length ? turns : paragraphs(text);
  const starts: number[] = [];
  for (const x of set.crossReferences) {
    if (x.from.document === docId) starts.push(x.from.start);
    else if (x.to.document === docId) starts.push(x.to.start);
  }
  // Context (the report's own background) is no finding, nor is a claim not confirmed: they
  // are counted in a lens that cross-references or unsupported claims open (the panel lists
  // their rows there too), but a paragraph of only those gets no lens.
  const mine = set.unmatched.filter((u) => u.document === docId);
  const unsupported = mine.filter((u) => u.reason === 'unsupported').map((u) => u.start);
  const context = mine.filter((u) => u.reason === 'context').map((u) => u.start);
  const unconfirmed = (set.unconfirmed ?? []).filter((u) => u.document === docId).map((u) => u.start);
  starts.sort((a, b) => a - b);
  unconfirmed.sort((a, b) => a - b);
  unsupported.sort((a, b) => a - b);
  context.sort((a, b) => a - b);
  // Sorted offsets: two binary searches per section instead of a scan (1 MB reports have thousands of paragraphs).
  const count = (xs: readonly number[], s: OffsetRange) => lowerBound(xs, s.end) - lowerBound(xs, s.start);
  return sections
    .map((s) => ({ start: s.start, end: s.end, crossReferences: count(starts, s), unsupported: count(unsupported, s), context: count(context, s), unconfirmed: count(unconfirmed, s) }))
    .filter((s) => s.crossReferences > 0 || s.unsupported > 0);
}

/** Index of the first element of sorted `xs` that is ≥ `value`. */
function lowerBound(xs: readonly number[], value: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The lens title: "2 cross-references · 1 unsupported · 1 not confirmed · 1 context". */
export function lensTitle(s: LensSection): string {
  const parts: string[] = [];
  if (s.crossReferences) parts.push(`${s.crossReferences} cross-reference${s.crossReferences === 1 ? '' : 's'}`);
  if (s.unsupported) parts.push(`${s.unsupported} unsupported`);
  if (s.unconfirmed) parts.push(`${s.unconfirmed} not confirmed`);
  if (s.context) parts.push(`${s.context} context`);
  return parts.join(' · ');
}
