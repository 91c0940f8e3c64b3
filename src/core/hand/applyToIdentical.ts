/**
 * Apply to all identical: a hand tag, retag or rejection made on one mention, repeated
 * on every identical mention of the event (every account of the pair): the same words
 * (exactly, case included) of the same kind.
 *
 * - A rejection of kind K is repeated on every annotation of kind K with the same words.
 * - A tag of a person or country is repeated on every person or country mention with the
 *   same words (a retag: "Georgia" the person → the country everywhere), and on every
 *   untagged occurrence of the words that stands alone (whole words, not inside another
 *   person or country mention: tagging "Jordan" leaves "Michael Jordan" alone); a claim
 *   tag on every claim with the same words.
 * - Mentions that already say what the tag says (same span, same entity or speaker and
 *   type) are left out, so applying twice adds nothing.
 *
 * Returns the new hand annotations per account (each account keeps its own in its own
 * sidecar); the caller writes them as one edit, undone as one step. Pure.
 */
import { anchorSpan } from '../align/anchor';
import type { Annotation, AnnotationSet, OffsetRange } from '../model/annotation';
import { handTargetFor } from './create';
import type { HandAnnotation, HandReject, HandTag } from './model';

/** One account of the event. */
export interface EventAccount {
  /** `AccountDocument.id` in the set. */
  readonly docId: string;
  readonly uri: string;
  /** The text the set was computed on. */
  readonly text: string;
}

/** The copies for one account. */
export interface IdenticalCopies {
  readonly uri: string;
  readonly annotations: readonly HandAnnotation[];
}

/** What new entries need besides their span. */
export interface CopyStamp {
  /** A fresh `urn:uuid:…` per call. */
  readonly newId: () => string;
  /** ISO 8601 date-time of creation. */
  readonly created: string;
  readonly creator?: string;
}

/**
 * The copies of `entry` (a tag or a rejection stored with the account `sourceUri`, one of
 * `accounts`) on every identical mention of the event in `set` (the current set, hand
 * annotations applied). Empty when the entry's words are no longer in its account.
 */
export function identicalCopies(entry: HandTag | HandReject, sourceUri: string, accounts: readonly EventAccount[], set: AnnotationSet, stamp: CopyStamp): IdenticalCopies[] {
  const source = accounts.find((a) => a.uri === sourceUri);
  const range = source && anchorSpan(source.text, entry.target.selectors);
  if (!source || !range) return [];
  const words = source.text.slice(range.start, range.end);
  if (!words.trim()) return [];
  const names = new Map(set.entities.map((e) => [e.id, e]));
  const out: IdenticalCopies[] = [];
  for (const account of accounts) {
    const mine = set.annotations.filter((a) => a.document === account.docId);
    const sameWords = (a: Annotation) => account.text.slice(a.start, a.end) === words;
    const isOriginal = (r: OffsetRange) => account.uri === sourceUri && r.start === range.start && r.end === range.end;
    const spans: OffsetRange[] = [];
    if (entry.action === 'reject') {
      for (const a of mine) if (a.kind === entry.kind && sameWords(a) && !isOriginal(a)) spans.push(a);
    } else {
      const family = (a: Annotation) => (entry.kind === 'claim' ? a.kind === 'claim' : a.kind === 'person' || a.kind === 'country');
      const mentions = mine.filter(family);
      for (const a of mentions) if (sameWords(a) && !isOriginal(a) && !saysTheSame(entry, a, names)) spans.push(a);
      if (entry.kind !== 'claim') {
        for (const r of wholeWordOccurrences(account.text, words)) {
          if (isOriginal(r) || mentions.some((a) => a.start < r.end && r.start < a.end)) continue;
          spans.push(r);
        }
      }
    }
    const unique = [...new Map(spans.map((r) => [`${r.start}:${r.end}`, { start: r.start, end: r.end }])).values()].sort((a, b) => a.start - b.start);
    if (unique.length === 0) continue;
    const annotations = unique.map((r): HandAnnotation => {
      const { id: _id, created: _created, modified: _modified, creator: _creator, target: _target, ...what } = entry;
      return {
        ...what,
        id: stamp.newId(),
        created: stamp.created,
        ...(stamp.creator !== undefined && { creator: stamp.creator }),
        target: handTargetFor(account.uri, account.uri, account.text, r),
      } as HandAnnotation;
    });
    out.push({ uri: account.uri, annotations });
  }
  return out;
}

/**
 * The latest tag or rejection among `hand` (an account's hand annotations, in order)
 * whose span in the account's current `text` holds `offset` (ends included, as a cursor);
 * `undefined` when none does.
 */
export function handTagOrRejectAt(hand: readonly HandAnnotation[], text: string, offset: number): HandTag | HandReject | undefined {
  for (let i = hand.length - 1; i >= 0; i--) {
    const h = hand[i]!;
    if (h.action !== 'tag' && h.action !== 'reject') continue;
    const { start, end } = h.target.selectors.position;
    // Cheap test first: most entries are nowhere near (a moved one is anchored below).
    if (h.target.selectors.quote.exact === text.slice(start, end) && (offset < start || offset > end)) continue;
    const r = anchorSpan(text, h.target.selectors);
    if (r && r.start <= offset && offset <= r.end) return h;
  }
  return undefined;
}

/** True when the annotation `a` already is what the tag makes. */
function saysTheSame(tag: HandTag, a: Annotation, names: ReadonlyMap<string, { readonly name: string; readonly iso?: string }>): boolean {
  if (a.kind !== tag.kind) return false;
  if (tag.kind === 'claim') {
    const speaker = a.speaker ? names.get(a.speaker)?.name : undefined;
    return (tag.claimType === undefined || a.claimType === tag.claimType) && (tag.speaker === undefined || speaker === tag.speaker);
  }
  const entity = a.entity ? names.get(a.entity) : undefined;
  if (!entity) return false;
  if (tag.kind === 'country' && tag.iso) return entity.iso?.toUpperCase() === tag.iso.toUpperCase();
  return tag.entity === undefined || entity.name.toLowerCase() === tag.entity.trim().toLowerCase();
}

/** Every occurrence of `words` in `text` that starts and ends at a word boundary. */
function wholeWordOccurrences(text: string, words: string): OffsetRange[] {
  const out: OffsetRange[] = [];
  const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const end = at + words.length;
    if (isWord(words[0]) && isWord(text[at - 1])) continue;
    if (isWord(words[words.length - 1]) && isWord(text[end])) continue;
    out.push({ start: at, end });
  }
  return out;
}
