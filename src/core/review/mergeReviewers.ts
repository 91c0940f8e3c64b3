/**
 * Merging two reviewers' sidecars of one account by choosing per disagreement: for each
 * item where the user takes the other reviewer's annotation ("theirs"), our hand
 * annotations that decide that item are removed and theirs that decide it are added
 * (with their creator and dates); items where the user keeps "mine" change nothing.
 *
 * What decides an item (`compareReviewers` kinds), among entries whose span (and for a
 * link or link verdict, counterpart span, either way round) is the item's:
 *
 * | kind      | entries                                     |
 * |-----------|---------------------------------------------|
 * | claims    | claim tags, claim rejections                |
 * | speakers  | speaker settings, claim tags                |
 * | verdicts  | verdicts                                    |
 * | links     | links, unlinks                              |
 * | persons   | person and country tags, person rejections  |
 * | countries | person and country tags, country rejections |
 *
 * Notes: an item that differs because of an entry elsewhere (a tag on an overlapping span
 * replacing an automatic mention) is not changed; the caller reports it as unchanged.
 * Pure; the result is one edit (one write, one undo step).
 */
import { anchorSpan } from '../align/anchor';
import type { HandAnnotation, HandTarget } from '../hand/model';
import { resolveSource } from '../hand/paths';
import type { HandEdit } from '../hand/sidecarRepository';
import type { AgreementKind, Disagreement } from './agreement';

/** The user's choice on one disagreement. */
export interface ReviewerChoice {
  readonly kind: AgreementKind;
  readonly item: Disagreement;
  readonly take: 'mine' | 'theirs';
}

/** What merging needs. */
export interface ReviewerMergeInput {
  /** The URI of the account whose sidecars are merged (relative sources resolve against it). */
  readonly account: string;
  /** Our hand annotations of the account, and the other reviewer's. */
  readonly mine: readonly HandAnnotation[];
  readonly theirs: readonly HandAnnotation[];
  /** The current text of an account of the event, by URI; `undefined` when unknown. */
  readonly textOf: (uri: string) => string | undefined;
  readonly choices: readonly ReviewerChoice[];
}

/** The merge: the edit of our sidecar, and the items it could not change. */
export interface ReviewerMerge {
  readonly edit: HandEdit;
  /** Items taken as theirs where no entry of either sidecar decides them (see notes). */
  readonly unchanged: readonly ReviewerChoice[];
}

/** Merges by the choices (see module notes). */
export function mergeReviewerChoices(input: ReviewerMergeInput): ReviewerMerge {
  const remove = new Set<string>();
  const add = new Map<string, HandAnnotation>();
  const unchanged: ReviewerChoice[] = [];
  const place = placer(input);
  for (const choice of input.choices) {
    if (choice.take !== 'theirs') continue;
    const decides = (h: HandAnnotation) => decidesKind(h, choice.kind) && placedOn(place, h, choice.item);
    const mine = input.mine.filter(decides);
    const theirs = input.theirs.filter(decides);
    if (mine.length === 0 && theirs.length === 0) {
      unchanged.push(choice);
      continue;
    }
    for (const h of mine) remove.add(h.id);
    for (const h of theirs) add.set(h.id, h);
  }
  // An entry both have (the same id, from a shared history) is kept: removing and adding it back is no change.
  for (const id of [...remove]) {
    if (!add.has(id)) continue;
    remove.delete(id);
    add.delete(id);
  }
  return { edit: { ...(remove.size > 0 && { remove: [...remove] }), ...(add.size > 0 && { add: [...add.values()] }) }, unchanged };
}

function decidesKind(h: HandAnnotation, kind: AgreementKind): boolean {
  switch (kind) {
    case 'claims':
      return (h.action === 'tag' || h.action === 'reject') && h.kind === 'claim';
    case 'speakers':
      return h.action === 'setSpeaker' || (h.action === 'tag' && h.kind === 'claim');
    case 'verdicts':
      return h.action === 'assess';
    case 'links':
      return h.action === 'link' || h.action === 'unlink';
    case 'persons':
    case 'countries':
      return (h.action === 'tag' && (h.kind === 'person' || h.kind === 'country')) || (h.action === 'reject' && h.kind === (kind === 'persons' ? 'person' : 'country'));
  }
}

type Placed = { readonly uri: string; readonly start: number; readonly end: number } | undefined;

/** Where a stored target is in the current text of its account (cached per target). */
function placer(input: ReviewerMergeInput): (target: HandTarget) => Placed {
  const cache = new Map<HandTarget, Placed>();
  return (target) => {
    if (cache.has(target)) return cache.get(target);
    const uri = resolveSource(input.account, target.source);
    const text = input.textOf(uri);
    const range = text === undefined ? null : anchorSpan(text, target.selectors);
    const placed = range ? { uri: sameUri(uri), start: range.start, end: range.end } : undefined;
    cache.set(target, placed);
    return placed;
  };
}

/** True when `h` stands on the item's span (and, for a link item, joins its two passages either way). */
function placedOn(place: (t: HandTarget) => Placed, h: HandAnnotation, item: Disagreement): boolean {
  const at = (p: Placed, q: { readonly uri: string; readonly start: number; readonly end: number } | undefined) => !!p && !!q && p.uri === sameUri(q.uri) && p.start === q.start && p.end === q.end;
  const here = place(h.target);
  const counterpart = 'counterpart' in h && h.counterpart ? place(h.counterpart) : undefined;
  if (!item.to) return !counterpart && at(here, item);
  return !!counterpart && ((at(here, item) && at(counterpart, item.to)) || (at(here, item.to) && at(counterpart, item)));
}

/** A URI in one spelling (percent-decoded) for comparison. */
function sameUri(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}
