/**
 * Reviews in the TEI export: verdicts and notes on claims and cross-references, and who
 * gave them.
 *
 * - each reviewer is a `respStmt` (`@xml:id` `reviewer-N`, `resp` "review", `name`) in the
 *   `titleStmt`;
 * - each verdict used is an `interp` of `interpGrp type="verdict"` (`@xml:id`
 *   `verdict-<words>`), and a reviewed claim's element or link carries it in `@ana`;
 * - each review is an `annotation` of `listAnnotation type="reviews"` (TEI P5's
 *   annotation, after the W3C model): `@target` the claim or link, `@motivation`
 *   `assessing` and/or `commenting`, `@resp` the reviewer, `@when` the last change, with
 *   `note type="verdict"` and `note type="comment"`.
 *
 * Pure; text and attribute values are escaped by `xmlText.ts`.
 */
import type { AnnotationSet, Review } from '../model/annotation';
import { escapeXmlText, startTag } from './xmlText';

/** What the TEI writer needs to put the reviews of a set in. */
export interface TeiReviews {
  /** `respStmt` lines for the `titleStmt` (empty when no review names its reviewer). */
  readonly titleLines: readonly string[];
  /** `interpGrp` and `listAnnotation` lines for the `standOff` (empty when nothing was reviewed). */
  readonly standOffLines: readonly string[];
  /** The `@ana` pointer of a review's verdict (`#verdict-accurate`), if it has one. */
  anaOf(review: Review | undefined): string | undefined;
}

/** The reviews of `set`; `xmlIdOf` gives the `xml:id` of an annotation's element. */
export function teiReviews(set: AnnotationSet, xmlIdOf: (annotationId: string) => string): TeiReviews {
  const reviewed = [
    ...set.annotations.flatMap((a) => (a.review ? [{ target: xmlIdOf(a.id), review: a.review }] : [])),
    ...set.crossReferences.flatMap((x) => (x.review ? [{ target: x.id, review: x.review }] : [])),
  ];
  const verdictIds = new Map<string, string>();
  const reviewerIds = new Map<string, string>();
  const taken = new Set<string>();
  for (const { review } of reviewed) {
    if (review.verdict !== undefined && !verdictIds.has(review.verdict)) {
      const base = `verdict-${review.verdict.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x'}`;
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      verdictIds.set(review.verdict, id);
    }
    if (review.creator !== undefined && !reviewerIds.has(review.creator)) reviewerIds.set(review.creator, `reviewer-${reviewerIds.size + 1}`);
  }
  const titleLines = [...reviewerIds].map(([name, id]) => `        ${startTag('respStmt', { 'xml:id': id })}<resp>review</resp><name>${escapeXmlText(name)}</name></respStmt>`);
  const standOffLines: string[] = [];
  if (verdictIds.size > 0) {
    standOffLines.push('    <interpGrp type="verdict">');
    for (const [verdict, id] of verdictIds) standOffLines.push(`      ${startTag('interp', { 'xml:id': id })}${escapeXmlText(verdict)}</interp>`);
    standOffLines.push('    </interpGrp>');
  }
  if (reviewed.length > 0) {
    standOffLines.push('    <listAnnotation type="reviews">');
    for (const { target, review } of reviewed) {
      const motivation = [review.verdict !== undefined && 'assessing', review.note !== undefined && 'commenting'].filter(Boolean).join(' ');
      const resp = review.creator !== undefined ? `#${reviewerIds.get(review.creator)}` : undefined;
      const notes = [
        review.verdict !== undefined ? `<note type="verdict">${escapeXmlText(review.verdict)}</note>` : '',
        review.note !== undefined ? `<note type="comment">${escapeXmlText(review.note)}</note>` : '',
      ];
      standOffLines.push(`      ${startTag('annotation', { target: `#${target}`, motivation: motivation || undefined, resp, when: review.modified })}${notes.join('')}</annotation>`);
    }
    standOffLines.push('    </listAnnotation>');
  }
  return {
    titleLines,
    standOffLines,
    anaOf: (review) => (review?.verdict !== undefined ? `#${verdictIds.get(review.verdict)}` : undefined),
  };
}
