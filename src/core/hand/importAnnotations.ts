/**
 * Import: hand annotations from another tool's file, merged into an account's sidecar.
 *
 * Two readers turn a file into candidate hand annotations of the account:
 * - `readWebAnnotations`: W3C Web Annotation JSON(-LD) (the `w3c` export, a sidecar, an
 *   AnnotationCollection/Page, an array or one annotation). Annotations made by software
 *   (the automatic layer: `creator.type` `Software`) are not hand work and are skipped;
 *   the others read as sidecar entries do (`webAnnotationCodec.ts`), for the targets
 *   whose `source` is the account: the same URI, or, for a file written elsewhere (a
 *   colleague's copy), the same file name. A counterpart that is not where its source
 *   says is looked for under its file name beside the account.
 * - `readBratAnn`: a brat `.ann` of the account (as the `brat` export writes it, or
 *   edited in brat): `Person`, `Country`, `Claim` spans (`T`, code point offsets) become
 *   tags with their entity, speaker and claim type from `A` and `#` lines; `Verdict`
 *   attributes and `note "…"` notes become verdicts and notes; a counterpart note marked
 *   `hand`, or carrying a review, becomes a link (and its verdict and note) when the
 *   other account's `.ann` is given (`siblings`).
 *
 * `mergeImported` then places each candidate in the account's current text
 * (`anchorSpan`, targets re-described where they were found) and adds it to the sidecar
 * unless it is there already (same id, or the same action on the same span), it
 * conflicts with a hand annotation there (never overwritten: the one there stays), or the
 * automatic layer already says the same. What cannot be placed is orphaned (listed, not
 * written). Rejections are never inferred from a span missing in the file. Pure.
 */
import { anchorSpan, describeSpan, type SpanSelectors } from '../align/anchor';
import type { AnnotationSet, ClaimType, OffsetRange } from '../model/annotation';
import { CLAIM_TYPES } from '../model/annotation';
import { stableUuid } from '../export/stableUuid';
import type { WebAnnotation } from '../export/webAnnotationTypes';
import type { HandAnnotation, HandTarget } from './model';
import { relativeSource, resolveSource } from './paths';
import { invalidValueOf } from './sidecar';
import { fromSidecarEntry } from './webAnnotationCodec';

/** A candidate that was not taken, and why. */
export interface ImportNote {
  /** What it is, in a few words (`claim "…"`, `line 12`). */
  readonly what: string;
  readonly reason: string;
}

/** What a reader found: candidates for the account, and what it skipped. */
export interface ImportRead {
  readonly candidates: readonly HandAnnotation[];
  readonly skipped: readonly ImportNote[];
}

/** An import problem with the file itself (not JSON, not an annotation file). */
export class ImportError extends Error {}

/** The account being imported into. */
export interface ImportAccount {
  /** Its URI; sidecar sources are relative to it. */
  readonly uri: string;
  readonly text: string;
}

/**
 * Reads W3C Web Annotations for `account` (see module notes). `now` (ISO date-time)
 * stands in for a missing `created`. Throws `ImportError` when the text is no JSON or holds no annotations.
 */
export function readWebAnnotations(json: string, account: ImportAccount, now: string): ImportRead {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ImportError(`it is not valid JSON (${(e as Error).message})`);
  }
  const items = annotationItems(data);
  if (!items) throw new ImportError('it holds no W3C Web Annotations (no "type": "Annotation", AnnotationCollection or transcript-annotator sidecar)');
  const candidates: HandAnnotation[] = [];
  const skipped: ImportNote[] = [];
  const own = normalise(account.uri);
  for (const [i, raw] of items.entries()) {
    const item = raw as WebAnnotation & { creator?: { type?: string; name?: string } };
    const what = `annotation ${typeof item.id === 'string' ? item.id : `#${i + 1}`}`;
    if (item.creator?.type === 'Software') {
      skipped.push({ what, reason: 'made by software (the automatic layer), not by hand' });
      continue;
    }
    const targets = Array.isArray(item.target) ? item.target : [item.target];
    if (targets.some((t) => typeof t !== 'object' || t === null || typeof (t as { source?: unknown }).source !== 'string')) {
      skipped.push({ what, reason: 'has a target without a source and selectors' });
      continue;
    }
    // Sources are made relative to the account, as in its sidecar.
    const relative = targets.map((t) => ({ ...(t as object), source: relativeSource(account.uri, resolveSource(account.uri, (t as { source: string }).source)) }));
    if (normalise(resolveSource(account.uri, relative[0]!.source)) !== own) {
      // Written elsewhere (another machine, a colleague's copy): the account is known by its file name.
      if (fileName(relative[0]!.source) !== fileName(account.uri)) {
        skipped.push({ what, reason: `is about ${fileName(relative[0]!.source)}, not this account` });
        continue;
      }
      relative[0] = { ...relative[0]!, source: fileName(account.uri) };
    }
    const entry = { ...item, target: Array.isArray(item.target) ? relative : relative[0] } as WebAnnotation;
    const hand = typeof item.id === 'string' && item.type === 'Annotation' ? fromSidecarEntry(entry) : `${what} is not a W3C Annotation with an id`;
    if (typeof hand === 'string') {
      skipped.push({ what, reason: hand.replace(/^annotation \S+ /, '') });
      continue;
    }
    const filled = hand.created ? hand : { ...hand, created: now };
    const problem = invalidValueOf(filled);
    if (problem) skipped.push({ what, reason: problem });
    else candidates.push(filled);
  }
  return { candidates, skipped };
}

/** The annotation items of a parsed file, or `undefined` when it is none of the known shapes. */
function annotationItems(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (typeof data !== 'object' || data === null) return undefined;
  const o = data as Record<string, unknown>;
  if (o.format === 'transcript-annotator/hand' && Array.isArray(o.annotations)) return o.annotations;
  if (o.type === 'AnnotationCollection') return ((o.first as { items?: unknown[] } | undefined)?.items ?? []) as unknown[];
  if (o.type === 'AnnotationPage' && Array.isArray(o.items)) return o.items;
  if (o.type === 'Annotation') return [o];
  return undefined;
}

/** A brat `.ann` beside the imported one, for counterparts (`transcript.ann` and its text). */
export interface BratSibling {
  readonly ann: string;
  readonly text: string;
  /** The account's URI. */
  readonly uri: string;
}

interface BratSpan {
  readonly tid: string;
  readonly type: string;
  readonly range: OffsetRange;
  readonly quote: string;
}

/**
 * Reads a brat `.ann` written for `account` (see module notes). `siblings` gives the
 * other accounts' `.ann` by file name (`transcript.txt` → its `.ann`), for links.
 */
export function readBratAnn(ann: string, account: ImportAccount, now: string, siblings: (txtName: string) => BratSibling | undefined = () => undefined): ImportRead {
  const skipped: ImportNote[] = [];
  const spans = bratSpans(ann, account.text, skipped);
  const attributes = new Map<string, Map<string, string>>();
  const notes = new Map<string, string>();
  for (const [n, line] of ann.split(/\r?\n/).entries()) {
    if (line === '' || line.startsWith('T')) continue;
    let m: RegExpExecArray | null;
    if ((m = /^A\d+\t(\w+) (T\d+)(?: (\S+))?$/.exec(line))) {
      const map = attributes.get(m[2]!) ?? new Map<string, string>();
      map.set(m[1]!, m[3] ?? '');
      attributes.set(m[2]!, map);
    } else if ((m = /^#\d+\tAnnotatorNotes (T\d+)\t(.*)$/.exec(line))) notes.set(m[1]!, m[2]!);
    else if (/^R\d+\t/.test(line)) skipped.push({ what: `line ${n + 1}`, reason: 'relations inside one account are not imported (cross-references are between accounts)' });
    else if (!/^[ENM*]\d*\t/.test(line)) skipped.push({ what: `line ${n + 1}`, reason: 'is no brat standoff line' });
  }
  const candidates: HandAnnotation[] = [];
  let serial = 0;
  const id = (...parts: (string | number)[]) => `urn:uuid:${stableUuid('brat-import', account.uri, ann.length, ...parts, serial++)}`;
  const source = relativeSource(account.uri, account.uri);
  const targetOf = (s: BratSpan, text: string): HandTarget => ({ source, selectors: selectorsFor(text, s) });
  for (const s of spans.values()) {
    const attrs = attributes.get(s.tid) ?? new Map<string, string>();
    const note = parseNote(notes.get(s.tid) ?? '');
    const base = { created: now, target: targetOf(s, account.text) };
    if (s.type === 'Person' || s.type === 'Country') {
      const kind = s.type === 'Person' ? 'person' : 'country';
      const entity = note.entity ?? s.quote;
      const iso = kind === 'country' ? note.iso : undefined;
      if (kind === 'country' && !iso) {
        skipped.push({ what: `${s.tid} "${s.quote}"`, reason: 'is a Country without an ISO code (its note "entity c1 Name XX" is missing)' });
        continue;
      }
      candidates.push({ id: id(s.tid, 'tag'), ...base, action: 'tag', kind, entity, ...(iso && { iso }) });
    } else if (s.type === 'Claim') {
      const claimType = attrs.get('ClaimType');
      candidates.push({ id: id(s.tid, 'tag'), ...base, action: 'tag', kind: 'claim', ...(note.speaker && { speaker: note.speaker }), ...(claimType && isClaimType(claimType) && { claimType }) });
      const creator = note.reviewer !== undefined ? { creator: note.reviewer } : {};
      const verdict = attrs.get('Verdict');
      if (verdict) candidates.push({ id: id(s.tid, 'assess'), ...base, ...creator, action: 'assess', verdict: verdict.replace(/_/g, ' ') });
      if (note.note !== undefined) candidates.push({ id: id(s.tid, 'comment'), ...base, ...creator, action: 'comment', note: note.note });
    } else {
      skipped.push({ what: `${s.tid} "${s.quote}"`, reason: `${s.type} spans are not imported (only Person, Country and Claim)` });
    }
    // Links: counterpart notes marked hand, or reviewed, and found in the other account's .ann.
    for (const c of note.counterparts) {
      if (!c.hand && c.verdict === undefined && c.note === undefined) continue;
      const other = siblings(c.file);
      const otherSpan = other ? bratSpans(other.ann, other.text, []).get(c.tid) : undefined;
      if (!other || !otherSpan) {
        skipped.push({ what: `${s.tid} "${s.quote}"`, reason: `its counterpart ${c.tid} in ${c.file} could not be read (give the .ann of ${c.file} beside this one)` });
        continue;
      }
      const counterpart: HandTarget = { source: relativeSource(account.uri, other.uri), selectors: selectorsFor(other.text, otherSpan) };
      const creator = c.reviewer !== undefined ? { creator: c.reviewer } : {};
      if (c.hand && isMatchClass(c.match)) candidates.push({ id: id(s.tid, c.file, c.tid, 'link'), ...base, action: 'link', match: c.match, counterpart });
      if (c.verdict !== undefined) candidates.push({ id: id(s.tid, c.file, c.tid, 'assess'), ...base, ...creator, action: 'assess', verdict: c.verdict, counterpart });
      if (c.note !== undefined) candidates.push({ id: id(s.tid, c.file, c.tid, 'comment'), ...base, ...creator, action: 'comment', note: c.note, counterpart });
    }
  }
  return { candidates, skipped };
}

/** The T spans of a .ann, in UTF-16 offsets of `text` (brat counts code points). */
function bratSpans(ann: string, text: string, skipped: ImportNote[]): Map<string, BratSpan> {
  const toUtf16: number[] = [];
  let u = 0;
  for (const ch of text) {
    toUtf16.push(u);
    u += ch.length;
  }
  toUtf16.push(u);
  const spans = new Map<string, BratSpan>();
  for (const [n, line] of ann.split(/\r?\n/).entries()) {
    if (!line.startsWith('T')) continue;
    const m = /^(T\d+)\t(\w+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/.exec(line);
    if (!m) {
      skipped.push({ what: `line ${n + 1}`, reason: 'is a malformed T line' });
      continue;
    }
    const fragments = m[3]!.split(';').map((f) => f.split(' ').map(Number) as [number, number]);
    const start = fragments[0]![0];
    const end = fragments[fragments.length - 1]![1];
    const inText = end < toUtf16.length && start <= end;
    const range = inText ? { start: toUtf16[start]!, end: toUtf16[end]! } : { start, end };
    // The span's words: from the text when the offsets still give the T line's words.
    const quote = inText && fragments.map(([s, e]) => text.slice(toUtf16[s]!, toUtf16[e]!)).join(' ') === m[4] ? text.slice(range.start, range.end) : m[4]!;
    spans.set(m[1]!, { tid: m[1]!, type: m[2]!, range, quote });
  }
  return spans;
}

/** Selectors for a brat span: described in `text` when it is there, else its words at its offsets. */
function selectorsFor(text: string, s: BratSpan): SpanSelectors {
  if (text.slice(s.range.start, s.range.end) === s.quote && s.quote !== '') return describeSpan(text, s.range);
  return { quote: { type: 'TextQuoteSelector', exact: s.quote || ' ' }, position: { type: 'TextPositionSelector', start: s.range.start, end: Math.max(s.range.start, s.range.end) } };
}

interface ParsedNote {
  entity?: string;
  iso?: string;
  speaker?: string;
  note?: string;
  reviewer?: string;
  counterparts: Array<{ file: string; tid: string; match: string; hand: boolean; verdict?: string; note?: string; reviewer?: string }>;
}

const JSON_STRING = '"(?:[^"\\\\]|\\\\.)*"';

/** Parses an AnnotatorNotes text written by the `brat` export. */
export function parseNote(text: string): ParsedNote {
  const out: ParsedNote = { counterparts: [] };
  const review = (part: string) => {
    const get = (key: string) => {
      const m = new RegExp(`(?:^| )${key} (${JSON_STRING})`).exec(part);
      if (!m) return undefined;
      try {
        return JSON.parse(m[1]!) as string;
      } catch {
        return undefined;
      }
    };
    return { verdict: get('verdict'), note: get('note'), reviewer: get('reviewer') };
  };
  for (const part of text.split(/; (?=(?:entity|speaker|label|counterpart|note|verdict|reviewer) )/)) {
    let m: RegExpExecArray | null;
    if ((m = /^entity \S+ (.+?)(?: ([A-Z]{2}))?$/.exec(part))) {
      out.entity = m[1];
      if (m[2]) out.iso = m[2];
    } else if ((m = /^speaker \S+ (.+)$/.exec(part))) out.speaker = m[1];
    else if ((m = /^counterpart (.+?) (T\d+|\d+-\d+) (\w+) [\d.]+( hand)?(?: (.*))?$/.exec(part))) {
      out.counterparts.push({ file: m[1]!, tid: m[2]!, match: m[3]!, hand: !!m[4], ...stripUndefined(review(m[5] ?? '')) });
    } else if (/^(note|reviewer|verdict) "/.test(part)) Object.assign(out, stripUndefined({ note: review(part).note, reviewer: review(part).reviewer }));
  }
  return out;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

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
    const what = describe(candidate);
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
      skipped.push({ what, reason: sameValues(there, candidate) ? 'is in the sidecar already' : `conflicts with a hand annotation in the sidecar (${describe(there)}), which is kept` });
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

/** `claim "…" (verdict misquoted)`: a candidate in a few words, for the report. */
export function describe(h: HandAnnotation): string {
  const quote = `"${shorten(h.target.selectors.quote.exact)}"`;
  switch (h.action) {
    case 'tag':
      return `${h.kind} ${quote}${h.kind === 'claim' ? (h.speaker ? ` (speaker ${h.speaker})` : '') : h.entity ? ` (${h.entity}${h.iso ? `, ${h.iso}` : ''})` : ''}`;
    case 'reject':
      return `rejection of ${h.kind} ${quote}`;
    case 'setSpeaker':
      return `speaker ${h.speaker} of ${quote}`;
    case 'link':
      return `link ${quote} → "${shorten(h.counterpart.selectors.quote.exact)}" (${h.match})`;
    case 'unlink':
      return `unlink ${quote} → "${shorten(h.counterpart.selectors.quote.exact)}"`;
    case 'assess':
      return `verdict ${h.verdict} on ${h.counterpart ? 'the link of ' : ''}${quote}`;
    case 'comment':
      return `note on ${h.counterpart ? 'the link of ' : ''}${quote}`;
  }
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 50 ? `${flat.slice(0, 49)}…` : flat;
}

/** The last segment of a source or URI, decoded (`file:///a/news%201.txt` → `news 1.txt`). */
function fileName(source: string): string {
  return normalise(source.replace(/[?#].*$/, '').split('/').pop() ?? source);
}

function normalise(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

const isClaimType = (v: string): v is ClaimType => (CLAIM_TYPES as readonly string[]).includes(v);
const isMatchClass = (v: string): v is 'verbatim' | 'close' | 'paraphrase' | 'partial' => ['verbatim', 'close', 'paraphrase', 'partial'].includes(v);
