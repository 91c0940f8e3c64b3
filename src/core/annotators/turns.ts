/**
 * Builds speaker turns from speaker labels: each turn runs from its label to the last words
 * before the next label. Text before the first label that reads as speech (after the title
 * and page chrome) is an opening turn, spoken by the person the title names. Page chrome
 * after the last turn ("Additional materials", "Share") is left out.
 */
import type { OffsetRange } from '../model/annotation';
import type { ParseUnit } from '../text/paragraphs';
import type { SpeakerLabel } from './speakerLabels';

/** One turn, before its speaker is resolved to a person. */
export interface TurnSpan extends OffsetRange {
  /** The label opening the turn; absent for the opening turn. */
  readonly label?: SpeakerLabel;
  /** Where the spoken words start. */
  readonly bodyStart: number;
  /** Opening turn only: the unit holding the title that names its speaker. */
  readonly headingUnit?: ParseUnit;
}

/** Builds the turns of a transcript from its labels and parse units. */
export function buildTurns(text: string, labels: readonly SpeakerLabel[], units: readonly ParseUnit[]): TurnSpan[] {
  const turns: TurnSpan[] = [];
  if (labels.length === 0) return turns;
  const opening = findOpening(units, labels[0]!.start);
  if (opening) turns.push(opening);
  const lastEnd = endOfSpeech(units, labels[labels.length - 1]!.start);
  labels.forEach((label, i) => {
    const limit = i + 1 < labels.length ? labels[i + 1]!.start : lastEnd;
    const end = trimEnd(text, label.start, limit);
    turns.push({ start: label.start, end: Math.max(end, label.labelEnd), label, bodyStart: Math.min(label.bodyStart, Math.max(end, label.labelEnd)) });
  });
  return turns;
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
  return { start, end, bodyStart: start, headingUnit: heading };
}

/** A short heading of a section: at most five words, on one line, no sentence punctuation ("**Sudan**"). */
function isSectionHeading(unit: ParseUnit): boolean {
  return isChrome(unit) && !/^[(\[]/.test(unit.text);
}

/** Kinds of event a title names and a narrating sentence repeats. */
const EVENT = /\b(press conference|news conference|press briefing|briefing|press availability|press statements?|joint statements?|remarks)\b/i;
/** Words that speak for the speaker or to the audience: speech has them, narration seldom. */
const FIRST_OR_SECOND_PERSON = /\b(I|we|our|us|my|me|you|your)\b/i;

/**
 * A unit that tells of the event the title names, in the third person ("… held a joint press
 * conference in London."): it opens the page, not the speech.
 */
function narratesEvent(unit: ParseUnit, heading: ParseUnit): boolean {
  const event = EVENT.exec(unit.text)?.[1]?.toLowerCase();
  return !!event && heading.text.toLowerCase().includes(event) && !FIRST_OR_SECOND_PERSON.test(unit.text);
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

const LOWER_WORD = /(?:^|\s)[a-z]{2,}(?=[\s,.;:!?]|$)/g;

/** A unit that reads as speech: several lower-case words, or a greeting ending in a comma. */
export function isProse(unit: ParseUnit): boolean {
  const lowerWords = unit.text.match(LOWER_WORD)?.length ?? 0;
  if (isTitle(unit) && lowerWords > 0 && !/[.!?,:;"”]$/.test(unit.text)) return false;
  return lowerWords >= 2 || (lowerWords >= 1 && /[,:!]$/.test(unit.text));
}

/** A title: a single line of some length that does not end a sentence, or one that names remarks. */
function isTitle(unit: ParseUnit): boolean {
  if (/\n/.test(unit.text) || unit.text.length < 20) return false;
  return !/[.!?]["”]?$/.test(unit.text) || /\b(remarks|statement|speech|briefing|interview|address|answers|press conference|transcript)\b/i.test(unit.text);
}

/** Page chrome: a short line with no sentence punctuation and at most five words. */
function isChrome(unit: ParseUnit): boolean {
  if (/^[(\[][^()\[\]]*[)\]]\.?$/.test(unit.text)) return true; // "(The briefing was concluded at 2:41 p.m.)"
  const words = unit.text.split(/\s+/).filter(Boolean);
  return words.length <= 5 && !/[.!?:;"”]$/.test(unit.text) && !/\n/.test(unit.text);
}
