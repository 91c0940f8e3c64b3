/**
 * Abbreviations written with a period, lower case without it. Two lists, for two
 * questions about the same period:
 *
 * - `NAME_ABBREVIATIONS`: does the period stay inside a name phrase ("Mr. Smith", "Gen.
 *   Milley")? Asked by the person annotator (`../annotators/persons/find.ts`), and by the
 *   country annotator (`../annotators/countries/find.ts`), for which a country word after one
 *   is a surname ("Mr. Holland", "Gen. Jordan").
 * - `SENTENCE_ABBREVIATIONS`: does the period end a sentence? Asked by the passage
 *   segmenter (`../align/segment.ts`); it also holds abbreviations that never stand before
 *   a name ("etc.", "Inc.", "a.m.", months).
 */
import { MONTH_ABBREVIATIONS } from './calendar';

/**
 * Abbreviated titles and name parts after which a period stays inside a name phrase. One
 * list for both annotators since they ask the same question ("Mme. Jordan" is a person
 * for both; the countries' list lacked "mme" and "messrs", the persons' "adm", "amb",
 * "hon", "rev", "maj", "cpl", "fr" and "sr"): no output of the dev set or the fixtures
 * changed when they were joined.
 */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'cpl', 'adm', 'maj', 'amb', 'hon', 'rev', 'fr',
  'sr', 'jr', 'st', 'mme', 'messrs',
]);


/** Abbreviations after which a period does not end a sentence. */
export const SENTENCE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'maj', 'adm', 'cmdr', 'rev', 'hon', 'pres',
  'vs', 'etc', ...MONTH_ABBREVIATIONS, 'inc', 'ltd', 'co', 'corp',
  'jr', 'sr', 'fig', 'approx', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m',
]);
