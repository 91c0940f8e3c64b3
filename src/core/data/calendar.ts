/**
 * Names of the days and months, and the abbreviations of the months, lower case. Several
 * lists are built from them: words that never start a name (`functionWords.ts`, the
 * country context words), words that make a capitalised run no person
 * (`nonPersonWords.ts`), time adverbials (`clauseWords.ts`), sentence abbreviations
 * (`abbreviations.ts`) and the attribution words the comparison ignores (`sayingVerbs.ts`).
 */

/** Days of the week. */
export const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Months of the year. */
export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** Abbreviated months, without their period ("Jan.", "Sept."); May, June and July are not abbreviated. */
export const MONTH_ABBREVIATIONS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

/** A figure that reads as a year, 1800–2099 ("2019"), whole. */
export const YEAR = /^(?:1[89]|20)\d\d$/;
