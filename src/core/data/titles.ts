/**
 * Titles of persons: the words of "Foreign Minister X", "PRIME MINISTER", "Secretary of
 * State X", "MR. SMITH". Used by the person annotator (`../annotators/persons/find.ts`) and the
 * speaker labels (`../annotators/speakerLabels/find.ts`) to find where a name begins, and by the
 * comparison (`../align/terms.ts`) to tell titles from content. Lower case; look words up
 * with `word.toLowerCase()`. Abbreviations written with a period are in `abbreviations.ts`.
 */

/** Words that head a title placed before a person's name ("Foreign Minister X", "Mr. X"). */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'premier', 'ambassador', 'envoy',
  'spokesman', 'spokeswoman', 'spokesperson', 'senator', 'sen', 'governor', 'gov', 'mayor',
  'general', 'gen', 'director', 'chairman', 'chairwoman', 'chairperson', 'chair', 'commissioner',
  'king', 'queen', 'prince', 'princess', 'pope', 'sheikh', 'emir', 'sultan', 'judge', 'justice',
  'representative', 'rep', 'congressman', 'congresswoman', 'mr', 'mrs', 'ms', 'miss', 'dr',
  'prof', 'professor', 'lord', 'lady', 'sir', 'dame', 'leader', 'commander', 'admiral',
  'colonel', 'col', 'captain', 'capt', 'lieutenant', 'lt', 'marshal', 'sergeant', 'adviser',
  'advisor', 'counsellor', 'counselor', 'chief', 'officer', 'deputy', 'vice', 'undersecretary',
  'under-secretary', 'secretary-general', 'attorney', 'prosecutor', 'diplomat', 'ceo',
  'chairman-elect', 'president-elect', 'patriarch', 'archbishop', 'bishop', 'cardinal', 'rabbi',
  'imam', 'ayatollah', 'mme', 'monsieur', 'madame', 'herr', 'frau', 'excellency', 'highness',
  'coordinator', 'administrator', 'rapporteur', 'negotiator', 'spokesmen',
  // abbreviations ("ADM. KIRBY", "Amb. Thomas-Greenfield", "Hon. Jane Doe", "Rev. King")
  'adm', 'maj', 'sgt', 'cmdr', 'amb', 'hon', 'rev',
  'councilor', 'councillor',
]);

/** Words that make a title with the title head after them ("PRIME MINISTER", "PRESS SECRETARY"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'prime', 'vice', 'deputy', 'first', 'chief', 'senior', 'acting', 'special', 'press', 'executive',
  'permanent', 'assistant', 'associate', 'principal', 'high', 'supreme', 'crown', 'grand', 'interim',
  'former', 'under',
]);

/**
 * Honorifics that stand for a person on their own in a speaker label ("MR. SMITH"): the
 * title heads that are no office. Their genders are in `genders.ts`.
 */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'mme', 'madame', 'monsieur',
]);

/** Department words that may follow "Secretary of" / "Minister of" inside a title. */
export const DEPARTMENT_WORDS: ReadonlySet<string> = new Set([
  'state', 'defense', 'defence', 'foreign', 'affairs', 'treasury', 'commerce', 'energy',
  'agriculture', 'education', 'health', 'justice', 'labor', 'labour', 'interior', 'transportation',
  'transport', 'homeland', 'security', 'finance', 'economy', 'trade', 'culture', 'the', 'and',
  'economic', 'development', 'internal', 'external', 'public', 'national', 'digital', 'science',
  'industry', 'environment', 'emergency', 'situations', 'veterans', 'housing', 'urban',
]);
