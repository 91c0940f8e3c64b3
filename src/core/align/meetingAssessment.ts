/**
 * How the participants judged their meeting: a report sums it up ("Both leaders said
 * that the meeting was positive"), the speakers say it in their own words ("The talks …
 * were held in a frank and constructive spirit", "we did some very useful work
 * together"). The two share no word but the judgement's sense, so
 * no measure of likeness links them. `assessedMeeting` tells a report passage that says
 * nothing but such a judgement; `meetingJudged` ranks a transcript passage where a speaker
 * judges the meeting. Word lists in `../data/meetingAssessments.ts`.
 */
import { ASSESSMENT_FRAME_WORDS, ASSESSMENT_REACH, ASSESSMENT_WORDS, COURTESY_NOUNS, MEETING_NOUNS } from '../data/meetingAssessments';
import { EVENT_KINDS } from '../data/eventHeadings';
import { PARTICIPANT_DETERMINERS, PARTICIPANT_NOUNS } from '../data/eventActs';
import { REPORTING_WORDS, SAYING_VERBS } from '../data/sayingVerbs';
import { keysAt, PLAIN, type TermSpan } from './terms';

/** Marks between two terms that end a clause (not a comma: "the talks, which lasted all day, were constructive"; not a period: "Mr. Brel"). */
const CLAUSE_BREAK = /[;:!?]/;

/** The nouns that name the talks themselves ("talks", "meeting", "summit"). */
const TALKS = EVENT_KINDS.find((k) => k.name === 'talks')!.words;

/**
 * What a report passage that judges the meeting names it by: 'talks' when by a noun of
 * the talks themselves ("the meeting was positive"), 'other' when by another ("the visit
 * was useful"); undefined when the passage says anything else. Each of its content words
 * names the meeting, judges it (not negated), grades or frames the judgement ("very",
 * "described … as"), attributes it, or names its participants (a speaker of the event,
 * `speakerKeys`, or "both leaders"); one meeting noun and one judgement at least.
 */
export function assessedMeeting(terms: TermSpan, speakerKeys: ReadonlySet<string>): 'talks' | 'other' | undefined {
  const { table, from, to } = terms;
  let noun: 'talks' | 'other' | undefined;
  let judged = false;
  for (let i = from; i < to; i++) {
    const k = keysAt(table, i);
    if (k.kind === 'function') continue;
    if (k.kind === 'entity') {
      if (speakerKeys.has(k.key)) continue;
      return undefined;
    }
    if (k.kind !== 'word') return undefined;
    if (MEETING_NOUNS.has(k.norm)) {
      if (noun !== 'talks') noun = TALKS.has(k.norm) ? 'talks' : 'other';
      continue;
    }
    if (ASSESSMENT_WORDS.has(k.norm)) {
      if (table.negated[i] !== PLAIN) return undefined;
      judged = true;
      continue;
    }
    if (ASSESSMENT_FRAME_WORDS.has(k.norm) || REPORTING_WORDS.has(k.norm) || SAYING_VERBS.has(k.norm) || PARTICIPANT_NOUNS.has(k.norm) || PARTICIPANT_DETERMINERS.has(k.norm)) continue;
    return undefined;
  }
  return judged ? noun : undefined;
}

/**
 * How well a transcript passage judges the meeting, for a report passage that names it
 * by `noun` (`assessedMeeting`): 2 when a noun of the same kind and a judgement not
 * negated stand within ASSESSMENT_REACH terms of each other in one clause, 1 with a
 * meeting noun of the other kind ("productive work" for "the meeting was positive"), 0
 * when it does not judge it. A judgement word before a noun of courtesy thanks or greets
 * ("thank you for the warm welcome on this visit"): it judges nothing. `text` is the text the terms' offsets index: a colon,
 * semicolon, question or exclamation mark between two terms ends a clause ("I want to be
 * honest: the talks failed" judges no talks).
 */
export function meetingJudged(terms: TermSpan, noun: 'talks' | 'other', text: string): number {
  const { table, from, to } = terms;
  let best = 0;
  let lastNoun = -Infinity;
  let lastNounRank = 0;
  let lastJudgement = -Infinity;
  for (let i = from; i < to; i++) {
    if (i > from && CLAUSE_BREAK.test(text.slice(table.end[i - 1]!, table.start[i]!))) {
      lastNoun = -Infinity;
      lastJudgement = -Infinity;
    }
    const norm = keysAt(table, i).norm;
    if (MEETING_NOUNS.has(norm)) {
      lastNoun = i;
      lastNounRank = (noun === 'talks') === TALKS.has(norm) ? 2 : 1;
      if (i - lastJudgement <= ASSESSMENT_REACH) best = Math.max(best, lastNounRank);
    } else if (ASSESSMENT_WORDS.has(norm) && table.negated[i] === PLAIN && !(i + 1 < to && COURTESY_NOUNS.has(keysAt(table, i + 1).norm))) {
      lastJudgement = i;
      if (i - lastNoun <= ASSESSMENT_REACH) best = Math.max(best, lastNounRank);
    }
  }
  return best;
}
