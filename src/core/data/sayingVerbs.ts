/**
 * Verbs of saying ("said", "told", "stressed"), the forms built from their lemmas by
 * `verbForms`. Four lists, each for its own question (and `ASKING_WORDS`, which tell a question was put):
 *
 * - `SAYING_VERBS`: is this word a verb of saying? The attribution and person annotators
 *   (`../annotators/attribution/find.ts`, `persons/find.ts`) look for a speaker next to one.
 * - `WEAK_SAYING_VERBS`: is it one that is mostly not about speech on its own ("noted",
 *   "believes", "claims" as a noun)? The claim annotator (`claims.ts`) wants "that" or a
 *   quote after it; the comparison's attribution frames (`../align/passages.ts`) take only
 *   the others. Some lemmas are weak in some forms only ("note", "notes": weak; "noted":
 *   strong), so the forms are listed group by group.
 * - `LISTENER_SAYING_VERBS`: verbs of saying whose object is the listener, not the words
 *   ("told reporters", "assured Kyiv"): after one, the next word opens no reported clause
 *   (`claims.ts`).
 * - `REPORTING_WORDS`: the words a report adds to attribute speech, which a transcript
 *   never holds; the comparison (`../align/terms.ts`, `linkFindings.ts`) does not count
 *   them against support. A shorter list of forms (the ones reports use), plus "according"
 *   (to), the reporters, and the days a report dates the words by.
 *
 * Lower case. The verbs a capital standing for its state is subject of ("Washington
 * said") are a wider class, in `countryContextWords.ts`.
 */
import { WEEKDAYS } from './calendar';
import { verbForms } from './verbForms';

/** Verbs of saying, every inflection the annotators accept. */
export const SAYING_VERBS: ReadonlySet<string> = verbForms(`
  base s ed ing: say/said tell/told add stress note explain recall call reaffirm underscore
  base s ed: state emphasise emphasize underline assure insist warn claim argue declare announce remark reply respond answer
  base s ed: comment point continue confirm acknowledge admit/admitted suggest write/wrote tweet urge vow promise pledge predict
  base s ed: believe ask reiterate observe mention concede report maintain estimate describe accuse inform remind highlight
`);

/** Saying verbs that are mostly not about speech on their own; they need "that" or a quote. */
export const WEAK_SAYING_VERBS: ReadonlySet<string> = verbForms(`
  base s ed ing: call reaffirm underscore
  base s ed: point continue report maintain estimate describe believe ask accuse highlight confirm inform
  base s: note state answer comment promise
  s: remark claim
`);

/**
 * Past forms a journalist's question uses to put the answerer's own words back to them
 * ("when you said a veto would end the talks", "you have promised that …"): what follows is
 * the answerer's words as the question tells them ("you told the crews they were going
 * north": the listener with them). Read by the comparison's passages of questions
 * (`../align/passages.ts`).
 */
export const RECALLED_SAYING_VERBS: ReadonlySet<string> = verbForms(`
  ed: say/said tell/told state claim announce promise pledge vow predict declare insist suggest argue
`);

/**
 * Verbs (and the noun "question") that tell a question was put ("a reporter asked the minister about
 * …", "questioned on …", "the question was put to her"): report narration holding one may
 * tell what a question from the floor asked, where the comparison looks for it
 * (`../align/alignAccounts.ts`, `askedFromFloor`).
 */
export const ASKING_WORDS: ReadonlySet<string> = verbForms(`
  base s ed ing: ask question query inquire enquire
`);

/**
 * Words that tell a speaker left a question unanswered ("dodged questions on …", "kept mum
 * on …", "sidestepped …"): report narration holding one tells what a question put to that
 * speaker asked, where the comparison looks for it (`../align/alignAccounts.ts`, `evadedQuestion`).
 */
export const EVASION_WORDS: ReadonlySet<string> = new Set([
  ...verbForms('base s ed ing: dodge evade deflect'), 'sidestep', 'sidesteps', 'sidestepped', 'sidestepping', 'mum', 'evasive',
]);

/** Saying verbs that take the listener as their object ("told reporters that …"). */
export const LISTENER_SAYING_VERBS: ReadonlySet<string> = verbForms(`
  base s ed ing: tell/told
  base s ed: assure inform remind warn urge ask
`);

/**
 * Words and phrases a report uses to attribute words to someone ("X said", "according
 * to"): they say who speaks, not what was said, so they are not content to support.
 */
export const REPORTING_WORDS: ReadonlySet<string> = new Set([
  ...verbForms(`
    base s ed ing: say/said tell/told add
    base s ed: stress explain recall
    base ed: insist emphasise emphasize comment declare announce argue warn
    ed: state note remark claim underline point quote reply answer
  `),
  'according', 'reporter', 'reporters', 'journalist', 'journalists',
  'today', 'yesterday', ...WEEKDAYS,
]);
