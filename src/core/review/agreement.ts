/**
 * Agreement between two reviewers of the same accounts: each reviewer's sidecars applied
 * over the same automatic layer give two annotation sets, compared here kind by kind
 * with Cohen's κ and raw agreement (`cohensKappa`), with the items they disagree on.
 *
 * | kind      | items                                            | category              |
 * |-----------|--------------------------------------------------|-----------------------|
 * | claims    | every claim span of either set                   | claim type, or `none` |
 * | speakers  | claims of both sets (same span)                  | speaker name, or `none` |
 * | verdicts  | claims and links either reviewer gave a verdict  | the verdict, or `none` |
 * | links     | every cross-reference (both passages) of either  | match class, or `none` |
 * | persons   | every person span of either set                  | the person's name, or `none` |
 * | countries | every country span of either set                 | ISO code, or `none`   |
 *
 * Items are the final annotations, so what both left as the automatic layer made it
 * counts as agreement; verdicts count only where someone gave one. Accounts are matched
 * by URI. Pure.
 */
import type { AnnotationSet, Passage } from '../model/annotation';
import { cohensKappa, type Agreement } from './cohensKappa';

/** Every kind compared. */
export const AGREEMENT_KINDS = ['claims', 'speakers', 'verdicts', 'links', 'persons', 'countries'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** One item the reviewers put in different categories. */
export interface Disagreement {
  /** The account's URI and the span (for links, the `from` passage). */
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  /** For links: the `to` passage. */
  readonly to?: { readonly uri: string; readonly start: number; readonly end: number };
  readonly a: string;
  readonly b: string;
}

/** Agreement on one kind, with the disagreements. */
export interface KindAgreement extends Agreement {
  readonly disagreements: readonly Disagreement[];
}

/** The category of an item neither reviewer annotated so. */
export const NONE = 'none';

/** Compares reviewer A's set with reviewer B's (see module notes). */
export function compareReviewers(a: AnnotationSet, b: AnnotationSet): Record<AgreementKind, KindAgreement> {
  const uriOf = (set: AnnotationSet) => new Map(set.documents.map((d) => [d.id, d.uri]));
  const views = [a, b].map((set) => {
    const uris = uriOf(set);
    const names = new Map(set.entities.map((e) => [e.id, e]));
    const key = (p: Passage) => `${uris.get(p.document)}\u0000${p.start}\u0000${p.end}`;
    const of = (kind: string, value: (x: (typeof set.annotations)[number]) => string) => new Map(set.annotations.filter((x) => x.kind === kind).map((x) => [key(x), value(x)]));
    const verdicts = new Map<string, string>();
    for (const x of set.annotations) if (x.review?.verdict !== undefined) verdicts.set(key(x), x.review.verdict);
    for (const x of set.crossReferences) if (x.review?.verdict !== undefined) verdicts.set(`${key(x.from)}\u0001${key(x.to)}`, x.review.verdict);
    return {
      claims: of('claim', (x) => x.claimType ?? 'claim'),
      speakers: of('claim', (x) => (x.speaker ? names.get(x.speaker)?.name ?? NONE : NONE)),
      verdicts,
      links: new Map(set.crossReferences.map((x) => [`${key(x.from)}\u0001${key(x.to)}`, x.match])),
      persons: of('person', (x) => (x.entity ? names.get(x.entity)?.name ?? NONE : NONE)),
      countries: of('country', (x) => (x.entity ? names.get(x.entity)?.iso ?? NONE : NONE)),
    };
  });
  const [va, vb] = views as [(typeof views)[number], (typeof views)[number]];
  const compare = (x: Map<string, string>, y: Map<string, string>, union: boolean): KindAgreement => {
    const keys = union ? [...new Set([...x.keys(), ...y.keys()])] : [...x.keys()].filter((k) => y.has(k));
    keys.sort();
    const pairs = keys.map((k) => [x.get(k) ?? NONE, y.get(k) ?? NONE] as const);
    const disagreements = keys.flatMap((k, i) => (pairs[i]![0] === pairs[i]![1] ? [] : [{ ...placeOf(k), a: pairs[i]![0], b: pairs[i]![1] }]));
    return { ...cohensKappa(pairs), disagreements };
  };
  return {
    claims: compare(va.claims, vb.claims, true),
    speakers: compare(va.speakers, vb.speakers, false),
    verdicts: compare(va.verdicts, vb.verdicts, true),
    links: compare(va.links, vb.links, true),
    persons: compare(va.persons, vb.persons, true),
    countries: compare(va.countries, vb.countries, true),
  };
}

function placeOf(key: string): Omit<Disagreement, 'a' | 'b'> {
  const [from, to] = key.split('\u0001');
  const parse = (k: string) => {
    const [uri, start, end] = k.split('\u0000');
    return { uri: uri!, start: Number(start), end: Number(end) };
  };
  return to === undefined ? parse(from!) : { ...parse(from!), to: parse(to) };
}
