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

/** Word ids below this make a trigram one number (three 17-bit fields, under 2^53). */
const ID_LIMIT = 1 << 17;

/**
 * The comparison words of an index as small integers, interned once per form of the key
 * cache (`runningWords` of one term depends on its keys only), so that trigrams are
 * numbers rather than joined strings.
 */
class WordIds {
  private readonly ids = new Map<string, number>();
  private readonly byForm = new Map<object, readonly number[]>();
  /** The id of `word`, made when new. */
  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) this.ids.set(word, (id = this.ids.size));
    return id;
  }
  /** `runningWords(span)` as ids (`extra`: ids of words the index has not seen, numbered after its own; the index itself passes none and interns). */
  of(span: TermSpan, extra?: Map<string, number>): number[] {
    const out: number[] = [];
    for (let i = span.from; i < span.to; i++) {
      const k = keysAt(span.table, i);
      let words = this.byForm.get(k);
      if (!words) {
        const running = runningWords({ table: span.table, from: i, to: i + 1 });
        if (extra && running.some((w) => !this.ids.has(w))) {
          // A query word the index never holds: an id of its own for this query only.
          for (const w of running) out.push(this.ids.get(w) ?? extraId(extra, w, this.ids.size));
          continue;
        }
        this.byForm.set(k, (words = running.map((w) => this.id(w))));
      }
      for (const w of words) out.push(w);
    }
    return out;
  }
}

/** The id of a word outside the index, numbered from `base` within one query. */
function extraId(extra: Map<string, number>, word: string, base: number): number {
  let id = extra.get(word);
  if (id === undefined) extra.set(word, (id = base + extra.size));
  return id;
}

/**
 * The word trigrams of a list of word ids, distinct, each as one number (or, for an id at
 * or over ID_LIMIT, the three ids joined: a key no number equals).
 */
function trigrams(words: readonly number[]): (number | string)[] {
  const out = new Set<number | string>();
  for (let i = 0; i + 2 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    const c = words[i + 2]!;
    out.add(a < ID_LIMIT && b < ID_LIMIT && c < ID_LIMIT ? (a * ID_LIMIT + b) * ID_LIMIT + c : `${a},${b},${c}`);
  }
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
  const postings = new Map<number | string, number[]>();
  const words = new WordIds();
  passages.forEach((p, at) => {
    for (const g of trigrams(words.of(p.terms))) {
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
      const grams = trigrams(words.of(span, new Map())).filter((g) => (postings.get(g)?.length ?? 0) <= common);
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
