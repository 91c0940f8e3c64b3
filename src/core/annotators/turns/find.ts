/**
 * Builds speaker turns from speaker labels: each turn runs from its label to the last words
 * before the next label, but a questioner's turn ends with its question where an answer
 * with no label follows it. Text before the first label that reads as speech (after the title
 * and page chrome) is an opening turn, spoken by the person the title names. Page chrome
 * after the last turn ("Additional materials", "Share") is left out.
 */
import type { OffsetRange } from '../../model/annotation';
import type { AnnotationRule } from '../../data/ruleIds';
import type { ParseUnit } from '../../text/paragraphs';
import type { SpeakerLabel } from '../speakerLabels/find';
import { QUESTIONER_LABELS } from '../../data/speakerLabels';
import { STATEMENT_HEAD_WORDS } from '../../data/statementHeads';

/** One turn, before its speaker is resolved to a person. */
export interface TurnSpan extends OffsetRange {
  /** The label opening the turn; absent for the opening turn. */
  readonly label?: SpeakerLabel;
  /** Where the spoken words start. */
  readonly bodyStart: number;
  /** Opening turn only: the unit holding the title that names its speaker. */
  readonly headingUnit?: ParseUnit;
  /**
   * A turn with no label that the text still marks as a question: a summary of it in
   * parentheses on its own line ("(On the summit meeting)"); spoken by no one named.
   */
  readonly question?: boolean;
  /** The rule that made the turn. */
  readonly rule: TurnRule;
}

/** The rules that make turns (see `ANNOTATION_RULES`). */
export type TurnRule = Extract<AnnotationRule, `turn/${string}`>;

/** Builds the turns of a transcript from its labels and parse units. */
export function buildTurns(text: string, labels: readonly SpeakerLabel[], units: readonly ParseUnit[]): TurnSpan[] {
  const turns: TurnSpan[] = [];
  if (labels.length === 0) return turns;
  const opening = findOpening(units, labels[0]!.start);
  if (opening) turns.push(opening);
  const lastEnd = endOfSpeech(units, labels[labels.length - 1]!.start);
  let u = 0;
  labels.forEach((label, i) => {
    const limit = i + 1 < labels.length ? labels[i + 1]!.start : lastEnd;
    const end = trimEnd(text, label.start, limit);
    const answer = QUESTIONER_LABELS.has(label.label.toLowerCase()) ? unlabelledAnswer(text, units, (u = firstUnitEndingAfter(units, u, label.bodyStart)), end) : undefined;
    const own = answer ? answer.questionEnd : end;
    turns.push({ start: label.start, end: Math.max(own, label.labelEnd), label, bodyStart: Math.min(label.bodyStart, Math.max(own, label.labelEnd)), rule: 'turn/speaker-label' });
    if (answer) turns.push({ start: answer.start, end: answer.end, bodyStart: answer.start, rule: 'turn/answer-after-question' });
  });
  return turns;
}

/** Index of the first unit ending after `from` (units in order; the one holding a label and its question too), searching from `i`. */
function firstUnitEndingAfter(units: readonly ParseUnit[], i: number, from: number): number {
  while (i < units.length && units[i]!.end <= from) i++;
  return i;
}

/**
 * True when paragraph `k` of a questioner's turn ending at `end` ends in a colon and the
 * next one asks: it turns to a second person with a follow-up question ("And then,
 * Minister:" / "Will you …?"), no answer.
 */
function handsOnQuestion(units: readonly ParseUnit[], k: number, end: number): boolean {
  const after = units[k + 1];
  return /:\s*$/.test(units[k]!.text) && after !== undefined && after.start < end && ASKS.test(after.text);
}

/**
 * The answer in a questioner's turn ("JOURNALIST:", "Q:") that runs on into it because the
 * answer has no label of its own: after the first paragraph of the turn that ends with a
 * question mark, the next paragraph before `end` when it does not ask too (a follow-up
 * question is still the questioner's) and reads as speech, up to the last paragraph before
 * another that asks (a later question of the floor is nobody's answer; the words after it
 * are left to no turn rather than credited to the wrong one). Undefined when the turn holds
 * no such paragraph.
 */
function unlabelledAnswer(text: string, units: readonly ParseUnit[], from: number, end: number): { questionEnd: number; start: number; end: number } | undefined {
  for (let i = from; i + 1 < units.length && units[i + 1]!.start < end; i++) {
    if (!ASKS.test(units[i]!.text)) continue;
    const next = units[i + 1]!;
    if (ASKS.test(next.text) || !isProse(next) || handsOnQuestion(units, i + 1, end)) return undefined;
    let last = i + 1;
    while (last + 1 < units.length && units[last + 1]!.start < end && !ASKS.test(units[last + 1]!.text)) last++;
    const answerEnd = last + 1 < units.length && units[last + 1]!.start < end ? trimEnd(text, next.start, units[last]!.end) : end;
    return { questionEnd: units[i]!.end, start: next.start, end: answerEnd };
  }
  return undefined;
}

/** A paragraph that ends with a question (closing quotes, brackets and Markdown emphasis after the mark: "…?**"). */
const ASKS = /\?["'\u201D\u2019)\]*_]*\s*$/;

/**
 * The turns of a text with no speaker labels that is still a transcript: the words of one
 * speaker under a head that names the event ("Statement by …", "Remarks by …", "Press
 * Conference by the Prime Minister …"), spoken in the first person and telling of no one
 * else's words ("said", "told" after a name or a third-person pronoun). Where the speech is
 * broken by summaries of questions in parentheses, each on its own line ("(On the summit
 * meeting)", twice or more), each summary is a question turn and each run of prose after it
 * an answer by the speaker the head names. Empty when the text does not read so: a report
 * tells of what others said, and a README or a note does not speak in the first person
 * throughout under an event's title.
 */
export function buildUnlabelledTurns(text: string): TurnSpan[] {
  // the head: the first title naming an event, among the first lines of the page (most
  // reports stop here, before their text is cut into lines)
  if (!linesOf(text, 4).some((l) => isTitle(l) && EVENT_HEAD.test(l.text))) return [];
  const lines = linesOf(text);
  let h = -1;
  for (let i = 0; i < Math.min(lines.length, 4) && h < 0; i++) if (isTitle(lines[i]!) && EVENT_HEAD.test(lines[i]!.text) && !/[.!?]$/.test(lines[i]!.text)) h = i;
  if (h < 0) return [];
  const heading = lines[h]!;
  let first = h + 1;
  while (first < lines.length && (isChrome(lines[first]!) || introducesTranscript(lines[first]!) || introducesStatement(lines[first]!)) && !isQuestionSummary(lines[first]!)) first++;
  // runs of speech: lines between blank lines and question summaries
  const runs: { start: number; end: number; text: string; question: boolean }[] = [];
  let run: { start: number; end: number; text: string; question: boolean } | undefined;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!;
    if (isQuestionSummary(line)) {
      runs.push({ ...line, question: true });
      run = undefined;
    } else if (run && !/\n[ \t\u00a0]*\n/.test(text.slice(run.end, line.start))) {
      run.end = line.end;
      run.text = text.slice(run.start, run.end);
    } else runs.push((run = { ...line, question: false }));
  }
  const prose = runs.filter((r) => !r.question && isProse(r));
  // A text with no blank line between its paragraphs (a hard-wrapped translation) is one run:
  // its paragraphs are then read as the lines up to one that ends a sentence.
  const paragraphs = prose.length < 3 && !runs.some((r) => r.question) ? sentenceEndedBlocks(text, lines.slice(first)).filter(isProse) : prose;
  if (paragraphs.length < 3 || !speaksInFirstPerson(paragraphs)) return [];
  const questions = runs.filter((r) => r.question).length;
  // the speech ends with its last line that is not page chrome ("Thank you." is speech, "Share" not);
  // hard-wrapped, the chrome after it is in the same run: its lines are read one by one
  const wrapped = paragraphs !== prose;
  const lastProse = (wrapped ? lines.slice(first) : runs.filter((r) => !r.question)).reverse().find((r) => !isChrome(r)) ?? prose[prose.length - 1]!;
  if (questions < 2) {
    const start = runs[0]!.start;
    return [{ start, end: lastProse.end, bodyStart: start, headingUnit: heading, rule: 'turn/unlabelled-statement' }];
  }
  const turns: TurnSpan[] = [];
  let answer: { start: number; end: number } | undefined;
  const close = () => {
    if (answer) turns.push({ start: answer.start, end: answer.end, bodyStart: answer.start, headingUnit: heading, rule: 'turn/answer-after-question-summary' });
    answer = undefined;
  };
  for (const r of runs) {
    if (r.start > lastProse.end) break;
    if (r.question) {
      close();
      turns.push({ start: r.start, end: r.end, bodyStart: r.start, question: true, rule: 'turn/question-summary' });
    } else if (answer) answer.end = r.end;
    else answer = { start: r.start, end: r.end };
  }
  close();
  return turns;
}

/** `lines` (in order) joined into blocks, each ending with a line that ends a sentence (or with the last line). */
function sentenceEndedBlocks(text: string, lines: readonly ParseUnit[]): ParseUnit[] {
  const out: ParseUnit[] = [];
  let start: number | undefined;
  lines.forEach((line, i) => {
    start ??= line.start;
    if (SENTENCE_END.test(line.text) || i === lines.length - 1) {
      out.push({ start, end: line.end, text: text.slice(start, line.end) });
      start = undefined;
    }
  });
  return out;
}

/** A line's last sentence ends with it (closing quotes or brackets after the mark). */
const SENTENCE_END = /[.!?]["'\u201D\u2019)\]]*$/;

/** The non-empty lines of `text` (the first `max`), trimmed, as units. */
function linesOf(text: string, max = Infinity): ParseUnit[] {
  const out: ParseUnit[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m && out.length < max; m = re.exec(text)) {
    let s = m.index;
    let e = s + m[0].length;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  }
  return out;
}

/** A sentence about the statement below: "Below is the text of the statement made by …". */
function introducesStatement(unit: ParseUnit): boolean {
  return /\b(statement|speech|address|remarks)\b/i.test(unit.text) && /^(?:below|the following|this|here)\b/i.test(unit.text) && /[.:]$/.test(unit.text);
}

/** A head that names an event of one speaker's words (in English or another language of official pages). */
const EVENT_HEAD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${STATEMENT_HEAD_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** A summary of a question in parentheses on a line of its own: three words or more, no sentence end inside. */
function isQuestionSummary(unit: ParseUnit): boolean {
  return /^\((?:On|About|Regarding|Concerning)\s[^()\n]*[^.!?\s]\)$/.test(unit.text) && unit.text.split(/\s+/).length >= 3;
}

/** First-person words, outside quotation marks. */
const FIRST_PERSON = /\b(I|I['’](?:m|ve|ll|d)|we|we['’](?:re|ve|ll|d)|my|our|us|me)\b/i;
/** Someone else's words told in the third person: "Smith said", "she told", "said Smith", "according to". */
const THIRD_PERSON_SAYING = /\b(?:he|she|they|(?!(?:We|You)\b)[\p{Lu}][\p{L}’'-]+)\s+(?:said|says|told|added|stated)\b|\bsaid\s+(?:the\s+)?[\p{Lu}]|\baccording to\b/u;

/**
 * Speech of the one who speaks: most prose units (half or more) speak in the first person
 * outside quotations, and few (at most one in ten) tell what someone said in the third person.
 */
function speaksInFirstPerson(prose: readonly { readonly text: string }[]): boolean {
  let first = 0;
  let told = 0;
  for (const u of prose) {
    const own = u.text.replace(/[“"][^”"]*[”"]/g, ' ');
    if (FIRST_PERSON.test(own)) first++;
    if (THIRD_PERSON_SAYING.test(u.text)) told++;
  }
  return first * 2 >= prose.length && told * 10 <= prose.length;
}

/**
 * The opening statement: the run of prose units right before the first label, after the
 * last unit that is a title or page chrome. Short section headings ("**Sudan**", "Questions
 * and Answers") may stand inside the run and between it and the first label; a sentence that
 * introduces the transcript ("The following is a near-verbatim transcript of …") ends it.
 * Its heading is the nearest title-like unit before it.
 */
function findOpening(units: readonly ParseUnit[], firstLabel: number): TurnSpan | undefined {
  const before = units.filter((u) => u.end <= firstLabel);
  let last = before.length - 1;
  while (last >= 0 && isSectionHeading(before[last]!)) last--;
  let first = last + 1;
  for (let i = last; i >= 0; i--) {
    const unit = before[i]!;
    if (isProse(unit) && !introducesTranscript(unit)) first = i;
    else if (!isSectionHeading(unit)) break;
  }
  if (first > last) return undefined;
  let heading: ParseUnit | undefined;
  for (let i = first - 1; i >= 0 && !heading; i--) if (isTitle(before[i]!)) heading = before[i];
  if (!heading) return undefined;
  // "Prime Minister X and President Y held a joint press conference in London.": narration, not speech
  while (first <= last && ((isSectionHeading(before[first]!) && !isProse(before[first]!)) || narratesEvent(before[first]!, heading))) first++;
  if (first > last) return undefined;
  const start = before[first]!.start;
  const end = before[last]!.end;
  return { start, end, bodyStart: start, headingUnit: heading, rule: 'turn/opening-statement' };
}

/** A short heading of a section: at most five words, on one line, no sentence punctuation ("**Sudan**"). */
function isSectionHeading(unit: ParseUnit): boolean {
  return isChrome(unit) && !/^[(\[]/.test(unit.text);
}

/** Kinds of event a title names and a narrating sentence repeats. */
const EVENT = /\b(press conference|news conference|press briefing|briefing|press availability|press statements?|joint statements?|remarks)\b/i;
/** `EVENT` for every event a title names (`matchAll` reads a copy: no shared `lastIndex`). */
const EVENTS = new RegExp(EVENT.source, 'gi');
/** Words that speak for the speaker or to the audience: speech has them, narration seldom. */
const FIRST_OR_SECOND_PERSON = /\b(I|we|our|us|my|me|you|your)\b/i;

/**
 * A unit that tells of the event the title names, in the third person ("… held a joint press
 * conference in London."; "Press statements following the talks" over "… made statements
 * for the media."): it opens the page, not the speech. The unit names the event the title
 * does, or by its head noun ("statements", "conference").
 */
function narratesEvent(unit: ParseUnit, heading: ParseUnit): boolean {
  if (FIRST_OR_SECOND_PERSON.test(unit.text)) return false;
  const event = EVENT.exec(unit.text)?.[1]?.toLowerCase();
  if (event && heading.text.toLowerCase().includes(event)) return true;
  const text = unit.text.toLowerCase();
  for (const m of heading.text.matchAll(EVENTS)) {
    const head = m[1]!.toLowerCase().split(' ').pop()!.replace(/s$/, '');
    if (new RegExp(`\\b${head}s?\\b`).test(text)) return true;
  }
  return false;
}

/** A sentence about the transcript itself, not part of the speech. */
function introducesTranscript(unit: ParseUnit): boolean {
  return isTitle(unit) && /\b(transcript|briefing|remarks|press conference)\b/i.test(unit.text) && /\b(following|below|this is|here is)\b/i.test(unit.text);
}

/** End of the last unit of speech at or after `from`: page chrome at the very end is dropped. */
function endOfSpeech(units: readonly ParseUnit[], from: number): number {
  let i = units.length - 1;
  while (i >= 0 && units[i]!.start > from && isChrome(units[i]!)) i--;
  return i >= 0 ? units[i]!.end : from;
}

function trimEnd(text: string, from: number, to: number): number {
  let e = Math.min(to, text.length);
  while (e > from && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** How many lower-case words `text` holds, counted up to `most`: the rules below ask for none, one or two, and an opening statement runs to thousands. */
function lowerWordsUpTo(text: string, most: number): number {
  // made per call: a module's global regular expression would carry its place from one search to the next
  const word = /(?:^|\s)[a-z]{2,}(?=[\s,.;:!?]|$)/g;
  let n = 0;
  while (n < most && word.exec(text)) n++;
  return n;
}

/** A unit that reads as speech: several lower-case words, or a greeting ending in a comma. */
export function isProse(unit: ParseUnit): boolean {
  const lowerWords = lowerWordsUpTo(unit.text, 2);
  if (isTitle(unit) && lowerWords > 0 && !/[.!?,:;"”]$/.test(unit.text)) return false;
  return lowerWords >= 2 || (lowerWords >= 1 && /[,:!]$/.test(unit.text));
}

/** A title: a single line of some length that does not end a sentence, or one that names remarks. */
function isTitle(unit: ParseUnit): boolean {
  if (/\n/.test(unit.text) || unit.text.length < 20) return false;
  return !/[.!?]["”]?$/.test(unit.text) || /\b(remarks|statement|speech|briefing|interview|address|answers|press conference|transcript)\b/i.test(unit.text);
}

/** Page chrome: a short line with no sentence punctuation and at most five words (a salutation's comma, "Dear friends,", is speech). */
function isChrome(unit: ParseUnit): boolean {
  if (/^[(\[][^()\[\]]*[)\]]\.?$/.test(unit.text)) return true; // "(The briefing was concluded at 2:41 p.m.)"
  const words = unit.text.split(/\s+/).filter(Boolean);
  return words.length <= 5 && !/[.!?:;,"”]$/.test(unit.text) && !/\n/.test(unit.text);
}
