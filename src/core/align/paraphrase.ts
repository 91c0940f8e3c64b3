/**
 * The paraphrase lexicon (generated from WordNet 3.1 into `../data/paraphrases.ts` by
 * scripts/build-paraphrases.mjs), folded to the comparison's keys: for a word's key, the
 * keys of the words WordNet gives as its first sense's synonyms and derivations
 * ("postpone" ~ "defer", "condemnation" ~ "condemn"). Built on first use (~150 ms) by
 * each lexicon made: the pipeline makes one and keeps it; no module holds one.
 */
import { PARAPHRASE_LINES } from '../data/paraphrases';
import { wordKey, type TermKeyCache, type WordKeys } from './terms';

/** The paraphrase lexicon, folded to the comparison's keys. */
export interface ParaphraseLexicon {
  /** The ids (in `cache`) of the keys related to a word's; none for other kinds of terms. */
  idsOf(keys: WordKeys, cache: TermKeyCache): number[];
}

/** A lexicon, built from the generated data on its first use. */
export function createParaphraseLexicon(): ParaphraseLexicon {
  let byKey: ReadonlyMap<string, readonly string[]> | undefined;
  return { idsOf: (keys, cache) => paraphraseIds(keys, cache, (byKey ??= buildLexicon())) };
}

/** The lexicon by key. */
function buildLexicon(): Map<string, readonly string[]> {
  const map = new Map<string, Set<string>>();
  // A word is on several lines (under each word it relates to): stemmed once.
  const keys = new Map<string, string>();
  const keyOf = (w: string): string => {
    let k = keys.get(w);
    if (k === undefined) keys.set(w, (k = wordKey(w)));
    return k;
  };
  for (const line of PARAPHRASE_LINES.split('\n')) {
    const [head, ...rest] = line.split(' ');
    if (!head) continue;
    const k = keyOf(head);
    for (const w of rest) {
      const r = keyOf(w);
      if (r === k) continue;
      // Each relation is listed once: it holds both ways.
      relate(map, k, r);
      relate(map, r, k);
    }
  }
  return new Map([...map].map(([k, s]) => [k, [...s]]));
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
