/**
 * The inverted index of the account checked against: which passages hold each term, how
 * rare each term is (inverse document frequency over passages), and the candidate
 * passages for a query — only passages sharing a *rare* term (a rare word stem, an
 * entity, a number), so the cost grows with the matches, not with all pairs.
 */
import type { AlignPassage } from './passages';
import { buildPostings, patchPostings, type Postings } from './postings';
import { agreementFor, IN_NEGATION, keyId, keysAt, NEGATED_HEAD, spansAgree, type TermAgreement, type TermSpan, type TermKeyCache, type WordKeys } from './terms';

/** Weight factor of each term kind: entities and numbers mark the topic more than the claim. */
const KIND_WEIGHT = { word: 1, number: 1, entity: 0.6, function: 0 } as const;

/** Postings a query reads at most (from its rarest terms on). */
const POSTING_BUDGET = 600;

/** Candidates must gather at least this share of the best candidate's rare-term weight. */
const MIN_SHARE_OF_BEST = 0.4;

/** Flags of `IndexedPassage.idFlags`: what an id is to a passage. */
export const HAS_TERM = 1;
/** The id is the loose id of one of its terms (`Term.looseId`). */
export const HAS_LOOSE = 2;
/** An entity of the passage or its neighbours in the same turn, or its speaker. */
export const IN_CONTEXT = 4;
/** The term occurs as what a negation denies ("no loan"; `NEGATED_HEAD`). */
export const NEGATED = 8;
/** The term occurs further within a negation's reach (`IN_NEGATION`). */
export const IN_SCOPE = 16;
/** The term occurs where no negation reaches. */
export const PLAIN_TERM = 32;

/** A passage of the index. Its ids, flags and pairs sit in the index's packed arrays. */
export interface IndexedPassage {
  readonly passage: AlignPassage;
  /** Position in `ReferenceIndex.passages`. */
  readonly at: number;
  /** Distinct content terms. */
  readonly termCount: number;
  /** Sum of the weights of its distinct content terms. */
  readonly mass: number;
}

/** The index over the passages of one account. */
export interface ReferenceIndex {
  readonly passages: readonly IndexedPassage[];
  /** Weight of a term (its keys): its kind factor times its rarity among the passages. */
  weight(term: Pick<WordKeys, 'id' | 'kind'>): number;
  /**
   * Passages sharing at least one rare term with `terms`, best first by the summed weight
   * of shared rare terms, at most `limit`. With `speaker` (an entity id), only passages
   * that person speaks and passages of no known speaker (a quote's own words).
   */
  candidates(terms: TermSpan, limit: number, speaker?: string): IndexedPassage[];
  /**
   * Every passage that holds one of the content terms of `terms`, or one of their near
   * forms, in any role (a term, a near form, a context entity, the speaker), in order; with
   * `speaker`, only those `spokenBy` them. The others share nothing with `terms`: their
   * support is zero, so scoring these is scoring every passage, for less.
   */
  sharing(terms: TermSpan, speaker?: string): IndexedPassage[];
  /**
   * True when some passage holds term id `id` as a term (in any polarity). A word no
   * passage holds can match no candidate: a query leaves out what depends only on it.
   */
  holds(id: number): boolean;
  /** True when passage `p` may hold words of `speaker`: it is theirs, or nobody's in particular. */
  spokenBy(p: IndexedPassage, speaker: string): boolean;
  /**
   * Distinct term and loose ids of each passage (and its context entities, speaker):
   * those of passage `i` are `ids[idStart[i] .. idStart[i + 1])`, with their
   * `HAS_TERM | HAS_LOOSE | IN_CONTEXT | NEGATED | IN_SCOPE | PLAIN_TERM` flags at the same places of `idFlags`.
   */
  readonly ids: Int32Array;
  readonly idFlags: Uint8Array;
  readonly idStart: Int32Array;
  /** Pair ids (`contentBigrams`) of each passage, ascending: `pairs[pairStart[i] .. pairStart[i + 1])`. */
  readonly pairs: Float64Array;
  readonly pairStart: Int32Array;
  /** 1 for a passage that holds a negation (a term `NEGATED_HEAD` or `IN_NEGATION`), by position. */
  readonly negative: Uint8Array;
  /**
   * Scratch table of this index, all zeros between uses: `loadFlags` writes a passage's
   * flags at its ids, `clearFlags` zeroes them again. Ids the index never saw read as undefined.
   */
  readonly flagTable: Uint8Array;
  /** Scratch of `markIds` / `loadMarked`: which ids the current query reads, and the ids loaded. */
  readonly marks: MarkScratch;
  /** What the index was built from, for `patchReferenceIndex`. */
  readonly source: IndexSource;
}

/** What an index was built from: its passages, keys and rarity share, and its postings (whose counts give each term's rarity). */
export interface IndexSource {
  readonly passages: readonly AlignPassage[];
  readonly keys: TermKeyCache;
  readonly rareShare: number;
  /** Speaker key id of each passage (-1: none). */
  readonly speakerIds: Int32Array;
  readonly idCount: number;
  readonly postings: Postings;
  /** Postings of the loose ids (`Term.looseId`). */
  readonly loosePostings: Postings;
  /** Content terms of all passages (their sum over passages). */
  readonly contentCount: number;
}

/**
 * Marks of the ids one query reads (`ReferenceIndex.marks`): `table[id] === stamp` for
 * those of `owner`; a new owner takes a new stamp, so the table is cleared only once in
 * MAX_STAMP owners. One byte an id: the measure looks every id of each candidate up here,
 * and a table a quarter the size stays in the nearer caches (37,000 ids at 1 MB: 37 KB).
 */
export interface MarkScratch {
  readonly table: Uint8Array;
  stamp: number;
  owner: object | undefined;
  /** Ids whose flags `loadMarked` wrote into `flagTable` (for two passages at most). */
  readonly loaded: Int32Array;
  loadedCount: number;
}

/** Marks `ids` as those read by `owner` (a query), unless they are marked already. */
export function markIds(index: ReferenceIndex, owner: object, ids: ArrayLike<number>): void {
  const marks = index.marks;
  if (marks.owner === owner) return;
  marks.owner = owner;
  const table = marks.table;
  if (marks.stamp === MAX_STAMP) {
    table.fill(0);
    marks.stamp = 0;
  }
  const stamp = ++marks.stamp;
  for (let k = 0; k < ids.length; k++) if (ids[k]! < table.length) table[ids[k]!] = stamp;
}

/** The last stamp of `MarkScratch.table` before it is cleared. */
const MAX_STAMP = 255;

/**
 * Adds the flags of `p` at the ids `markIds` marked to `index.flagTable` (the others stay
 * zero: the query reads none of them). `clearMarked` zeroes them again.
 */
export function loadMarked(index: ReferenceIndex, p: IndexedPassage): void {
  const { ids, idFlags, flagTable, marks } = index;
  const { table, stamp, loaded } = marks;
  let n = marks.loadedCount;
  for (let k = index.idStart[p.at]!, end = index.idStart[p.at + 1]!; k < end; k++) {
    const id = ids[k]!;
    if (table[id] !== stamp) continue;
    flagTable[id] = flagTable[id]! | idFlags[k]!;
    loaded[n++] = id;
  }
  marks.loadedCount = n;
}

/** Zeroes the flags `loadMarked` wrote. */
export function clearMarked(index: ReferenceIndex): void {
  const { flagTable, marks } = index;
  for (let k = 0; k < marks.loadedCount; k++) flagTable[marks.loaded[k]!] = 0;
  marks.loadedCount = 0;
}

/** Writes the flags of `p` into `index.flagTable`. */
export function loadFlags(index: ReferenceIndex, p: IndexedPassage): void {
  const { ids, idFlags, flagTable } = index;
  for (let k = index.idStart[p.at]!, end = index.idStart[p.at + 1]!; k < end; k++) flagTable[ids[k]!] = idFlags[k]!;
}

/** Adds the flags of `p` to those already in `index.flagTable` (two passages read as one). */
export function orFlags(index: ReferenceIndex, p: IndexedPassage): void {
  const { ids, idFlags, flagTable } = index;
  for (let k = index.idStart[p.at]!, end = index.idStart[p.at + 1]!; k < end; k++) flagTable[ids[k]!] = flagTable[ids[k]!]! | idFlags[k]!;
}

/** Zeroes the flags `loadFlags` wrote. */
export function clearFlags(index: ReferenceIndex, p: IndexedPassage): void {
  const { ids, flagTable } = index;
  for (let k = index.idStart[p.at]!, end = index.idStart[p.at + 1]!; k < end; k++) flagTable[ids[k]!] = 0;
}

/** The most ids of one passage (`idStart` of an index). */
function mostIds(idStart: Int32Array): number {
  let most = 0;
  for (let i = 1; i < idStart.length; i++) most = Math.max(most, idStart[i]! - idStart[i - 1]!);
  return most;
}

/** Content terms: what can be evidence of shared content. */
export const isContent = (t: Pick<WordKeys, 'kind'>): boolean => t.kind !== 'function';

/**
 * Word-order evidence of a term list: pairs of content keys at most two content terms
 * apart, in either order ("Japanese submarines" = "submarines from Japan"), leaving out
 * pairs of two names ("Russia and Turkey" says nothing about what is claimed). Distinct,
 * ascending.
 */
export function contentBigrams(terms: TermSpan): number[] {
  const { table, from, to } = terms;
  const out: number[] = [];
  // The last two content terms seen (-1: none yet), and whether each is a name.
  let a1 = -1;
  let a2 = -1;
  let e1 = false;
  let e2 = false;
  for (let k = from; k < to; k++) {
    const t = keysAt(table, k);
    if (t.kind === 'function') continue;
    const b = t.id;
    const e = t.kind === 'entity';
    // One number per unordered pair; exact below 2^53 for ids below 2^26.
    // Offset by one base so pair ids never equal a term id (term ids stay below 2^26).
    if (a2 >= 0 && !(e2 && e) && a2 !== b) out.push(a2 < b ? (a2 + 1) * PAIR_BASE + b : (b + 1) * PAIR_BASE + a2);
    if (a1 >= 0 && !(e1 && e) && a1 !== b) out.push(a1 < b ? (a1 + 1) * PAIR_BASE + b : (b + 1) * PAIR_BASE + a1);
    a2 = a1;
    e2 = e1;
    a1 = b;
    e1 = e;
  }
  sortNumbers(out);
  let m = 0;
  for (let k = 0; k < out.length; k++) if (k === 0 || out[k] !== out[m - 1]) out[m++] = out[k]!;
  out.length = m;
  return out;
}

/** Sorts numbers ascending in place: insertion sort for the short lists of one passage. */
function sortNumbers(a: number[]): void {
  if (a.length > 48) {
    a.sort((x, y) => x - y);
    return;
  }
  for (let i = 1; i < a.length; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}

/** Multiplier that packs two term ids into one pair id. */
export const PAIR_BASE = 2 ** 26;

/**
 * Indexes the passages (their terms made with `keys`, as the queries' must be). A term is
 * rare when at most `max(3, rareShare × N)` passages hold it; only rare terms propose
 * candidates (default share 5%). Rarity is counted in the indexed account only: a term it
 * never uses weighs like one it uses once, so content the other account adds (and this
 * one lacks) counts fully against support.
 *
 * Notes: everything per passage and per posting is packed in typed arrays (a long
 * account has hundreds of thousands of passages; one small array each costs more in
 * headers and garbage collection than in data).
 */
export function buildReferenceIndex(passages: readonly AlignPassage[], keys: TermKeyCache, rareShare = 0.05): ReferenceIndex {
  return indexPassages(passages, keys, rareShare, undefined);
}

/**
 * `buildReferenceIndex(passages, keys, rareShare)` for the passages of a new version of the
 * account `previous` indexed (the same index, made from the last one where that is cheaper):
 * with as many passages, the same keys and rarity share, each passage's row (its ids and
 * flags, word pairs, negation, term count) is copied where its entry and its neighbours'
 * are the same, and its mass kept where none of its terms changed its passage count (a
 * rarity changes every mass that holds it: those are summed again, in the same order).
 * Postings and rarities are made anew (one pass over the terms).
 */
export function patchReferenceIndex(previous: ReferenceIndex, passages: readonly AlignPassage[], keys: TermKeyCache, rareShare = 0.05, agreement?: TermAgreement): ReferenceIndex {
  const old = previous.source;
  const same = old.passages.length === passages.length && old.keys === keys && old.rareShare === rareShare;
  return indexPassages(passages, keys, rareShare, same ? previous : undefined, agreement);
}

/** True when two passages have the same index entry of their own: turn, speaker, and content terms (form and polarity) in order. */
function sameEntry(a: AlignPassage, b: AlignPassage, agreement: TermAgreement | undefined): boolean {
  if (a.turn !== b.turn || a.speaker !== b.speaker) return false;
  const x = a.terms;
  const y = b.terms;
  // Where the tables are known to hold the same terms: no term compared.
  if (spansAgree(agreement, x, y) !== 0) return true;
  if (x.table.forms !== y.table.forms) return false;
  // The usual case first: every term the same (function words too), in one tight loop.
  if (x.to - x.from === y.to - y.from) {
    const xf = x.table.form;
    const yf = y.table.form;
    const xn = x.table.negated;
    const yn = y.table.negated;
    let k = 0;
    const length = x.to - x.from;
    while (k < length && xf[x.from + k] === yf[y.from + k] && xn[x.from + k] === yn[y.from + k]) k++;
    if (k === length) return true;
  }
  let i = x.from;
  let j = y.from;
  const forms = x.table.forms;
  for (;;) {
    while (i < x.to && forms[x.table.form[i]!]!.kind === 'function') i++;
    while (j < y.to && forms[y.table.form[j]!]!.kind === 'function') j++;
    if (i === x.to || j === y.to) return i === x.to && j === y.to;
    if (x.table.form[i] !== y.table.form[j] || x.table.negated[i] !== y.table.negated[j]) return false;
    i++;
    j++;
  }
}

/** Content terms of a span. */
function countContent(span: TermSpan): number {
  let count = 0;
  for (let k = span.from; k < span.to; k++) if (keysAt(span.table, k).kind !== 'function') count++;
  return count;
}

/** Terms of a span of `kind`. */
function countKind(span: TermSpan, kind: WordKeys['kind']): number {
  let count = 0;
  for (let k = span.from; k < span.to; k++) if (keysAt(span.table, k).kind === kind) count++;
  return count;
}

/** Visits the content term ids (or, with `loose`, their loose ids) of a span. */
function contentIds(span: TermSpan, loose: boolean, visit: (id: number) => void): void {
  for (let k = span.from; k < span.to; k++) {
    const t = keysAt(span.table, k);
    if (t.kind !== 'function') visit(loose ? t.looseId : t.id);
  }
}

function indexPassages(passages: readonly AlignPassage[], keys: TermKeyCache, rareShare: number, previous: ReferenceIndex | undefined, given?: TermAgreement): ReferenceIndex {
  const n = passages.length;
  // The speakers' keys first, so that every id the index holds is known below.
  const bySpeaker = new Map<string, number>();
  const speakerId = (speaker: string): number => {
    let id = bySpeaker.get(speaker);
    if (id === undefined) bySpeaker.set(speaker, (id = keyId(keys, `@${speaker}`)));
    return id;
  };
  // A plain loop: Int32Array.from with a mapping function goes through the iterator protocol.
  const speakerIds = new Int32Array(n);
  for (let i = 0; i < n; i++) speakerIds[i] = passages[i]!.speaker ? speakerId(passages[i]!.speaker!) : -1;
  const idCount = keys.ids.size;
  const old = previous?.source;
  // With a previous index: the passages whose entry changed (their terms, polarity, turn or speaker).
  const changed = old ? new Uint8Array(n) : undefined;
  const changedAt: number[] = [];
  // Where the new term table holds the old one's terms (`given` when it is of these tables).
  const agreement = old ? agreementFor(given, old.passages, passages, given?.shift) : undefined;
  if (old) for (let i = 0; i < n; i++) if (old.speakerIds[i] !== speakerIds[i] || !sameEntry(old.passages[i]!, passages[i]!, agreement)) {
    changed![i] = 1;
    changedAt.push(i);
  }
  let contentCount = 0;
  let postings: Postings;
  let loosePostings: Postings;
  // Room for each passage's ids and word pairs (cut to length below).
  let idRoom: number;
  let pairRoom: number;
  if (old && previous) {
    // Postings made from the last ones: only the rows of ids the changed passages held or hold are made again.
    contentCount = old.contentCount;
    for (const i of changedAt) contentCount += countContent(passages[i]!.terms) - countContent(old.passages[i]!.terms);
    postings = patchPostings(old.postings, old.idCount, idCount, changedAt, changed!, (at, now, visit) => contentIds((now ? passages : old.passages)[at]!.terms, false, visit));
    loosePostings = patchPostings(old.loosePostings, old.idCount, idCount, changedAt, changed!, (at, now, visit) => contentIds((now ? passages : old.passages)[at]!.terms, true, visit));
    // The rows copied are those of the last index; a row made again (a changed passage and its neighbours) holds at most
    // two ids per content term, three per entity of it and its neighbours, its speaker; and two word pairs per content term.
    idRoom = previous.ids.length;
    pairRoom = previous.pairs.length;
    for (let i = 0; i < n; i++) {
      if (!changed![i] && !(i > 0 && changed![i - 1]) && !(i + 1 < n && changed![i + 1])) continue;
      const content = countContent(passages[i]!.terms);
      idRoom += 2 * content + 1;
      for (let j = Math.max(0, i - 1); j <= Math.min(n - 1, i + 1); j++) idRoom += 3 * countKind(passages[j]!.terms, 'entity');
      pairRoom += 2 * content;
    }
  } else {
    // Every content term: its id, loose id and passage.
    let entityCount = 0;
    for (const p of passages) {
      for (let k = p.terms.from; k < p.terms.to; k++) {
        const kind = keysAt(p.terms.table, k).kind;
        if (kind !== 'function') contentCount++;
        if (kind === 'entity') entityCount++;
      }
    }
    const termIds = new Int32Array(contentCount);
    const looseIds = new Int32Array(contentCount);
    const termAt = new Int32Array(contentCount);
    let c = 0;
    for (let i = 0; i < n; i++) {
      const { table, from, to } = passages[i]!.terms;
      for (let k = from; k < to; k++) {
        const t = keysAt(table, k);
        if (t.kind === 'function') continue;
        termIds[c] = t.id;
        looseIds[c] = t.looseId;
        termAt[c++] = i;
      }
    }
    postings = buildPostings(idCount, termIds, termAt, contentCount);
    loosePostings = buildPostings(idCount, looseIds, termAt, contentCount);
    idRoom = 2 * contentCount + 3 * entityCount + n;
    pairRoom = 2 * contentCount;
  }
  const df = (list: Postings, id: number): number => (id < idCount ? list.start[id + 1]! - list.start[id]! : 0);
  const maxRare = Math.max(3, Math.floor(rareShare * n));
  // Note: the budget, not maxRare, bounds the work per query on long accounts.
  const idf = (count: number): number => Math.log(1 + n / (Math.max(count, 1) + 1));
  // Rarity by id, computed once per id (ids beyond the table: never indexed, df 0).
  const rarity = new Float64Array(idCount).fill(-1);
  const weight = (t: Pick<WordKeys, 'id' | 'kind'>): number => {
    if (t.id >= idCount) return KIND_WEIGHT[t.kind] * idf(0);
    const r = rarity[t.id]!;
    if (r >= 0) return KIND_WEIGHT[t.kind] * r;
    return KIND_WEIGHT[t.kind] * (rarity[t.id] = idf(df(postings, t.id)));
  };

  // Flags of the current passage by id (scratch), and the ids set there.
  const scratch = new Uint8Array(idCount);
  const set: number[] = [];
  const flag = (id: number, f: number): void => {
    if (scratch[id] === 0) set.push(id);
    scratch[id]! |= f;
  };
  // Sized for the most they can hold, cut to length below: a passage has at most two ids
  // per content term (exact and loose), its own and its neighbours' entities, its speaker;
  // and two word pairs per content term.
  const ids = new Int32Array(idRoom);
  const idFlags = new Uint8Array(ids.length);
  const idStart = new Int32Array(n + 1);
  const pairs = new Float64Array(pairRoom);
  const negative = new Uint8Array(n);
  const pairStart = new Int32Array(n + 1);
  let idCountSoFar = 0;
  let pairCount = 0;
  // With a previous index: the rows to make again (their entry or a neighbour's changed),
  // and those whose mass alone is summed again (a term of theirs changed its passage count).
  let remake: Uint8Array | undefined;
  let reweigh: Uint8Array | undefined;
  if (previous && old) {
    remake = new Uint8Array(n);
    reweigh = new Uint8Array(n);
    const oldDf = (id: number): number => (id < old.idCount ? old.postings.start[id + 1]! - old.postings.start[id]! : 0);
    const recounted = new Uint8Array(idCount);
    for (const i of changedAt) {
      for (let j = Math.max(0, i - 1); j <= Math.min(n - 1, i + 1); j++) remake[j] = 1;
      for (const span of [old.passages[i]!.terms, passages[i]!.terms]) {
        for (let k = span.from; k < span.to; k++) {
          const t = keysAt(span.table, k);
          if (t.kind === 'function' || recounted[t.id]) continue;
          recounted[t.id] = 1;
          if (oldDf(t.id) !== df(postings, t.id)) for (let q = postings.start[t.id]!, end = postings.start[t.id + 1]!; q < end; q++) reweigh[postings.list[q]!] = 1;
        }
      }
    }
  }
  // Rows copied from the previous index: a run of them at a time.
  let copyFrom = -1;
  const copyRows = (to: number): void => {
    if (copyFrom < 0 || !previous) return;
    const a = previous.idStart[copyFrom]!;
    const b = previous.idStart[to]!;
    ids.set(previous.ids.subarray(a, b), idCountSoFar);
    idFlags.set(previous.idFlags.subarray(a, b), idCountSoFar);
    for (let i = copyFrom; i < to; i++) idStart[i + 1] = idCountSoFar + previous.idStart[i + 1]! - a;
    idCountSoFar += b - a;
    const pa = previous.pairStart[copyFrom]!;
    const pb = previous.pairStart[to]!;
    pairs.set(previous.pairs.subarray(pa, pb), pairCount);
    for (let i = copyFrom; i < to; i++) pairStart[i + 1] = pairCount + previous.pairStart[i + 1]! - pa;
    pairCount += pb - pa;
    negative.set(previous.negative.subarray(copyFrom, to), copyFrom);
    copyFrom = -1;
  };
  const indexed: IndexedPassage[] = passages.map((p, i) => {
    const { table, from, to } = p.terms;
    if (previous && !remake![i]) {
      if (copyFrom < 0) copyFrom = i;
      const kept = previous.passages[i]!;
      if (!reweigh![i]) return { passage: p, at: i, termCount: kept.termCount, mass: kept.mass };
      // The mass summed again, as below: each distinct content term once, in order.
      let mass = 0;
      for (let k = from; k < to; k++) {
        const t = keysAt(table, k);
        if (t.kind === 'function' || scratch[t.id]! & HAS_TERM) continue;
        mass += weight(t);
        flag(t.id, HAS_TERM);
      }
      for (const id of set) scratch[id] = 0;
      set.length = 0;
      return { passage: p, at: i, termCount: kept.termCount, mass };
    }
    copyRows(i);
    let mass = 0;
    let termCount = 0;
    for (let k = from; k < to; k++) {
      const t = keysAt(table, k);
      if (t.kind === 'function') continue;
      if (!(scratch[t.id]! & HAS_TERM)) {
        termCount++;
        mass += weight(t);
      }
      const polarity = table.negated[k]!;
      if (polarity !== 0) negative[i] = 1;
      flag(t.id, HAS_TERM | (polarity === NEGATED_HEAD ? NEGATED : polarity === IN_NEGATION ? IN_SCOPE : PLAIN_TERM));
      flag(t.looseId, HAS_LOOSE);
    }
    for (let j = Math.max(0, i - 1); j <= Math.min(n - 1, i + 1); j++) {
      const q = passages[j]!;
      if (q.turn !== p.turn) continue;
      for (let k = q.terms.from; k < q.terms.to; k++) {
        const t = keysAt(q.terms.table, k);
        if (t.kind === 'entity') flag(t.id, IN_CONTEXT);
      }
    }
    // The person speaking counts as mentioned (persons are keyed by entity id).
    if (speakerIds[i]! >= 0) flag(speakerIds[i]!, IN_CONTEXT);
    for (const id of set) {
      ids[idCountSoFar] = id;
      idFlags[idCountSoFar++] = scratch[id]!;
      scratch[id] = 0;
    }
    set.length = 0;
    idStart[i + 1] = idCountSoFar;
    for (const pair of contentBigrams(p.terms)) pairs[pairCount++] = pair;
    pairStart[i + 1] = pairCount;
    return { passage: p, at: i, termCount, mass };
  });
  copyRows(n);

  // Scratch accumulators of `candidates`, owned by this index and reset after each query.
  const acc = new Float64Array(n);
  const touched = new Int32Array(n);
  let topWeight = new Float64Array(0);
  let topIndex = new Int32Array(0);
  // The last walk's span, the passages it touched in order and their sums: a claim's
  // thorough check asks again for the span its first pass asked for (200 candidates after
  // 12), and the walk depends on the span alone (the speaker and the limit only choose
  // among what it touched).
  let walkTable: TermSpan['table'] | undefined;
  let walkFrom = -1;
  let walkTo = -1;
  let walkCount = 0;
  const walkTouched = new Int32Array(n);
  const walkSums = new Float64Array(n);
  // Postings of every id of `ids` (any flag), built on the first `sharing` query; its
  // scratch marks by passage, all zeros between queries.
  let anyRole: Postings | undefined;
  const marks = new Uint8Array(n);
  const spokenBy = (p: IndexedPassage, speaker: string): boolean => speakerIds[p.at]! < 0 || speakerIds[p.at] === keys.ids.get(`@${speaker}`);
  return {
    passages: indexed,
    weight,
    // Made from a previous index, the room left over is the little the rows made again did not use: a view of it, not a copy.
    ids: previous ? ids.subarray(0, idCountSoFar) : ids.slice(0, idCountSoFar),
    idFlags: previous ? idFlags.subarray(0, idCountSoFar) : idFlags.slice(0, idCountSoFar),
    idStart,
    pairs: previous ? pairs.subarray(0, pairCount) : pairs.slice(0, pairCount),
    pairStart,
    negative,
    flagTable: new Uint8Array(idCount),
    marks: { table: new Uint8Array(idCount), stamp: 0, owner: undefined, loaded: new Int32Array(2 * mostIds(idStart)), loadedCount: 0 },
    source: { passages, keys, rareShare, speakerIds, idCount, postings, loosePostings, contentCount },
    spokenBy,
    holds: (id) => df(postings, id) > 0,
    sharing(terms, speaker) {
      if (!anyRole) {
        const at = new Int32Array(idCountSoFar);
        for (let i = 0; i < n; i++) at.fill(i, idStart[i]!, idStart[i + 1]!);
        anyRole = buildPostings(idCount, ids, at, idCountSoFar);
      }
      const { start, list } = anyRole;
      const hits: number[] = [];
      const add = (id: number): void => {
        if (id >= idCount) return;
        for (let k = start[id]!, end = start[id + 1]!; k < end; k++) {
          const i = list[k]!;
          if (marks[i] === 0) {
            marks[i] = 1;
            hits.push(i);
          }
        }
      };
      for (let k = terms.from; k < terms.to; k++) {
        const t = keysAt(terms.table, k);
        if (t.kind === 'function') continue;
        add(t.id);
        add(t.looseId);
      }
      const out: IndexedPassage[] = [];
      for (const i of Int32Array.from(hits).sort()) {
        marks[i] = 0;
        if (speaker === undefined || spokenBy(indexed[i]!, speaker)) out.push(indexed[i]!);
      }
      return out;
    },
    candidates(terms, limit, speaker) {
      // Passages allowed: every one (-2), or unspoken ones and those of the speaker's id.
      const only = speaker === undefined ? -2 : (keys.ids.get(`@${speaker}`) ?? -3);
      const allowed = (i: number): boolean => only === -2 || speakerIds[i]! < 0 || speakerIds[i] === only;
      if (topWeight.length < limit) {
        topWeight = new Float64Array(limit);
        topIndex = new Int32Array(limit);
      }
      let touchedCount = 0;
      // True when the postings were walked here: the sums are kept below, as they are read.
      const fresh = walkTable !== terms.table || walkFrom !== terms.from || walkTo !== terms.to;
      if (!fresh) {
        // The same span as the last walk: its sums again, in the same order.
        touchedCount = walkCount;
        for (let k = 0; k < touchedCount; k++) {
          const i = walkTouched[k]!;
          touched[k] = i;
          acc[i] = walkSums[k]!;
        }
      } else {
        // Rarest terms first, until the posting budget is spent: the cost per query stays
        // bounded however long the account, and rare terms are the informative ones.
        // The query's distinct rare terms and their posting counts, sorted by (count, key).
        const query: WordKeys[] = [];
        const counts: number[] = [];
        for (let k = terms.from; k < terms.to; k++) {
          const t = keysAt(terms.table, k);
          if (t.kind === 'function') continue;
          const count = df(loosePostings, t.looseId);
          if (count === 0 || count > maxRare) continue;
          let at = query.length;
          let seen = false;
          for (let q = 0; q < query.length && !seen; q++) seen = query[q]!.id === t.id;
          if (seen) continue;
          // Insertion in order: rarest first, ties by key.
          while (at > 0 && (counts[at - 1]! > count || (counts[at - 1] === count && query[at - 1]!.key > t.key))) {
            query[at] = query[at - 1]!;
            counts[at] = counts[at - 1]!;
            at--;
          }
          query[at] = t;
          counts[at] = count;
        }
        let spent = 0;
        const looseStart = loosePostings.start;
        const looseList = loosePostings.list;
        for (let q = 0; q < query.length; q++) {
          const t = query[q]!;
          const count = counts[q]!;
          if (spent + count > POSTING_BUDGET && spent > 0) break;
          spent += count;
          // Near forms earn 0.75 of the weight, exact forms (a subset of them) the rest too.
          const w = weight(t);
          const near = 0.75 * w;
          const exact = 0.25 * w;
          const from = looseStart[t.looseId]!;
          const to = looseStart[t.looseId + 1]!;
          if (df(postings, t.id) === to - from) {
            // Every near form is the exact one (the usual case): one pass, same sums.
            for (let k = from; k < to; k++) {
              const i = looseList[k]!;
              if (acc[i] === 0) touched[touchedCount++] = i;
              acc[i]! += near;
              acc[i]! += exact;
            }
            continue;
          }
          for (let k = from; k < to; k++) {
            const i = looseList[k]!;
            if (acc[i] === 0) touched[touchedCount++] = i;
            acc[i]! += near;
          }
          if (t.id < idCount) for (let k = postings.start[t.id]!, end = postings.start[t.id + 1]!; k < end; k++) acc[postings.list[k]!]! += exact;
        }
        walkTable = terms.table;
        walkFrom = terms.from;
        walkTo = terms.to;
        walkCount = touchedCount;
        walkTouched.set(touched.subarray(0, touchedCount));
      }
      let best = 0;
      for (let k = 0; k < touchedCount; k++) {
        const a = acc[touched[k]!]!;
        if (fresh) walkSums[k] = a;
        if (a > best && allowed(touched[k]!)) best = a;
      }
      // Candidates far behind the best (one rare word in common) are not worth scoring.
      // The `limit` best (by weight, then position) are kept in order as they come.
      const floor = MIN_SHARE_OF_BEST * best;
      let kept = 0;
      for (let k = 0; k < touchedCount; k++) {
        const i = touched[k]!;
        const a = acc[i]!;
        acc[i] = 0;
        if (a < floor || (kept === limit && (a < topWeight[kept - 1]! || (a === topWeight[kept - 1]! && i > topIndex[kept - 1]!)))) continue;
        if (!allowed(i)) continue;
        let at = kept < limit ? kept++ : kept - 1;
        while (at > 0 && (topWeight[at - 1]! < a || (topWeight[at - 1] === a && topIndex[at - 1]! > i))) {
          topWeight[at] = topWeight[at - 1]!;
          topIndex[at] = topIndex[at - 1]!;
          at--;
        }
        topWeight[at] = a;
        topIndex[at] = i;
      }
      const out: IndexedPassage[] = [];
      for (let k = 0; k < kept; k++) out.push(indexed[topIndex[k]!]!);
      return out;
    },
  };
}
