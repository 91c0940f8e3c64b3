/**
 * Words that sit around a verb of saying without being its subject or its words: between
 * a subject and the verb ("Lavrov has also said", "Ode on March 19 told"), and right after
 * it ("said on Tuesday that"). Used by the attribution and claim annotators
 * (`../annotators/attribution/find.ts`, `claims/find.ts`) and the comparison's attribution frames
 * (`../align/passages.ts`). Lower case. Adverbs between a state and its verb ("Moscow also
 * said") are the country annotator's own list (`ADVERBS` in `countryContextWords.ts`).
 */
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from './calendar';

/** Words that may sit between a subject and its verb of saying ("Lavrov has also said"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'had', 'have', 'also', 'later', 'then', 'earlier', 'further', 'again', 'previously',
  'repeatedly', 'once', 'reportedly', 'publicly', 'recently', 'who', 'would', 'will', 'had', 'did',
  'was', 'is', 'clearly', 'firmly', 'openly', 'on', 'directly', 'told', 'flatly', 'quickly',
]);

/**
 * Time adverbials that may sit between a subject and its verb ("Pompeo at the time assured",
 * "Ode on March 19 told"); a day or year number is one too (see `isTimeWord` in
 * `../annotators/attribution/find.ts`).
 */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'at', 'the', 'time', 'this', 'last', 'week', 'month', 'year', 'day', 'morning', 'evening', 'afternoon', 'night', ...WEEKDAYS, 'in', 'a',
  'statement', 'interview', 'separately', 'meanwhile', 'however', 'on', 'yesterday', 'today', 'tonight', 'earlier', ...MONTHS,
  ...MONTH_ABBREVIATIONS,
]);

/** Modal verbs before a verb of saying: speech to come or possible ("X will report first"), not reported. */
export const MODALS: ReadonlySet<string> = new Set(['will', 'shall', 'can', 'could', 'may', 'might', 'must', 'should']);

/** Words right after a verb of saying that do not open a reported clause ("said on Tuesday"). */
export const CLAUSE_SKIP: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'to', 'during', 'after', 'before', 'last', 'this', 'earlier', 'later', 'also', 'again', 'today', 'yesterday', 'recently',
  'so', 'as', 'with', 'by', 'for', 'of', 'and', 'but',
]);

/** Words before a final "that" that make it no complementiser ("in that", "so that"). */
export const FRAME_THAT_NOT: ReadonlySet<string> = new Set(['in', 'so', 'such', 'now', 'given', 'except']);

/** Discourse adverbs set off by commas between a verb of saying and its "that" ("reiterated, however, that"). */
export const ASIDE_ADVERBS: ReadonlySet<string> = new Set(['however', 'though', 'nonetheless', 'nevertheless', 'meanwhile', 'again', 'too', 'also', 'moreover', 'furthermore', 'instead', 'still', 'once']);

/**
 * Words of a stance that take a "that" clause ("he was certain that …", "she had no doubt
 * that …"): after a verb of saying and a subject pronoun, a "that" right after one of these
 * still opens the words reported; after any other word ("he would back a plan that …") it
 * is the clause's own relative, and the reported words start at the pronoun.
 */
export const STANCE_BEFORE_THAT: ReadonlySet<string> = new Set([
  'certain', 'sure', 'confident', 'convinced', 'clear', 'aware', 'hopeful', 'optimistic', 'adamant', 'satisfied',
  'glad', 'pleased', 'happy', 'proud', 'sorry', 'worried', 'concerned', 'afraid', 'disappointed', 'surprised',
  'doubt', 'belief', 'hope', 'view', 'feeling', 'impression', 'sense', 'opinion', 'confidence', 'fear',
  'believed', 'believes', 'thought', 'thinks', 'felt', 'feels', 'knew', 'knows', 'hoped', 'hopes', 'expected', 'expects', 'feared', 'fears', 'trusted',
]);

/**
 * Words that open an adverbial clause with a subject of its own ("said after she met the
 * unions that …", "told reporters as they left that …"): a subject pronoun right after one
 * of these opens that clause, not the words reported.
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after', 'as', 'when', 'whenever', 'while', 'before', 'since', 'until', 'till', 'because', 'if', 'unless', 'once', 'though', 'although', 'whereas', 'where',
]);

/**
 * Finite verbs that show a pronoun "it" right before them to be a clause's subject ("argued
 * it must …", "added it was …") rather than the verb's object ("explained it to …").
 */
export const FINITE_AFTER_SUBJECT: ReadonlySet<string> = new Set([...MODALS, 'would', 'is', 'was', 'has', 'had', 'does', 'did']);

/** Subject pronouns that open a reported clause after a verb of saying or its listener ("told reporters he would …"). */
export const CLAUSE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/** Words that open a relative clause inside a noun phrase ("the families who had waited"): a finite verb after one is not the reported clause's. */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['who', 'which', 'whom', 'whose']);
