/**
 * The `claimreview` export: schema.org `ClaimReview` JSON-LD (https://schema.org/ClaimReview),
 * the markup fact-checkers publish and search engines and the Google Fact Check tools
 * read, one review per reviewed claim of a report:
 *
 * - `claimReviewed`: the claim's words in the report;
 * - `itemReviewed`: a `Claim` whose `author` is the speaker (`Person`) when known and
 *   whose `appearance` is the report (`CreativeWork` with its URI and file name);
 * - `reviewRating`: a `Rating` with the verdict as `alternateName` (the textual rating);
 *   the default verdicts also get `ratingValue` on a 1–5 scale (`accurate` 5,
 *   `out of context` 3, `misquoted` 2, `unsupported` 1), a verdict of the user's own list
 *   only its name;
 * - `author`: the reviewer (`creator` of the verdict) as a `Person`, when known;
 *   `datePublished`: the day of the verdict; `reviewBody`: the note.
 *
 * A claim's own verdict is used, else the verdict of a cross-reference from it. Claims
 * whose verdict is `needs checking` are not reviews yet and are left out, as are
 * transcript claims (the transcript is the record the report is checked against).
 * All reviews are one `@graph` under the schema.org `@context`.
 */
import { jsonChunks } from './jsonChunks';
import type { Annotation, AnnotationSet, Review } from '../model/annotation';
import { documentFileName } from './documentName';
import type { AccountTexts } from './types';

/** The JSON-LD context. */
export const SCHEMA_ORG_CONTEXT = 'https://schema.org' as const;

/** Ratings of the default verdicts, on a 1 (worst) to 5 (best) scale. */
export const VERDICT_RATINGS: Readonly<Record<string, number>> = { accurate: 5, 'out of context': 3, misquoted: 2, unsupported: 1 };

/** The verdict that means "not reviewed yet". */
const NOT_YET = 'needs checking';

/** One `ClaimReview` node. */
export interface ClaimReviewNode {
  readonly '@type': 'ClaimReview';
  readonly claimReviewed: string;
  readonly itemReviewed: {
    readonly '@type': 'Claim';
    readonly author?: { readonly '@type': 'Person'; readonly name: string };
    readonly appearance: { readonly '@type': 'CreativeWork'; readonly url: string; readonly name: string };
  };
  readonly reviewRating: { readonly '@type': 'Rating'; readonly alternateName: string; readonly ratingValue?: number; readonly bestRating?: number; readonly worstRating?: number };
  readonly author?: { readonly '@type': 'Person'; readonly name: string };
  readonly datePublished?: string;
  readonly reviewBody?: string;
}

/** The ClaimReview nodes of `set` (see module notes). */
export function claimReviewsOf(set: AnnotationSet): ClaimReviewNode[] {
  const entities = new Map(set.entities.map((e) => [e.id, e]));
  const documents = new Map(set.documents.map((d) => [d.id, d]));
  const linkReview = new Map<string, Review>();
  for (const x of set.crossReferences) if (x.annotation && x.review?.verdict !== undefined && !linkReview.has(x.annotation)) linkReview.set(x.annotation, x.review);
  const nodes: ClaimReviewNode[] = [];
  const reviewOf = (a: Annotation) => (a.review?.verdict !== undefined ? a.review : linkReview.get(a.id));
  for (const a of set.annotations) {
    const doc = documents.get(a.document);
    const review = reviewOf(a);
    if (a.kind !== 'claim' || doc?.role !== 'report' || review?.verdict === undefined || review.verdict === NOT_YET) continue;
    const speaker = a.speaker ? entities.get(a.speaker) : undefined;
    const rating = VERDICT_RATINGS[review.verdict];
    nodes.push({
      '@type': 'ClaimReview',
      claimReviewed: a.text,
      itemReviewed: {
        '@type': 'Claim',
        ...(speaker && { author: { '@type': 'Person', name: speaker.name } }),
        appearance: { '@type': 'CreativeWork', url: doc.uri, name: documentFileName(doc.uri) },
      },
      reviewRating: { '@type': 'Rating', alternateName: review.verdict, ...(rating !== undefined && { ratingValue: rating, bestRating: 5, worstRating: 1 }) },
      ...(review.creator !== undefined && { author: { '@type': 'Person', name: review.creator } }),
      ...(review.modified !== undefined && /^\d{4}-\d{2}-\d{2}/.test(review.modified) && { datePublished: review.modified.slice(0, 10) }),
      ...(review.note !== undefined && { reviewBody: review.note }),
    });
  }
  return nodes;
}

/** The `claimreview` export as text: 2-space JSON-LD with a final newline. `texts` is not needed (claims carry their words). */
export function toClaimReview(set: AnnotationSet, texts: AccountTexts): string {
  return [...claimReviewChunks(set, texts)].join('');
}

/** The ClaimReview export as text in pieces: 2-space JSON-LD with a final newline, one review after another. */
export function* claimReviewChunks(set: AnnotationSet, _texts: AccountTexts): Generator<string> {
  yield* jsonChunks({ '@context': SCHEMA_ORG_CONTEXT, '@graph': claimReviewsOf(set) }, (path) => path.length <= 1);
  yield '\n';
}
