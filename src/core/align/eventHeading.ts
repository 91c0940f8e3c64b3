/**
 * The event itself: a report tells that it took place ("After two hours of bilateral
 * talks, the two prime ministers held a joint press conference"), the transcript's
 * heading names it ("Joint Press Conference of the Prime Ministers"). No speaker says it,
 * so no passage supports it, yet the transcript does: `headingLines` finds the lines of
 * the heading (before the first turn), `toldByHeading` the line that names the event a
 * report passage narrates, when that passage says nothing the heading does not (each of
 * its words names the event, its participants or its time, or stands in the heading).
 * Word lists in `../data/eventHeadings.ts`.
 */
import { EVENT_DURATION_UNITS, EVENT_KINDS, EVENT_NARRATION_WORDS, MAX_HEADING_LINES, MAX_HEADING_WORDS } from '../data/eventHeadings';
import { PARTICIPANT_DETERMINERS, PARTICIPANT_NOUNS } from '../data/eventActs';
import { TITLE_HEADS } from '../data/titles';
import type { OffsetRange } from '../model/annotation';
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
  let at = 0;
  let lines = 0;
  while (at < firstTurn && lines < MAX_HEADING_LINES) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 || nl > firstTurn ? firstTurn : nl;
    const line = text.slice(at, end);
    const start = at;
    at = end + 1;
    if (!/\S/.test(line)) continue;
    lines++;
    const field = FIELD.exec(line);
    if ((field && field[1] !== 'title') || (line.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) > MAX_HEADING_WORDS) continue;
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
 * a speaker's name, every figure the heading's or the length of the event ("90 minutes")
 * or the count of its participants ("the two leaders"), nothing negated. The line
 * sharing most of its terms; undefined when none.
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
  let participants = false;
  let content = 0;
  for (let i = from; i < to; i++) {
    const k = keysAt(table, i);
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
