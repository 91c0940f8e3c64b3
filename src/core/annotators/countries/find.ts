/**
 * Country mentions with ISO 3166-1 alpha-2 codes, in any English text.
 *
 * One pass over the text: every word that starts with a capital letter is looked up by
 * its first word in an index of the gazetteer (`../../data/gazetteer`), the longest form that
 * matches there wins, and a few general context rules decide whether it is a country:
 *
 * - names and demonyms count unless they are part of a person's or an organisation's name
 *   ("Michael Jordan", "Chad Smith", "Georgia Tech", "Russia Today", "Turkish Airlines");
 * - abbreviations are case-sensitive ("US", not "us"; not "US" in an all-caps "LET US");
 * - capitals count only where they stand for the state: possessive ("Ankara's striving"),
 *   subject of a verb ("Washington said"), after a noun of relations or pressure
 *   ("pressure from Washington", "talks with Moscow"), coordinated with another state
 *   ("Moscow and Ankara"), or a "-backed"/"-led" compound; never as a place ("visits to
 *   Washington", "conference in Damascus", "Tripoli-based") or in a name ("Berlin
 *   Conference", "Washington Post", "Minsk agreements" has no state reading either);
 * - blockers hide country words inside regions ("New Mexico", "Latin American");
 * - a name that is also a US state ("Georgia") is the state when its paragraph speaks of
 *   US politics and not of the country.
 *
 * Pure: no I/O; the gazetteer is a static import. Offsets are UTF-16 code units.
 */
import type { Root } from 'nlcst';
import type { AnnotationRule } from '../../data/ruleIds';
import { toString } from 'nlcst-to-string';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import {
  ACTS_ON_STATES,
  ADVERBS,
  AGENT_SUFFIXES,
  CITY_NOUNS,
  CLAUSE_STARTERS,
  COUNTRY_NON_NAME_NEIGHBOURS,
  DIVIDED_STATES,
  GOVERNMENT_NOUNS,
  MODIFIERS,
  ORGANISATION_HEADS,
  PHRASE_BREAKERS,
  PLACE_WORDS,
  PREPOSITIONS,
  STANCE_NOUNS,
  STANCE_PREPOSITIONS,
  STATE_VERBS,
  US_STATE_CUES,
} from '../../data/countryContextWords';
import { NAME_ABBREVIATIONS } from '../../data/abbreviations';
import { NOUN_PHRASE_OPENERS } from '../../data/functionWords';
import { COUNTRY_FORMS, type CountryForm } from '../../data/gazetteer';

/** One country mention: `text === input.slice(start, end)`. */
/** The rules of the country annotator (see `ANNOTATION_RULES`). */
export type CountryRule = Extract<AnnotationRule, `country/${string}`>;

export interface CountryMention {
  /** UTF-16 offset of the first code unit. */
  start: number;
  /** UTF-16 offset after the last code unit (half-open). */
  end: number;
  text: string;
  /** ISO 3166-1 alpha-2 code ("TR"). */
  iso: string;
  /** English common name of the country ("Türkiye"). */
  name: string;
  /** The rule that found the mention. */
  rule: CountryRule;
  /**
   * A form shared by several states ("Korean") that its text does not settle (it names none
   * of them otherwise): every state it may be, the gazetteer's default (`iso`) first. The
   * account decides, or the mention is left out (see `merge/sharedCountryForms`).
   */
  candidates?: readonly { readonly iso: string; readonly name: string; readonly partner?: string }[];
}

// ---------------------------------------------------------------------------
// Index (built once at load, never mutated)

interface IndexedForm extends CountryForm {
  /** More than one word: exempt from the person/organisation-name rules. */
  readonly multiword: boolean;
  /** UTF-16 code units of `form`, and of its upper-case letters (for all-caps text). */
  readonly codes: readonly number[];
  readonly upperCodes: readonly number[];
}

/**
 * Hash of the code units of text[start, end); with `titleCase`, ASCII capitals after the
 * first are lower-cased (to look up an all-caps word: "RUSSIA" -> "Russia"). Hashing in
 * place spares a string per capitalised word of the text; a collision is harmless because
 * every form is matched against the text afterwards.
 */
function hashWord(text: string, start: number, end: number, titleCase: boolean): number {
  let h = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (titleCase && i > start && c >= 65 && c <= 90) c += 32;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h;
}

/** Hash of the first word of every form (its leading run of letters) -> forms, longest first. */
const FORMS_BY_FIRST_WORD: ReadonlyMap<number, readonly IndexedForm[]> = (() => {
  const map = new Map<number, IndexedForm[]>();
  for (const f of COUNTRY_FORMS) {
    const key = /^[\p{L}\p{M}]+/u.exec(f.form)?.[0];
    if (!key) continue;
    const h = hashWord(key, 0, key.length, false);
    const list = map.get(h) ?? [];
    const units = f.form.split(''); // UTF-16 code units, as the text is read
    const codes = units.map((ch) => ch.charCodeAt(0));
    const upperCodes = units.map((ch) => (ch.toUpperCase().length === 1 ? ch.toUpperCase() : ch).charCodeAt(0));
    list.push({ ...f, multiword: /[\s-]/.test(f.form), codes, upperCodes });
    map.set(h, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.form.length - a.form.length);
  return map;
})();

/** 1 at the UTF-16 code units that start some form (every form starts with a capital). */
const FIRST_CODES: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const f of COUNTRY_FORMS) table[f.form.charCodeAt(0)] = 1;
  return table;
})();

/** Lower-cased single-word forms that name a state (for "Greek Cypriot", "Russia Turkey"). */
const STATE_WORDS: ReadonlySet<string> = new Set(
  COUNTRY_FORMS.filter((f) => f.kind !== 'blocker' && !/[\s-]/.test(f.form)).map((f) => f.form.toLowerCase()),
);

/** Per ISO code with a US-state homonym: the country's other forms (Georgian, Tbilisi). */
const COUNTRY_CUES: ReadonlyMap<string, RegExp> = (() => {
  const out = new Map<string, RegExp>();
  for (const iso of new Set(COUNTRY_FORMS.filter((f) => f.usStateHomonym).map((f) => f.iso))) {
    const others = COUNTRY_FORMS.filter((f) => f.iso === iso && !f.usStateHomonym && f.kind !== 'abbreviation' && /^[\p{L} ]+$/u.test(f.form));
    out.set(iso, new RegExp(`(?<![\\p{L}])(?:${others.map((f) => f.form).join('|')})(?![\\p{L}])`, 'u'));
  }
  return out;
})();

// ---------------------------------------------------------------------------
// Character helpers

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER = /[\p{L}\p{M}]/u;
/** ASCII fast paths (most text is ASCII); other characters go through the Unicode classes. */
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWordChar = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c < 128 ? isAsciiLetter(c) || isAsciiDigit(c) : WORD_CHAR.test(ch);
};
/** Whether the code unit at `i` is a letter or combining mark (the inside of a word of a form). */
const isLetterAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? isAsciiLetter(c) : c === c && LETTER.test(text[i]);
};
const UPPER_START = /^\p{Lu}/u;
const isApostrophe = (ch: string | undefined): boolean => ch === "'" || ch === '’' || ch === 'ʼ';
const isHyphen = (ch: string | undefined): boolean => ch === '-' || ch === '‐' || ch === '‑' || ch === '–';
/** Horizontal or vertical white space, including no-break and other Unicode spaces. */
const isSpace = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && /\s/.test(ch));
};
const isAllCaps = (w: string): boolean => w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();

const isApostropheCode = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2bc;
const isHyphenCode = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013;

/**
 * Matches `form` at `pos`: a space in the form matches a run of white space (one line
 * break at most: hard wraps), apostrophes and hyphens match their typographic variants,
 * and `upper` also accepts the upper-case letter (all-caps text). The form must end at a
 * word boundary. Returns the end offset, or -1.
 */
function matchForm(text: string, pos: number, form: IndexedForm, upper: boolean): number {
  const { codes, upperCodes } = form;
  let i = pos;
  for (let k = 0; k < codes.length; k++) {
    const f = codes[k];
    if (f === 32) {
      let breaks = 0;
      const from = i;
      while (isSpace(text[i])) {
        if (text.charCodeAt(i) === 10 && ++breaks > 1) return -1;
        i++;
      }
      if (i === from) return -1;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === f || (upper && c === upperCodes[k]) || (isApostropheCode(f) ? isApostropheCode(c) : isHyphenCode(f) && isHyphenCode(c))) {
      i++;
      continue;
    }
    return -1;
  }
  return isWordChar(text[i]) ? -1 : i;
}

/** A word next to a candidate, and what separates them. */
interface Neighbour {
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** The characters between the word and the candidate. */
  readonly gap: string;
}

/** Longest neighbour word looked at: context rules need no more, and it keeps the scan linear. */
const MAX_NEIGHBOUR = 40;

/** The word ending before `pos` (at most 12 characters of gap), or undefined. */
function wordBefore(text: string, pos: number): Neighbour | undefined {
  let end = pos;
  while (end > 0 && pos - end < 12 && !isWordChar(text[end - 1])) end--;
  if (end === 0 || !isWordChar(text[end - 1])) return undefined;
  let start = end;
  while (start > 0 && end - start < MAX_NEIGHBOUR && (isWordChar(text[start - 1]) || ((isApostrophe(text[start - 1]) || isHyphen(text[start - 1])) && isWordChar(text[start - 2])))) start--;
  return { word: text.slice(start, end), start, end, gap: text.slice(end, pos) };
}

/** The word starting after `pos` (at most 12 characters of gap), or undefined. */
function wordAfter(text: string, pos: number): Neighbour | undefined {
  let start = pos;
  while (start < text.length && start - pos < 12 && !isWordChar(text[start])) start++;
  if (!isWordChar(text[start])) return undefined;
  let end = start;
  while (end < text.length && end - start < MAX_NEIGHBOUR && (isWordChar(text[end]) || ((isApostrophe(text[end]) || isHyphen(text[end])) && isWordChar(text[end + 1])))) end++;
  return { word: text.slice(start, end), start, end, gap: text.slice(pos, start) };
}

/** Only spaces or tabs between two words on one line. */
const isPlainGap = (gap: string): boolean => gap.length > 0 && /^[ \t\u00a0]+$/.test(gap);
const lower = (n: Neighbour | undefined): string => n?.word.toLowerCase() ?? '';
const isPossessiveAt = (text: string, pos: number): boolean => isApostrophe(text[pos]) && text[pos + 1] === 's' && !isWordChar(text[pos + 2]);

/** Whether text[start, end) has only ASCII capitals. */
function isAsciiUpperRun(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** The end of the run of letters (and combining marks) that starts at `start`. */
function wordEndAt(text: string, start: number): number {
  let end = start;
  while (isLetterAt(text, end)) end++;
  return end;
}

/**
 * The longest gazetteer form at `pos`, where a capitalised word ends at `wordEnd`, or
 * undefined. An all-caps word of four letters or more is also looked up as a name
 * ("RUSSIA"), never as an abbreviation.
 */
function formAt(text: string, pos: number, wordEnd: number): { form: IndexedForm; end: number } | undefined {
  let candidates = FORMS_BY_FIRST_WORD.get(hashWord(text, pos, wordEnd, false));
  let upper = false;
  if (!candidates && wordEnd - pos >= 4 && isAsciiUpperRun(text, pos, wordEnd)) {
    candidates = FORMS_BY_FIRST_WORD.get(hashWord(text, pos, wordEnd, true));
    upper = true;
  }
  if (!candidates) return undefined;
  for (const form of candidates) {
    if (upper && form.kind === 'abbreviation') continue;
    const end = matchForm(text, pos, form, upper);
    if (end >= 0) return { form, end };
  }
  return undefined;
}

/** The state form (not a demonym or blocker) starting at the word `n`, if any. */
function stateFormAt(text: string, n: Neighbour | undefined): { form: IndexedForm; end: number } | undefined {
  if (!n || !UPPER_START.test(n.word)) return undefined;
  const found = formAt(text, n.start, wordEndAt(text, n.start));
  return found && found.form.kind !== 'blocker' && found.form.kind !== 'demonym' ? found : undefined;
}

// ---------------------------------------------------------------------------
// Context rules

/** What the scan knows about the previous candidate (for "Moscow and Ankara"). */
interface Previous {
  readonly start: number;
  readonly end: number;
  readonly kind: CountryForm['kind'];
  /** Start of the coordination ("Moscow and Ankara", "Russia, Iran and Turkey") it belongs to. */
  readonly groupStart: number;
}

/** Text between two members of a coordination: "and", "or", "nor", a comma. */
const COORDINATION_LINK = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|nor\s+|&\s*)$/;

/** "Michael Jordan", "George Washington", "Mr Chad": a capitalised word right before a one-word form. */
function isAfterNamePart(prev: Neighbour | undefined): boolean {
  if (!prev || !UPPER_START.test(prev.word)) return false;
  // "Mr. Holland", "Gen. Jordan": an abbreviated title
  if (/^\.[ \t\u00a0]$/.test(prev.gap)) return NAME_ABBREVIATIONS.has(prev.word.toLowerCase());
  if (!isPlainGap(prev.gap)) return false;
  const w = prev.word.toLowerCase();
  // an acronym ("NATO ally", "EU Turkey deal"), but not initials ("AJ Jordan")
  if (COUNTRY_NON_NAME_NEIGHBOURS.has(w) || MODIFIERS.has(w) || STATE_WORDS.has(w) || (isAllCaps(prev.word) && prev.word.length >= 3)) return false;
  if (/['’]s$/.test(prev.word)) return false; // "Erdogan's Turkey"
  return true;
}

/** "Jordan Peterson", "Georgia Tech", "Berlin Conference": a one-word form followed by a capitalised word. */
function isBeforeNamePart(text: string, next: Neighbour | undefined): boolean {
  if (!next || !isPlainGap(next.gap) || !UPPER_START.test(next.word)) return false;
  if (next.word === 'I' || isAllCaps(next.word) || COUNTRY_NON_NAME_NEIGHBOURS.has(next.word.toLowerCase())) return false;
  return !stateFormAt(text, next);
}

/** "Turkish Airlines", "Washington Post", "USA Today". */
function isBeforeOrganisationHead(next: Neighbour | undefined): boolean {
  return !!next && isPlainGap(next.gap) && UPPER_START.test(next.word) && ORGANISATION_HEADS.has(next.word.toLowerCase());
}

/** "President of Russia Vladimir Putin": a preposition right before the name, in the same clause. */
function isAfterPhraseBreaker(text: string, start: number): boolean {
  const prev = wordBefore(text, start);
  return !!prev && /^\s+$/.test(prev.gap) && PHRASE_BREAKERS.has(prev.word.toLowerCase());
}

/** "LET US KNOW": a two-letter abbreviation after an all-caps word other than THE. */
function isInAllCapsPhrase(prev: Neighbour | undefined): boolean {
  return !!prev && isPlainGap(prev.gap) && isAllCaps(prev.word) && /^\p{L}+$/u.test(prev.word) && prev.word !== 'THE';
}

/** "Georgia" the US state: its paragraph has US-politics cues and none of the country's other forms. */
function isUsState(text: string, start: number, end: number, iso: string): boolean {
  const prev = wordBefore(text, start);
  const beforePrev = prev && wordBefore(text, prev.start);
  if (lower(prev) === 'of' && lower(beforePrev) === 'state') return true;
  if (lower(wordAfter(text, end)) === 'state') return true;
  // its paragraph, within 1000 characters either side (bounded: no rescans of a huge text)
  const before = text.slice(Math.max(0, start - 1000), start);
  const after = text.slice(end, end + 1000);
  const breakAfter = after.indexOf('\n\n');
  const paragraph = before.slice(before.lastIndexOf('\n\n') + 1) + text.slice(start, end) + (breakAfter < 0 ? after : after.slice(0, breakAfter));
  return US_STATE_CUES.test(paragraph) && !(COUNTRY_CUES.get(iso)?.test(paragraph) ?? false);
}

/** The end of the coordination of states that starts with the form at [start, end) ("Moscow and Ankara"). */
function coordinationEnd(text: string, end: number, iso: string): number {
  let groupEnd = end;
  for (let members = 0; members < 5; members++) {
    const link = wordAfter(text, groupEnd);
    let next = link;
    if (link && /^(?:and|or|nor)$/.test(link.word) && /^\s+$/.test(link.gap)) next = wordAfter(text, link.end);
    else if (!link || !/^\s*(?:,|&)\s*$/.test(link.gap)) break;
    const other = stateFormAt(text, next);
    // "Damascus, Syria" is a place and its country, not two states
    if (!other || (other.form.iso === iso && /,/.test(text.slice(groupEnd, next?.start)))) break;
    if (!COORDINATION_LINK.test(text.slice(groupEnd, next!.start))) break;
    groupEnd = other.end;
  }
  return groupEnd;
}

/**
 * Whether a capital at [start, end) stands for its state. Default: no (a place).
 * `groupStart` is where its coordination starts ("Moscow" for "Ankara" in "Moscow and Ankara").
 */
function isCapitalForState(text: string, start: number, end: number, form: IndexedForm, groupStart: number): boolean {
  const { iso } = form;
  // "Ankara's striving" (but "Moscow's mayor")
  if (isPossessiveAt(text, end)) return !CITY_NOUNS.has(lower(wordAfter(text, end + 2)));
  // "Moscow-backed" (but "Tripoli-based"); "Washington-Moscow"
  if (isHyphen(text[end]) && isWordChar(text[end + 1])) {
    const next = wordAfter(text, end + 1);
    if (next && UPPER_START.test(next.word)) return !!stateFormAt(text, next);
    return AGENT_SUFFIXES.has(lower(next));
  }
  // the rest looks at the whole coordination: "between Moscow and Ankara", "Moscow and Ankara have"
  const groupEnd = coordinationEnd(text, end, iso);
  const prev = wordBefore(text, groupStart);
  const prevWord = lower(prev);
  const afterSpace = !!prev && /^\s+$/.test(prev.gap);
  if (afterSpace && PREPOSITIONS.has(prevWord)) {
    // "talks with Moscow", "sanctions against Moscow"
    if (prevWord === 'with' || prevWord === 'against') return true;
    // "pressure from Washington", "dialogue between Moscow and Ankara", "sanctions imposed by Washington"
    const before = lower(wordBefore(text, prev.start));
    // "the government in Moscow", "the authorities in Kyiv" (not "officials met in Geneva")
    if (prevWord === 'in' && GOVERNMENT_NOUNS.has(before) && before !== 'officials' && before !== 'diplomats' && before !== 'delegation' && before !== 'delegations') return true;
    // "for Pyongyang and Seoul to improve their relations": the subject of what the states are to do
    if (prevWord === 'for' && isInfinitiveAfter(text, groupEnd)) return true;
    return (STANCE_PREPOSITIONS.has(prevWord) && STANCE_NOUNS.has(before)) || (prevWord === 'by' && /ed$/.test(before));
  }
  if (afterSpace && PLACE_WORDS.has(prevWord)) return false;
  // object of an act between states: "accused Kyiv of", "urged Washington to"
  if (afterSpace && ACTS_ON_STATES.has(prevWord)) return true;
  // subject: "Washington said", "Moscow also believes", "that Washington and Tokyo coordinate";
  // not for capitals that are given names ("Sofia said" is a person far more often)
  if (form.givenNameHomonym && groupStart === start && groupEnd === end) return false;
  let next = wordAfter(text, groupEnd);
  if (next && ADVERBS.has(lower(next)) && /^\s+$/.test(next.gap)) next = wordAfter(text, next.end);
  if (!next || !/^\s+$/.test(next.gap)) return false;
  if (STATE_VERBS.has(lower(next))) return true;
  // "the Kiev authorities", "Baku officials"
  if (GOVERNMENT_NOUNS.has(lower(next))) return true;
  const clauseStart = !prev || /[.!?:;"“(\n]/.test(prev.gap) || CLAUSE_STARTERS.has(prevWord);
  return clauseStart && /^\p{Ll}/u.test(next.word) && !/^(?:of|and|or|'s)$/.test(next.word);
}

/** "… to improve": "to" and a lower-case word right after `end`. */
function isInfinitiveAfter(text: string, end: number): boolean {
  const to = wordAfter(text, end);
  if (!to || to.word !== 'to' || !/^\s+$/.test(to.gap)) return false;
  const verb = wordAfter(text, to.end);
  return !!verb && /^\s+$/.test(verb.gap) && /^\p{Ll}/u.test(verb.word) && !NOUN_PHRASE_OPENERS.has(verb.word);
}

/** "/", ":", "@" or ".": characters of URLs and e-mail addresses. */
const isUrlChar = (c: number): boolean => c === 47 || c === 58 || c === 64 || c === 46;

/**
 * "en-US", "https://example.org/Russia", "team@turkey.example": a form glued to a locale
 * tag, or inside a URL or an e-mail address, is code, not prose.
 */
function isInCode(text: string, start: number, end: number, prev: Neighbour | undefined): boolean {
  if (isHyphen(text[start - 1]) && /^[a-z]{2,3}$/.test(prev?.word ?? '')) return true;
  // the white-space-delimited token around the form; most are just "Russia's" or "(Russia),"
  let suspicious = false;
  let from = start;
  for (; from > 0 && start - from < 64 && !isSpace(text[from - 1]); from--) suspicious ||= isUrlChar(text.charCodeAt(from - 1));
  let to = end;
  for (; to < text.length && to - end < 64 && !isSpace(text[to]); to++) suspicious ||= isUrlChar(text.charCodeAt(to));
  return suspicious && /:\/\/|www\.|@/.test(text.slice(from, to));
}

/** Where the coordination that the candidate at `start` ends starts ("Moscow" in "Moscow and Ankara"). */
function groupStartOf(text: string, start: number, previous: Previous | undefined): number {
  const linked = previous && previous.kind !== 'blocker' && previous.kind !== 'demonym' && start - previous.end <= 12
    && COORDINATION_LINK.test(text.slice(previous.end, start));
  return linked ? previous.groupStart : start;
}

/**
 * Decides whether a matched form is a country mention here, and by which rule (undefined:
 * it is not). `previous` is the candidate before it and `groupStart` the start of the
 * coordination it ends (`groupStartOf`).
 */
function countryRuleOf(text: string, start: number, end: number, form: IndexedForm, previous: Previous | undefined, groupStart: number): CountryRule | undefined {
  if (form.kind === 'blocker') return undefined;
  const prev = wordBefore(text, start);
  if (isInCode(text, start, end, prev)) return undefined;
  const next = wordAfter(text, end);
  if (isBeforeOrganisationHead(next)) return undefined;
  switch (form.kind) {
    case 'abbreviation':
      return form.form.length === 2 && isInAllCapsPhrase(prev) ? undefined : 'country/abbreviation';
    case 'demonym':
      return form.multiword || !isAfterNamePart(prev) ? 'country/demonym' : undefined;
    case 'name':
      if (!form.multiword) {
        if (isAfterNamePart(prev)) return undefined;
        // "the presidents of Russia and Turkey Vladimir Putin and …": the preposition opens the whole list
        if (isBeforeNamePart(text, next) && !isAfterPhraseBreaker(text, groupStart)) return undefined;
      }
      return form.usStateHomonym && isUsState(text, start, end, form.iso) ? undefined : 'country/name';
    case 'capital':
      if (!form.multiword && isAfterNamePart(prev)) return undefined;
      if (isBeforeNamePart(text, next)) return undefined;
      // "Washington–Moscow hotline", "US-Moscow talks": the second half of a compound of states
      if (previous && previous.end === start - 1 && isHyphen(text[start - 1]) && /^(?:name|abbreviation|capital)$/.test(previous.kind)) return 'country/capital-in-compound';
      return isCapitalForState(text, start, end, form, groupStart) ? 'country/capital-for-state' : undefined;
  }
}

// ---------------------------------------------------------------------------
// Public API

/**
 * Finds the country mentions of an English text: names, official names, abbreviations,
 * demonyms and adjectives (plurals included; "Russian-Turkish" gives two), and capitals
 * where they stand for the state.
 *
 * @param text Any text; CRLF, BOM, emoji and so on are fine.
 * @returns Mentions sorted by `start`, non-overlapping, `text === input.slice(start, end)`.
 */
export function findCountryMentions(text: string): CountryMention[] {
  const out: CountryMention[] = [];
  // candidates: a letter that can start a form, not preceded by a word character
  let previous: Previous | undefined;
  const ambiguous: { index: number; form: IndexedForm }[] = [];
  const mentionsPerIso = new Map<string, number>();
  let next = 0;
  for (let start = 0; start < text.length; start = next) {
    next = start + 1;
    if (FIRST_CODES[text.charCodeAt(start)] === 0) continue;
    if (start > 0 && isWordChar(text[start - 1])) continue;
    const wordEnd = wordEndAt(text, start + 1);
    const found = formAt(text, start, wordEnd);
    if (!found) {
      next = wordEnd;
      continue;
    }
    const { form, end } = found;
    const groupStart = groupStartOf(text, start, previous);
    const rule = countryRuleOf(text, start, end, form, previous, groupStart);
    if (rule) {
      if (form.alternatives.length) ambiguous.push({ index: out.length, form });
      else mentionsPerIso.set(form.iso, (mentionsPerIso.get(form.iso) ?? 0) + 1);
      out.push({ start, end, text: text.slice(start, end), iso: form.iso, name: form.name, rule });
    }
    previous = { start, end, kind: form.kind, groupStart };
    next = end;
  }
  // one sense per text: "Congo" is DR Congo in a text that otherwise names only DR Congo
  for (const { index, form } of ambiguous) {
    let best: { readonly iso: string; readonly name: string } = form;
    for (const alt of form.alternatives) if ((mentionsPerIso.get(alt.iso) ?? 0) > (mentionsPerIso.get(best.iso) ?? 0)) best = alt;
    if ((mentionsPerIso.get(best.iso) ?? 0) === 0) out[index] = { ...out[index]!, candidates: [{ iso: form.iso, name: form.name }, ...form.alternatives] };
    else out[index] = { ...out[index], iso: best.iso, name: best.name };
  }
  return withHalves(text, out);
}

/**
 * "the North" / "the South" (capitalised, after "the", not the start of a longer name or "of
 * …": "the North Atlantic", "the South of France"): a half of a divided state, every such
 * state's half a candidate with its other half as partner; the account settles which (the
 * pair it names), or the mention is left out (see `merge/sharedCountryForms`).
 */
const HALF = /\b[Tt]he (North|South)(?![\p{L}\d-])(?!['’]?\s*(?:[\p{Lu}\d]|of\b|and the (?:North|South) of\b))/gu;
function withHalves(text: string, out: CountryMention[]): CountryMention[] {
  if (!/\b[Tt]he (?:North|South)\b/.test(text)) return out;
  const halves: CountryMention[] = [];
  for (const m of text.matchAll(HALF)) {
    const start = m.index + 4;
    const end = start + m[1]!.length;
    if (out.some((c) => c.start < end && start < c.end)) continue;
    const north = m[1] === 'North';
    const candidates = DIVIDED_STATES.map((d) => ({ iso: north ? d.north : d.south, partner: north ? d.south : d.north })).map((c) => ({ ...c, name: nameOfIso(c.iso) }));
    halves.push({ start, end, text: m[1]!, iso: candidates[0]!.iso, name: candidates[0]!.name, rule: 'country/divided-state-half', candidates });
  }
  if (halves.length === 0) return out;
  // settled in the text itself when it names one pair only
  const named = new Set(out.map((c) => c.iso));
  const settled = halves.map((h) => {
    const fits = h.candidates!.filter((c) => named.has(c.iso) || named.has(c.partner!));
    return fits.length === 1 ? { start: h.start, end: h.end, text: h.text, iso: fits[0]!.iso, name: fits[0]!.name, rule: h.rule } : h;
  });
  return [...out, ...settled].sort((a, b) => a.start - b.start);
}

/** The English name of each ISO code: that of its first form. */
const NAME_OF_ISO: ReadonlyMap<string, string> = new Map([...COUNTRY_FORMS].reverse().map((f) => [f.iso, f.name]));
function nameOfIso(iso: string): string {
  return NAME_OF_ISO.get(iso) ?? iso;
}

/** A vfile message of the country annotator. */
export interface CountryMessageFields {
  /** ISO 3166-1 alpha-2 code. */
  iso: string;
  /** English common name of the country. */
  name: string;
}

/**
 * Retext plugin: reports each country mention of the tree as
 * `file.message('<name> (<iso>)', {place, ruleId, source: 'transcript-annotator'})`, the
 * rule id naming the rule that found it (`country/name`, `country/capital-for-state`, …),
 * with `iso`, `name` and `actual` (the text) set on the message.
 *
 * Notes: the mentions are found on the text of the whole tree; when the tree was parsed
 * from a part of the file (a paragraph), its `position.start.offset` places it in the file.
 */
const retextCountries: Plugin<[], Root> = function () {
  return function (tree: Root, file: VFile) {
    const text = toString(tree);
    const base = tree.position?.start.offset ?? 0;
    const value = typeof file.value === 'string' ? file.value : String(file.value ?? '');
    const inFile = value.slice(base, base + text.length) === text;
    const { toPoint } = location(inFile ? file : text);
    const offset = inFile ? base : 0;
    for (const m of findCountryMentions(text)) {
      const start = toPoint(offset + m.start);
      const end = toPoint(offset + m.end);
      const message = file.message(`${m.name} (${m.iso})`, {
        place: start && end ? { start, end } : start,
        ruleId: m.rule,
        source: 'transcript-annotator',
      });
      Object.assign(message, { iso: m.iso, name: m.name, actual: m.text } satisfies CountryMessageFields & { actual: string });
    }
  };
};

export default retextCountries;
