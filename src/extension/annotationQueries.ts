/**
 * Questions features ask of an annotation set: what is at an offset, what links to a
 * claim, how often an entity is mentioned. Pure: no vscode import.
 */
import type { Annotation, AnnotationSet, CrossReference, OffsetRange, Unconfirmed, Unmatched } from '../core/index';

/** Annotations of `docId` containing `offset` (end inclusive, so a cursor after a word counts), innermost first. */
export function annotationsAt(set: AnnotationSet, docId: string, offset: number): Annotation[] {
  return set.annotations
    .filter((a) => a.document === docId && a.start <= offset && offset <= a.end && a.end > a.start)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
}

/** The innermost person or country mention at `offset`. */
export function mentionAt(set: AnnotationSet, docId: string, offset: number): Annotation | undefined {
  return annotationsAt(set, docId, offset).find((a) => (a.kind === 'person' || a.kind === 'country') && a.entity !== undefined);
}

/** The innermost claim at `offset`. */
export function claimAt(set: AnnotationSet, docId: string, offset: number): Annotation | undefined {
  return annotationsAt(set, docId, offset).find((a) => a.kind === 'claim');
}

/** The innermost turn at `offset`. */
export function turnAt(set: AnnotationSet, docId: string, offset: number): Annotation | undefined {
  return annotationsAt(set, docId, offset).find((a) => a.kind === 'turn');
}

function overlaps(a: OffsetRange, b: OffsetRange): boolean {
  return a.start < b.end && b.start < a.end;
}

/** One cross-reference seen from one side: `here` in this account, `there` in the other. */
export interface CounterpartLink {
  readonly reference: CrossReference;
  readonly here: OffsetRange & { readonly document: string };
  readonly there: OffsetRange & { readonly document: string };
  /** True when `here` is the `from` side (diff words `from` are this account's). */
  readonly fromHere: boolean;
}

/**
 * Cross-references touching `range` of `docId`: those naming the claim `annotationId`,
 * and those whose passage on this side overlaps the range. Best score first.
 */
export function counterpartLinks(set: AnnotationSet, docId: string, range: OffsetRange, annotationId?: string): CounterpartLink[] {
  const out: CounterpartLink[] = [];
  for (const x of set.crossReferences) {
    if (x.from.document === docId && ((annotationId && x.annotation === annotationId) || overlaps(x.from, range))) {
      out.push({ reference: x, here: x.from, there: x.to, fromHere: true });
    } else if (x.to.document === docId && overlaps(x.to, range)) {
      out.push({ reference: x, here: x.to, there: x.from, fromHere: false });
    }
  }
  return out.sort((a, b) => b.reference.score - a.reference.score);
}

/**
 * True when the other account does not hold the claim and the claim is the report's
 * finding (`reason: 'unsupported'`: words credited to a speaker of the event). Context
 * (the reporter's background and narration) is not: see `unmatchedOf`.
 */
export function isUnsupported(set: AnnotationSet, annotationId: string): boolean {
  return set.unmatched.some((u) => u.annotation === annotationId && u.reason === 'unsupported');
}

/** The unmatched entry of a claim (unsupported or context); `undefined` when it has support or was not aligned. */
export function unmatchedOf(set: AnnotationSet, annotationId: string): Unmatched | undefined {
  return set.unmatched.find((u) => u.annotation === annotationId);
}

/** The entry of a claim the other account does not confirm (`AnnotationSet.unconfirmed`); `undefined` when there is none. */
export function unconfirmedOf(set: AnnotationSet, annotationId: string): Unconfirmed | undefined {
  return set.unconfirmed?.find((u) => u.annotation === annotationId);
}

/** Mentions of an entity per document id (documents without mentions are absent). */
export function mentionCounts(set: AnnotationSet, entityId: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of set.annotations) {
    if (a.entity === entityId && (a.kind === 'person' || a.kind === 'country')) counts.set(a.document, (counts.get(a.document) ?? 0) + 1);
  }
  return counts;
}

/** Claims (and turns) attributed to a person, per document id. */
export function attributedCounts(set: AnnotationSet, personId: string): { claims: Map<string, number>; turns: Map<string, number> } {
  const claims = new Map<string, number>();
  const turns = new Map<string, number>();
  for (const a of set.annotations) {
    if (a.speaker !== personId) continue;
    const m = a.kind === 'claim' ? claims : a.kind === 'turn' ? turns : undefined;
    m?.set(a.document, (m.get(a.document) ?? 0) + 1);
  }
  return { claims, turns };
}
