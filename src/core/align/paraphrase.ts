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
  for (const line of PARAPHRASE_LINES.split('\n')) {
    const [head, ...rest] = line.split(' ');
    if (!head) continue;
    const k = wordKey(head);
    for (const w of rest) {
      const r = wordKey(w);
      if (r === k) continue;
      // Each relation is listed once: it holds both ways.
      for (const [a, b] of [[k, r], [r, k]] as const) {
        let set = map.get(a);
        if (!set) map.set(a, (set = new Set()));
        set.add(b);
      }
    }
  }
  return new Map([...map].map(([k, s]) => [k, [...s]]));
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
