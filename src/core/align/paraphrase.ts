/**
 * The paraphrase lexicon (generated from WordNet 3.1 into `../data/paraphrases.ts` by
 * scripts/build-paraphrases.mjs), folded to the comparison's keys: for a word's key, the
 * keys of the words WordNet gives as its first sense's synonyms and derivations
 * ("postpone" ~ "defer", "condemnation" ~ "condemn"); and multiword entries, a collocation
 * of news vocabulary and the single words of its first sense ("take over" ~ "seize", "step
 * down" ~ "resign"). A collocation is the sequence of its words' term keys and matches
 * only contiguous terms ("took over", not "took the town over"). Built on first use
 * (~150 ms) by each lexicon made: the pipeline makes one and keeps it; no module holds one.
 */
import { PARAPHRASE_LINES } from '../data/paraphrases';
import { isFunctionWord, keysAt, termKeyOf, wordKey, type TermKeyCache, type TermSpan, type TermTable, type WordKeys } from './terms';

/** The paraphrase lexicon, folded to the comparison's keys. */
export interface ParaphraseLexicon {
  /** The ids (in `cache`) of the keys related to a word's; none for other kinds of terms. */
  idsOf(keys: WordKeys, cache: TermKeyCache): number[];
  /** The collocations related to a word's keys, as ids of `cache` (those whose words all have ids). */
  phrasesOf(keys: WordKeys, cache: TermKeyCache): PhraseIds[];
  /** The collocations that occur in `span` (contiguous terms), each with the ids of its related words. */
  phrasesIn(span: TermSpan, cache: TermKeyCache): PhraseUse[];
  /** The lexicon for the texts of one key cache, remembered by term id (see `Alternates`). */
  alternates(cache: TermKeyCache): Alternates;
}

/** A collocation as the ids of its terms' keys, in order. */
export interface PhraseIds {
  readonly ids: readonly number[];
  /** Per word: true for a content word (a function word's key may equal a stem: "us", "use"). */
  readonly isContent: readonly boolean[];
  /** The ids of its content words (not function words): what a passage must hold first. */
  readonly content: readonly number[];
}

/** A collocation found in a passage: its terms `from..to` (exclusive) and the ids of the words it stands for. */
export interface PhraseUse {
  readonly from: number;
  readonly to: number;
  readonly related: readonly number[];
}

/** What the comparison asks the lexicon, for the texts of one key cache. */
export interface Alternates {
  /** The ids of the words related to a word's keys. */
  word(keys: WordKeys): readonly number[];
  /** The collocations related to a word's keys. */
  phrases(keys: WordKeys): readonly PhraseIds[];
  /** The collocations of a passage. */
  phrasesIn(span: TermSpan): readonly PhraseUse[];
}

/** A collocation of the lexicon: its words' term keys and the keys of the words it stands for. */
interface Phrase {
  readonly keys: readonly string[];
  /** Per word: true for a content word. */
  readonly content: readonly boolean[];
  readonly related: readonly string[];
}

interface Lexicon {
  readonly words: ReadonlyMap<string, readonly string[]>;
  /** Collocations by the key of their first word. */
  readonly byFirst: ReadonlyMap<string, readonly Phrase[]>;
  /** Collocations by the key of a word they stand for. */
  readonly byRelated: ReadonlyMap<string, readonly Phrase[]>;
}

/** A lexicon, built from the generated data on its first use. */
export function createParaphraseLexicon(): ParaphraseLexicon {
  let lexicon: Lexicon | undefined;
  const get = (): Lexicon => (lexicon ??= buildLexicon());
  // The collocations starting with a term's key, remembered by its id for each key cache
  // (a query asks for every term of its passage: a map look-up by string each was ~1.5%
  // of a 1 MB alignment).
  const starting = new WeakMap<TermKeyCache, (k: WordKeys) => readonly Phrase[] | undefined>();
  const startingIn = (cache: TermKeyCache): ((k: WordKeys) => readonly Phrase[] | undefined) => {
    let memo = starting.get(cache);
    if (!memo) starting.set(cache, (memo = memoById(cache, (k) => get().byFirst.get(k.key))));
    return memo;
  };
  const made: ParaphraseLexicon = {
    idsOf: (keys, cache) => paraphraseIds(keys, cache, get().words),
    phrasesOf: (keys, cache) => (keys.kind === 'word' ? (get().byRelated.get(keys.key) ?? []).flatMap((p) => phraseIds(p, cache) ?? []) : []),
    phrasesIn: (span, cache) => phrasesIn(span, cache, startingIn(cache)),
    alternates: (cache) => memoAlternates(made, cache),
  };
  return made;
}

/** The lexicon by key. */
function buildLexicon(): Lexicon {
  const map = new Map<string, Set<string>>();
  // A word is on several lines (under each word it relates to): stemmed once.
  const keys = new Map<string, string>();
  const keyOf = (w: string): string => {
    let k = keys.get(w);
    if (k === undefined) keys.set(w, (k = wordKey(w)));
    return k;
  };
  const byFirst = new Map<string, Phrase[]>();
  const byRelated = new Map<string, Phrase[]>();
  const add = <T>(m: Map<string, T[]>, k: string, v: T): void => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  for (const line of PARAPHRASE_LINES.split('\n')) {
    const [head, ...rest] = line.split(' ');
    if (!head) continue;
    if (head.includes('_')) {
      const words = head.split('_');
      const phrase: Phrase = { keys: words.map(termKeyOf), content: words.map((w) => !isFunctionWord(w)), related: [...new Set(rest.map(keyOf))] };
      add(byFirst, phrase.keys[0]!, phrase);
      for (const r of phrase.related) add(byRelated, r, phrase);
      continue;
    }
    const k = keyOf(head);
    for (const w of rest) {
      const r = keyOf(w);
      if (r === k) continue;
      // Each relation is listed once: it holds both ways.
      relate(map, k, r);
      relate(map, r, k);
    }
  }
  return { words: new Map([...map].map(([k, s]) => [k, [...s]])), byFirst, byRelated };
}

/** Adds `b` to the words related to `a`. */
function relate(map: Map<string, Set<string>>, a: string, b: string): void {
  let set = map.get(a);
  if (!set) map.set(a, (set = new Set()));
  set.add(b);
}

function paraphraseIds(keys: WordKeys, cache: TermKeyCache, lexicon: ReadonlyMap<string, readonly string[]>): number[] {
  if (keys.kind !== 'word') return [];
  const related = lexicon.get(keys.key);
  if (!related) return [];
  const out: number[] = [];
  for (const k of related) {
    const id = cache.ids.get(k);
    if (id !== undefined) out.push(id);
  }
  return out;
}

/** A collocation's ids in `cache`; undefined when one of its words has none (no text of the cache holds it). */
function phraseIds(phrase: Phrase, cache: TermKeyCache): PhraseIds | undefined {
  const ids: number[] = [];
  const content: number[] = [];
  for (const [j, k] of phrase.keys.entries()) {
    const id = cache.ids.get(k);
    if (id === undefined) return undefined;
    ids.push(id);
    if (phrase.content[j]) content.push(id);
  }
  return { ids, isContent: phrase.content, content };
}

/** The collocations of `span` (`ParaphraseLexicon.phrasesIn`); `startingWith` gives those whose first word has a term's key. */
function phrasesIn(span: TermSpan, cache: TermKeyCache, startingWith: (k: WordKeys) => readonly Phrase[] | undefined): PhraseUse[] {
  let out: PhraseUse[] | undefined;
  const { table, from, to } = span;
  for (let i = from; i < to; i++) {
    const starting = startingWith(keysAt(table, i));
    if (!starting) continue;
    for (const p of starting) {
      if (i + p.keys.length > to || !p.keys.every((k, j) => sameWord(keysAt(table, i + j), k, p.content[j]!))) continue;
      const related: number[] = [];
      for (const r of p.related) {
        const id = cache.ids.get(r);
        if (id !== undefined) related.push(id);
      }
      if (related.length > 0) (out ??= []).push({ from: i, to: i + p.keys.length, related });
    }
  }
  return out ?? [];
}

/** True when a term is a collocation's word: the same key, a content word for a content word, else a function word. */
function sameWord(t: WordKeys, key: string, content: boolean): boolean {
  return t.key === key && t.kind === (content ? 'word' : 'function');
}

/** True when the terms `from..to` of `table` hold `phrase` contiguously. */
export function holdsPhrase(table: TermTable, from: number, to: number, phrase: PhraseIds): boolean {
  const { ids, isContent } = phrase;
  const at = (i: number): boolean => {
    for (let j = 0; j < ids.length; j++) {
      const t = keysAt(table, i + j);
      if (t.id !== ids[j] || t.kind !== (isContent[j] ? 'word' : 'function')) return false;
    }
    return true;
  };
  for (let i = from; i + ids.length <= to; i++) if (at(i)) return true;
  return false;
}

/**
 * `lexicon`'s answers remembered by term id, for the texts of one key cache (its ids are
 * all made by then: the answer for an id no longer changes). A passage is compared several times.
 */
function memoAlternates(lexicon: ParaphraseLexicon, cache: TermKeyCache): Alternates {
  const words = memoById(cache, (k) => lexicon.idsOf(k, cache));
  const phrases = memoById(cache, (k) => lexicon.phrasesOf(k, cache));
  return { word: words, phrases, phrasesIn: (span) => lexicon.phrasesIn(span, cache) };
}

/**
 * `answer` remembered by term id: a typed slot table for the ids the cache holds now (1 +
 * the position of the answer in `answers`; 0: not asked yet), a map for ids made later.
 */
function memoById<T>(cache: TermKeyCache, answer: (k: WordKeys) => T): (k: WordKeys) => T {
  const slot = new Int32Array(cache.ids.size);
  const answers: T[] = [];
  const later = new Map<number, T>();
  return (k) => {
    if (k.id >= slot.length) {
      if (later.has(k.id)) return later.get(k.id)!;
      const found = answer(k);
      later.set(k.id, found);
      return found;
    }
    const at = slot[k.id]!;
    if (at > 0) return answers[at - 1]!;
    const found = answer(k);
    answers.push(found);
    slot[k.id] = answers.length;
    return found;
  };
}
