/**
 * Hand annotations ↔ W3C Web Annotations, as stored in sidecars. Bodies follow
 * `export/webAnnotationBodies.ts`, so a sidecar reads like the `w3c` export:
 *
 * | action       | motivation    | bodies                                          | targets            |
 * |--------------|---------------|-------------------------------------------------|--------------------|
 * | `tag`        | `identifying` (person, country) / `tagging` (claim) | tagging kind, identifying entity or speaker, classifying ISO or claim type | the span |
 * | `reject`     | `moderating`  | tagging kind, moderating `reject`                | the span           |
 * | `setSpeaker` | `editing`     | tagging `claim`, identifying speaker             | the span           |
 * | `link`       | `linking`     | tagging match class                              | span, counterpart  |
 * | `unlink`     | `moderating`  | moderating `unlink`                              | span, counterpart  |
 * | `assess`     | `assessing`   | assessing verdict                                | the claim's span, or span and counterpart (a cross-reference) |
 * | `comment`    | `commenting`  | commenting note                                  | as `assess`        |
 *
 * Every entry has `creator` (a `Person`, with `name` when the reviewer is known),
 * `created`, and `modified` when it was changed since.
 */
import { ANNOTATION_KINDS, CLAIM_TYPES, MATCH_CLASSES, type AnnotationKind, type ClaimType, type MatchClass } from '../model/annotation';
import { bodiesOf, bodyValue, motivationOf } from '../export/webAnnotationBodies';
import { ANNO_CONTEXT, type SpecificTarget, type TextualBody, type WebAnnotation } from '../export/webAnnotationTypes';
import type { HandAnnotation, HandTarget, TaggableKind } from './model';

/** The Web Annotation of `hand`, with its own `@context` (a sidecar entry). */
export function toSidecarEntry(hand: HandAnnotation): WebAnnotation {
  const base = { '@context': ANNO_CONTEXT, id: hand.id, type: 'Annotation' as const };
  const creator = { type: 'Person' as const, ...(hand.creator !== undefined && { name: hand.creator }) };
  const target = targetOf(hand.target);
  const targets = (counterpart: HandTarget | undefined) => (counterpart ? [target, targetOf(counterpart)] : target);
  switch (hand.action) {
    case 'tag':
      return {
        ...base,
        motivation: motivationOf(hand.kind),
        created: hand.created,
        ...modifiedOf(hand),
        creator,
        body: bodiesOf({ kind: hand.kind, name: hand.kind === 'claim' ? hand.speaker : hand.entity, iso: hand.iso, claimType: hand.claimType }),
        target,
      };
    case 'reject':
      return { ...base, motivation: 'moderating', ...createdOf(hand), ...modifiedOf(hand), creator, body: [tag(hand.kind), { type: 'TextualBody', purpose: 'moderating', value: 'reject' }], target };
    case 'setSpeaker':
      return { ...base, motivation: 'editing', ...createdOf(hand), ...modifiedOf(hand), creator, body: [tag('claim'), { type: 'TextualBody', purpose: 'identifying', value: hand.speaker }], target };
    case 'link':
      return { ...base, motivation: 'linking', ...createdOf(hand), ...modifiedOf(hand), creator, body: [tag(hand.match)], target: [target, targetOf(hand.counterpart)] };
    case 'unlink':
      return { ...base, motivation: 'moderating', ...createdOf(hand), ...modifiedOf(hand), creator, body: [{ type: 'TextualBody', purpose: 'moderating', value: 'unlink' }], target: [target, targetOf(hand.counterpart)] };
    case 'assess':
      return { ...base, motivation: 'assessing', ...createdOf(hand), ...modifiedOf(hand), creator, body: [{ type: 'TextualBody', purpose: 'assessing', value: hand.verdict }], target: targets(hand.counterpart) };
    case 'comment':
      return { ...base, motivation: 'commenting', ...createdOf(hand), ...modifiedOf(hand), creator, body: [{ type: 'TextualBody', purpose: 'commenting', value: hand.note }], target: targets(hand.counterpart) };
    default: {
      const unknown: never = hand;
      throw new Error(`Unknown hand annotation ${JSON.stringify(unknown)}.`);
    }
  }
}

/**
 * The hand annotation of a sidecar entry (already schema-valid), or a string saying why
 * the entry means nothing to this version.
 */
export function fromSidecarEntry(entry: WebAnnotation): HandAnnotation | string {
  const targets = Array.isArray(entry.target) ? (entry.target as SpecificTarget[]) : [entry.target as SpecificTarget];
  const first = targets[0] && handTargetOf(targets[0]);
  if (!first) return `annotation ${entry.id} has no TextQuoteSelector and TextPositionSelector target`;
  const name = entry.creator?.type === 'Person' ? entry.creator.name : undefined;
  const base = { id: entry.id, created: entry.created ?? '', ...(entry.modified !== undefined && { modified: entry.modified }), ...(name !== undefined && { creator: name }), target: first };
  const bodies = entry.body === undefined ? undefined : Array.isArray(entry.body) ? entry.body : [entry.body as unknown as TextualBody];
  const kind = bodyValue(bodies, 'tagging');
  const counterpart = targets[1] && handTargetOf(targets[1]);
  switch (entry.motivation) {
    case 'identifying':
    case 'tagging': {
      if (kind !== 'person' && kind !== 'country' && kind !== 'claim') return `annotation ${entry.id} tags an unknown kind "${kind}"`;
      const classifying = bodyValue(bodies, 'classifying');
      const name = bodyValue(bodies, 'identifying');
      if (kind === 'claim') {
        if (classifying !== undefined && !isClaimType(classifying)) return `annotation ${entry.id} has an unknown claim type "${classifying}"`;
        return { ...base, action: 'tag', kind, ...(name !== undefined && { speaker: name }), ...(classifying !== undefined && { claimType: classifying }) };
      }
      return { ...base, action: 'tag', kind: kind as TaggableKind, ...(name !== undefined && { entity: name }), ...(kind === 'country' && classifying !== undefined && { iso: classifying }) };
    }
    case 'moderating': {
      const verdict = bodyValue(bodies, 'moderating');
      if (verdict === 'reject') {
        if (!isKind(kind)) return `annotation ${entry.id} rejects an unknown kind "${kind}"`;
        return { ...base, action: 'reject', kind };
      }
      if (verdict === 'unlink') {
        if (!counterpart) return `annotation ${entry.id} unlinks without a counterpart target`;
        return { ...base, action: 'unlink', counterpart };
      }
      return `annotation ${entry.id} has an unknown moderation "${verdict}"`;
    }
    case 'editing': {
      const speaker = bodyValue(bodies, 'identifying');
      if (speaker === undefined) return `annotation ${entry.id} edits without naming a speaker`;
      return { ...base, action: 'setSpeaker', speaker };
    }
    case 'linking': {
      if (!counterpart) return `annotation ${entry.id} links without a counterpart target`;
      if (!isMatch(kind)) return `annotation ${entry.id} has an unknown match class "${kind}"`;
      return { ...base, action: 'link', counterpart, match: kind };
    }
    case 'assessing': {
      const verdict = bodyValue(bodies, 'assessing');
      if (verdict === undefined) return `annotation ${entry.id} assesses without a verdict body`;
      return { ...base, action: 'assess', verdict, ...(counterpart && { counterpart }) };
    }
    case 'commenting': {
      // Other tools (Recogito, Hypothesis) may leave the purpose of a comment body out.
      const note = bodyValue(bodies, 'commenting') ?? bodies?.find((b) => b.purpose === undefined)?.value;
      if (note === undefined) return `annotation ${entry.id} comments without a text body`;
      return { ...base, action: 'comment', note, ...(counterpart && { counterpart }) };
    }
    default:
      return `annotation ${entry.id} has motivation "${entry.motivation}", which this version does not apply`;
  }
}

/** `created` is omitted when unknown (an entry written by another tool may lack it). */
function createdOf(hand: HandAnnotation): { created?: string } {
  return hand.created ? { created: hand.created } : {};
}

/** `modified` is written only once an entry has changed. */
function modifiedOf(hand: HandAnnotation): { modified?: string } {
  return hand.modified ? { modified: hand.modified } : {};
}

function tag(value: string): TextualBody {
  return { type: 'TextualBody', purpose: 'tagging', value };
}

function targetOf(t: HandTarget): SpecificTarget {
  return { source: t.source, selector: [t.selectors.quote, t.selectors.position] };
}

function handTargetOf(t: SpecificTarget): HandTarget | undefined {
  if (typeof t !== 'object' || t === null) return undefined;
  const selectors = Array.isArray(t.selector) ? t.selector : [t.selector];
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  if (!quote || !position || quote.type !== 'TextQuoteSelector' || position.type !== 'TextPositionSelector') return undefined;
  return { source: t.source, selectors: { quote, position } };
}

const isKind = (v: string | undefined): v is AnnotationKind => (ANNOTATION_KINDS as readonly string[]).includes(v ?? '');
const isClaimType = (v: string): v is ClaimType => (CLAIM_TYPES as readonly string[]).includes(v);
const isMatch = (v: string | undefined): v is MatchClass => (MATCH_CLASSES as readonly string[]).includes(v ?? '');
