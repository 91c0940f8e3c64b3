/**
 * The event itself: a report tells that it took place ("A joint press conference was
 * given by the two chancellors following a morning of talks"), the transcript's heading
 * names it ("Press Conference of the Two Chancellors"). No speaker says it,
 * so no passage supports it, yet the transcript does: `headingLines` finds the lines of
 * the heading (before the first turn), `toldByHeading` the line that names the event a
 * report passage narrates, when that passage says nothing the heading does not (each of
 * its words names the event, its participants or its time, or stands in the heading).
 * Word lists in `../data/eventHeadings.ts`.
 */
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS, YEAR } from '../data/calendar';
import { EVENT_DURATION_UNITS, EVENT_KINDS, EVENT_NARRATION_WORDS, MAX_HEADING_LINES, MAX_HEADING_WORDS } from '../data/eventHeadings';
import { PARTICIPANT_DETERMINERS, PARTICIPANT_NOUNS } from '../data/eventActs';
import { TITLE_HEADS } from '../data/titles';
import type { OffsetRange } from '../model/annotation';
import { shortHeadLines } from '../text/headLines';
import { termsIn } from './passages';
import { keysAt, PLAIN, type TermSpan, type TermTable } from './terms';

/** One line of a transcript's heading, with its terms. */
export interface HeadingLine extends OffsetRange {
  readonly terms: TermSpan;
}

/** A front-matter field ("source_url: …", "tags: …"): metadata, not heading, but for a title. */
const FIELD = /^\s*([a-z_]+):\s/;

/**
 * The lines of the heading of a transcript whose first turn starts at `firstTurn`: the
 * non-blank lines before it (MAX_HEADING_LINES at most, each of MAX_HEADING_WORDS words
 * at most) that hold a term, but front-matter fields other than a title. None when the
 * transcript has no turns (`firstTurn` undefined) or opens with one.
 */
export function headingLines(text: string, terms: TermTable, firstTurn: number | undefined): HeadingLine[] {
  if (firstTurn === undefined || firstTurn <= 0) return [];
  const out: HeadingLine[] = [];
  for (const { start, line } of shortHeadLines(text, firstTurn, MAX_HEADING_LINES, MAX_HEADING_WORDS)) {
    const field = FIELD.exec(line);
    if (field && field[1] !== 'title') continue;
    const lead = line.length - line.trimStart().length;
    const range = { start: start + lead, end: start + line.trimEnd().length };
    const span = termsIn(terms, range);
    if (span.to > span.from) out.push({ ...range, terms: span });
  }
  return out;
}

/** The kinds of event (`EVENT_KINDS` names) a span names. */
function kindsIn(span: TermSpan): Set<string> {
  const out = new Set<string>();
  for (let i = span.from; i < span.to; i++) {
    const norm = keysAt(span.table, i).norm;
    for (const kind of EVENT_KINDS) if (kind.words.has(norm)) out.add(kind.name);
  }
  return out;
}

/** The month (0-11) a folded word form names, full or abbreviated ("may", "sept"); -1 for none. */
function monthOf(norm: string): number {
  const full = MONTHS.indexOf(norm);
  if (full >= 0 || !MONTH_ABBREVIATIONS.includes(norm)) return full;
  return MONTHS.findIndex((m) => m.startsWith(norm));
}

/**
 * The days, months and years the heading dates the event by: the weekdays and months it
 * names, its years, and the weekday of each full date it gives ("4 May 2019", "May 4,
 * 2019": a Saturday).
 */
function headingCalendar(lines: readonly HeadingLine[]): { weekdays: Set<number>; months: Set<number>; years: Set<string> } {
  const weekdays = new Set<number>();
  const months = new Set<number>();
  const years = new Set<string>();
  for (const { terms } of lines) {
    const { table, from, to } = terms;
    // A day of the month (1-31) at `i`, as a number; undefined when none.
    const day = (i: number): number | undefined => {
      if (i < from || i >= to) return undefined;
      const k = keysAt(table, i);
      const n = k.kind === 'number' && /^\d{1,2}$/.test(k.norm) ? Number(k.norm) : 0;
      return n >= 1 && n <= 31 ? n : undefined;
    };
    for (let i = from; i < to; i++) {
      const k = keysAt(table, i);
      const weekday = WEEKDAYS.indexOf(k.norm);
      if (weekday >= 0) weekdays.add(weekday);
      if (k.kind === 'number' && YEAR.test(k.norm)) years.add(k.norm);
      const month = monthOf(k.norm);
      if (month < 0) continue;
      months.add(month);
      // "4 May 2019" or "May 4, 2019": the weekday of that date.
      const before = day(i - 1);
      const after = before === undefined ? day(i + 1) : undefined;
      const yearAt = before !== undefined ? i + 1 : i + 2;
      const year = yearAt < to ? keysAt(table, yearAt) : undefined;
      const d = before ?? after;
      if (d === undefined || !year || year.kind !== 'number' || !YEAR.test(year.norm)) continue;
      const date = new Date(Date.UTC(Number(year.norm), month, d));
      // Monday first, as WEEKDAYS; a day past the month's end ("31 April") gives none.
      if (date.getUTCMonth() === month) weekdays.add((date.getUTCDay() + 6) % 7);
    }
  }
  return { weekdays, months, years };
}

/** True when one of the two terms after `i` in `span` is one of `words` (by folded form). */
function soonAfter(span: TermSpan, i: number, words: (norm: string) => boolean): boolean {
  for (let j = i + 1; j < span.to && j <= i + 2; j++) if (words(keysAt(span.table, j).norm)) return true;
  return false;
}

/**
 * The heading line (its index in `lines`) that tells what `passage` narrates: the event
 * itself, with its participants (a speaker of the event, `speakerKeys`, or "the two
 * leaders") and a kind of event (a press conference, statements, talks) the line names
 * too, every other content word of the passage being one of the narration's
 * (`EVENT_NARRATION_WORDS`: "held", "joint", "after", "today"), a term of the heading or
 * a speaker's name, every figure the heading's or the length of the event ("three
 * hours") or the count of its participants ("the two leaders"), every weekday, month and
 * year one the heading dates the event by (`headingCalendar`: "on Saturday" under a
 * heading dated "4 May 2019", not "on Tuesday"), nothing negated. The line sharing most
 * of its terms; undefined when none.
 */
export function toldByHeading(passage: TermSpan, speakerKeys: ReadonlySet<string>, lines: readonly HeadingLine[]): { line: number; share: number } | undefined {
  if (lines.length === 0) return undefined;
  const kinds = kindsIn(passage);
  if (kinds.size === 0) return undefined;
  const held = new Set<number>();
  const heldLoose = new Set<number>();
  for (const line of lines) {
    for (let i = line.terms.from; i < line.terms.to; i++) {
      const k = keysAt(line.terms.table, i);
      held.add(k.id);
      if (k.kind === 'word') heldLoose.add(k.looseId);
    }
  }
  const { table, from, to } = passage;
  const calendar = headingCalendar(lines);
  let participants = false;
  let content = 0;
  for (let i = from; i < to; i++) {
    const k = keysAt(table, i);
    // A day, month or year the heading does not date the event by tells another time.
    const weekday = WEEKDAYS.indexOf(k.norm);
    if (weekday >= 0 && !calendar.weekdays.has(weekday)) return undefined;
    const month = monthOf(k.norm);
    if (month >= 0 && !calendar.months.has(month)) return undefined;
    if (k.kind === 'number' && YEAR.test(k.norm) && !calendar.years.has(k.norm)) return undefined;
    if (k.kind === 'function') continue;
    if (table.negated[i] !== PLAIN) return undefined;
    content++;
    if (k.kind === 'entity') {
      if (speakerKeys.has(k.key)) participants = true;
      else if (!held.has(k.id)) return undefined;
      continue;
    }
    if (k.kind === 'number') {
      if (!held.has(k.id) && !soonAfter(passage, i, (n) => EVENT_DURATION_UNITS.has(n) || PARTICIPANT_NOUNS.has(n) || TITLE_HEADS.has(n))) return undefined;
      continue;
    }
    if (PARTICIPANT_NOUNS.has(k.norm)) {
      for (let j = i - 1; j >= from && j >= i - 2; j--) if (PARTICIPANT_DETERMINERS.has(keysAt(table, j).norm)) participants = true;
    }
    if (!EVENT_NARRATION_WORDS.has(k.norm) && !EVENT_KINDS.some((e) => e.words.has(k.norm)) && !held.has(k.id) && !heldLoose.has(k.looseId)) return undefined;
  }
  if (!participants || content === 0) return undefined;
  let best: { line: number; share: number } | undefined;
  lines.forEach((line, n) => {
    if (![...kindsIn(line.terms)].some((kind) => kinds.has(kind))) return;
    const ids = new Set<number>();
    for (let i = line.terms.from; i < line.terms.to; i++) ids.add(keysAt(line.terms.table, i).id);
    let shared = 0;
    for (let i = from; i < to; i++) {
      const k = keysAt(table, i);
      if (k.kind !== 'function' && ids.has(k.id)) shared++;
    }
    const share = shared / content;
    if (!best || share > best.share) best = { line: n, share };
  });
  return best;
}
