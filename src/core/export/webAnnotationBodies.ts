/**
 * How an annotation's kind and fields become W3C bodies, shared by the `w3c` export and
 * the hand-annotation sidecar so both read the same way:
 *
 * | field            | body purpose  | value                              |
 * |------------------|---------------|------------------------------------|
 * | kind             | `tagging`     | `person`, `country`, `claim`, `turn` |
 * | entity (person, country) | `identifying` | canonical name; `id` = entity IRI when known |
 * | speaker (claim, turn)    | `identifying` | the speaker's name                 |
 * | ISO code (country)       | `classifying` | `FR`                               |
 * | claim type (claim)       | `classifying` | `quote`, `reported`, …             |
 * | label (turn)             | `describing`  | the label as written               |
 */
import type { AnnotationKind, ClaimType } from '../model/annotation';
import type { Motivation, TextualBody } from './webAnnotationTypes';

/** The fields of an annotation that bodies carry. */
export interface BodyFields {
  readonly kind: AnnotationKind;
  /** person/country: the entity's name; claim/turn: the speaker's name. */
  readonly name?: string;
  /** IRI identifying the entity or speaker across annotations. */
  readonly nameId?: string;
  readonly iso?: string;
  readonly claimType?: ClaimType;
  readonly label?: string;
}

/** The motivation of an annotation of `kind`: mentions identify, claims and turns tag. */
export function motivationOf(kind: AnnotationKind): Motivation {
  return kind === 'person' || kind === 'country' ? 'identifying' : 'tagging';
}

/** Bodies for `fields`, in a fixed order (tagging, identifying, classifying, describing). */
export function bodiesOf(fields: BodyFields): TextualBody[] {
  const bodies: TextualBody[] = [{ type: 'TextualBody', purpose: 'tagging', value: fields.kind }];
  if (fields.name !== undefined) {
    bodies.push(fields.nameId ? { id: fields.nameId, type: 'TextualBody', purpose: 'identifying', value: fields.name } : { type: 'TextualBody', purpose: 'identifying', value: fields.name });
  }
  if (fields.kind === 'country' && fields.iso) bodies.push({ type: 'TextualBody', purpose: 'classifying', value: fields.iso });
  if (fields.kind === 'claim' && fields.claimType) bodies.push({ type: 'TextualBody', purpose: 'classifying', value: fields.claimType });
  if (fields.kind === 'turn' && fields.label !== undefined) bodies.push({ type: 'TextualBody', purpose: 'describing', value: fields.label });
  return bodies;
}

/** The value of the first body with `purpose`, if any. */
export function bodyValue(bodies: readonly TextualBody[] | undefined, purpose: Motivation): string | undefined {
  return bodies?.find((b) => b.purpose === purpose)?.value;
}
