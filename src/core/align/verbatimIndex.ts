/**
 * Near-verbatim search: the passages of the account checked against that hold most of
 * a passage's running words (word trigrams, function words included), whatever their
 * rarity. It finds what the content-word support can miss on short or plain passages —
 * a headline fragment ("Norway has already won"), a sentence of common words — and it is
 * the check that keeps a verbatim passage from ever being called unsupported.
 *
 * Words are compared by their comparable keys (stems, entity ids, number values), with
 * the shifts of reported speech folded: personal pronouns and possessives to one word
 * each ("I", "we", "he", "they"), the forms of "be", "have", "do", "will", "can" to one
 * each ("we have" = "they had"), contractions to their two words ("we've" = "we have").
 */
import type { AlignPassage } from './passages';
import { keysAt, type TermSpan } from './terms';

/** Function words folded together in reported speech, by folded form. */
const SHIFTS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['i we he she they you it one', 'PRONOUN'],
      ['me us him her them', 'OBJECT'],
      ['my our his their your its', 'POSSESSIVE'],
      ['myself ourselves himself herself themselves yourself yourselves itself', 'REFLEXIVE'],
      ['am is are was were be been being', 'BE'],
      ['have has had having', 'HAVE'],
      ['do does did', 'DO'],
      ['will would shall', 'WILL'],
      ['can could', 'CAN'],
      ['may might', 'MAY'],
      ['this that these those', 'THIS'],
      ['now then', 'NOW'],
      ['here there', 'HERE'],
    ] as const
  ).flatMap(([words, to]) => words.split(' ').map((w): [string, string] => [w, to])),
);

/** Contraction endings and the word each stands for. */
const CONTRACTIONS: readonly (readonly [string, string])[] = [
  ["n't", 'not'],
  ["'ve", 'have'],
  ["'re", 'be'],
  ["'ll", 'will'],
  ["'m", 'be'],
  ["'d", 'would'],
];

/** Irregular contractions: the first word they stand for. */
const CONTRACTION_HEADS: ReadonlyMap<string, string> = new Map([
  ["won't", 'will'],
  ["can't", 'can'],
  ["shan't", 'will'],
]);

/** The comparison word of a folded function word. */
const shifted = (norm: string): string => SHIFTS.get(norm) ?? norm;

/**
 * The running words of a span as comparison words: content terms by their key, function
 * words folded (see the module notes), contractions as two words.
 */
export function runningWords(span: TermSpan): string[] {
  const out: string[] = [];
  for (let i = span.from; i < span.to; i++) {
    const k = keysAt(span.table, i);
    if (k.kind !== 'function') {
      out.push(k.key);
      continue;
    }
    const head = CONTRACTION_HEADS.get(k.norm);
    if (head) {
      out.push(shifted(head), 'not');
      continue;
    }
    const ending = CONTRACTIONS.find(([end]) => k.norm.length > end.length && k.norm.endsWith(end));
    if (ending) out.push(shifted(k.norm.slice(0, -ending[0].length)), shifted(ending[1]));
    else if (k.norm !== "'s") out.push(shifted(k.norm));
  }
  return out;
}

/** The word trigrams of a list of words, distinct. */
function trigrams(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]}\u0000${words[i + 1]}\u0000${words[i + 2]}`);
  return [...out];
}

/** A passage found to hold most of a query's running words. */
export interface VerbatimHit {
  /** Position of the passage in the list the index was built from. */
  readonly at: number;
  /** Share of the query's distinct trigrams the passage holds, 0..1. */
  readonly share: number;
  /** Distinct trigrams of the query that counted (those not too common). */
  readonly grams: number;
}

/** The near-verbatim index over the passages of one account. */
export interface VerbatimIndex {
  /**
   * Passages holding at least `minShare` of the distinct word trigrams of `span` (every
   * one when it has fewer than MIN_TRIGRAMS_FOR_SHARE), best first; at most `limit`.
   * None for a span of fewer than three words.
   */
  find(span: TermSpan, minShare: number, limit: number): VerbatimHit[];
}

/** A trigram held by more passages than this share of them (and MIN_COMMON) is too common to count. */
const COMMON_SHARE = 0.02;
const MIN_COMMON = 50;

/** Below this many trigrams a query must be found whole. */
const MIN_TRIGRAMS_FOR_SHARE = 3;

/** Indexes the running words of `passages` (in their order) by trigram. */
export function buildVerbatimIndex(passages: readonly AlignPassage[]): VerbatimIndex {
  const postings = new Map<string, number[]>();
  passages.forEach((p, at) => {
    for (const g of trigrams(runningWords(p.terms))) {
      const list = postings.get(g);
      if (list) list.push(at);
      else postings.set(g, [at]);
    }
  });
  // A trigram in very many passages ("PRONOUN BE THIS") tells nothing and would make each
  // query read a long list: it counts neither for nor against.
  const common = Math.max(MIN_COMMON, Math.floor(COMMON_SHARE * passages.length));
  return {
    find(span, minShare, limit) {
      const grams = trigrams(runningWords(span)).filter((g) => (postings.get(g)?.length ?? 0) <= common);
      if (grams.length === 0) return [];
      const counts = new Map<number, number>();
      for (const g of grams) for (const at of postings.get(g) ?? []) counts.set(at, (counts.get(at) ?? 0) + 1);
      const needed = grams.length < MIN_TRIGRAMS_FOR_SHARE ? grams.length : Math.max(2, Math.ceil(minShare * grams.length));
      const hits: VerbatimHit[] = [];
      for (const [at, n] of counts) if (n >= needed) hits.push({ at, share: n / grams.length, grams: grams.length });
      hits.sort((a, b) => b.share - a.share || a.at - b.at);
      return hits.slice(0, limit);
    },
  };
}
