/**
 * The event a transcript records, as its heading names it ("Joint Press Conference",
 * "Press statements following the talks") and as a report narrates that it took place
 * ("A joint press conference was given by the two chancellors following a morning of
 * talks"). The comparison (`../align/eventHeading.ts`) links such narration to the
 * heading line that names the same kind of event, when the sentence tells nothing else:
 * each of its words names the event, its participants or its time, or stands in the heading.
 * Lower case, folded word forms (`WordKeys.norm`).
 */
import { PARTICIPANT_NOUNS } from './eventActs';
import { TITLE_HEADS, TITLE_MODIFIERS } from './titles';
import { verbForms } from './verbForms';

/** One kind of event: the words that name it. */
export interface EventKind {
  readonly name: string;
  readonly words: ReadonlySet<string>;
}

/** Kinds of event a transcript records, by the nouns that name them in a heading or a report. */
export const EVENT_KINDS: readonly EventKind[] = [
  { name: 'conference', words: new Set(['conference', 'conferences', 'presser', 'doorstop', 'stakeout']) },
  { name: 'statement', words: new Set(['statement', 'statements', 'remarks']) },
  { name: 'briefing', words: new Set(['briefing', 'briefings']) },
  { name: 'interview', words: new Set(['interview', 'interviews']) },
  { name: 'talks', words: new Set(['talks', 'meeting', 'meetings', 'summit', 'negotiations']) },
];

/**
 * Words of a report's narration that the event took place and nothing more: how it was
 * held ("held", "gave", "joint", "bilateral", "press"), who took part (participant nouns,
 * titles, "counterpart"), when ("after", "today", "minutes"). A sentence whose every
 * other word stands in the heading says only what the heading does. Weekdays, months
 * and years are not among them: each must be one the heading dates the event by
 * (`headingCalendar` in `../align/eventHeading.ts`).
 */
export const EVENT_NARRATION_WORDS: ReadonlySet<string> = new Set([
  ...verbForms('base s ed ing: hold/held give/gave make/made'), 'given',
  ...verbForms('base s ed ing: offer deliver host attend appear join address'),
  'joint', 'bilateral', 'trilateral', 'press', 'news', 'media', 'reporters', 'journalists',
  'after', 'following', 'before', 'ahead', 'later', 'earlier', 'afterwards',
  'today', 'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'day', 'week',
  'minutes', 'minute', 'hours', 'hour', 'long', 'lengthy', 'brief',
  ...PARTICIPANT_NOUNS, 'counterpart', 'host', 'hosts', 'guest', 'visitor', 'visiting', 'leader',
  ...TITLE_HEADS, ...TITLE_MODIFIERS, 'ministers', 'presidents', 'premiers', 'chancellors',
]);

/** Units a figure of the narration measures the event's length in ("talks of 40 minutes"). */
export const EVENT_DURATION_UNITS: ReadonlySet<string> = new Set(['minutes', 'minute', 'hours', 'hour', 'days', 'day']);

/** Heading lines read before the first turn, at most: a title, a lede, a dateline, a place. */
export const MAX_HEADING_LINES = 12;
/** The longest heading line, in words: longer is prose. */
export const MAX_HEADING_WORDS = 40;
