/**
 * Finds speaker labels at the start of lines: `Sergey Lavrov:`, `MR. SMITH:`,
 * `SECRETARY JONES:`, `PRESIDENT LEE: (As interpreted.)`, `Question (addressed to …):`,
 * `THE INTERPRETER:`, `Name (retranslated):`, a `Q` opening a paragraph, markdown-bold
 * labels (`**MR. SMITH:**`), escaped markdown (`\_`, `\[`), and a name with an
 * affiliation alone on its line (`Beth Rigby, Sky News:`).
 *
 * Notes: a label must look like a name (capitalised words), an upper-case role or name, or a
 * known unnamed role ("Question"). A single title-case word ("Lavrov:") counts only when it
 * labels two or more lines, or, among other labels, opens a paragraph that asks a question,
 * so that "Note:"-like headings and prose are not taken as turns.
 */
import { PARTICLE_PREFIX } from '../persons/find';
import { editDistanceAtMost } from '../../text/names';
import { sharedStretches, type SharedStretches } from '../../text/sharedStretches';
import { isPersonalGivenName } from '../../data/givenNames';
import { HEADING_SMALL_WORDS } from '../../data/functionWords';
import { NAME_PARTICLES } from '../../data/nameParticles';
import { ROLE_NOUNS } from '../../data/roles';
import { ANONYMOUS_ROLE_HEADS, NON_SPEAKER_LABELS, STAGE_DIRECTIONS, UNNAMED_SPEAKER_LABELS } from '../../data/speakerLabels';
import { DEPARTMENT_WORDS, HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../../data/titles';
import { COUNTRY_FORMS } from '../../data/gazetteer';

/** One speaker label. Offsets are into the whole account. */
export interface SpeakerLabel {
  /** Start of the label (after indentation and markdown emphasis marks). */
  readonly start: number;
  /** End of the label text proper (before the parenthetical, colon and emphasis marks). */
  readonly labelEnd: number;
  /** Where the turn's words start (after the colon and any `(As interpreted.)`). */
  readonly bodyStart: number;
  /**
   * The label as written, without colon and parenthetical ("MR. SMITH", "Question"); a bare
   * `Q` (White House style) is spelled out as "Question" so that every questioner's turn
   * reads the same in outlines and exports.
   */
  readonly label: string;
  /** The person named by the label, if it names one: offsets and words (titles removed). */
  readonly name?: { readonly start: number; readonly end: number; readonly text: string };
  /** Title words of the label ("president" in `PRESIDENT LEE`, `THE PRESIDENT`). */
  readonly titles: readonly string[];
  /** The label names a role, not a person ("Question", "Q", "THE INTERPRETER"). */
  readonly unnamed: boolean;
}

const LEAD = /^([ \t\u00a0>]*)((?:\*\*|__|\*|_)?)/;
/**
 * A `Q` opening a paragraph: with a colon or period, or set off by spaces before a capital, a
 * quotation mark, a digit, a dash or ellipsis that takes up a question cut short ("Q    — his
 * recent behavior?"), or a stage direction ("Q    (Inaudible.)", "Q [crosstalk]"; a parenthesis
 * opening with a capital, not "Q (the letter)").
 */
const Q_OPENING = /^(Q)(?:\s*[:.](?=\s)|[ \t\u00a0]{1,}(?=[\p{Lu}"“'‘\d\[—–…]|\(\p{Lu}|-{1,2}\s|\.\.\.))/u;
const WORD_START = /^[\p{Lu}]/u;

/** Finds every speaker label of `text`, in order. */
export function findSpeakerLabels(text: string): SpeakerLabel[] {
  return scanSpeakerLabels(text, undefined).labels;
}

/**
 * What the line-by-line scan of a text found (before the account-wide filter), kept so that
 * the scan of a next version reads only the lines an edit reached (`scanSpeakerLabels`).
 */
export interface LabelScan {
  readonly text: string;
  /** The lines that read as labels, in order. */
  readonly candidates: readonly SpeakerLabel[];
  /** For each candidate, where the text its matching read ends (exclusive; past its line when its stage directions were looked for). */
  readonly reads: readonly number[];
}

/**
 * Every speaker label of `text`, in order, and the scan it came from. With `last` (the scan
 * of an earlier version) only the lines an edit reached are scanned again: a line's match
 * reads the line, whether the line before it is blank, and (for a label) up to 140
 * characters after where its words start (its stage directions); a candidate whose reading
 * lay wholly in the text before the edit is taken as it was, one wholly after it moved by
 * the length change, and a line with no candidate there reads no differently. `shared` is
 * `sharedStretches(last.text, text)`, given when the caller has it.
 */
export function scanSpeakerLabels(text: string, last: LabelScan | undefined, shared: SharedStretches | undefined = last && sharedStretches(last.text, text)): { labels: SpeakerLabel[]; scan: LabelScan } {
  const candidates: SpeakerLabel[] = [];
  const reads: number[] = [];
  let lineStart = 0;
  let previousBlank = true;
  // the last scan's candidates after the edit, taken from the first line whose line before it lies in the common suffix
  let tail = Infinity;
  let shift = 0;
  if (last && shared) {
    // before the edit: every candidate whose reading ended before the first changed character
    const lineOfChange = text.lastIndexOf('\n', shared.same - 1) + 1;
    let k = 0;
    while (k < last.candidates.length && last.candidates[k]!.start < lineOfChange && last.reads[k]! <= shared.same) {
      candidates.push(last.candidates[k]!);
      reads.push(last.reads[k]!);
      k++;
    }
    lineStart = k < last.candidates.length && last.candidates[k]!.start < lineOfChange ? text.lastIndexOf('\n', last.candidates[k]!.start - 1) + 1 : lineOfChange;
    if (lineStart > 0) {
      const previous = text.lastIndexOf('\n', lineStart - 2) + 1;
      previousBlank = text.slice(previous, lineStart - 1).trim() === '';
    }
    tail = shared.tail;
    shift = shared.shift;
  }
  let previousStart = -1;
  while (lineStart <= text.length) {
    // the line before this one and the line break before it in the common suffix: the rest is the last scan's, moved
    if (last && previousStart - 1 >= tail) {
      takeMoved(last, lineStart - shift, shift, candidates, reads);
      break;
    }
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    const label = matchLabel(text, line, lineStart, previousBlank);
    if (label) {
      candidates.push(label);
      reads.push(Math.max(lineStart + line.length + 1, label.bodyStart + 141));
    }
    previousBlank = line.trim() === '';
    previousStart = lineStart;
    lineStart += line.length + 1;
  }
  return { labels: filterCandidates(text, candidates), scan: { text, candidates, reads } };
}

/** The candidates of `last` from line start `from` (in its text) on, moved by `shift`, appended to `candidates` and `reads`. */
function takeMoved(last: LabelScan, from: number, shift: number, candidates: SpeakerLabel[], reads: number[]): void {
  let lo = 0;
  let hi = last.candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (last.candidates[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < last.candidates.length; k++) {
    const c = last.candidates[k]!;
    candidates.push(shift === 0 ? c : { ...c, start: c.start + shift, labelEnd: c.labelEnd + shift, bodyStart: c.bodyStart + shift, ...(c.name ? { name: { start: c.name.start + shift, end: c.name.end + shift, text: c.name.text } } : {}) });
    reads.push(last.reads[k]! + shift);
  }
}

/**
 * The labels among the candidates of the line scan. Single title-case words count only when
 * they label more than one line, or, among other labels, open a paragraph that asks a
 * question ("Bloomberg: Will the talks resume?").
 */
function filterCandidates(text: string, candidates: readonly SpeakerLabel[]): SpeakerLabel[] {
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c.label, (counts.get(c.label) ?? 0) + 1);
  const sure = candidates.filter((c) => !isSingleTitleWord(c) || (counts.get(c.label) ?? 0) > 1 || c.unnamed);
  if (sure.length < 2) {
    const bare = findBareLabels(text);
    if (bare.length > 0) return bare;
  }
  if (sure.length < 2 || sure.length === candidates.length) return sure;
  const kept = new Set(sure);
  return candidates.filter((c) => kept.has(c) || asksInItsParagraph(text, c));
}

/**
 * Labels without a colon, each alone on its line and paragraph, the turn's words in the
 * paragraphs after it (a style of some government sites):
 *
 *     Question
 *
 *     Prime Minister, will you …?
 *
 *     Prime Minister
 *
 *     Well, I …
 *
 * Taken only from a text without colon labels, and only where the labels recur: each label
 * text on two lines or more, two such texts or more (or one that names an unnamed role,
 * "Question"), one of them a role or a title; the paragraph after each must read as words
 * spoken (lower-case words). Headings and page chrome that recur alone ("Summary", "Story
 * Continues") are not taken for speakers.
 */
function findBareLabels(text: string): SpeakerLabel[] {
  const found: SpeakerLabel[] = [];
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < lines.length; offset += lines[i]!.length + 1, i++) {
    const line = lines[i]!;
    if (i > 0 && lines[i - 1]!.trim() !== '') continue;
    if (i + 1 < lines.length && lines[i + 1]!.trim() !== '') continue;
    const lead = /^[ \t\u00a0]*/.exec(line)![0].length;
    const label = line.slice(lead).replace(/[ \t\u00a0\r]+$/, '');
    if (!label || label.length > 60 || !/^\p{Lu}/u.test(label) || /[:.?!,;]$/.test(label) || !isLabelText(label)) continue;
    let next = i + 1;
    let nextOffset = offset + line.length + 1;
    while (next < lines.length && lines[next]!.trim() === '') nextOffset += lines[next++]!.length + 1;
    if (next >= lines.length || !/(?:^|\s)\p{Ll}{2,}\s+\p{Ll}{2,}/u.test(lines[next]!)) continue;
    const start = offset + lead;
    const labelEnd = start + label.length;
    const lowerLabel = label.toLowerCase();
    const words = label.split(/\s+/);
    const titles = words.map((w) => titleHeadOf(w.replace(/\.$/, '').toLowerCase()) ?? w.toLowerCase()).filter((w) => TITLE_HEADS.has(w) || w === 'the');
    const name = nameOf(text, start, labelEnd);
    const unnamed = UNNAMED_SPEAKER_LABELS.has(lowerLabel) || UNNAMED_SPEAKER_LABELS.has(lowerLabel.replace(/^the /, '')) || isAnonymousRole(lowerLabel) || !name;
    // a bare label must be a role, a title, or a name of two words or more, not one title-case word
    if (!unnamed && titles.length === 0 && !/\s/.test(label)) continue;
    found.push({ start, labelEnd, bodyStart: skipSpace(text, nextOffset), label, titles, unnamed, ...(unnamed ? {} : { name }) });
  }
  const counts = new Map<string, number>();
  for (const l of found) counts.set(l.label, (counts.get(l.label) ?? 0) + 1);
  const recurring = found.filter((l) => counts.get(l.label)! >= 2);
  const texts = new Set(recurring.map((l) => l.label));
  // one of them a role or a title: "Story Continues" and "Top Stories" recurring in a page are not speakers
  const roleNamed = recurring.some((l) => l.unnamed || l.titles.length > 0);
  return roleNamed && (texts.size >= 2 || UNNAMED_SPEAKER_LABELS.has(recurring[0]!.label.toLowerCase())) ? recurring : [];
}

/**
 * A label that describes a speaker kept anonymous: two to five words, the last a role head
 * ("senior administration official", "foreign ministry spokesperson"), no honorific, and no
 * given name first ("john kirby, spokesperson" names a person).
 */
function isAnonymousRole(lowerLabel: string): boolean {
  const words = lowerLabel.replace(/^the /, '').split(/[\s,]+/).filter(Boolean);
  if (words.length < 2 || words.length > 5 || !ANONYMOUS_ROLE_HEADS.has(words[words.length - 1]!)) return false;
  return !words.some((w) => HONORIFICS.has(w.replace(/\.$/, ''))) && !isPersonalGivenName(words[0]!);
}

/** The label opens a paragraph whose words ask a question. */
function asksInItsParagraph(text: string, label: SpeakerLabel): boolean {
  if (label.start > 0 && !/\n[ \t]*\r?\n[ \t>*_]*$/.test(text.slice(Math.max(0, label.start - 8), label.start))) return false;
  const end = text.indexOf('\n\n', label.bodyStart);
  return text.slice(label.bodyStart, end < 0 ? text.length : end).includes('?');
}

function isSingleTitleWord(label: SpeakerLabel): boolean {
  return !/\s/.test(label.label) && !isUpper(label.label);
}

function matchLabel(text: string, line: string, lineStart: number, paragraphStart: boolean): SpeakerLabel | undefined {
  const lead = LEAD.exec(line)!;
  const offset = lead[1]!.length + lead[2]!.length;
  const rest = line.slice(offset);
  if (!rest || !/^[\p{Lu}\\]/u.test(rest)) return undefined;
  if (paragraphStart) {
    const q = Q_OPENING.exec(rest);
    if (q) {
      const start = lineStart + offset;
      return { start, labelEnd: start + 1, bodyStart: skipStageDirections(text, start + q[0].length), label: 'Question', titles: [], unnamed: true };
    }
  }
  const colon = findLabelColon(rest);
  if (colon < 0) return affiliationLabel(text, rest, lineStart + offset);
  let head = rest.slice(0, colon);
  let after = colon + 1;
  // Markdown emphasis closing after the colon ("**MR. SMITH:**") or before it ("**Q**:").
  const closeAfter = /^(\*\*|__|\*|_)/.exec(rest.slice(after));
  if (closeAfter) after += closeAfter[0].length;
  head = head.replace(/(\*\*|__|\*|_)\s*$/, '');
  const paren = /\s*\(([^()]*)\)\s*$/.exec(head);
  const core = paren ? head.slice(0, paren.index) : head.trimEnd();
  const label = core.replace(/\\(?=[_\[\]*])/g, '').trim();
  if (label === 'Q') return { start: lineStart + offset, labelEnd: lineStart + offset + 1, bodyStart: skipStageDirections(text, lineStart + offset + after), label: 'Question', titles: [], unnamed: true };
  if (!isLabelText(label)) return undefined;
  if (isHeadingLine(rest.slice(after))) return undefined;
  const start = lineStart + offset;
  let bodyStart = lineStart + offset + after;
  // "(As interpreted.)" after the colon belongs to the label, not to the words spoken.
  bodyStart = skipStageDirections(text, bodyStart);
  const lowerLabel = label.toLowerCase();
  const words = label.split(/\s+/);
  const titles = words.map((w) => titleHeadOf(w.replace(/\.$/, '').toLowerCase()) ?? w.toLowerCase()).filter((w) => TITLE_HEADS.has(w) || w === 'the');
  const labelEnd = start + core.trimEnd().length;
  const name = nameOf(text, start, labelEnd);
  const unnamed = UNNAMED_SPEAKER_LABELS.has(lowerLabel) || UNNAMED_SPEAKER_LABELS.has(lowerLabel.replace(/^the /, '')) || isAnonymousRole(lowerLabel) || !name;
  return { start, labelEnd, bodyStart, label, titles, unnamed, ...(unnamed ? {} : { name }) };
}

/**
 * The rest of a line after a colon reads as the rest of a heading, not as words spoken
 * ("JOINT PRESS CONFERENCE: PRIME MINISTER ODE AND PRESIDENT LUND", "Press Conference: Prime
 * Minister Ode and President Lund at the Harbour Summit"): all capitals, or three title-case
 * words or more with no sentence punctuation at its end.
 */
function isHeadingLine(rest: string): boolean {
  // The end first: most lines after a label are sentences of speech, not worth splitting into words.
  if (/[.!?,;:"”]$/.test(rest.trim())) return false;
  const words = rest.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2) return false;
  if (!/\p{Ll}/u.test(rest)) return true;
  return words.length >= 3 && words.every((w) => /^[\p{Lu}\d(“"']/u.test(w) || HEADING_SMALL_WORDS.has(w)) && /^\p{Lu}/u.test(words[0]!);
}

/**
 * A label alone on its line that names a person and, after a comma, whom they work for
 * ("Beth Rigby, Sky News:", "Jane Doe, Reuters:"). The name must be of two words or more.
 */
function affiliationLabel(text: string, rest: string, start: number): SpeakerLabel | undefined {
  const m = /^([^,:\n]{3,40}),\s*([^,:\n]{2,40}):[ \t\u00a0]*\r?$/.exec(rest);
  if (!m) return undefined;
  const person = m[1]!.trim();
  const affiliation = m[2]!.trim().split(/\s+/);
  if (!/\s/.test(person) || !isLabelText(person) || affiliation.length > 5 || !affiliation.every((w) => WORD_START.test(w) || NAME_PARTICLES.has(w.toLowerCase()))) return undefined;
  const name = nameOf(text, start, start + person.length);
  if (!name) return undefined;
  const label = `${person}, ${m[2]!.trim()}`;
  return { start, labelEnd: start + m[0].lastIndexOf(':'), bodyStart: skipSpace(text, start + m[0].length), label, titles: [], unnamed: false, name };
}

/** The colon ending a label: within the first 90 characters, not inside a time ("10:30"). */
function findLabelColon(rest: string): number {
  const limit = Math.min(rest.length, 90);
  let depth = 0;
  for (let i = 0; i < limit; i++) {
    const c = rest[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ':' && depth === 0) {
      const next = rest[i + 1];
      if (next === undefined || next === ' ' || next === '\t' || next === '\r' || next === '\u00a0' || next === '*' || next === '_') return i;
      return -1;
    } else if (depth === 0 && (c === '.' || c === '?' || c === '!' || c === ',' || c === ';' || c === '"' || c === '“') && !isAbbreviationDot(rest, i)) return -1;
  }
  return -1;
}

function isAbbreviationDot(rest: string, i: number): boolean {
  if (rest[i] !== '.') return false;
  const before = /(?:^|\s)(\p{L}{1,4})$/u.exec(rest.slice(0, i));
  return !!before && (HONORIFICS.has(before[1]!.toLowerCase()) || TITLE_HEADS.has(before[1]!.toLowerCase()) || before[1]!.length === 1);
}

function isLabelText(label: string): boolean {
  if (!label || label.length > 60) return false;
  const lower = label.toLowerCase();
  if (NON_SPEAKER_LABELS.has(lower)) return false;
  if (UNNAMED_SPEAKER_LABELS.has(lower) || UNNAMED_SPEAKER_LABELS.has(lower.replace(/^the /, ''))) return true;
  const words = label.split(/\s+/);
  // A title's country ("President of the Argentine Republic Ana Ruiz") is not counted.
  if (words.length - countryDesignationWords(words.map((w) => w.toLowerCase())) > 6) return false;
  if (!words.every((w) => WORD_START.test(w) || NAME_PARTICLES.has(w.toLowerCase()) || PARTICLE_PREFIX.test(w) || w === 'of' || w === 'the')) return false;
  if (!WORD_START.test(words[words.length - 1]!) && !PARTICLE_PREFIX.test(words[words.length - 1]!)) return false;
  if (!words.every((w) => /^[\p{L}\p{M}'’.\-]+$/u.test(w))) return false;
  if (isUpper(label)) return true;
  // Title case: a name of two or more words, or a single word (checked for repetition later).
  return words.every((w) => !isUpper(w) || w.length <= 3 || HONORIFICS.has(w.replace(/\.$/, '').toLowerCase()));
}

function isUpper(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

/** Country names of the gazetteer, lower case, by their first word ("argentine republic" under "argentine"). */
const COUNTRY_NAMES_BY_FIRST_WORD: ReadonlyMap<string, readonly string[][]> = (() => {
  const out = new Map<string, string[][]>();
  for (const f of COUNTRY_FORMS) {
    if (f.kind !== 'name') continue;
    const words = f.form.toLowerCase().split(/\s+/);
    const list = out.get(words[0]!) ?? [];
    list.push(words);
    out.set(words[0]!, list);
  }
  for (const list of out.values()) list.sort((a, b) => b.length - a.length);
  return out;
})();

/**
 * How many of `lower`'s words from `at` name a country, with its "the" ("the Argentine
 * Republic", "Russia", "the Republic of Korea"): 0 when they do not. The longest name wins.
 */
function countryAt(lower: readonly string[], at: number): number {
  const the = lower[at] === 'the' ? 1 : 0;
  for (const name of COUNTRY_NAMES_BY_FIRST_WORD.get(lower[at + the] ?? '') ?? []) {
    if (name.every((w, k) => lower[at + the + k] === w)) return the + name.length;
  }
  return 0;
}

/** The words of a label's title that name its country, after an "of" ("of the Argentine Republic"): how many (0 when none). */
function countryDesignationWords(lower: readonly string[]): number {
  let n = 0;
  for (let i = 0; i < lower.length; i++) if (lower[i] === 'of') n += countryAt(lower, i + 1);
  return n;
}

/**
 * The name part of a label: the words after its title ("SMITH" in "MR. SMITH", "KISHIDA" in
 * "PRIME MINISTER KISHIDA", "SERGEY LAVROV" in "MINISTER OF FOREIGN AFFAIRS SERGEY LAVROV").
 * Undefined when the label is a title alone ("PRIME MINISTER", "THE PRESIDENT", "NATIONAL
 * SECURITY ADVISER").
 *
 * Notes: the title ends at the last title head that has a word after it, so that a surname
 * that is also a title word stays a name ("MR. KING"); after "of" or "for", department words
 * still belong to the title. A label whose last word is a title head is a title alone when
 * the word before it is a title word too ("PRIME MINISTER"; but "MARTIN LUTHER KING", and
 * "MR. KING", since an honorific comes before a surname, unless the word is a role: "MR.
 * PRESIDENT").
 */
function nameOf(text: string, start: number, end: number): { start: number; end: number; text: string } | undefined {
  const raw = text.slice(start, end);
  const words = [...raw.matchAll(/[\p{L}\p{M}'’.\-\\]+/gu)].map((m) => {
    const written = m[0].replace(/\.$/, '');
    return { start: m.index, end: m.index + written.length, lower: written.toLowerCase() };
  });
  const isHead = (i: number) => titleHeadOf(words[i]!.lower) !== undefined;
  let first = -1;
  for (let i = words.length - 2; i >= 0 && first < 0; i--) {
    if (!isHead(i)) continue;
    first = i + 1;
    while (words[first]?.lower === 'of' || words[first]?.lower === 'for') {
      first++;
      while (first < words.length && DEPARTMENT_WORDS.has(words[first]!.lower)) first++;
      first += countryAt(words.map((w) => w.lower), first);
    }
  }
  if (first < 0) {
    first = 0;
    while (first < words.length && (isHead(first) || words[first]!.lower === 'the' || words[first]!.lower === 'of')) first++;
  }
  if (first >= words.length) return undefined;
  const last = words.length - 1;
  if (isHead(last) && last > 0) {
    const before = words[last - 1]!.lower;
    const surname = HONORIFICS.has(before) && !ROLE_NOUNS.has(words[last]!.lower);
    if (!surname && (TITLE_HEADS.has(before) || TITLE_MODIFIERS.has(before) || DEPARTMENT_WORDS.has(before))) return undefined;
  }
  const nameStart = words[first]!.start;
  const nameEnd = words[last]!.end;
  return { start: start + nameStart, end: start + nameEnd, text: raw.slice(nameStart, nameEnd) };
}

/**
 * After a label: the stage directions that stand before the words spoken ("(As
 * interpreted.)", "(Speaks Portuguese.) (No translation provided.)", "[inaudible]"), up to
 * three, and the spaces around them. They belong to the label, not to the speech; a
 * parenthesis that is not a stage direction ("(and I quote)") is speech.
 */
function skipStageDirections(text: string, i: number): number {
  let at = skipSpace(text, i);
  for (let n = 0; n < 3; n++) {
    const m = STAGE_DIRECTION.exec(text.slice(at, at + 140));
    if (!m || !isStageDirection(m[1] ?? m[2]!)) break;
    at = skipSpace(text, at + m[0].length);
  }
  return at;
}

const STAGE_DIRECTION = /^\s*(?:\(([^()\n]{1,120})\)|\\?\[([^\[\]\n]{1,120})\\?\])/;

/** The words of a parenthesis are a stage direction: their first words are in the list, or they tell the language. */
function isStageDirection(words: string): boolean {
  const lower = words.toLowerCase().replace(/[.!]+$/, '').trim();
  if (/interpret|translat|^through |^via |^in \p{L}+$|^speaks \p{L}+$/u.test(lower)) return true;
  for (const d of STAGE_DIRECTIONS) if (lower === d || lower.startsWith(`${d} `) || lower.startsWith(`${d},`)) return true;
  return false;
}

/** Long title heads, by length, for reading a misspelt one in a label ("THE PRESDIDENT"). */
const LONG_TITLE_HEADS: readonly string[] = [...TITLE_HEADS].filter((h) => h.length >= 7 && /^[a-z]+$/.test(h));

/**
 * The title head a label word is (lower case), a misspelt one of seven letters or more
 * included (one letter added, left out or changed: "presdident", "minster"); undefined when
 * it is none.
 */
function titleHeadOf(lower: string): string | undefined {
  if (TITLE_HEADS.has(lower)) return lower;
  if (lower.length < 7) return undefined;
  return LONG_TITLE_HEADS.find((h) => Math.abs(h.length - lower.length) <= 1 && h[0] === lower[0] && editDistanceAtMost(h, lower, 1));
}

/** The label in lower case, without periods, misspelt title heads read as meant ("the presdident" → "the president"). */
export function titleTextOf(label: string): string {
  return label.toLowerCase().replace(/\./g, '').split(/\s+/).map((w) => titleHeadOf(w) ?? w).join(' ');
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /[ \t\u00a0]/.test(text[i]!)) i++;
  return i;
}
