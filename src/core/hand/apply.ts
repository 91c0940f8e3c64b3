/**
 * Applies hand annotations over an automatic annotation set: hand wins everywhere.
 *
 * Each account's hand annotations are re-anchored in its current text (`anchorSpan`)
 * and applied in order:
 * - `tag`: replaces annotations of the same span (person/country replace
 *   person/country, a claim replaces claims: a retag) and, for a person or country, the
 *   automatic mentions it overlaps ("top diplomat" tagged inside an automatic "the Russian
 *   top diplomat": one mention, not two), then adds the hand one, resolving
 *   the entity or speaker by name (or ISO code) among known entities, or adding one;
 * - `reject`: removes the annotation of that kind and span, with its cross-references
 *   and unsupported mark;
 * - `setSpeaker`: sets the speaker of the claims (or turn) of that span, or adds a claim;
 * - `link`: adds a cross-reference (score 1) to the counterpart passage, and clears the
 *   unsupported mark of the claim there;
 * - `unlink`: removes the cross-references between the two passages; a claim left with
 *   none is marked unsupported;
 * - `assess` / `comment`: sets the `review` verdict / note of the claim of that span
 *   (adding a claim when there is none, as `setSpeaker` does), or with a counterpart of
 *   the cross-reference between the two passages (an orphan when none joins them now).
 *   A later verdict or note replaces an earlier one; a retagged claim keeps its review.
 * Annotations that cannot be placed (text gone, counterpart account not in the set) are
 * returned as orphans with the reason, never dropped. Pure and deterministic.
 */
import { anchorSpan, type Anchored } from '../align/anchor';
import type { Annotation, AnnotationKind, AnnotationSet, CrossReference, Entity, OffsetRange, Passage, Review, Unconfirmed, Unmatched } from '../model/annotation';
import type { HandAnnotation, HandAssess, HandComment, HandTarget } from './model';
import { resolveSource } from './paths';

/** One account of the set with its hand annotations. */
export interface HandAccount {
  /** `AccountDocument.id` in the set. */
  readonly docId: string;
  /** The account's URI (`AccountDocument.uri`); relative sources resolve against it. */
  readonly uri: string;
  /** The text the set was computed on. */
  readonly text: string;
  readonly hand: readonly HandAnnotation[];
}

/** A hand annotation that could not be placed; it stays in its sidecar. */
export interface OrphanedHandAnnotation {
  readonly docId: string;
  readonly uri: string;
  readonly annotation: HandAnnotation;
  readonly reason: string;
}

/** A hand annotation placed in the current text. */
export interface PlacedHandAnnotation {
  readonly docId: string;
  readonly annotation: HandAnnotation;
  readonly range: Anchored;
  /** link/unlink: the counterpart passage. */
  readonly counterpart?: Passage & { readonly method: Anchored['method'] };
}

/** The set with hand annotations applied, and what happened to each of them. */
export interface HandLayerResult {
  readonly set: AnnotationSet;
  readonly placed: readonly PlacedHandAnnotation[];
  readonly orphans: readonly OrphanedHandAnnotation[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Applies every account's hand annotations to `set` (see module notes). */
export function applyHandAnnotations(set: AnnotationSet, accounts: readonly HandAccount[]): HandLayerResult {
  if (accounts.every((a) => a.hand.length === 0)) return { set, placed: [], orphans: [] };
  const work = new Workspace(set);
  const placed: PlacedHandAnnotation[] = [];
  const orphans: OrphanedHandAnnotation[] = [];
  const uriToDoc = new Map(accounts.map((a) => [normaliseUri(a.uri), a]));
  for (const account of accounts) {
    const ranges = anchorAll(account.text, account.hand.map((h) => h.target));
    for (const [index, hand] of account.hand.entries()) {
      const range = ranges[index];
      if (!range) {
        orphans.push({ docId: account.docId, uri: account.uri, annotation: hand, reason: `"${shorten(hand.target.selectors.quote.exact)}" is no longer in the text.` });
        continue;
      }
      const counterpartTarget = hand.action === 'link' || hand.action === 'unlink' || hand.action === 'assess' || hand.action === 'comment' ? hand.counterpart : undefined;
      if (counterpartTarget) {
        const other = counterpartOf(counterpartTarget, account, uriToDoc);
        if (typeof other === 'string') {
          orphans.push({ docId: account.docId, uri: account.uri, annotation: hand, reason: other });
          continue;
        }
        const passage = { document: other.account.docId, start: other.range.start, end: other.range.end };
        const here = { document: account.docId, start: range.start, end: range.end };
        if (hand.action === 'link') work.link(here, passage, hand.match);
        else if (hand.action === 'unlink') work.unlink(here, passage);
        else if (hand.action === 'assess' || hand.action === 'comment') {
          const missing = work.reviewLink(here, passage, reviewOf(hand));
          if (missing) {
            orphans.push({ docId: account.docId, uri: account.uri, annotation: hand, reason: missing });
            continue;
          }
        }
        placed.push({ docId: account.docId, annotation: hand, range, counterpart: { ...passage, method: other.range.method } });
        continue;
      }
      const span = { document: account.docId, start: range.start, end: range.end, text: account.text.slice(range.start, range.end) };
      switch (hand.action) {
        case 'tag':
          work.tag(span, hand.kind, hand.kind === 'claim' ? { speaker: hand.speaker, claimType: hand.claimType } : { entity: hand.entity, iso: hand.iso });
          break;
        case 'reject':
          work.reject(span, hand.kind);
          break;
        case 'setSpeaker':
          work.setSpeaker(span, hand.speaker);
          break;
        case 'assess':
        case 'comment':
          work.reviewClaim(span, reviewOf(hand));
          break;
        case 'link':
        case 'unlink':
          throw new Error(`Hand annotation ${hand.id} (${hand.action}) has no counterpart.`);
        default: {
          const unknown: never = hand;
          throw new Error(`Unknown hand action in ${JSON.stringify(unknown)}.`);
        }
      }
      placed.push({ docId: account.docId, annotation: hand, range });
    }
  }
  return { set: work.result(), placed, orphans };
}

/** What `hand` changes in a review: the verdict or the note (an empty note clears it), with who and when. */
function reviewOf(hand: HandAssess | HandComment): ReviewPatch {
  const stamp = { modified: hand.modified ?? hand.created, ...(hand.creator !== undefined && { creator: hand.creator }) };
  return hand.action === 'assess' ? { ...stamp, verdict: hand.verdict } : { ...stamp, note: hand.note };
}

/** A change to a review: the verdict or the note, who made it and when. */
interface ReviewPatch {
  readonly verdict?: string;
  readonly note?: string;
  readonly creator?: string;
  readonly modified: string;
}

/** `review` with `patch` applied; `undefined` when nothing is left. */
function patchReview(review: Review | undefined, patch: ReviewPatch): Review | undefined {
  const next: Mutable<Review> = { ...review };
  if (patch.verdict !== undefined) next.verdict = patch.verdict;
  if (patch.note !== undefined) {
    if (patch.note === '') delete next.note;
    else next.note = patch.note;
  }
  if (patch.creator !== undefined) next.creator = patch.creator;
  else delete next.creator;
  if (patch.modified) next.modified = patch.modified;
  else delete next.modified;
  return next.verdict === undefined && next.note === undefined ? undefined : next;
}

/**
 * Anchors targets in text order, each search starting where the previous span moved
 * (an edit near the top shifts everything after it by the same amount).
 */
function anchorAll(text: string, targets: readonly HandTarget[]): Array<Anchored | null> {
  const order = targets.map((_, i) => i).sort((a, b) => targets[a]!.selectors.position.start - targets[b]!.selectors.position.start);
  const ranges: Array<Anchored | null> = new Array(targets.length).fill(null);
  let shift = 0;
  for (const i of order) {
    const selectors = targets[i]!.selectors;
    const range = anchorSpan(text, selectors, { shift });
    if (range) shift = range.start - selectors.position.start;
    ranges[i] = range;
  }
  return ranges;
}

function counterpartOf(target: HandTarget, account: HandAccount, uriToDoc: ReadonlyMap<string, HandAccount>): { account: HandAccount; range: Anchored } | string {
  const uri = normaliseUri(resolveSource(account.uri, target.source));
  const other = uriToDoc.get(uri);
  if (!other) return `its counterpart account ${target.source} is not paired with this account now.`;
  const range = anchorSpan(other.text, target.selectors);
  if (!range) return `its counterpart "${shorten(target.selectors.quote.exact)}" is no longer in ${target.source}.`;
  return { account: other, range };
}

function normaliseUri(uri: string): string {
  try {
    return decodeURIComponent(uri).replace(/^file:\/\/\/([a-zA-Z]):/, (_, d: string) => `file:///${d.toLowerCase()}:`);
  } catch {
    return uri;
  }
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}

const sameSpan = (a: OffsetRange & { document: string }, b: OffsetRange & { document: string }) => a.document === b.document && a.start === b.start && a.end === b.end;
const overlaps = (a: Passage, b: Passage) => a.document === b.document && a.start < b.end && b.start < a.end;
const numberOf = (id: string) => Number(/(\d+)$/.exec(id)?.[1] ?? 0);

/** The highest number ending an id of `items` (0 for none), in a loop: a spread of ~100k arguments throws RangeError. */
function highestNumber(items: Iterable<{ readonly id: string }>): number {
  let max = 0;
  for (const item of items) max = Math.max(max, numberOf(item.id));
  return max;
}

/** The mutable copy of a set that hand annotations are applied to. */
class Workspace {
  readonly #base: AnnotationSet;
  #annotations: Array<Mutable<Annotation>>;
  #entities: Array<Mutable<Entity>>;
  #crossReferences: CrossReference[];
  #unmatched: Unmatched[];
  #unconfirmed: Unconfirmed[];
  #nextAnnotation: number;
  #nextCross: number;

  constructor(set: AnnotationSet) {
    this.#base = set;
    this.#annotations = set.annotations.map((a) => ({ ...a }));
    this.#entities = set.entities.map((e) => ({ ...e, aliases: [...e.aliases] }));
    this.#crossReferences = [...set.crossReferences];
    this.#unmatched = [...set.unmatched];
    this.#unconfirmed = [...(set.unconfirmed ?? [])];
    this.#nextAnnotation = highestNumber(set.annotations) + 1;
    this.#nextCross = highestNumber(set.crossReferences) + 1;
  }

  tag(span: Passage & { text: string }, kind: 'person' | 'country' | 'claim', fields: { entity?: string; iso?: string; speaker?: string; claimType?: Annotation['claimType'] }): void {
    const replaces = (k: AnnotationKind) => (kind === 'claim' ? k === 'claim' : k === 'person' || k === 'country');
    const replaced = this.#annotations.filter((a) => replaces(a.kind) && (sameSpan(a, span) || (kind !== 'claim' && a.origin !== 'hand' && overlaps(a, span))));
    for (const a of replaced) this.#remove(a);
    const annotation: Mutable<Annotation> = { id: `a${this.#nextAnnotation++}`, document: span.document, kind, start: span.start, end: span.end, text: span.text, origin: 'hand' };
    if (kind === 'claim') {
      const speaker = fields.speaker ? this.#entityFor('person', fields.speaker, undefined, undefined, true) : undefined;
      if (speaker) annotation.speaker = speaker.id;
      annotation.claimType = fields.claimType ?? replaced.find((a) => a.claimType)?.claimType ?? 'statement';
      const review = replaced.find((a) => a.review)?.review;
      if (review) annotation.review = review;
      // A retagged claim keeps the cross-references of the claim it replaces.
      for (const old of replaced) this.#crossReferences = this.#crossReferences.map((x) => (x.annotation === old.id ? { ...x, annotation: annotation.id } : x));
    } else {
      const entity = this.#entityFor(kind, fields.entity ?? span.text, fields.iso, span.text, false);
      annotation.entity = entity.id;
    }
    this.#annotations.push(annotation);
  }

  reject(span: Passage, kind: AnnotationKind): void {
    for (const a of this.#annotations.filter((x) => sameSpan(x, span) && x.kind === kind)) {
      this.#remove(a);
      this.#crossReferences = this.#crossReferences.filter((x) => x.annotation !== a.id);
    }
  }

  setSpeaker(span: Passage & { text: string }, speakerName: string): void {
    const speaker = this.#entityFor('person', speakerName, undefined, undefined, true);
    const targets = this.#annotations.filter((a) => sameSpan(a, span) && (a.kind === 'claim' || a.kind === 'turn'));
    if (targets.length === 0) {
      this.tag(span, 'claim', { speaker: speakerName });
      return;
    }
    for (const a of targets) {
      a.speaker = speaker.id;
      a.origin = 'hand';
      // a hand annotation has no rule id: the reviewer, not a rule, gave it its speaker
      delete a.rule;
    }
  }

  link(here: Passage, there: Passage, match: CrossReference['match']): void {
    // Cross-references run from the report to the transcript when roles differ.
    const roleOf = (p: Passage) => this.#base.documents.find((d) => d.id === p.document)?.role;
    const [from, to] = roleOf(here) === 'transcript' && roleOf(there) === 'report' ? [there, here] : [here, there];
    this.#crossReferences = this.#crossReferences.filter((x) => !(sameSpan(x.from, from) && sameSpan(x.to, to)));
    const claim = this.#annotations.find((a) => a.kind === 'claim' && sameSpan(a, from));
    const x: Mutable<CrossReference> = { id: `x${this.#nextCross++}`, from, to, score: 1, match, origin: 'hand' };
    if (claim) x.annotation = claim.id;
    this.#crossReferences.push(x);
    this.#unmatched = this.#unmatched.filter((u) => !(overlaps(u, from) && (!claim || u.annotation === claim.id)));
    this.#unconfirmed = this.#unconfirmed.filter((u) => !(overlaps(u, from) && (!claim || u.annotation === claim.id)));
  }

  /** Sets the review of the claims of `span`, adding a claim when there is none. */
  reviewClaim(span: Passage & { text: string }, patch: ReviewPatch): void {
    if (!this.#annotations.some((a) => a.kind === 'claim' && sameSpan(a, span))) this.tag(span, 'claim', {});
    for (const a of this.#annotations.filter((x) => x.kind === 'claim' && sameSpan(x, span))) {
      const review = patchReview(a.review, patch);
      if (review) a.review = review;
      else delete a.review;
    }
  }

  /** Sets the review of the cross-references joining `a` and `b` (either way); the reason when none does. */
  reviewLink(a: Passage, b: Passage, patch: ReviewPatch): string | undefined {
    const joins = (x: CrossReference) => (sameSpan(x.from, a) && sameSpan(x.to, b)) || (sameSpan(x.from, b) && sameSpan(x.to, a));
    if (!this.#crossReferences.some(joins)) return 'no cross-reference joins its two passages now (the link was removed or the alignment changed).';
    this.#crossReferences = this.#crossReferences.map((x) => {
      if (!joins(x)) return x;
      const { review: old, ...rest } = x;
      const review = patchReview(old, patch);
      return review ? { ...rest, review } : rest;
    });
    return undefined;
  }

  unlink(a: Passage, b: Passage): void {
    const removed = this.#crossReferences.filter((x) => (overlaps(x.from, a) && overlaps(x.to, b)) || (overlaps(x.from, b) && overlaps(x.to, a)));
    if (removed.length === 0) return;
    this.#crossReferences = this.#crossReferences.filter((x) => !removed.includes(x));
    for (const x of removed) {
      const claim = this.#annotations.find((c) => c.kind === 'claim' && (c.id === x.annotation || sameSpan(c, x.from)));
      if (!claim) continue;
      const stillLinked = this.#crossReferences.some((y) => y.annotation === claim.id || sameSpan(y.from, claim) || sameSpan(y.to, claim));
      if (!stillLinked && !this.#unmatched.some((u) => u.annotation === claim.id)) {
        // Unlinked by hand: the reviewer says nothing supports it.
        this.#unmatched.push({ document: claim.document, start: claim.start, end: claim.end, annotation: claim.id, reason: 'unsupported' });
      }
    }
  }

  result(): AnnotationSet {
    const order = new Map(this.#base.documents.map((d, i) => [d.id, i]));
    const annotations = [...this.#annotations].sort((a, b) => (order.get(a.document) ?? 0) - (order.get(b.document) ?? 0) || a.start - b.start || b.end - a.end);
    const used = new Set(annotations.flatMap((a) => [a.entity, a.speaker]).filter((id): id is string => !!id));
    // Entities added by hand are kept only while something points at them.
    const known = new Set(this.#base.entities.map((e) => e.id));
    const entities = this.#entities.filter((e) => known.has(e.id) || used.has(e.id));
    return { ...this.#base, entities, annotations, crossReferences: this.#crossReferences, unmatched: this.#unmatched, ...(this.#base.unconfirmed ? { unconfirmed: this.#unconfirmed } : {}) };
  }

  #remove(a: Annotation): void {
    this.#annotations = this.#annotations.filter((x) => x !== a);
    this.#unmatched = this.#unmatched.filter((u) => u.annotation !== a.id);
    this.#unconfirmed = this.#unconfirmed.filter((u) => u.annotation !== a.id);
  }

  /** The entity called `name` (canonical, alias, or ISO code), or a new one. */
  #entityFor(kind: 'person' | 'country', name: string, iso: string | undefined, surface: string | undefined, speaker: boolean): Mutable<Entity> {
    const key = name.trim().toLowerCase();
    let entity =
      (kind === 'country' && iso ? this.#entities.find((e) => e.kind === 'country' && e.iso?.toUpperCase() === iso.toUpperCase()) : undefined) ??
      this.#entities.find((e) => e.kind === kind && (e.name.toLowerCase() === key || e.aliases.some((a) => a.toLowerCase() === key)));
    if (!entity) {
      const prefix = kind === 'person' ? 'p' : 'c';
      const next = highestNumber(this.#entities.filter((e) => e.kind === kind)) + 1;
      entity = { id: `${prefix}${next}`, kind, name: name.trim(), aliases: [] };
      if (kind === 'country' && iso) entity.iso = iso.toUpperCase();
      this.#entities.push(entity);
    }
    if (surface && surface !== entity.name && !entity.aliases.includes(surface)) entity.aliases = [...entity.aliases, surface];
    if (speaker) entity.speaker = true;
    return entity;
  }
}
