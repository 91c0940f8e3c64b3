/**
 * The `w3c` export: the annotation set as a W3C Web Annotation collection (JSON-LD,
 * `@context` http://www.w3.org/ns/anno.jsonld), one annotation per span:
 *
 * - person/country mentions: motivation `identifying`; claims and turns: `tagging`
 *   (bodies as in `webAnnotationBodies.ts`; every mention of one entity shares the
 *   entity's body IRI);
 * - cross-references: motivation `linking`, both passages as targets, the match class
 *   as a `tagging` body and the score as an `assessing` body;
 * - unsupported claims: motivation `assessing`, body `unsupported`;
 * - a reviewer's verdict on a claim or cross-reference: motivation `assessing`, an
 *   `assessing` body with the verdict; their note: motivation `commenting`, a
 *   `commenting` body; both with the reviewer as `creator` (a `Person`) and `modified`.
 *   They read back as the sidecar's `assess` and `comment` entries (`import`).
 *
 * Targets carry a TextQuoteSelector (32 characters of context) and a
 * TextPositionSelector (UTF-16 offsets). Ids are deterministic `urn:uuid:` UUIDs.
 */
import { describeSpan } from '../align/anchor';
import type { Annotation, AnnotationSet, Entity, Passage } from '../model/annotation';
import { jsonChunks, LazyArray } from './jsonChunks';
import { stableUuid } from './stableUuid';
import { requireText, type AccountTexts } from './types';
import { bodiesOf, motivationOf } from './webAnnotationBodies';
import { ANNO_CONTEXT, type Agent, type SpecificTarget, type WebAnnotation, type WebAnnotationCollection } from './webAnnotationTypes';
import type { Review } from '../model/annotation';

const SOFTWARE: Agent = { type: 'Software', name: 'Transcript Annotator' };
const PERSON: Agent = { type: 'Person' };

/** The IRI shared by every body that names `entity`. */
export function entityIri(entity: Entity): string {
  return `urn:uuid:${stableUuid('entity', entity.kind, entity.iso ?? entity.name)}`;
}

/** Builds the W3C collection of `set`; `texts` gives each account's text by document id. */
export function toWebAnnotationCollection(set: AnnotationSet, texts: AccountTexts): WebAnnotationCollection {
  const collection = collectionOf(set, texts);
  return { ...collection, first: { ...collection.first, items: [...collection.first.items.items()] as WebAnnotation[] } };
}

/**
 * The `w3c` export as text in pieces: 2-space JSON-LD with a final newline, each
 * annotation made and written in turn (a large account's collection never exists whole).
 */
export function* webAnnotationChunks(set: AnnotationSet, texts: AccountTexts): Generator<string> {
  yield* jsonChunks(collectionOf(set, texts), (path) => path.length <= 1);
  yield '\n';
}

/** The `w3c` export as one string (see `webAnnotationChunks`). */
export function toWebAnnotation(set: AnnotationSet, texts: AccountTexts): string {
  return [...webAnnotationChunks(set, texts)].join('');
}

/** The collection, its items made lazily, in order: annotations, cross-references, unsupported marks. */
function collectionOf(set: AnnotationSet, texts: AccountTexts): Omit<WebAnnotationCollection, 'first'> & { first: Omit<WebAnnotationCollection['first'], 'items'> & { items: LazyArray } } {
  const entities = new Map(set.entities.map((e) => [e.id, e]));
  const documents = new Map(set.documents.map((d) => [d.id, d]));
  // Fail before the first piece is written, as the whole collection did.
  for (const d of set.documents) requireText(texts, d.id, d.uri);
  const targetOf = (p: Passage): SpecificTarget => {
    const doc = documents.get(p.document);
    if (!doc) throw new Error(`Passage ${p.start}-${p.end} names document ${p.document}, which is not in the annotation set.`);
    const { quote, position } = describeSpan(requireText(texts, doc.id, doc.uri), p);
    return { source: doc.uri, selector: [quote, position] };
  };
  function* reviewItems(review: Review | undefined, key: readonly (string | number)[], target: SpecificTarget | SpecificTarget[]): Generator<WebAnnotation> {
    if (!review) return;
    const creator: Agent = { type: 'Person', ...(review.creator !== undefined && { name: review.creator }) };
    const stamp = review.modified !== undefined ? { modified: review.modified } : {};
    if (review.verdict !== undefined) yield { id: `urn:uuid:${stableUuid('verdict', ...key)}`, type: 'Annotation', motivation: 'assessing', ...stamp, creator, body: [{ type: 'TextualBody', purpose: 'assessing', value: review.verdict }], target };
    if (review.note !== undefined) yield { id: `urn:uuid:${stableUuid('note', ...key)}`, type: 'Annotation', motivation: 'commenting', ...stamp, creator, body: [{ type: 'TextualBody', purpose: 'commenting', value: review.note }], target };
  }
  function* items(): Generator<WebAnnotation> {
    for (const a of set.annotations) yield annotationOf(a, entities, targetOf, documents.get(a.document)?.uri ?? a.document);
    for (const x of set.crossReferences) {
      const from = documents.get(x.from.document)?.uri ?? x.from.document;
      yield {
        id: `urn:uuid:${stableUuid('link', from, x.id, x.from.start, x.from.end, x.to.start, x.to.end)}`,
        type: 'Annotation',
        motivation: 'linking',
        creator: x.origin === 'hand' ? PERSON : SOFTWARE,
        body: [
          { type: 'TextualBody', purpose: 'tagging', value: x.match },
          { type: 'TextualBody', purpose: 'assessing', value: x.score.toFixed(2) },
        ],
        target: [targetOf(x.from), targetOf(x.to)],
      };
    }
    for (const a of set.annotations) yield* reviewItems(a.review, [documents.get(a.document)?.uri ?? a.document, a.id, a.start, a.end], targetOf(a));
    for (const x of set.crossReferences) yield* reviewItems(x.review, [documents.get(x.from.document)?.uri ?? x.from.document, x.id, x.from.start, x.from.end, x.to.start, x.to.end], [targetOf(x.from), targetOf(x.to)]);
    for (const u of set.unmatched) {
      const uri = documents.get(u.document)?.uri ?? u.document;
      yield {
        id: `urn:uuid:${stableUuid('unsupported', uri, u.annotation, u.start, u.end)}`,
        type: 'Annotation',
        motivation: 'assessing',
        creator: SOFTWARE,
        body: [{ type: 'TextualBody', purpose: 'assessing', value: 'unsupported' }],
        target: targetOf(u),
      };
    }
  }
  const reviews = (review: Review | undefined): number => (review?.verdict !== undefined ? 1 : 0) + (review?.note !== undefined ? 1 : 0);
  let reviewCount = 0;
  for (const a of set.annotations) reviewCount += reviews(a.review);
  for (const x of set.crossReferences) reviewCount += reviews(x.review);
  const total = set.annotations.length + set.crossReferences.length + reviewCount + set.unmatched.length;
  const uris = set.documents.map((d) => d.uri);
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${stableUuid('collection', ...uris)}`,
    type: 'AnnotationCollection',
    label: `Transcript Annotator: ${uris.join(', ')}`,
    total,
    first: { id: `urn:uuid:${stableUuid('page', ...uris)}`, type: 'AnnotationPage', startIndex: 0, items: new LazyArray(items, total === 0) },
  };
}

function annotationOf(a: Annotation, entities: ReadonlyMap<string, Entity>, targetOf: (p: Passage) => SpecificTarget, uri: string): WebAnnotation {
  const named = entities.get((a.kind === 'person' || a.kind === 'country' ? a.entity : a.speaker) ?? '');
  return {
    id: `urn:uuid:${stableUuid('annotation', uri, a.id, a.kind, a.start, a.end)}`,
    type: 'Annotation',
    motivation: motivationOf(a.kind),
    creator: a.origin === 'hand' ? PERSON : SOFTWARE,
    body: bodiesOf({
      kind: a.kind,
      name: named?.name,
      nameId: named ? entityIri(named) : undefined,
      iso: named?.iso,
      claimType: a.claimType,
      label: a.label,
    }),
    target: targetOf(a),
  };
}
