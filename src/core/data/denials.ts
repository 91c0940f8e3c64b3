/**
 * A denial of wrongdoing, as a report tells it ("X denied any wrongdoing") and as the
 * speaker says it ("there was never any hint of misconduct", "I have done nothing
 * improper"). The comparison (`../align/deniedWrongdoing.ts`) links such a report passage
 * to the speaker's own denial. Lower case, folded word forms (`WordKeys.norm`).
 */
import { verbForms } from './verbForms';

/** Verbs of a report that tell a denial. */
export const DENIAL_VERBS: ReadonlySet<string> = verbForms('base s ed ing: deny');

/** Nouns and adjectives of wrongdoing that a denial denies. */
export const WRONGDOING_WORDS: ReadonlySet<string> = new Set([
  'wrongdoing', 'wrongdoings', 'impropriety', 'improprieties', 'improper', 'misconduct', 'malpractice',
  'irregularity', 'irregularities', 'illegality', 'illegal', 'unlawful', 'corruption', 'corrupt', 'wrong',
]);

/**
 * Words that, right before "wrong", make it an idiom of speech rather than wrongdoing
 * ("don't get me wrong", "do not get us wrong"): the negation there denies nothing.
 */
export const WRONG_IDIOM_OBJECTS: ReadonlySet<string> = new Set(['me', 'us', 'him', 'her', 'them']);

/** Terms before a denial verb within which the report names who denies. */
export const DENIER_REACH = 8;
/** Terms after a denial verb within which its object of wrongdoing stands ("denied any wrongdoing"). */
export const DENIED_REACH = 3;
