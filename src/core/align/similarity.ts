/**
 * How well one passage of the other account supports a passage: the share of the
 * passage's content (weighted by rarity) found there, how many distinct content words
 * it shares (topic words alone — entities — are never enough), and how much of its
 * word order survives (shared adjacent pairs).
 */
import * as idFlags from './referenceIndex';
import { clearMarked, contentBigrams, isContent, loadMarked, markIds, PAIR_BASE, type IndexedPassage, type ReferenceIndex } from './referenceIndex';
import { holdsPhrase, type Alternates, type PhraseIds } from './paraphrase';
import * as polarity from './terms';
import { keysAt, type TermSpan, type WordKeys } from './terms';

/*
 * The id flags (`referenceIndex.ts`) and polarities (`terms.ts`) the measure reads, as
 * constants of this module. Where modules are loaded apart (tsx: the tests and
 * `bench/align.ts`), each read of an imported binding is two getter calls, and the measure
 * reads these for every query term of every candidate (~500,000 measures in a 1 MB
 * alignment): a fifth of its profile there. Bundled, as shipped, it makes no difference.
 */
const { HAS_LOOSE, HAS_TERM, IN_CONTEXT, IN_SCOPE, NEGATED } = idFlags;
const { NEGATED_HEAD, PLAIN } = polarity;

/** Credit for a term found only in a near form (same first letters of the stem). */
const LOOSE_CREDIT = 0.75;
/**
 * Credit for a word found only as a paraphrase (the lexicon's related words, or a
 * collocation "take over" for a word "seize" and back), given only next to an exact match.
 */
const PARAPHRASE_CREDIT = 0.5;
/** Credit for an entity found only in the neighbouring sentences or as the speaker. */
const CONTEXT_CREDIT = 0.6;

/** The support one passage gives another. */
export interface Support {
  /** Weighted share of the query's content terms found, 0..1. */
  readonly coverage: number;
  /** Distinct content words (not entities, not numbers) found, near forms included. */
  readonly sharedWords: number;
  /** Share of the query's adjacent content pairs found adjacent in the candidate, 0..1. */
  readonly order: number;
  /** Weighted share of the candidate's content that the query covers, 0..1. */
  readonly specificity: number;
  /** Numbers of the query the candidate does not contain. */
  readonly missingNumbers: number;
  /** Terms found with opposite polarity (negated on one side only). */
  readonly conflicts: number;
  /** Indexes (into the query's terms) of the content words found, near forms included. */
  readonly matchedWords: readonly number[];
  /** Distinct content terms of the candidate. */
  readonly candidateTerms: number;
  /** Combined score, 0..1. */
  readonly score: number;
}

/** A passage prepared once for measuring against many candidates. */
export interface SupportQuery {
  /** Distinct content terms (the first occurrence of each) and their weights. */
  readonly terms: readonly QueryTerm[];
  readonly total: number;
  /** Pair ids of the passage, ascending. */
  readonly bigrams: readonly number[];
  /** The two term ids of each pair of `bigrams`, at `2k` and `2k + 1`. */
  readonly bigramTerms: readonly number[];
  /** Every id a measure reads: the terms', their loose ids, their alternates, their collocations' content words. */
  readonly reads: readonly number[];
  /** The index the candidates come from. */
  readonly index: ReferenceIndex;
}

/** One distinct content term of a query. */
export interface QueryTerm {
  readonly keys: WordKeys;
  /** Its polarity: `PLAIN`, `NEGATED_HEAD` or `IN_NEGATION` (of its first occurrence). */
  readonly negated: number;
  readonly weight: number;
  /**
   * Ids of the words the paraphrase lexicon relates to it (empty without the lexicon), and
   * for a word of a collocation of the passage, the words the collocation stands for.
   */
  readonly alternates: readonly number[];
  /** Collocations the lexicon relates to it, found in a candidate only as contiguous terms. */
  readonly phrases: readonly PhraseIds[];
}

/**
 * Prepares the terms of a passage for `measureSupport`, with the paraphrase lexicon's
 * answers (`alternates`, or only its related words) when paraphrases count.
 */
export function prepareQuery(terms: TermSpan, index: ReferenceIndex, alternates?: Alternates | ((keys: WordKeys) => readonly number[])): SupportQuery {
  const alt: Partial<Alternates> | undefined = typeof alternates === 'function' ? { word: alternates } : alternates;
  // Related words and collocations no passage of the index holds can match no candidate:
  // left out, the measure never tries them (its outcome is the same, see `ReferenceIndex.holds`).
  const holds = (id: number): boolean => index.holds(id);
  const heldWords = (ids: readonly number[]): readonly number[] => (ids.every(holds) ? ids : ids.filter(holds));
  const heldPhrases = (phrases: readonly PhraseIds[]): readonly PhraseIds[] => (phrases.every((p) => p.content.every(holds)) ? phrases : phrases.filter((p) => p.content.every(holds)));
  const out: QueryTerm[] = [];
  let total = 0;
  for (let i = terms.from; i < terms.to; i++) {
    const t = keysAt(terms.table, i);
    if (!isContent(t) || out.some((q) => q.keys.id === t.id)) continue;
    const weight = index.weight(t);
    out.push({ keys: t, negated: terms.table.negated[i]!, weight, alternates: alt?.word ? heldWords(alt.word(t)) : NONE, phrases: alt?.phrases ? heldPhrases(alt.phrases(t)) : NO_PHRASES });
    total += weight;
  }
  // A collocation of the passage ("stepped down") is one concept: each of its content words
  // may be found as a word it stands for ("resigned").
  for (const use of alt?.phrasesIn ? alt.phrasesIn(terms) : NO_USES) {
    const related = heldWords(use.related);
    if (related.length === 0) continue;
    for (let i = use.from; i < use.to; i++) {
      const id = keysAt(terms.table, i).id;
      const q = out.findIndex((x) => x.keys.id === id);
      if (q >= 0) out[q] = { ...out[q]!, alternates: [...out[q]!.alternates, ...related] };
    }
  }
  const bigrams = contentBigrams(terms);
  // Plain arrays: a query is made per passage, and a small typed array costs more to make.
  // Every id whose flags a measure reads is marked for loading: a term's, its loose form's,
  // its alternates' (a collocation's related words among them) and the content words of
  // the collocations related to it (`holdsCollocation` reads their flags first). These are
  // marks for one query's measures, not what a unit depends on (`pairMemo.trackedIndex`
  // records that: the passages measured, whose flags alone decide what left-out words could do).
  const reads: number[] = [];
  for (const q of out) {
    reads.push(q.keys.id, q.keys.looseId);
    for (const id of q.alternates) reads.push(id);
    for (const p of q.phrases) for (const id of p.content) reads.push(id);
  }
  return { terms: out, total, bigrams, bigramTerms: pairTerms(bigrams), reads, index };
}

/** The two term ids of each pair id (`contentBigrams`), in pairs. */
function pairTerms(bigrams: readonly number[]): number[] {
  const out: number[] = [];
  for (const pair of bigrams) {
    const low = Math.floor(pair / PAIR_BASE);
    out.push(low - 1, pair - low * PAIR_BASE);
  }
  return out;
}

const NONE: readonly number[] = [];
const NO_PHRASES: readonly PhraseIds[] = [];
const NO_USES: readonly { readonly from: number; readonly to: number; readonly related: readonly number[] }[] = [];

/**
 * True when `candidate` (or `second`, read with it) holds collocation `phrase` as
 * contiguous terms, none of its content words denied. The flags (`table`, loaded for both)
 * rule out most candidates before their terms are read.
 */
function holdsCollocation(phrase: PhraseIds, table: Uint8Array, candidate: IndexedPassage, second: IndexedPassage | undefined): boolean {
  for (const id of phrase.content) if (((table[id] ?? 0) & (HAS_TERM | NEGATED)) !== HAS_TERM) return false;
  for (const p of second ? [candidate, second] : [candidate]) {
    const { table: terms, from, to } = p.passage.terms;
    if (holdsPhrase(terms, from, to, phrase)) return true;
  }
  return false;
}

/**
 * True when a query term of polarity `negated` (`TermTable.negated`) and the candidate's
 * occurrences of it (flags) contradict: the query denies it where the candidate only
 * asserts it, or asserts it where the candidate denies it. A term further in a negation's
 * reach contradicts only a candidate that negates nothing: "rejected a fishing
 * agreement" / "signed a fishing agreement", but not "could not keep the benefits without
 * the costs" / "impossible to have the benefits without the costs".
 */
function contradicts(negated: number, f: number, candidateNegative: boolean): boolean {
  if (negated === NEGATED_HEAD) return (f & (NEGATED | IN_SCOPE)) === 0;
  if (negated === PLAIN) return (f & NEGATED) !== 0;
  return (f & (NEGATED | IN_SCOPE)) === 0 && !candidateNegative;
}

/** Measures how well `candidate` supports the prepared passage `query`. */
export function measureSupport(query: SupportQuery, candidate: IndexedPassage): Support {
  return measureAcross(query, candidate, undefined);
}

/**
 * Measures how well two adjacent passages read as one (`first` then `second`) support
 * `query`: a report sentence that joins two sentences of the transcript. A term found in
 * either counts; negated in either, it is negated.
 */
export function measureWindowSupport(query: SupportQuery, first: IndexedPassage, second: IndexedPassage): Support {
  return measureAcross(query, first, second);
}

function measureAcross(query: SupportQuery, candidate: IndexedPassage, second: IndexedPassage | undefined): Support {
  let found = 0;
  let sharedWords = 0;
  let missingNumbers = 0;
  let conflicts = 0;
  let covered = 0;
  // Made only when needed: many candidates share no word (two arrays less each to collect).
  let matchedWords: number[] | undefined;
  let paraphrased: number[] | undefined;
  let paraphraseWeight = 0;
  let anchored = false;
  // Query terms the candidate holds as terms: a shared word pair needs two of them.
  let held = 0;
  const { index } = query;
  const table = index.flagTable;
  const negative = index.negative[candidate.at] === 1 || (second !== undefined && index.negative[second.at] === 1);
  markIds(index, query, query.reads);
  loadMarked(index, candidate);
  if (second) loadMarked(index, second);
  for (let q = 0; q < query.terms.length; q++) {
    const { keys: t, negated, weight: w, alternates, phrases } = query.terms[q]!;
    let credit = 0;
    const f = table[t.id] ?? 0;
    if (f & HAS_TERM) held++;
    if (f & HAS_TERM) credit = 1;
    else if (t.kind === 'word' && ((table[t.looseId] ?? 0) & HAS_LOOSE)) credit = LOOSE_CREDIT;
    else if (t.kind === 'entity' && f & IN_CONTEXT) credit = CONTEXT_CREDIT;
    // The same word under opposite polarity ("a loan" / "no loan") is a contradiction, not
    // support (see `contradicts` for the words further in a negation's reach). A name is
    // never one: polarity is its predicate's ("refused Norway's offer" denies the offer, not
    // Norway), which is compared as a word. Dev set: one false "unsupported" fewer
    // (us-pl-harris-duda: a narration of the question linked), no other row changed.
    if (credit > 0 && t.kind !== 'entity' && contradicts(negated, f, negative)) {
      credit = 0;
      conflicts++;
    }
    if (credit === 0 && (alternates.length > 0 || phrases.length > 0) && negated === PLAIN) {
      let related = false;
      for (const id of alternates) {
        if (((table[id] ?? 0) & (HAS_TERM | NEGATED)) !== HAS_TERM) continue;
        related = true;
        break;
      }
      for (let k = 0; !related && k < phrases.length; k++) related = holdsCollocation(phrases[k]!, table, candidate, second);
      if (related) {
        (paraphrased ??= []).push(q);
        paraphraseWeight += PARAPHRASE_CREDIT * w;
      }
      continue;
    }
    if (credit > 0 && t.kind === 'word') {
      sharedWords++;
      (matchedWords ??= []).push(q);
    }
    if (credit > 0) anchored = true;
    if (credit === 0 && t.kind === 'number') missingNumbers++;
    if (credit === 1) covered += w;
    found += credit * w;
  }
  // A pair is two terms, so fewer than two held terms share none; and only the pairs of
  // two held terms can be shared (read while the flags are loaded).
  const ordered = held < 2 ? 0 : sharedPairs(query, index, candidate) + (second ? sharedPairs(query, index, second) : 0);
  clearMarked(index);
  // A paraphrase counts only beside an exact match (a shared word, name or number).
  if (anchored && paraphrased) {
    found += paraphraseWeight;
    sharedWords += paraphrased.length;
    for (const q of paraphrased) (matchedWords ??= []).push(q);
  }
  const order = query.bigrams.length ? Math.min(1, ordered / query.bigrams.length) : 0;
  const coverage = query.total > 0 ? found / query.total : 0;
  const mass = candidate.mass + (second?.mass ?? 0);
  const specificity = mass > 0 ? Math.min(1, covered / mass) : 0;
  const score = Math.min(1, 0.75 * coverage + 0.25 * Math.max(order, specificity));
  return { coverage, sharedWords, order, specificity, missingNumbers, conflicts, matchedWords: matchedWords ?? NONE, candidateTerms: candidate.termCount + (second?.termCount ?? 0), score };
}

/**
 * Pairs of the query that passage `c` has too. Only a pair of two terms the candidate
 * holds (`HAS_TERM` in the loaded flags) can be one of its pairs: those few are looked up
 * in its pair list (ascending) by bisection.
 */
function sharedPairs(query: SupportQuery, index: ReferenceIndex, c: IndexedPassage): number {
  const table = index.flagTable;
  const { bigrams, bigramTerms } = query;
  const cp = index.pairs;
  const from = index.pairStart[c.at]!;
  const to = index.pairStart[c.at + 1]!;
  let ordered = 0;
  // Both lists ascend: each search starts where the last one ended, and none is left once
  // the candidate's list is passed.
  let start = from;
  for (let k = 0; k < bigrams.length && start < to; k++) {
    if (!((table[bigramTerms[2 * k]!] ?? 0) & HAS_TERM) || !((table[bigramTerms[2 * k + 1]!] ?? 0) & HAS_TERM)) continue;
    const pair = bigrams[k]!;
    let lo = start;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cp[mid]! < pair) lo = mid + 1;
      else hi = mid;
    }
    if (lo < to && cp[lo] === pair) ordered++;
    start = lo;
  }
  return ordered;
}
