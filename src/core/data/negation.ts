/**
 * The words of negation the comparison (`../align/terms.ts`) marks, so that "will not
 * sign" never supports "will sign": negators, the verbs of "rule out", and the words that
 * end a negation's reach. Lower case.
 */
import { verbForms } from './verbForms';

/** Words that negate what follows them, including verbs of refusal ("refused to sign"). */
export const NEGATORS: ReadonlySet<string> = new Set([
  'no', 'not', 'never', 'nothing', 'none', 'nor', 'neither', 'without', 'nobody', 'cannot',
  ...verbForms('base s ed: refuse reject deny decline'),
  // "failed to stop" says what "could not stop" says.
  ...verbForms('base s ed: fail'), 'unable',
]);
/** Words that open a new clause, where a negation before them stops ("no closures because we have contracts"). */
export const NEGATION_STOPS: ReadonlySet<string> = new Set(['because', 'but', 'although', 'though', 'whereas', 'while', 'since', 'unless']);
/** "rule out", "ruled out": a negation made of two words. */
export const RULE_OUT_VERBS: ReadonlySet<string> = verbForms('base s ed ing: rule');
/**
 * Nouns of what is said or thought, whose denial ("rejected claims that …", "dismissed the
 * suggestion that …") denies the clause that follows them with "that".
 */
export const DENIED_SAYING_NOUNS: ReadonlySet<string> = new Set([
  'suggestion', 'suggestions', 'claim', 'claims', 'idea', 'notion', 'report', 'reports', 'speculation',
  'allegation', 'allegations', 'assertion', 'assertions', 'accusation', 'accusations', 'charge', 'charges', 'fears', 'concerns',
]);
/** Verbs that deny a said thing without negating every object ("dismissed the suggestion that …"). */
export const DISMISS_VERBS: ReadonlySet<string> = new Set([...verbForms('base s ed ing: dismiss'), 'brushed', 'waved']);
