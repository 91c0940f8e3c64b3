/**
 * Import: merges candidate hand annotations (from `readWebAnnotations` or `readBratAnn`)
 * into an account's sidecar. Each is placed in the account's current text (`anchorSpan`,
 * its targets re-described where they were found) and added unless it is there already
 * (same id, or the same action on the same span), it conflicts with a hand annotation
 * there (never overwritten: the one there stays), or the automatic layer already says the
 * same. A counterpart that is not where its source says is looked for under its file name
 * beside the account. What cannot be placed is orphaned (listed, not written).
 * Rejections are never inferred from a span missing in the file. Pure.
 */
import { anchorSpan, describeSpan } from '../align/anchor';
import type { AnnotationSet, OffsetRange } from '../model/annotation';
import type { HandAnnotation } from './model';
import { resolveSource } from './paths';
import { describeHand, fileName, shorten, type ImportAccount, type ImportNote } from './importTypes';

/** What merging did. */
export interface ImportResult {
  /** The sidecar's annotations after the merge: those there, then those added. */
  readonly annotations: readonly HandAnnotation[];
  readonly added: readonly HandAnnotation[];
  readonly orphaned: readonly ImportNote[];
  readonly skipped: readonly ImportNote[];
}

/** What `mergeImported` needs besides the candidates. */
export interface MergeContext {
  readonly account: ImportAccount;
  /** The sidecar's hand annotations now. */
  readonly existing: readonly HandAnnotation[];
  /** The text of another account, by URI (for counterparts); `undefined` when it cannot be read. */
  readonly textOf: (uri: string) => string | undefined;
  /** The account's annotation set now (automatic layer with its hand annotations), and its document id. */
  readonly current?: { readonly set: AnnotationSet; readonly docId: string };
}

/** Merges `candidates` into the sidecar's annotations (see module notes). */
export function mergeImported(candidates: readonly HandAnnotation[], context: MergeContext): ImportResult {
  const { account } = context;
  const annotations = [...context.existing];
  const added: HandAnnotation[] = [];
  const orphaned: ImportNote[] = [];
  const skipped: ImportNote[] = [];
  const ids = new Set(annotations.map((h) => h.id));
  const placedKey = new Map<string, HandAnnotation>();
  const keyOf = (h: HandAnnotation, here: OffsetRange, there?: OffsetRange) => {
    const slot = h.action === 'tag' ? (h.kind === 'claim' ? 'tag:claim' : 'tag:mention') : h.action;
    return `${slot}|${here.start}-${here.end}${there ? `|${h.action === 'link' || h.action === 'unlink' || h.action === 'assess' || h.action === 'comment' ? h.counterpart?.source : ''}@${there.start}-${there.end}` : ''}`;
  };
  const place = (h: HandAnnotation): { here: OffsetRange; there?: OffsetRange; hand: HandAnnotation } | string => {
    const here = anchorSpan(account.text, h.target.selectors);
    if (!here) return `"${shorten(h.target.selectors.quote.exact)}" is not in the account's text`;
    const counterpart = h.action === 'link' || h.action === 'unlink' || h.action === 'assess' || h.action === 'comment' ? h.counterpart : undefined;
    let hand: HandAnnotation = { ...h, target: { ...h.target, selectors: describeSpan(account.text, here) } } as HandAnnotation;
    if (!counterpart) return { here, hand };
    // The counterpart where the source says, else (a file written elsewhere) the account of that name beside this one.
    let source = counterpart.source;
    let otherText = context.textOf(resolveSource(account.uri, source));
    if (otherText === undefined && fileName(source) !== source) {
      otherText = context.textOf(resolveSource(account.uri, fileName(source)));
      if (otherText !== undefined) source = fileName(source);
    }
    if (otherText === undefined) return `its counterpart account ${counterpart.source} could not be read`;
    const there = anchorSpan(otherText, counterpart.selectors);
    if (!there) return `its counterpart "${shorten(counterpart.selectors.quote.exact)}" is not in ${source}`;
    hand = { ...hand, counterpart: { source, selectors: describeSpan(otherText, there) } } as HandAnnotation;
    return { here, there, hand };
  };
  for (const h of annotations) {
    const placed = place(h);
    if (typeof placed !== 'string') placedKey.set(keyOf(h, placed.here, placed.there), h);
  }
  for (const candidate of candidates) {
    const what = describeHand(candidate);
    if (ids.has(candidate.id)) {
      skipped.push({ what, reason: 'is in the sidecar already (same id)' });
      continue;
    }
    const placed = place(candidate);
    if (typeof placed === 'string') {
      orphaned.push({ what, reason: placed });
      continue;
    }
    const key = keyOf(candidate, placed.here, placed.there);
    const there = placedKey.get(key);
    if (there) {
      skipped.push({ what, reason: sameValues(there, candidate) ? 'is in the sidecar already' : `conflicts with a hand annotation in the sidecar (${describeHand(there)}), which is kept` });
      continue;
    }
    if (candidate.action === 'tag' && context.current && automaticAgrees(candidate, placed.here, context.current)) {
      skipped.push({ what, reason: 'is what the account shows already' });
      continue;
    }
    annotations.push(placed.hand);
    added.push(placed.hand);
    ids.add(candidate.id);
    placedKey.set(key, placed.hand);
  }
  return { annotations, added, orphaned, skipped };
}

/** True when the set has an annotation of the tag's kind, span and values. */
function automaticAgrees(tag: Extract<HandAnnotation, { action: 'tag' }>, range: OffsetRange, current: { set: AnnotationSet; docId: string }): boolean {
  const entities = new Map(current.set.entities.map((e) => [e.id, e]));
  return current.set.annotations.some((a) => {
    if (a.document !== current.docId || a.kind !== tag.kind || a.start !== range.start || a.end !== range.end) return false;
    if (tag.kind === 'claim') {
      const speaker = a.speaker ? entities.get(a.speaker)?.name : undefined;
      return (tag.speaker === undefined || tag.speaker === speaker) && (tag.claimType === undefined || tag.claimType === a.claimType);
    }
    const entity = a.entity ? entities.get(a.entity) : undefined;
    return (tag.entity === undefined || tag.entity.toLowerCase() === entity?.name.toLowerCase()) && (tag.iso === undefined || tag.iso.toUpperCase() === entity?.iso);
  });
}

function sameValues(a: HandAnnotation, b: HandAnnotation): boolean {
  const values = (h: HandAnnotation) => {
    const { id: _id, created: _c, modified: _m, creator: _r, target: _t, ...rest } = h as HandAnnotation & { counterpart?: unknown };
    const { counterpart: _cp, ...own } = rest as typeof rest & { counterpart?: unknown };
    return JSON.stringify(own);
  };
  return values(a) === values(b);
}
