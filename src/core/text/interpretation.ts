/**
 * Which turns of a transcript give a speaker's words through an interpreter or a
 * translation (`PRESIDENT X: (As interpreted.)`, `<Name> (retranslated):`, `THE
 * INTERPRETER:`), and whether the whole document says it is a translation ("[Provisional
 * Translation]"). A report's quotation of such words is the outlet's own rendering, not a
 * copy of the transcript's (the alignment reads this: `../align/alignAccounts.ts`).
 *
 * Notes: the notes and language names are data (`../data/interpretation.ts`). A turn's
 * notes are the parentheses and brackets of its label before the colon, and the stage
 * directions that open its words (up to three, as the speaker-label annotator skips
 * them). Offsets are UTF-16 character offsets into the whole text.
 */
import type { OffsetRange } from '../model/annotation';
import type { SharedStretches } from './sharedStretches';
import { DOCUMENT_NOTE_MAX_WORDS, DOCUMENT_TRANSLATION_LINE, DOCUMENT_TRANSLATION_NOTES, INTERPRETATION_NOTES, INTERPRETER_LABELS, LANGUAGE_NOTE_VERBS, LANGUAGES, NO_RENDERING_NOTES, TRANSCRIPT_LANGUAGE, TRANSLATED_RECORD_NOTES } from '../data/interpretation';

/** What a transcript says of interpretation. */
export interface Interpretation {
  /** The document says it is a translation: every turn's words are a rendering. */
  readonly translated: boolean;
  /** For each turn (in the order given), whether its words are an interpreter's or translator's rendering. */
  readonly turns: readonly boolean[];
}

/** A turn as this reading needs it: its span and its label as written (absent for an unlabelled turn). */
export interface TurnLike extends OffsetRange {
  readonly label?: string;
}

/** Reads the interpretation notes of `text`, whose turns are `turns` (sorted by start). */
export function readInterpretation(text: string, turns: readonly TurnLike[]): Interpretation {
  return interpretationReading(text, turns).interpretation;
}

/** What `interpretationReading` read of a text's turns, kept so that its next version reads again only the turns an edit reached. */
export interface InterpretationReading {
  readonly interpretation: Interpretation;
  readonly turns: readonly TurnLike[];
  /** For each turn, whether its notes say the record is a translation throughout ("retranslated"). */
  readonly records: readonly boolean[];
  /** Whether the text holds "translat" anywhere (a note on the document can only be read where it does: `declaresTranslation`). */
  readonly mentionsTranslation: boolean;
}

/** The word a note on the document holds (`declaresTranslation`), as it looks for it; a match is `TRANSLAT_LENGTH` code units long (no letter folds to these from outside the BMP). */
const TRANSLAT = /translat/iu;
const TRANSLAT_LENGTH = 8;

/**
 * `readInterpretation`, with what it read of each turn. Given the `last` reading of an
 * earlier version of the text and the stretches the two versions share (`stretches`: see
 * `sharedStretches`), a turn lying wholly in one of them where a turn of the same length
 * and label was takes that turn's reading: a turn's notes are read from its own
 * characters and its label only.
 */
export function interpretationReading(text: string, turns: readonly TurnLike[], last?: { readonly reading: InterpretationReading; readonly stretches: SharedStretches }): InterpretationReading {
  const flags: boolean[] = new Array(turns.length);
  const records: boolean[] = new Array(turns.length);
  let record = false;
  let r = 0;
  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i]!;
    if (last) {
      const { same, tail, shift } = last.stretches;
      const at = turn.start >= tail ? turn.start - shift : turn.end <= same ? turn.start : -1;
      const before = last.reading.turns;
      while (at >= 0 && r < before.length && before[r]!.start < at) r++;
      const was = at >= 0 ? before[r] : undefined;
      if (was && was.start === at && was.end - was.start === turn.end - turn.start && was.label === turn.label) {
        flags[i] = last.reading.interpretation.turns[r]!;
        records[i] = last.reading.records[r]!;
        record ||= records[i]!;
        continue;
      }
    }
    const notes = turnNotes(text, turn);
    // "retranslated": the English text is a translation of the record throughout.
    records[i] = notes.some((n) => startsWithAny(normalizeNote(n), TRANSLATED_RECORD_NOTES));
    record ||= records[i]!;
    flags[i] = isInterpreterLabel(turn.label) || notes.some(isInterpretationNote);
  }
  // A text that did not hold the word holds it after an edit only where the edit reached (a match overlapping the edited stretch).
  let mentionsTranslation: boolean;
  if (last && !last.reading.mentionsTranslation) {
    const { same, tail } = last.stretches;
    mentionsTranslation = TRANSLAT.test(text.slice(Math.max(0, same - (TRANSLAT_LENGTH - 1)), Math.min(text.length, tail + TRANSLAT_LENGTH - 1)));
  } else mentionsTranslation = TRANSLAT.test(text);
  return { interpretation: { translated: record || (mentionsTranslation && declaresTranslation(text, turns)), turns: flags }, turns, records, mentionsTranslation };
}

/** True when `note` (the words of a parenthesis or bracket) says the words are rendered by an interpreter or a translation. */
export function isInterpretationNote(note: string): boolean {
  // "Questioned in Hindi; Approximate Translation: Sir, …", "spoke in French, as interpreted": each part on its own.
  for (const part of normalizeNote(note).split(/\s*[;:,]\s*/)) {
    if (!part || startsWithAny(part, NO_RENDERING_NOTES)) continue;
    if (startsWithAny(part, INTERPRETATION_NOTES)) return true;
    const language = languageOf(part);
    if (language !== undefined && language !== TRANSCRIPT_LANGUAGE) return true;
  }
  return false;
}

/** The language a note says the words were spoken in ("spoke in French", "in Spanish", "speaks Portuguese"), lower case; undefined when it names none. */
function languageOf(part: string): string | undefined {
  const words = part.split(' ');
  let i = LANGUAGE_NOTE_VERBS.has(words[0]!) ? 1 : 0;
  // "in Spanish" alone, "<verb> in Spanish", or "speaks Spanish" (no "in").
  if (words[i] === 'in') i++;
  else if (!(i === 1 && (words[0] === 'speaks' || words[0] === 'speaking'))) return undefined;
  const one = words[i]?.replace(/[^\p{L}]+$/u, '');
  if (one === undefined) return undefined;
  const two = `${one} ${words[i + 1] ?? ''}`.trim();
  return LANGUAGES.has(two) ? two : LANGUAGES.has(one) ? one : undefined;
}

/** Lower case, one space, without the period or colon that closes a stage direction. */
function normalizeNote(note: string): string {
  return note.toLowerCase().replace(/\s+/g, ' ').replace(/[.!:\s]+$/, '').trim();
}

/** True when `words` are one of `phrases` or begin with one followed by a space or punctuation. */
function startsWithAny(words: string, phrases: readonly string[]): boolean {
  for (const p of phrases) {
    if (!words.startsWith(p)) continue;
    const next = words[p.length];
    if (next === undefined || !/[\p{L}\p{N}]/u.test(next)) return true;
  }
  return false;
}

/** The label of an interpreter's own turn ("THE INTERPRETER"). */
function isInterpreterLabel(label: string | undefined): boolean {
  return label !== undefined && INTERPRETER_LABELS.has(label.toLowerCase().replace(/[.\s]+$/, '').trim());
}

/** The most characters of a line read as a document note (`DOCUMENT_NOTE_MAX_WORDS` words). */
const DOCUMENT_NOTE_MAX_CHARS = 300;

/** The most characters of a turn's head read for its notes. */
const HEAD_CHARS = 400;

/**
 * The notes of a turn: the parentheses and brackets of its first line before the colon
 * that ends its label, then the parentheses and brackets that open its words, up to three
 * ("(Speaks Spanish.) (As interpreted.)").
 */
function turnNotes(text: string, turn: TurnLike): string[] {
  if (turn.label === undefined) return [];
  const head = text.slice(turn.start, Math.min(turn.end, turn.start + HEAD_CHARS));
  const lineEnd = head.indexOf('\n');
  const line = lineEnd < 0 ? head : head.slice(0, lineEnd);
  const colon = labelColon(line);
  const notes: string[] = [];
  const before = colon < 0 ? line : line.slice(0, colon);
  for (const m of before.matchAll(/\(([^()]{1,160})\)|\[([^\[\]]{1,160})\]/g)) notes.push(m[1] ?? m[2]!);
  let rest = head.slice(colon < 0 ? line.length : colon + 1);
  for (let n = 0; n < 3; n++) {
    const m = /^[\s*_]*(?:\(([^()\n]{1,160})\)|\\?\[([^\[\]\n]{1,160})\\?\])/.exec(rest);
    if (!m) break;
    notes.push(m[1] ?? m[2]!);
    rest = rest.slice(m[0].length);
  }
  return notes;
}

/** The colon that ends a label on its line, outside parentheses; -1 when none. */
function labelColon(line: string): number {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    else if (c === ':' && depth === 0) return i;
  }
  return -1;
}

/**
 * True when a line of its own says the document is a translation: a short line
 * (`DOCUMENT_NOTE_MAX_WORDS`) outside the turns, or wholly in brackets or parentheses
 * anywhere, that begins with a translation note (after its brackets, a "Note:" and a
 * "This is a/an") or is "Translation" alone.
 */
function declaresTranslation(text: string, turns: readonly TurnLike[]): boolean {
  // Only the lines that hold "translat" are read (a long transcript has few or none).
  const find = /translat/giu;
  for (let m = find.exec(text); m; ) {
    const hit = m.index;
    const start = text.lastIndexOf('\n', hit) + 1;
    const newline = text.indexOf('\n', hit);
    const end = newline < 0 ? text.length : newline;
    // A note is short: its line is read only when it is (a long line of speech is not).
    const raw = end - start <= DOCUMENT_NOTE_MAX_CHARS ? text.slice(start, end) : '';
    const line = raw.trim();
    const bracketed = /^[\[(].*[\])]$/.test(line);
    if (line && (bracketed || !inTurn(turns, start + raw.indexOf(line))) && line.split(/\s+/).length <= DOCUMENT_NOTE_MAX_WORDS) {
      const words = normalizeNote(line.replace(/^[\[(]+|[\])]+$/g, '')).replace(/^note\s*:\s*/, '').replace(/^this is (?:a|an|the)\s+/, '');
      if (words === DOCUMENT_TRANSLATION_LINE || startsWithAny(words, DOCUMENT_TRANSLATION_NOTES)) return true;
    }
    if (newline < 0) break;
    find.lastIndex = end;
    m = find.exec(text);
  }
  return false;
}

/** True when `at` lies inside one of `turns` (sorted by start, not overlapping). */
function inTurn(turns: readonly TurnLike[], at: number): boolean {
  let lo = 0;
  let hi = turns.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (turns[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && at < turns[lo - 1]!.end;
}
