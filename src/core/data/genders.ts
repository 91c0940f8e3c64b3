/**
 * The gender a text gives a person: by a pronoun ("he", "she") or an honorific ("Mr.",
 * "Ms."). Used to resolve pronouns to the running speaker (`../annotators/attribution/find.ts`,
 * `claims.ts`) and to keep persons of different genders apart when clustering
 * (`../annotators/persons/resolve.ts`, `clusters.ts`). Given names carry their own sex in
 * `givenNames.ts`. Lower case, without the honorific's period.
 */

/** Third-person personal pronouns that refer back to a person. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/**
 * Third-person pronouns of a person in any case ("he", "his", "her"): a passage holding
 * one tells of someone (`../align/alignAccounts.ts`, `narratesNoOne`).
 */
export const PERSON_REFERENCE_WORDS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'his', 'her', 'hers']);

/** A person's gender as the text gives it (a pronoun, an honorific, a given name). */
export type PersonGender = 'male' | 'female';

/** The gender of each person pronoun. */
export const PRONOUN_GENDERS: ReadonlyMap<string, PersonGender> = new Map([['he', 'male'], ['she', 'female']]);

/** Honorifics that say a person's gender ("Mr.", "Ms."), lower case without the period. */
export const HONORIFIC_GENDERS: ReadonlyMap<string, PersonGender> = new Map([
  ['mr', 'male'], ['sir', 'male'], ['lord', 'male'], ['monsieur', 'male'], ['herr', 'male'], ['king', 'male'], ['prince', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['madame', 'female'], ['mme', 'female'], ['dame', 'female'],
  ['lady', 'female'], ['frau', 'female'], ['queen', 'female'], ['princess', 'female'],
]);
