/**
 * Entity cross-references: for each person and country of a set, where it is mentioned in
 * each account (count, first mention, every mention), and whether it speaks there. Feeds
 * hovers ("mentioned 4× in the report, 7× in the transcript") and the panel.
 */
import type { Annotation, AnnotationSet, Entity, OffsetRange } from '../model/annotation';

/** The mentions of one entity in one account. */
export interface EntityInDocument {
  /** The `AccountDocument.id`. */
  readonly document: string;
  /** Number of mention annotations. */
  readonly count: number;
  /** The earliest mention; undefined when the entity is not mentioned in this account. */
  readonly first?: Annotation;
  /** Every mention, in text order. */
  readonly mentions: readonly Annotation[];
  /** Turns of this account spoken by the entity (persons only), in text order. */
  readonly turns: readonly OffsetRange[];
}

/** One entity and its mentions per account. */
export interface EntityMentions {
  readonly entity: Entity;
  /** One entry per document of the set, in document order (count 0 when absent). */
  readonly documents: readonly EntityInDocument[];
  /** Mentions over all accounts. */
  readonly total: number;
}

const byOffset = (a: Annotation, b: Annotation): number => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id);

/**
 * Lists every entity of the set with its mentions in each account, in the order of
 * `set.entities`. Mentions are the person and country annotations pointing at the entity.
 */
export function entityMentions(set: AnnotationSet): EntityMentions[] {
  const mentions = new Map<string, Annotation[]>();
  const turns = new Map<string, Annotation[]>();
  for (const a of set.annotations) {
    if ((a.kind === 'person' || a.kind === 'country') && a.entity) {
      const key = `${a.entity}\u0000${a.document}`;
      (mentions.get(key) ?? mentions.set(key, []).get(key)!).push(a);
    } else if (a.kind === 'turn' && a.speaker) {
      const key = `${a.speaker}\u0000${a.document}`;
      (turns.get(key) ?? turns.set(key, []).get(key)!).push(a);
    }
  }
  return set.entities.map((entity) => {
    const documents = set.documents.map((d): EntityInDocument => {
      const list = (mentions.get(`${entity.id}\u0000${d.id}`) ?? []).sort(byOffset);
      const spoken = (turns.get(`${entity.id}\u0000${d.id}`) ?? []).sort(byOffset).map((t) => ({ start: t.start, end: t.end }));
      return { document: d.id, count: list.length, ...(list[0] ? { first: list[0] } : {}), mentions: list, turns: spoken };
    });
    return { entity, documents, total: documents.reduce((n, d) => n + d.count, 0) };
  });
}

/** The entry of `entityMentions` for one entity id, or undefined when the set has no such entity. */
export function mentionsOf(set: AnnotationSet, entityId: string): EntityMentions | undefined {
  const entity = set.entities.find((e) => e.id === entityId);
  return entity ? entityMentions({ ...set, entities: [entity] })[0] : undefined;
}
