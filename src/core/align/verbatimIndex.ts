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
import { agreementFor, keysAt, spansAgree, type TermAgreement, type TermSpan, type WordKeys } from './terms';
import { buildPostings, patchPostings, type Postings } from './postings';

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
 *
 * Notes: the words of a form (none, one or two) are kept in typed arrays by form number
 * for the key cache of the first span read (a map lookup per term costs more than the
 * rest of the index); terms of another table's forms go through a map by keys.
 */
export class WordIds {
  private readonly ids = new Map<string, number>();
  private readonly byForm = new Map<object, readonly number[]>();
  /** The forms the arrays below are for. */
  private forms: readonly WordKeys[] | undefined;
  /** By form number: 0 not known yet, else 1 + the number of its words (0..2). */
  private count = new Uint8Array(0);
  private first = new Int32Array(0);
  private second = new Int32Array(0);
  /** The id of `word`, made when new. */
  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) this.ids.set(word, (id = this.ids.size));
    return id;
  }
  /** `runningWords(span)` as ids (`extra`: ids of words the index has not seen, numbered after its own; the index itself passes none and interns). */
  of(span: TermSpan, extra?: Map<string, number>): number[] {
    const out: number[] = [];
    const { table } = span;
    this.forms ??= table.forms;
    const byNumber = this.forms === table.forms;
    if (byNumber && this.count.length < table.forms.length) this.grow(table.forms.length);
    for (let i = span.from; i < span.to; i++) {
      const form = table.form[i]!;
      const known = byNumber ? this.count[form]! : 0;
      if (known === 2) {
        out.push(this.first[form]!);
        continue;
      }
      if (known === 3) {
        out.push(this.first[form]!, this.second[form]!);
        continue;
      }
      if (known === 1) continue;
      const k = table.forms[form]!;
      let words = this.byForm.get(k);
      if (!words) {
        const running = runningWords({ table, from: i, to: i + 1 });
        if (extra && running.some((w) => !this.ids.has(w))) {
          // A query word the index never holds: an id of its own for this query only.
          for (const w of running) out.push(this.ids.get(w) ?? extraId(extra, w, this.ids.size));
          continue;
        }
        words = running.map((w) => this.id(w));
        if (!byNumber || words.length > 2) this.byForm.set(k, words);
        else {
          this.count[form] = 1 + words.length;
          if (words.length > 0) this.first[form] = words[0]!;
          if (words.length > 1) this.second[form] = words[1]!;
        }
      }
      for (const w of words) out.push(w);
    }
    return out;
  }
  /** Room for `n` forms. */
  private grow(n: number): void {
    const size = Math.max(n, 2 * this.count.length);
    const count = new Uint8Array(size);
    const first = new Int32Array(size);
    const second = new Int32Array(size);
    count.set(this.count);
    first.set(this.first);
    second.set(this.second);
    this.count = count;
    this.first = first;
    this.second = second;
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
  // A passage's few dozen trigrams are made distinct by looking through those kept (as a
  // set would, in the same order): no set of heap numbers to make per query.
  if (words.length > MAX_SCANNED_TRIGRAMS) {
    const out = new Set<number | string>();
    for (let i = 0; i + 2 < words.length; i++) out.add(trigram(words[i]!, words[i + 1]!, words[i + 2]!));
    return [...out];
  }
  const out: (number | string)[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    const key = trigram(words[i]!, words[i + 1]!, words[i + 2]!);
    if (!out.includes(key)) out.push(key);
  }
  return out;
}

/** Words of a passage up to which `trigrams` looks through the list instead of a set. */
const MAX_SCANNED_TRIGRAMS = 64;

/** One trigram as a number (or, for an id at or over ID_LIMIT, the three ids joined: a key no number equals). */
function trigram(a: number, b: number, c: number): number | string {
  return a < ID_LIMIT && b < ID_LIMIT && c < ID_LIMIT ? (a * ID_LIMIT + b) * ID_LIMIT + c : `${a},${b},${c}`;
}

/**
 * Trigram numbers by key (`trigram`), numbered in order of first sight (as `Map.size`
 * would number them). The number keys sit in an open-addressing table of typed arrays: a
 * `Map` of the ~400,000 number keys of a 1 MB account was ~85% of the index's build and a
 * look-up per query trigram (each key a heap number, hashed and chained in the map); the
 * few string keys (ids at or over ID_LIMIT) in a `Map`.
 */
export class GramNumbers {
  /** Keys by slot (EMPTY: free), and the number of the key in each slot. */
  private keys: Float64Array;
  private numbers: Int32Array;
  private readonly strings = new Map<string, number>();
  /**
   * Room for about `expected` keys from the start (at least 4,096 slots): each doubling
   * places every key again, ~1% of a 1 MB alignment when grown from the smallest table.
   * The numbers given do not depend on the table's size.
   */
  constructor(expected = 0) {
    let size = 1 << 12;
    while (size < 2 * expected) size *= 2;
    this.keys = new Float64Array(size).fill(EMPTY);
    this.numbers = new Int32Array(size);
  }
  /** How many keys are numbered (the next number). */
  size = 0;
  /** The number of `key`, or undefined when it has none. */
  get(key: number | string): number | undefined {
    if (typeof key === 'string') return this.strings.get(key);
    const at = this.slot(key);
    return this.keys[at] === EMPTY ? undefined : this.numbers[at];
  }
  /** The number of `key`, the next one when it has none yet. */
  numberOf(key: number | string): number {
    if (typeof key === 'string') {
      let g = this.strings.get(key);
      if (g === undefined) this.strings.set(key, (g = this.size++));
      return g;
    }
    let at = this.slot(key);
    if (this.keys[at] !== EMPTY) return this.numbers[at]!;
    // At most half full: probes stay short.
    if (2 * (this.size + 1) > this.keys.length) {
      this.grow();
      at = this.slot(key);
    }
    this.keys[at] = key;
    this.numbers[at] = this.size;
    return this.size++;
  }
  /** The slot of `key`: where it is, or the free slot where it goes (linear probing from its hash). */
  private slot(key: number): number {
    const mask = this.keys.length - 1;
    // The key's two 32-bit halves mixed (keys are integers below 2^51).
    let h = Math.imul((key >>> 0) ^ Math.imul((key / 4294967296) >>> 0, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    let at = h & mask;
    while (this.keys[at] !== EMPTY && this.keys[at] !== key) at = (at + 1) & mask;
    return at;
  }
  /** Doubles the table, every key placed again. */
  private grow(): void {
    const keys = this.keys;
    const numbers = this.numbers;
    this.keys = new Float64Array(2 * keys.length).fill(EMPTY);
    this.numbers = new Int32Array(2 * keys.length);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === EMPTY) continue;
      const at = this.slot(keys[i]!);
      this.keys[at] = keys[i]!;
      this.numbers[at] = numbers[i]!;
    }
  }
}

/** A free slot of `GramNumbers` (no trigram key is negative). */
const EMPTY = -1;

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
  /** What the index was built from, for `patchVerbatimIndex`. */
  readonly source: VerbatimSource;
}

/**
 * What a near-verbatim index was built from: its passages, its word and trigram numbering,
 * and each passage's trigrams in order (those of passage `at` are
 * `gramOf[rowStart[at] .. rowStart[at + 1])`, repeats included).
 */
export interface VerbatimSource {
  readonly passages: readonly AlignPassage[];
  readonly words: WordIds;
  readonly gramIds: GramNumbers;
  readonly gramOf: Int32Array;
  readonly rowStart: Int32Array;
  /** The passages holding each trigram, by its number (`gramIds`), for the first `grams` of them. */
  readonly postings: Postings;
  readonly grams: number;
}

/** A trigram held by more passages than this share of them (and MIN_COMMON) is too common to count. */
const COMMON_SHARE = 0.02;
const MIN_COMMON = 50;

/** Below this many trigrams a query must be found whole. */
const MIN_TRIGRAMS_FOR_SHARE = 3;

/** Indexes the running words of `passages` (in their order) by trigram. */
export function buildVerbatimIndex(passages: readonly AlignPassage[]): VerbatimIndex {
  return indexTrigrams(passages, undefined);
}

/** Trigrams the numbering of a patched index may hold beyond this many times those of its passages before it is built afresh. */
const MAX_STALE_GRAMS = 2;

/**
 * `buildVerbatimIndex(passages)` for the passages of a new version of the account
 * `previous` indexed: with as many passages, the trigrams of each passage whose terms are
 * the same forms as before are copied from it, the others' made (words and trigrams keep
 * their numbers; only which trigrams are equal matters to a search, so the index answers
 * as a fresh one does).
 */
export function patchVerbatimIndex(previous: VerbatimIndex, passages: readonly AlignPassage[], agreement?: TermAgreement): VerbatimIndex {
  const old = previous.source;
  const fits = old.passages.length === passages.length && old.gramIds.size <= MAX_STALE_GRAMS * Math.max(1024, old.gramOf.length);
  return indexTrigrams(passages, fits ? old : undefined, agreement);
}

/** True when two spans hold the same forms in order (so the same running words). */
function sameForms(a: TermSpan, b: TermSpan, agreement: TermAgreement | undefined): boolean {
  if (a.to - a.from !== b.to - b.from || a.table.forms !== b.table.forms) return false;
  // Where the tables are known to hold the same terms: no term compared.
  if (spansAgree(agreement, a, b) !== 0) return true;
  for (let i = a.from, j = b.from; i < a.to; i++, j++) if (a.table.form[i] !== b.table.form[j]) return false;
  return true;
}

function indexTrigrams(passages: readonly AlignPassage[], old: VerbatimSource | undefined, given?: TermAgreement): VerbatimIndex {
  const n = passages.length;
  const words = old?.words ?? new WordIds();
  // Each trigram numbered in order of first sight; then its passages as compressed rows:
  // `list[start[g] .. start[g + 1])`, ascending and distinct.
  // At most one trigram per term of the passages (a contraction's two words aside).
  const gramIds = old?.gramIds ?? new GramNumbers(termCount(passages));
  let gramOf: Int32Array = new Int32Array(old ? old.gramOf.length + 1024 : 1024);
  // The passage of each trigram of `gramOf`, to build the postings from (made from the last ones instead when patching).
  let atOf: Int32Array = old ? new Int32Array(0) : new Int32Array(gramOf.length);
  const rowStart = new Int32Array(n + 1);
  // Where the new term table holds the old one's terms (`given` when it is of these tables).
  const agreement = old ? agreementFor(given, old.passages, passages, given?.shift) : undefined;
  // Passages whose running words changed (when patching).
  const changed = old ? new Uint8Array(n) : undefined;
  const changedAt: number[] = [];
  let length = 0;
  // The rows of a run of kept passages (consecutive, so their old rows are too) are copied
  // with one `set` when the run ends: `old.gramOf[copyFrom, copyTo)` to the run's place, the
  // last `copyTo - copyFrom` of `length` (one view per run, not one per passage: ~9k at 1 MB).
  let copyFrom = -1;
  let copyTo = -1;
  const copyRun = (): void => {
    if (copyFrom < 0) return;
    while (length > gramOf.length) gramOf = grown(gramOf);
    gramOf.set(old!.gramOf.subarray(copyFrom, copyTo), length - (copyTo - copyFrom));
    copyFrom = -1;
  };
  for (let at = 0; at < n; at++) {
    if (old && sameForms(old.passages[at]!.terms, passages[at]!.terms, agreement)) {
      const a = old.rowStart[at]!;
      const b = old.rowStart[at + 1]!;
      if (copyFrom < 0) copyFrom = a;
      copyTo = b;
      length += b - a;
      rowStart[at + 1] = length;
      continue;
    }
    copyRun();
    if (changed) {
      changed[at] = 1;
      changedAt.push(at);
    }
    const ws = words.of(passages[at]!.terms);
    for (let i = 0; i + 2 < ws.length; i++) {
      const key = trigram(ws[i]!, ws[i + 1]!, ws[i + 2]!);
      const g = gramIds.numberOf(key);
      if (length === gramOf.length) {
        gramOf = grown(gramOf);
        if (!old) atOf = grown(atOf);
      }
      gramOf[length] = g;
      if (!old) atOf[length] = at;
      length++;
    }
    rowStart[at + 1] = length;
  }
  copyRun();
  const grams = gramIds.size;
  const rows = gramOf;
  const { start, list } = old
    ? patchPostings(old.postings, old.grams, grams, changedAt, changed!, (at, now, visit) => {
        const from = now ? rows : old.gramOf;
        const starts = now ? rowStart : old.rowStart;
        for (let k = starts[at]!, end = starts[at + 1]!; k < end; k++) visit(from[k]!);
      })
    : buildPostings(grams, gramOf, atOf, length);
  // Trigrams numbered after this index was made (by a later patch sharing the numbering) are none of its own.
  const df = (g: number | undefined): number => (g === undefined || g >= grams ? 0 : start[g + 1]! - start[g]!);
  // A trigram in very many passages ("PRONOUN BE THIS") tells nothing and would make each
  // query read a long list: it counts neither for nor against.
  const common = Math.max(MIN_COMMON, Math.floor(COMMON_SHARE * n));
  // Scratch of `find`, all zeros between queries: trigrams held by passage, and the passages touched.
  const counts = new Int32Array(n);
  const touched: number[] = [];
  return {
    source: { passages, words, gramIds, gramOf: gramOf.subarray(0, length), rowStart, postings: { start, list }, grams },
    find(span, minShare, limit) {
      const kept: (number | undefined)[] = [];
      for (const key of trigrams(words.of(span, new Map()))) {
        const g = gramIds.get(key);
        if (df(g) <= common) kept.push(g);
      }
      if (kept.length === 0) return [];
      for (const g of kept) {
        if (g === undefined || g >= grams) continue;
        for (let k = start[g]!, end = start[g + 1]!; k < end; k++) {
          const at = list[k]!;
          if (counts[at]++ === 0) touched.push(at);
        }
      }
      const needed = kept.length < MIN_TRIGRAMS_FOR_SHARE ? kept.length : Math.max(2, Math.ceil(minShare * kept.length));
      const hits: VerbatimHit[] = [];
      for (const at of touched) {
        if (counts[at]! >= needed) hits.push({ at, share: counts[at]! / kept.length, grams: kept.length });
        counts[at] = 0;
      }
      touched.length = 0;
      hits.sort((a, b) => b.share - a.share || a.at - b.at);
      return hits.slice(0, limit);
    },
  };
}

/** Terms of the passages, in all. */
function termCount(passages: readonly AlignPassage[]): number {
  let n = 0;
  for (const p of passages) n += p.terms.to - p.terms.from;
  return n;
}

/** A copy of `a` twice as long. */
function grown(a: Int32Array): Int32Array {
  const out = new Int32Array(2 * a.length);
  out.set(a);
  return out;
}
