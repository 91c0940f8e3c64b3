/**
 * What the participants of a meeting do at it, as a report narrates it ("the two sides
 * discussed …", "the leaders held talks on …", "<speaker> welcomed …") and as they say
 * they did ("We discussed …", "We agreed …", "Thank you for …"). The comparison
 * (`../align/eventActs.ts`) links such narration to what a speaker says of the same act.
 *
 * Each family groups the words that name one act, verbs (forms built by `verbForms`) and
 * nouns, on either side: "held talks" and "we discussed" are one act; so are "welcomed"
 * (the host) and "thank you for your hospitality" (the guest). A word of `PAIRED` names
 * the act only with one of its partners close after it ("exchanged views", not
 * "exchanged prisoners"). Lower case.
 */
import { verbForms } from './verbForms';

/** One act of a meeting: the words that name it. */
export interface EventActFamily {
  readonly name: string;
  readonly words: ReadonlySet<string>;
}

export const EVENT_ACT_FAMILIES: readonly EventActFamily[] = [
  {
    name: 'talk',
    words: new Set([
      ...verbForms('base s ed ing: discuss talk confer consult deliberate converse'),
      'talks', 'discussion', 'discussions', 'conversation', 'conversations', 'dialogue', 'consultations', 'deliberations',
      ...verbForms('base s ed ing: exchange'), 'exchanges',
    ]),
  },
  { name: 'meet', words: new Set([...verbForms('base s ing: meet'), 'met', 'meeting', 'meetings', 'summit']) },
  { name: 'agree', words: new Set([...verbForms('base s ed ing: agree decide'), 'agreement', 'agreements', 'consensus', 'decision']) },
  { name: 'review', words: new Set([...verbForms('base s ed ing: review assess evaluate examine'), 'assessment']) },
  {
    name: 'welcome',
    words: new Set([...verbForms('base s ed ing: welcome thank greet host'), 'thanks', 'hospitality', 'grateful', 'gratitude']),
  },
  { name: 'sign', words: new Set([...verbForms('base s ed ing: sign'), 'signature']) },
  { name: 'reaffirm', words: new Set([...verbForms('base s ed ing: reaffirm reiterate recommit'), 'reaffirmation']) },
  { name: 'condemn', words: new Set([...verbForms('base s ed ing: condemn denounce deplore'), 'condemnation']) },
];

/** Words that name an act only with a partner among the next PAIRED_REACH words ("exchanged views"). */
export const PAIRED: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  [...verbForms('base s ed ing: exchange'), 'exchanges'].map((w) => [w, new Set(['views', 'opinions', 'ideas', 'information', 'assessments'])]),
);
/** See `PAIRED`. */
export const PAIRED_REACH = 3;

/**
 * Plural nouns for the participants of a meeting, subject of a report's narration after
 * "the", "two" or "both" ("the two sides", "both leaders").
 */
export const PARTICIPANT_NOUNS: ReadonlySet<string> = new Set([
  'sides', 'leaders', 'ministers', 'countries', 'nations', 'delegations', 'governments', 'presidents', 'premiers',
  'counterparts', 'parties', 'chancellors', 'envoys', 'negotiators',
]);
/** The words before a participant noun that make it the meeting's participants. */
export const PARTICIPANT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'two', 'both']);

/** Words of a speaker about their own acts ("we discussed", "our talks", "I thanked"). */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['we', 'i', 'our', 'my', "we've", "i've", "we're", "i'm", "we'd", "i'd", "we'll", "i'll"]);

/** A word that names its act in the first person on its own ("thank you", "thanks"), with the word that must follow it ('' for none). */
export const SELF_SPOKEN: ReadonlyMap<string, string> = new Map([['thank', 'you'], ['thanks', '']]);
