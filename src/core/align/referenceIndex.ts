/**
 * The inverted index of the account checked against: which passages hold each term, how
 * rare each term is (inverse document frequency over passages), and the candidate
 * passages for a query — only passages sharing a *rare* term (a rare word stem, an
 * entity, a number), so the cost grows with the matches, not with all pairs.
 */
import type { AlignPassage } from './passages';
import { keyId, type Term, type TermKeyCache } from './terms';

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
/** The term occurs negated ("no loan"). */
export const NEGATED = 8;

/** Per-passage lookups the similarity needs, packed (no per-passage hash map). */
export interface IndexedPassage {
  readonly passage: AlignPassage;
  /** Distinct term and loose ids of the passage (and context entities, speaker). */
  readonly ids: Int32Array;
  /** `HAS_TERM | HAS_LOOSE | IN_CONTEXT | NEGATED` flags of `ids[i]`. */
  readonly idFlags: Uint8Array;
  /** Pair ids (`contentBigrams`), ascending. */
  readonly pairs: Float64Array;
  /** Distinct content terms. */
  readonly termCount: number;
  /** Sum of the weights of its distinct content terms. */
  readonly mass: number;
}

/** The index over the passages of one account. */
export interface ReferenceIndex {
  readonly passages: readonly IndexedPassage[];
  /** Weight of a term: its kind factor times its rarity among the passages. */
  weight(term: Term): number;
  /**
   * Passages sharing at least one rare term with `terms`, best first by the summed weight
   * of shared rare terms, at most `limit`. `allowed` filters passages (speaker checks).
   */
  candidates(terms: readonly Term[], limit: number, allowed?: (p: IndexedPassage) => boolean): IndexedPassage[];
  /**
   * Scratch table of this index, all zeros between uses: `loadFlags` writes a passage's
   * flags at its ids, `clearFlags` zeroes them again. Ids the index never saw read as undefined.
   */
  readonly flagTable: Uint8Array;
}

/** Writes the flags of `p` into `table` (see `ReferenceIndex.flagTable`). */
export function loadFlags(table: Uint8Array, p: IndexedPassage): void {
  const { ids, idFlags } = p;
  for (let i = 0; i < ids.length; i++) table[ids[i]!] = idFlags[i]!;
}

/** Zeroes the flags `loadFlags` wrote. */
export function clearFlags(table: Uint8Array, p: IndexedPassage): void {
  const { ids } = p;
  for (let i = 0; i < ids.length; i++) table[ids[i]!] = 0;
}

/** Content terms: what can be evidence of shared content. */
export const isContent = (t: Term): boolean => t.kind !== 'function';

/**
 * Word-order evidence of a term list: pairs of content keys at most two content terms
 * apart, in either order ("Japanese submarines" = "submarines from Japan"), leaving out
 * pairs of two names ("Russia and Turkey" says nothing about what is claimed). Distinct.
 */
export function contentBigrams(terms: readonly Term[]): number[] {
  const content = terms.filter(isContent);
  const out = new Set<number>();
  for (let i = 0; i < content.length; i++) {
    for (let j = i + 1; j <= i + 2 && j < content.length; j++) {
      const a = content[i]!;
      const b = content[j]!;
      if ((a.kind === 'entity' && b.kind === 'entity') || a.id === b.id) continue;
      // One number per unordered pair; exact below 2^53 for ids below 2^26.
      // Offset by one base so pair ids never equal a term id (term ids stay below 2^26).
      out.add(a.id < b.id ? (a.id + 1) * PAIR_BASE + b.id : (b.id + 1) * PAIR_BASE + a.id);
    }
  }
  return [...out];
}

/** Multiplier that packs two term ids into one pair id. */
const PAIR_BASE = 2 ** 26;

/**
 * Indexes the passages (their terms made with `keys`, as the queries' must be). A term is rare when at most `max(3, rareShare × N)` passages hold
 * it; only rare terms propose candidates (default share 5%). Rarity is counted in the
 * indexed account only: a term it never uses weighs like one it uses once, so content
 * the other account adds (and this one lacks) counts fully against support.
 */
export function buildReferenceIndex(passages: readonly AlignPassage[], keys: TermKeyCache, rareShare = 0.05): ReferenceIndex {
  const n = passages.length;
  // Postings by id (ids are small dense integers): plain arrays, no hashing.
  const postings: (number[] | undefined)[] = [];
  const loosePostings: (number[] | undefined)[] = [];
  const post = (lists: (number[] | undefined)[], key: number, i: number): void => {
    const list = lists[key];
    if (!list) lists[key] = [i];
    else if (list[list.length - 1] !== i) list.push(i);
  };
  passages.forEach((p, i) => {
    for (const t of p.terms) {
      if (!isContent(t)) continue;
      post(postings, t.id, i);
      post(loosePostings, t.looseId, i);
    }
  });
  const maxRare = Math.max(3, Math.floor(rareShare * n));
  let maxId = 0;
  // Note: the budget, not maxRare, bounds the work per query on long accounts.
  const idf = (df: number): number => Math.log(1 + n / (Math.max(df, 1) + 1));
  // Rarity by id, computed once per id (ids beyond the table: never indexed, df 0).
  const rarity = new Float64Array(postings.length + 1).fill(-1);
  const weight = (t: Term): number => {
    const r = rarity[t.id];
    if (r === undefined) return KIND_WEIGHT[t.kind] * idf(0);
    if (r >= 0) return KIND_WEIGHT[t.kind] * r;
    return KIND_WEIGHT[t.kind] * (rarity[t.id] = idf(postings[t.id]?.length ?? 0));
  };

  const indexed: IndexedPassage[] = passages.map((p, i) => {
    const flags = new Map<number, number>();
    let mass = 0;
    let termCount = 0;
    for (const t of p.terms) {
      if (!isContent(t)) continue;
      const f = flags.get(t.id) ?? 0;
      if (!(f & HAS_TERM)) {
        termCount++;
        mass += weight(t);
      }
      flags.set(t.id, f | HAS_TERM | (t.negated ? NEGATED : 0));
      flags.set(t.looseId, (flags.get(t.looseId) ?? 0) | HAS_LOOSE);
    }
    const inContext = (id: number): void => void flags.set(id, (flags.get(id) ?? 0) | IN_CONTEXT);
    for (let j = Math.max(0, i - 1); j <= Math.min(n - 1, i + 1); j++) {
      const q = passages[j]!;
      if (q.turn !== p.turn) continue;
      for (const t of q.terms) if (t.kind === 'entity') inContext(t.id);
    }
    // The person speaking counts as mentioned (persons are keyed by entity id).
    if (p.speaker) inContext(keyId(keys, `@${p.speaker}`));
    const ids = new Int32Array(flags.size);
    const idFlags = new Uint8Array(flags.size);
    let k = 0;
    for (const [id, f] of flags) {
      ids[k] = id;
      idFlags[k++] = f;
      if (id > maxId) maxId = id;
    }
    const pairs = Float64Array.from(contentBigrams(p.terms)).sort();
    return { passage: p, ids, idFlags, pairs, termCount, mass };
  });

  // Scratch accumulators of `candidates`, owned by this index and reset after each query.
  const acc = new Float64Array(n);
  const touched: number[] = [];
  let topWeight = new Float64Array(0);
  let topIndex = new Int32Array(0);
  return {
    passages: indexed,
    weight,
    flagTable: new Uint8Array(maxId + 1),
    candidates(terms, limit, allowed) {
      if (topWeight.length < limit) {
        topWeight = new Float64Array(limit);
        topIndex = new Int32Array(limit);
      }
      // Rarest terms first, until the posting budget is spent: the cost per query stays
      // bounded however long the account, and rare terms are the informative ones.
      const query: { t: Term; df: number }[] = [];
      for (const t of terms) {
        if (!isContent(t) || query.some((q) => q.t.id === t.id)) continue;
        const df = loosePostings[t.looseId]?.length ?? 0;
        if (df > 0 && df <= maxRare) query.push({ t, df });
      }
      query.sort((a, b) => a.df - b.df || (a.t.key < b.t.key ? -1 : a.t.key > b.t.key ? 1 : 0));
      let spent = 0;
      for (const { t, df } of query) {
        if (spent + df > POSTING_BUDGET && spent > 0) break;
        spent += df;
        // Near forms earn 0.75 of the weight, exact forms (a subset of them) the rest too.
        const w = weight(t);
        for (const i of loosePostings[t.looseId]!) {
          if (acc[i] === 0) touched.push(i);
          acc[i] += 0.75 * w;
        }
        for (const i of postings[t.id] ?? []) acc[i] += 0.25 * w;
      }
      let best = 0;
      for (const i of touched) if (acc[i]! > best && (!allowed || allowed(indexed[i]!))) best = acc[i]!;
      // Candidates far behind the best (one rare word in common) are not worth scoring.
      // The `limit` best (by weight, then position) are kept in order as they come.
      const floor = MIN_SHARE_OF_BEST * best;
      let kept = 0;
      for (const i of touched) {
        const a = acc[i]!;
        acc[i] = 0;
        if (a < floor || (kept === limit && (a < topWeight[kept - 1]! || (a === topWeight[kept - 1]! && i > topIndex[kept - 1]!)))) continue;
        if (allowed && !allowed(indexed[i]!)) continue;
        let at = kept < limit ? kept++ : kept - 1;
        while (at > 0 && (topWeight[at - 1]! < a || (topWeight[at - 1] === a && topIndex[at - 1]! > i))) {
          topWeight[at] = topWeight[at - 1]!;
          topIndex[at] = topIndex[at - 1]!;
          at--;
        }
        topWeight[at] = a;
        topIndex[at] = i;
      }
      touched.length = 0;
      const out: IndexedPassage[] = [];
      for (let k = 0; k < kept; k++) out.push(indexed[topIndex[k]!]!);
      return out;
    },
  };
}
