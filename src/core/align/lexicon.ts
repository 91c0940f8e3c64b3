/**
 * Stems for the comparison: every folded word is compared by its Porter stem, and the
 * members of a synonym group (`../data/synonyms.ts`) by the stem of the group's first
 * member. The word lists it uses live in `../data/` (`stopwords.ts`, `sayingVerbs.ts`,
 * `synonyms.ts`).
 */
import { stemmer } from 'stemmer';
import { SYNONYM_GROUPS } from '../data/synonyms';

/** Stem of a folded word, as every comparison uses it. */
export function stemWord(norm: string): string {
  return stemmer(norm);
}

/** Stem of every synonym-group member → stem of the group's first member. */
export const SYNONYM_STEMS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const group of SYNONYM_GROUPS) {
    const head = stemWord(group[0]!);
    for (const word of group) {
      const stem = stemWord(word);
      if (!map.has(stem)) map.set(stem, head);
    }
  }
  return map;
})();
