/**
 * The country gazetteer: every surface form the country annotator looks for, with its
 * country. Generated from the `world-countries` package by `scripts/build-gazetteer.mjs`
 * into `gazetteer.json` (committed; rebuild and review the diff after upgrading the package).
 */
import data from './gazetteer.json';

/**
 * What a form is:
 * `name` (common, official or alternative name), `demonym` (adjective or people, plural
 * included), `abbreviation` (UK, U.S.: matched case-sensitively), `capital` (counts only
 * where it stands for the state), `blocker` (a region or name containing a country word,
 * such as "New Mexico": it hides the country word and is never reported).
 */
export type CountryFormKind = 'name' | 'demonym' | 'abbreviation' | 'capital' | 'blocker';

/** One surface form of the gazetteer. */
export interface CountryForm {
  /** The form as written in English text ("Russian Federation", "U.S.", "Ankara"). */
  readonly form: string;
  readonly kind: CountryFormKind;
  /** ISO 3166-1 alpha-2 code; empty for a blocker. */
  readonly iso: string;
  /** English common name of the country; empty for a blocker. */
  readonly name: string;
  /** The form is also the name of a US state ("Georgia"): context decides. */
  readonly usStateHomonym: boolean;
  /** The form (a capital) is also a common given name ("Sofia"): it needs more than being a subject. */
  readonly givenNameHomonym: boolean;
  /**
   * Other independent countries the form may stand for ("Congo": the Republic of the Congo
   * by default, or DR Congo); the other mentions of the text decide. Usually empty.
   */
  readonly alternatives: readonly { readonly iso: string; readonly name: string }[];
}

const KINDS: Readonly<Record<string, CountryFormKind>> = { n: 'name', d: 'demonym', a: 'abbreviation', c: 'capital', x: 'blocker' };

/** Where the gazetteer comes from (package and version), for notices and hovers. */
export const GAZETTEER_SOURCE: string = data.source;

/** Every form of the gazetteer, in code-unit order of `form`. */
export const COUNTRY_FORMS: readonly CountryForm[] = Object.freeze(
  (data.forms as readonly (readonly (string | number)[])[]).map((row): CountryForm => {
    const [form, index, kind, flags, alternatives] = row as readonly [string, number, string, string?, number[]?];
    const country = index >= 0 ? data.countries[index] : undefined;
    return Object.freeze({
      form,
      kind: KINDS[kind] ?? 'blocker',
      iso: country?.[0] ?? '',
      name: country?.[1] ?? '',
      usStateHomonym: flags?.includes('s') ?? false,
      givenNameHomonym: flags?.includes('p') ?? false,
      alternatives: Object.freeze((alternatives ?? []).map((i) => Object.freeze({ iso: data.countries[i][0], name: data.countries[i][1] }))),
    });
  }),
);

/** A form as `isDemonym` compares it: diacritics removed, lower case, each run of white space one space. */
const demonymKey = (form: string): string => form.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

const DEMONYM_KEYS: ReadonlySet<string> = new Set(COUNTRY_FORMS.filter((f) => f.kind === 'demonym').map((f) => demonymKey(f.form)));

/**
 * True when `mention`, a country mention as written, is one of the gazetteer's demonyms
 * ("Chilean", "Norwegians", "North Korean", "Guinea-Bissauan"): an adjective or a people
 * ("a Chilean minister", "the Norwegians"), not the country named as what is spoken of. The
 * whole mention is compared: a name that begins with a demonym ("Saudi Arabia", "the Czech
 * Republic") is none.
 */
export function isDemonym(mention: string): boolean {
  return DEMONYM_KEYS.has(demonymKey(mention));
}
