/**
 * The words of a credit line at the end of a news report ("Reporting by A B; Editing by C
 * D", "Harbour Desk Staff"): the person annotator (`../annotators/persons/find.ts`) takes the
 * names there as the report's authors, not as persons of the story. Lower case.
 */

/** Words of a credit line before "by" ("Reporting by", "editing by", "Written by"). */
export const CREDIT_VERBS: ReadonlySet<string> = new Set(['reporting', 'writing', 'editing', 'written', 'reported', 'edited', 'compiled', 'produced', 'translated', 'additional']);

/** Words of a credit that names a desk or an outlet, not a person ("Harbour Desk Staff", "Reuters Television"). */
export const CREDIT_NON_PERSONS: ReadonlySet<string> = new Set(['staff', 'desk', 'team', 'television', 'tv', 'news', 'bureau', 'service', 'services', 'agency', 'wire', 'wires', 'correspondents', 'reporters', 'newsroom', 'radio']);

/**
 * Words of a photo credit closing a caption ("… in Brussels. (AP Photo/A B, Pool)",
 * "[Image: C D]"): the headline check (`../align/headline.ts`) passes over such a paragraph
 * when it looks for the lede. Lower case.
 */
export const PHOTO_CREDIT_WORDS: ReadonlySet<string> = new Set(['photo', 'photos', 'photograph', 'photographs', 'image', 'images', 'picture', 'pictures']);
