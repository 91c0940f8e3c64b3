/**
 * The account pass of turns: each turn the plan found (./find) given its speaker once names
 * are clustered, and its label as the annotation shows it. Offsets are into the account's
 * text.
 */
import { ANSWER_LABELS, QUESTIONER_LABELS } from '../../data/speakerLabels';
import type { OffsetRange } from '../../model/annotation';
import { roleOf, type PersonCluster, type ResolvedMention } from '../persons/index';
import type { AccountReading } from '../planAccount';
import { titleTextOf } from '../speakerLabels/index';
import type { TurnRule, TurnSpan } from './find';

/** A turn with its speaker key (absent: unnamed) and label. */
export interface ResolvedTurn extends OffsetRange {
  readonly speaker?: string;
  readonly label?: string;
  /** The rule that made the turn. */
  readonly rule: TurnRule;
}

/** Index of the first mention starting at or after `offset` (mentions sorted by start). */
function firstAtOrAfter(mentions: readonly ResolvedMention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The turns of `reading` with their speakers (`persons`: the account's resolved person
 * mentions, in order; `clusters`: the persons of all accounts by key): a named label's
 * person, a title label's one holder, the person a heading names, an interview's
 * interviewee for its answers, the one office holder a heading names by office; journalists'
 * labels become questions ("Question (CCTV)"); an answer with no label goes to the
 * interviewee where only questioners are labelled, else to the one speaker its question
 * names; an opening statement nobody is named for goes to the
 * transcript's main speaker.
 */
export function resolveTurns(reading: AccountReading, persons: readonly ResolvedMention[], clusters: ReadonlyMap<string, PersonCluster>): ResolvedTurn[] {
  const titled = titleHolder(reading, persons, clusters);
  const turns: ResolvedTurn[] = reading.turns.map((turn) => ({ start: turn.start, end: turn.end, ...speakerOfTurn(turn, persons, titled), ...(turn.label ? { label: turn.label.label } : turn.question ? { label: 'Question' } : {}), rule: turn.rule }));
  // "A:" / "Answer:" in an interview: the one the title names as interviewed
  if (reading.turns.some((t) => t.label && ANSWER_LABELS.has(t.label.label.toLowerCase()))) {
    const interviewee = intervieweeOf(reading, persons);
    if (interviewee) {
      reading.turns.forEach((t, i) => {
        if (t.label && ANSWER_LABELS.has(t.label.label.toLowerCase()) && !turns[i]!.speaker) turns[i] = { ...turns[i]!, speaker: interviewee };
      });
    }
  }
  // A head that names the speaker by office only ("Press Conference by the Prime Minister"):
  // the one holder of that office the other accounts name whom this one never names (the
  // speaker does not speak of themselves by name; the counterpart they speak of is named).
  if (reading.turns.some((t, i) => t.headingUnit && !t.label && !turns[i]!.speaker)) {
    const office = officeHolder(reading, persons, clusters);
    if (office) reading.turns.forEach((t, i) => {
      if (t.headingUnit && !t.label && !turns[i]!.speaker) turns[i] = { ...turns[i]!, speaker: office };
    });
  }
  markOutletQuestions(reading, turns);
  answerersOfQuestions(reading, persons, turns);
  // An opening statement under a title that names no one: the transcript's main speaker
  // (the one with the most labelled turns) is the one who opens.
  const opening = turns[0];
  if (opening && !opening.label && !opening.speaker) {
    const counts = new Map<string, number>();
    for (const t of turns) if (t.label && t.speaker) counts.set(t.speaker, (counts.get(t.speaker) ?? 0) + 1);
    const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (main) turns[0] = { ...opening, speaker: main[0] };
  }
  return turns;
}

/**
 * The person a title label ("THE PRESIDENT:") stands for: the one person of the account
 * with that role; where several have it (the host and a foreign president named in a
 * question), the one the account's head names before its first turn ("Remarks by
 * President …", "Contributors: Jane Ode - Prime Minister"), else the one named before its
 * first labelled turn (an opening statement's "Premier Li and I" names a second premier);
 * else no one — an unresolved label is better than a guess.
 */
function titleHolder(reading: AccountReading, persons: readonly ResolvedMention[], clusters: ReadonlyMap<string, PersonCluster>): (role: string) => PersonCluster | undefined {
  const inAccount = new Set(persons.map((p) => p.speaker));
  const firstTurn = reading.turns[0]?.start ?? 0;
  const firstLabel = reading.turns.find((t) => t.label)?.start ?? 0;
  // the page's head proper (title, contributors), then the head with the opening statement
  const inTitle = new Set(persons.filter((p) => p.end <= firstTurn).map((p) => p.speaker));
  const inHead = new Set(persons.filter((p) => p.end <= firstLabel).map((p) => p.speaker));
  return (role) => {
    const holders = [...clusters.values()].filter((c) => c.roles.includes(role) && inAccount.has(c.key));
    if (holders.length <= 1) return holders[0];
    const titled = holders.filter((c) => inTitle.has(c.key));
    if (titled.length === 1) return titled[0];
    const named = holders.filter((c) => inHead.has(c.key));
    return named.length === 1 ? named[0] : undefined;
  };
}

/**
 * The person a head names by office alone ("… by the Prime Minister regarding …"): the one
 * person with that office (role family) whom another account names and this account does
 * not; undefined when the head names no office that way, or no one or several fit.
 */
function officeHolder(reading: AccountReading, persons: readonly ResolvedMention[], clusters: ReadonlyMap<string, PersonCluster>): string | undefined {
  const head = reading.turns.find((t) => t.headingUnit)?.headingUnit;
  const office = head && /\b(?:by|of)\s+the\s+((?:[\p{Lu}][\p{L}-]*\s+){0,2}[\p{Lu}][\p{L}-]*)/u.exec(head.text)?.[1];
  const role = office ? roleOf(office.toLowerCase()) : undefined;
  if (!role) return undefined;
  // named by name: the head's own "the Prime Minister" is a role nominal for that holder
  const here = new Set(persons.filter((p) => !p.nominal).map((p) => p.speaker));
  const holders = [...clusters.values()].filter((c) => c.roles.includes(role) && !here.has(c.key));
  return holders.length === 1 ? holders[0]!.key : undefined;
}

/**
 * Labels of journalists that ask a question somewhere: an outlet that names no person
 * ("CCTV", "Reuters") or a person with an affiliation ("Beth Rigby, Sky News"). Their turns
 * are questions, labelled "Question (CCTV)"; a named journalist stays the turn's speaker.
 */
function markOutletQuestions(reading: AccountReading, turns: ResolvedTurn[]): void {
  const isJournalist = (t: TurnSpan, i: number) => !!t.label?.name && (!turns[i]!.speaker || t.label.label.includes(','));
  const asking = new Set<string>();
  // the first question mark at or after `from` (turns in order: found once for all of them, not sliced out per turn)
  const text = reading.text;
  let searched = 0;
  let mark = text.indexOf('?');
  const markFrom = (from: number): number => {
    if (from < searched || (mark >= 0 && mark < from)) mark = text.indexOf('?', from);
    searched = from;
    return mark;
  };
  reading.turns.forEach((t, i) => {
    if (!isJournalist(t, i)) return;
    const at = markFrom(t.bodyStart);
    if (at >= 0 && at < t.end) asking.add(t.label!.label);
  });
  if (asking.size === 0) return;
  reading.turns.forEach((t, i) => {
    if (isJournalist(t, i) && asking.has(t.label!.label)) turns[i] = { ...turns[i]!, label: `Question (${t.label!.label})` };
  });
}

/**
 * An answer with no label after a questioner's question (`turn/answer-after-question`):
 * where only questioners are labelled (an interview's "Reporter:" lines, bare answers),
 * spoken by the one the title names as interviewed (`intervieweeOf`); else by the one
 * person the question names who speaks in a labelled turn of the account ("Prime Minister
 * Ode, will you …?"); by no one named when it names none or several of them.
 */
function answerersOfQuestions(reading: AccountReading, persons: readonly ResolvedMention[], turns: ResolvedTurn[]): void {
  if (!reading.turns.some((t) => t.rule === 'turn/answer-after-question')) return;
  const speaking = new Set(turns.filter((t) => t.label && t.speaker).map((t) => t.speaker!));
  // Only the questioners are labelled (an interview's "Reporter:" lines, the answers bare):
  // every answer is the interviewee's, the one the title names.
  if (speaking.size === 0 && !turns.some((t, i) => t.label && !reading.turns[i]!.question && !QUESTIONER_LABELS.has(t.label.toLowerCase()))) {
    const interviewee = intervieweeOf(reading, persons);
    if (interviewee) reading.turns.forEach((t, i) => {
      if (t.rule === 'turn/answer-after-question' && !turns[i]!.speaker) turns[i] = { ...turns[i]!, speaker: interviewee };
    });
    return;
  }
  reading.turns.forEach((t, i) => {
    const question = reading.turns[i - 1];
    if (t.rule !== 'turn/answer-after-question' || !question || turns[i]!.speaker) return;
    const named = new Set<string>();
    for (let k = firstAtOrAfter(persons, question.bodyStart); k < persons.length && persons[k]!.start < question.end; k++) {
      if (speaking.has(persons[k]!.speaker)) named.add(persons[k]!.speaker);
    }
    if (named.size === 1) turns[i] = { ...turns[i]!, speaker: [...named][0]! };
  });
}

/**
 * The person an interview's title names as interviewed: the one after "interview(s) with/of"
 * or "interviews", else the only person the title names. The title is the `title:` field of
 * the front matter the account opens with, else its first unit when that is a single line.
 */
function intervieweeOf(reading: AccountReading, persons: readonly ResolvedMention[]): string | undefined {
  const title = frontMatterTitle(reading.text) ?? reading.units[0]?.unit;
  if (!title || /\n/.test(title.text)) return undefined;
  const named = persons.filter((p) => p.start >= title.start && p.end <= title.end && !p.nominal);
  const after = named.find((p) => /\binterviews?(?:\s+(?:with|of|to))?\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/iu.test(reading.text.slice(title.start, p.start)));
  if (after) return after.speaker;
  const distinct = new Set(named.map((p) => p.speaker));
  return distinct.size === 1 ? named[0]!.speaker : undefined;
}

/**
 * The title field of the front matter an account opens with (a page's source: "---",
 * "title: 'Transcript of …'", other fields, "---"): its value, quotes and all, with its
 * offsets; undefined when the account has no front matter or it has no title.
 */
function frontMatterTitle(text: string): { start: number; end: number; text: string } | undefined {
  const block = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!block) return undefined;
  const field = /^title:[ \t]*(.+?)[ \t]*$/m.exec(block[1]!);
  if (!field) return undefined;
  const start = block[0].indexOf(block[1]!) + field.index + field[0].indexOf(field[1]!);
  return { start, end: start + field[1]!.length, text: field[1]! };
}

function speakerOfTurn(turn: TurnSpan, persons: readonly ResolvedMention[], titled: (role: string) => PersonCluster | undefined): { speaker?: string } {
  const label = turn.label;
  if (label?.name) {
    // the first name mention inside the label's name
    const at = firstAtOrAfter(persons, label.name.start);
    for (let k = at; k < persons.length && persons[k]!.start < label.name.end; k++) if (!persons[k]!.nominal) return { speaker: persons[k]!.speaker };
    return {};
  }
  if (label) {
    // "THE PRESIDENT", "THE SECRETARY": the person the text gives that title.
    // the whole label, so that "PRIME MINISTER" is a premier and "THE PRESS SECRETARY" not a secretary
    const role = roleOf(titleTextOf(label.label));
    if (!role || label.titles.length === 0 || label.label.toLowerCase().includes('interpreter')) return {};
    const who = titled(role);
    return who ? { speaker: who.key } : {};
  }
  if (turn.headingUnit) {
    const h = turn.headingUnit;
    // the mentions inside the heading, found by bisection (`persons` is sorted by start: a
    // filter of every mention per heading cost ~1 ms per 100 headings at 1 MB, on every edit)
    const inHeading: ResolvedMention[] = [];
    for (let k = firstAtOrAfter(persons, h.start); k < persons.length && persons[k]!.start <= h.end; k++) {
      const p = persons[k]!;
      if (p.end <= h.end && !p.nominal) inHeading.push(p);
    }
    const possessive = inHeading.find((p) => /^['’]s?\b/.test(headingText(h, p)) || /\bby\s*$/i.test(h.text.slice(0, p.start - h.start)));
    const who = possessive ?? inHeading[0];
    return who ? { speaker: who.speaker } : {};
  }
  return {};
}

function headingText(h: { start: number; text: string }, p: OffsetRange): string {
  return h.text.slice(p.end - h.start, p.end - h.start + 3);
}
