/**
 * Words of another occasion: a report often recalls what a speaker said before ("At the
 * 2016 summit in Lenz, Varga told Brel that the river would be cleaned up"). Such words
 * share the topic, the speaker and often the phrasing of what is said at this event, so a
 * look-alike passage of the transcript would be linked to them, yet the transcript cannot
 * be their source. `otherOccasions` finds them: reported speech whose sentence dates it,
 * before the words reported, by a year that is not one the transcript's dateline dates the
 * event by (`datelineYears`: "January 23, 2018" among its first lines). The sentence up to
 * the end of those words is then context: linked to nothing, and its claims listed as not
 * from this event.
 *
 * Notes:
 * - Only a year dates another occasion here: "last year", "in March" or "on Tuesday" may
 *   name this event's time in the report's own reckoning, a year cannot be mistaken.
 * - Only when the transcript's first lines date the event by a year: with none, nothing
 *   tells the event's.
 * - A year that bounds a span ("in office since 2019", "until 2030") or stands in a
 *   relative clause ("Brel, who took office in 2016, said …") tells no time of the
 *   saying: not read. Nor one that is no time at all ("asked about the 2021 budget",
 *   "before some 2000 guests"): a year dates the saying after "in", "during" or a month,
 *   or before the occasion it names ("the 2016 summit", `datesOccasion`).
 */
import type { Annotation, OffsetRange } from '../model/annotation';
import { MONTH_ABBREVIATIONS, MONTHS } from '../data/calendar';
import { EVENT_KINDS } from '../data/eventHeadings';
import { shortHeadLines } from '../text/headLines';
import { splitSentences } from './segment';

/** A year (four digits, 1800-2099) as a word (a fresh global expression per use: no shared `lastIndex`). */
const years = (): RegExp => /\b(?:1[89]|20)\d\d\b/g;
/** Words before a year that make it a bound of a span, not the time of the saying. */
const SPAN_BOUNDS = /\b(?:since|until|till|by|through|from|before|after)\s+(?:the\s+)?$/i;
/** A relative clause holding the year ("Brel, who took office in 2015, said"): the year is the clause's. */
const RELATIVE = /\b(?:who|which|whose|whom)\b/i;
/** Words right before a year (a day between them aside) that make it a time: "in 2015", "May 2015", "4 May 2015", "May 4, 2015". */
const TIME_BEFORE: ReadonlySet<string> = new Set(['in', 'during', ...MONTHS, ...MONTH_ABBREVIATIONS]);
/** The word before a year and a day between them, if any ("in ", "may 4, ", "sept. "): the word is the first group. */
const WORD_BEFORE = /([a-z]+)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$/;
/** Nouns of an occasion of speech a year may name ("the 2016 summit", "a 2015 interview"): every kind of event a heading names. */
const OCCASION_NOUNS: ReadonlySet<string> = new Set(EVENT_KINDS.flatMap((k) => [...k.words]));
/** Words after a year within which the occasion it names stands ("the 2016 G-20 summit"). */
const OCCASION_REACH = 2;

/** Lines of a transcript's head read for its dateline, at most (non-blank ones). */
const DATELINE_LINES = 12;
/** The longest dateline, in words ("Thursday, 7 April 2016, 10:30 a.m."): longer is prose. */
const DATELINE_WORDS = 8;

/**
 * The years a transcript's dateline dates its event by: those of the short lines (a date,
 * a place) among its first non-blank lines, before its text runs on. Empty when none.
 */
export function datelineYears(text: string): Set<string> {
  const out = new Set<string>();
  for (const { line } of shortHeadLines(text, text.length, DATELINE_LINES, DATELINE_WORDS)) {
    for (const m of line.matchAll(years())) out.add(m[0]);
  }
  return out;
}

/**
 * Where the sentence holding `at` starts in `text`: `splitSentences` over a window around
 * it (a sentence of the report is short; the window goes on past `at` so that a sentence
 * starting there is told from the one before).
 */
function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - 600);
  let start = from;
  for (const r of splitSentences(text, { start: from, end: Math.min(text.length, at + 200) })) {
    if (r.start > at) break;
    start = r.start;
  }
  return start;
}

/**
 * The ranges of `text` (the checked account) that tell words of another occasion: for each
 * reported claim of `claims` whose sentence, before the claim, holds a year that is not
 * among `eventYears` (`datelineYears`; none: no range), the sentence from its start to the claim's end. In order, possibly overlapping.
 */
export function otherOccasions(text: string, claims: readonly Annotation[], eventYears: ReadonlySet<string>): OffsetRange[] {
  if (eventYears.size === 0) return [];
  const out: OffsetRange[] = [];
  for (const claim of claims) {
    if (claim.kind !== 'claim' || claim.claimType !== 'reported') continue;
    const start = sentenceStart(text, claim.start);
    const lead = text.slice(start, claim.start);
    for (const m of lead.matchAll(years())) {
      const before = lead.slice(0, m.index);
      // the clause the year stands in: from the comma before it
      if (eventYears.has(m[0]) || SPAN_BOUNDS.test(before) || RELATIVE.test(before.slice(before.lastIndexOf(',') + 1))) continue;
      if (!datesOccasion(before, lead.slice(m.index + m[0].length))) continue;
      out.push({ start, end: claim.end });
      break;
    }
  }
  return out;
}

/**
 * True when a year, with `before` and `after` it in its sentence, is read as a time: after
 * "in", "during" or a month (a day between them aside), or before the occasion it names
 * within OCCASION_REACH words ("the 2016 G-20 summit"). A year that names a thing ("the
 * 2021 budget", "the 2022 regatta") or counts ("some 2000 guests") dates no saying.
 */
function datesOccasion(before: string, after: string): boolean {
  const word = WORD_BEFORE.exec(before.slice(-40).toLowerCase())?.[1];
  if (word !== undefined && TIME_BEFORE.has(word)) return true;
  const next = after.toLowerCase().match(/[\p{L}\p{N}-]+/gu)?.slice(0, OCCASION_REACH) ?? [];
  return next.some((w) => OCCASION_NOUNS.has(w));
}
