/**
 * The subset of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/)
 * that the project writes: in the `w3c` export and in hand-annotation sidecars.
 * `schema/web-annotation.schema.json` validates it.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../align/anchor';

/** The JSON-LD context of the model. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld' as const;

/** Motivations (and body purposes) of the model that the project uses. */
export type Motivation = 'tagging' | 'identifying' | 'classifying' | 'describing' | 'linking' | 'assessing' | 'commenting' | 'moderating' | 'editing';

/** A body with a text value; `id` is set when the body is a shared resource (an entity). */
export interface TextualBody {
  readonly id?: string;
  readonly type: 'TextualBody';
  readonly purpose: Motivation;
  readonly value: string;
}

/** A passage of a source document. */
export interface SpecificTarget {
  readonly source: string;
  readonly selector: readonly [TextQuoteSelector, TextPositionSelector];
}

/** Who made an annotation: a person by hand, or the software. */
export interface Agent {
  readonly type: 'Person' | 'Software';
  readonly name?: string;
}

/** One Web Annotation. */
export interface WebAnnotation {
  readonly '@context'?: typeof ANNO_CONTEXT;
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation: Motivation;
  readonly created?: string;
  readonly modified?: string;
  readonly creator?: Agent;
  readonly body?: readonly TextualBody[];
  readonly target: SpecificTarget | readonly SpecificTarget[];
}

/** An annotation collection with its one page embedded (the `w3c` export). */
export interface WebAnnotationCollection {
  readonly '@context': typeof ANNO_CONTEXT;
  readonly id: string;
  readonly type: 'AnnotationCollection';
  readonly label: string;
  readonly total: number;
  readonly first: {
    readonly id: string;
    readonly type: 'AnnotationPage';
    readonly startIndex: 0;
    readonly items: readonly WebAnnotation[];
  };
}
