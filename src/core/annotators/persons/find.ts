/**
 * Finds the names of people in one parse unit, from the text alone: runs of capitalised
 * words, with the evidence that makes them a person: a title before them ("Foreign
 * Minister", "President of Turkey", "Mr."), a role noun in apposition ("his counterpart X"),
 * a verb of saying next to them ("X said", "said X"), a possessive before "remarks", or an
 * attributive use ("the X regime"). Runs with no evidence are kept as weak candidates: they
 * become persons only when another mention of the same name has evidence (decided when
 * mentions are clustered).
 *
 * Notes: country words (found first) break runs, so "Russian Foreign Minister Sergey Lavrov"
 * gives the country "Russian" and the person "Sergey Lavrov" (with country RU and the role
 * "foreign" remembered for resolving "the Russian top diplomat" later).
 */
import type { Token } from '../../text/tokens';
import type { AnnotationRule } from '../../data/ruleIds';
import { afterApposition, isSpaceBetween } from '../../text/tokens';
import { GIVEN_NAMES, isPersonalGivenName } from '../../data/givenNames';
import { nameWords } from '../../text/names';
import { NAME_ABBREVIATIONS } from '../../data/abbreviations';
import { AUXILIARIES } from '../../data/clauseWords';
import { CREDIT_NON_PERSONS, CREDIT_VERBS } from '../../data/creditLines';
import { CAPITALISED_NON_NAMES, HEADLINE_OBJECT_STARTS } from '../../data/functionWords';
import { HONORIFIC_GENDERS, type PersonGender } from '../../data/genders';
import { GROUP_NOUNS } from '../../data/groupSpeakers';
import { NAME_PARTICLES } from '../../data/nameParticles';
import { INSTITUTION_WORDS, PERSON_ATTRIBUTIVE_HEADS, PLACE_HEADS } from '../../data/nonPersonWords';
import { ROLE_NOMINALS, ROLE_NOUNS } from '../../data/roles';
import { SAYING_VERBS, WEAK_SAYING_VERBS } from '../../data/sayingVerbs';
import { DEPARTMENT_WORDS, HONORIFICS, TITLE_HEADS } from '../../data/titles';

/** A country mention as the country annotator reports it (offsets in the unit). */
export interface UnitCountry {
  readonly start: number;
  readonly end: number;
  readonly iso: string;
}

/** One candidate person name in a unit (offsets in the unit). */
export interface PersonFinding {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The name's words as written ("Sergei", "Lavrov"). */
  readonly words: readonly string[];
  /** `strong`: the text says it is a person; `weak`: only capitalisation does. */
  readonly evidence: 'strong' | 'weak';
  /** Country the text ties the person to ("Russian Foreign Minister …" → RU). */
  readonly country?: string;
  /** Role family from the title ("foreign", "president", …). */
  readonly role?: string;
  /** Gender from an honorific before the name ("Mr.", "Ms.") or a given name the lists give one sex. */
  readonly gender?: PersonGender;
  /** The rule that found the name: its first piece of evidence, `person/capitalised-name` when weak. */
  readonly rule: PersonRule;
}

/** The rules of the person annotator (see `ANNOTATION_RULES`). */
export type PersonRule = Extract<AnnotationRule, 'person/title-before-name' | 'person/name-after-institution' | 'person/given-name' | 'person/apposition' | 'person/title-after-name' | 'person/name-with-saying-verb' | 'person/attributive-use' | 'person/possessive-before-remarks' | 'person/byline' | 'person/capitalised-name'>;

/** Finds person-name candidates among `tokens` of `text`. */
export function findPersons(text: string, tokens: readonly Token[], countries: readonly UnitCountry[]): PersonFinding[] {
  const countryAt = markCountries(tokens, countries);
  const out: PersonFinding[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i]!) || countryAt[i]) {
      i++;
      continue;
    }
    // Collect a run of capitalised words separated by spaces only (particles allowed inside).
    let j = i;
    for (;;) {
      if (j + 1 >= tokens.length || tokens[j]!.possessive || countryAt[j + 1] || !joins(text, tokens[j]!, tokens[j + 1]!) || breaksShortLine(text, tokens[j]!.end, tokens[j + 1]!.start)) break;
      if (isHeadlineVerb(text, tokens, j + 1)) break;
      if (isNameWord(tokens[j + 1]!)) {
        j++;
        continue;
      }
      // particles inside a name: "Ursula von der Leyen", "Charles de Gaulle"
      let k = j + 1;
      while (k < tokens.length && k - j <= 3 && isParticle(tokens[k]!) && isSpaceBetween(text, tokens[k - 1]!.end, tokens[k]!.start)) k++;
      if (k > j + 1 && k < tokens.length && isNameWord(tokens[k]!) && !countryAt[k] && isSpaceBetween(text, tokens[k - 1]!.end, tokens[k]!.start)) j = k;
      else break;
    }
    const finding = readRun(text, tokens, countryAt, i, j);
    if (finding) out.push(finding);
    i = j + 1;
  }
  return out;
}

/**
 * A title-case headline's verb after a name: "Remarks by President Biden Announcing the Budget",
 * "Minister Ode Visiting a School". A capitalised word ending in "-ing" followed by a lower-case
 * article or determiner; a name ending in "-ing" goes on ("Xi Jinping said", "Mary Fleming, a
 * lawyer").
 */
function isHeadlineVerb(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!t.capitalised || t.upper || t.text.length < 6 || !t.lower.endsWith('ing')) return false;
  const next = tokens[k + 1];
  return !!next && !next.capitalised && HEADLINE_OBJECT_STARTS.has(next.lower) && isSpaceBetween(text, t.end, next.start);
}

/**
 * Two words belong to one name phrase when only spaces separate them (or an escaped
 * underscore standing for one), or the first is an initial or a dotted abbreviation
 * ("Antony J. Blinken", "Mr. Smith").
 */
function joins(text: string, a: Token, b: Token): boolean {
  if (isSpaceBetween(text, a.end, b.start)) return true;
  // a no-break space written as an escaped underscore by a markdown converter ("President\_Biden")
  if (b.start - a.end <= 2 && /^\\?_$/.test(text.slice(a.end, b.start))) return true;
  if (text.charCodeAt(a.end) !== 46 /* . */ || !isSpaceBetween(text, a.end + 1, b.start) || b.start === a.end + 1) return false;
  return (a.capitalised && a.text.length === 1) || NAME_ABBREVIATIONS.has(a.lower);
}

/**
 * A line break between two words of a run joins them only inside hard-wrapped prose: after
 * a short line (a heading, a byline) the next line starts something else.
 */
function breaksShortLine(text: string, from: number, to: number): boolean {
  const nl = text.indexOf('\n', from);
  if (nl < 0 || nl >= to) return false;
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  return nl - lineStart < 50;
}

function markCountries(tokens: readonly Token[], countries: readonly UnitCountry[]): (string | undefined)[] {
  const at: (string | undefined)[] = new Array(tokens.length);
  let c = 0;
  for (let k = 0; k < tokens.length && c < countries.length; k++) {
    const t = tokens[k]!;
    while (c < countries.length && countries[c]!.end <= t.start) c++;
    const country = countries[c];
    if (country && country.start < t.end && t.start < country.end) at[k] = country.iso;
  }
  return at;
}

function isNameWord(t: Token): boolean {
  // most words are neither capitalised nor hyphenated: spare them the regular expressions
  if (!t.capitalised && (t.text.length < 4 || !t.text.includes('-') || !PARTICLE_PREFIX.test(t.text))) return false;
  return !HAS_DIGIT.test(t.text) && !isContraction(t.text);
}

/** A contraction ends in "'ve", "'ll", "'re", "'m", "'d" or "n't" ("We’ve", "I’ll", "Don’t"): never a name ("O’Neill" goes on). */
const CONTRACTION = /(?:['’](?:ve|ll|re|m|d)|n['’]t)$/i;

function isContraction(word: string): boolean {
  return (word.includes('’') || word.includes("'")) && CONTRACTION.test(word);
}

/** A lower-case particle joined to a capitalised name part: "el-Sisi", "al-Assad", "bin-Salman". */
export const PARTICLE_PREFIX = /^(?:al|el|ad|ar|as|at|az|an|bin|ben|ibn|abu|de|di|da|du|le|la|van|von)-\p{Lu}/u;

const HAS_DIGIT = /\d/;

function isParticle(t: Token): boolean {
  return !t.capitalised && NAME_PARTICLES.has(t.lower);
}

function isTitleWord(t: Token): boolean {
  // token words never end in a period ("Mr." is the token "Mr")
  if (TITLE_HEADS.has(t.lower)) return true;
  return t.lower.includes('-') && t.lower.split('-').some((p) => TITLE_HEADS.has(p));
}

/** Reads tokens[i..j] (a capitalised run) as a name with its evidence, or nothing. */
function readRun(text: string, tokens: readonly Token[], countryAt: readonly (string | undefined)[], i: number, j: number): PersonFinding | undefined {
  // Fast path: a lone function word ("The", "We") or group noun ("Analysts said") is never a name.
  if (i === j && (CAPITALISED_NON_NAMES.has(tokens[i]!.lower) || GROUP_NOUNS.has(tokens[i]!.lower))) return undefined;
  // a side taken, not a name ("Pro-Europeans, including …", "Anti-war campaigners")
  if (/^(?:pro|anti)-/.test(tokens[i]!.lower)) return undefined;
  // The name is what follows the run's last title word.
  let lastTitle = -1;
  for (let k = i; k <= j; k++) if (isTitleWord(tokens[k]!)) lastTitle = k;
  let from = lastTitle >= 0 ? lastTitle + 1 : i;
  let titled = lastTitle >= 0;
  let titleStart = lastTitle >= 0 ? i : -1;
  if (!titled) {
    const before = titleBefore(text, tokens, countryAt, i);
    if (before) {
      titled = true;
      titleStart = before.titleStart;
      // "Secretary of State Mike Pompeo": department words after "of" belong to the title.
      while (from <= j && before.viaOf && DEPARTMENT_WORDS.has(tokens[from]!.lower)) from++;
    }
  }
  // Leading function words are sentence-initial capitals, not names ("During", "We").
  while (from <= j && CAPITALISED_NON_NAMES.has(tokens[from]!.lower)) from++;
  if (from > j) return undefined;
  let words = tokens.slice(from, j + 1);
  // "European Commission Jean-Claude Juncker": an institution's name, then a person's name
  // that opens with a given name
  let afterInstitution = false;
  if (words.some((w) => INSTITUTION_WORDS.has(w.lower))) {
    let k = words.length - 1;
    while (k >= 0 && !INSTITUTION_WORDS.has(words[k]!.lower)) k--;
    const rest = words.slice(k + 1);
    if (!isGivenNameRun(rest)) return undefined;
    from += k + 1;
    words = rest;
    afterInstitution = true;
  }
  if (words.some((w) => isTitleWord(w))) return undefined;
  // an acronym alone ("NATO", "CNN's") is an organisation unless a title names it a person
  if (words.length === 1 && !titled && isAcronym(text, words[0]!)) return undefined;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const end = last.possessive ? last.baseEnd : last.end;
  const after = words.length >= 2 ? titleAfter(text, tokens, j) : undefined;
  // the first piece of evidence that holds names the rule (none: a weak candidate)
  const rule: PersonRule = titled
    ? 'person/title-before-name'
    : afterInstitution
      ? 'person/name-after-institution'
      : isGivenNameRun(words)
        ? 'person/given-name'
        : isApposition(text, tokens, from, j)
          ? 'person/apposition'
          : after !== undefined
            ? 'person/title-after-name'
            : isSayer(text, tokens, from, j)
              ? 'person/name-with-saying-verb'
              : isAttributive(text, tokens, from, j)
                ? 'person/attributive-use'
                : isRemarksPossessive(tokens, j)
                  ? 'person/possessive-before-remarks'
                  : j > from && isByline(text, tokens, from) && words.every((w) => !CREDIT_NON_PERSONS.has(w.lower) && !GROUP_NOUNS.has(w.lower) && !INSTITUTION_WORDS.has(w.lower))
                    ? 'person/byline'
                    : 'person/capitalised-name';
  const strong = rule !== 'person/capitalised-name';
  const titleTokens = titleStart >= 0 ? tokens.slice(titleStart, from) : [];
  const country = countryBefore(text, tokens, countryAt, titleStart >= 0 ? titleStart : from, from);
  const role = (titleTokens.length > 0 ? roleOf(titleTokens.map((t) => t.lower).join(' ')) : undefined) ?? roleOfApposition(tokens, from) ?? (after ? roleOf(after) : undefined);
  return {
    start: first.start,
    end,
    text: text.slice(first.start, end),
    words: words.flatMap((w, k) => nameWords(k === words.length - 1 && w.possessive ? text.slice(w.start, w.baseEnd) : w.text.length === 1 && text[w.end] === '.' ? `${w.text}.` : w.text)),
    evidence: strong ? 'strong' : 'weak',
    // one object shape: country, role and gender undefined when absent
    country,
    role,
    gender: genderOf(titleTokens, words),
    rule,
  };
}

/**
 * A title ending right before tokens[i], across "of the Russian Federation" or "of State":
 * returns where the title starts.
 */
function titleBefore(text: string, tokens: readonly Token[], countryAt: readonly (string | undefined)[], i: number): { titleStart: number; viaOf: boolean } | undefined {
  let k = i - 1;
  let viaOf = false;
  // skip country words and "the"/"of" backwards: "President of the Russian Federation X"
  let steps = 0;
  while (k >= 0 && steps < 6 && joins(text, tokens[k]!, tokens[k + 1]!) && !breaksShortLine(text, tokens[k]!.end, tokens[k + 1]!.start)) {
    const t = tokens[k]!;
    if (isTitleWord(t)) return { titleStart: k, viaOf };
    // "Minister for Defence Sarah Whitlock": "for" only before a portfolio, not a topic
    // ("envoy for the Libyan settlement")
    if (t.lower === 'of' || (t.lower === 'for' && DEPARTMENT_WORDS.has(tokens[i]!.lower))) viaOf = true;
    else if (!(countryAt[k] || t.lower === 'the')) return undefined;
    k--;
    steps++;
  }
  // "Secretary of State Mike Pompeo": the run itself starts with department words after "of".
  return undefined;
}

/** A comma, or a dash between spaces ("Malcolm Turnbull - Prime Minister" in a list of contributors). */
const TITLE_AFTER_SEPARATOR = /^(?:\s*,|[ \t\u00a0]+[-–—][ \t\u00a0]+)[ \t\u00a0]*$/;

/**
 * A title after the name, set off by a comma or a spaced dash: "Stéphane Dujarric, Spokesperson for the
 * Secretary-General", "Tran Van Minh, Vietnam's prime minister", "Ned Price, Department
 * Spokesperson", "Ana Lima, Deputy Prime Minister". Within five words, a title word ends the
 * phrase (punctuation, a line end, the text's end, or "of"/"for"/"to"/"at" follow it): not
 * "…, the minister said", not "…, Secretary Blinken said". Returns the title phrase in lower case.
 */
function titleAfter(text: string, tokens: readonly Token[], j: number): string | undefined {
  const first = tokens[j + 1];
  if (!first || !TITLE_AFTER_SEPARATOR.test(text.slice(tokens[j]!.end, first.start))) return undefined;
  const words: string[] = [];
  for (let k = j + 1; k < Math.min(tokens.length, j + 6); k++) {
    const t = tokens[k]!;
    if (k > j + 1 && !isSpaceBetween(text, tokens[k - 1]!.end, t.start)) return undefined;
    words.push(t.lower);
    if (!isTitleWord(t) || HONORIFICS.has(t.lower)) continue;
    const next = tokens[k + 1];
    const gap = next ? text.slice(t.end, next.start) : '';
    const ends = !next || /[,.;:)\n]/.test(gap) || (isSpaceBetween(text, t.end, next.start) && /^(of|for|to|at)$/.test(next.lower));
    if (ends) return words.join(' ');
  }
  return undefined;
}

/**
 * Two or three capitalised words opening with a common given name ("Colin Barnett has
 * provided", "Reporting by Swati Pandey and Matt Siegel"): a person's name even with no title
 * or verb of saying near it. Not a place ("Rose Garden"), a group ("Christian Democrats") or
 * a run with a function word inside.
 */
function isGivenNameRun(words: readonly Token[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const first = words[0]!;
  if (first.upper || !isPersonalGivenName(first.lower.split('-')[0]!)) return false;
  const last = words[words.length - 1]!;
  if (PLACE_HEADS.has(last.lower) || last.upper) return false;
  return words.every((w) => w.capitalised && !CAPITALISED_NON_NAMES.has(w.lower) && !GROUP_NOUNS.has(w.lower));
}

/**
 * A name in a credit line: after "Reporting by", "Writing by", "editing by" …, or after
 * another name of the same line and "and" or a comma ("Reporting by A B and C D").
 */
function isByline(text: string, tokens: readonly Token[], from: number): boolean {
  if (CREDIT_VERBS.has(tokens[from]!.lower)) return false;
  let k = from - 1;
  for (let steps = 0; k >= 1 && steps < 8 && tokens[k]!.lower !== 'by'; steps++, k--) {
    const t = tokens[k]!;
    // within one credit: names, "and", commas; a semicolon or a sentence end starts another
    if (!(t.capitalised || t.lower === 'and') || /[;.:()]/.test(text.slice(t.end, tokens[k + 1]!.start))) return false;
  }
  return k >= 1 && tokens[k]!.lower === 'by' && CREDIT_VERBS.has(tokens[k - 1]!.lower);
}

/** A word of at most four letters, all capitals, possessive or not ("CNN", "BBC’s"). */
function isAcronym(text: string, w: Token): boolean {
  if (w.upper) return w.text.length <= 4;
  return w.possessive && w.baseEnd - w.start >= 2 && w.baseEnd - w.start <= 4 && /^\p{Lu}+$/u.test(text.slice(w.start, w.baseEnd));
}

function isApposition(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  const prev = tokens[from - 1];
  if (!prev) return false;
  const role = !prev.capitalised && ROLE_NOUNS.has(prev.lower);
  // "his counterpart Lavrov"
  if (role && isSpaceBetween(text, prev.end, tokens[from]!.start)) return true;
  // "Scholz's spokesman, Steffen Hebestreit." / "his Personal Envoy, Ramtane Lamamra, remains": a full name set off by commas
  const next = tokens[to + 1];
  return (role || isTitleWord(prev)) && to > from && /^\s*,\s*$/.test(text.slice(prev.end, tokens[from]!.start)) && (!next || /^\s*[,.;]/.test(text.slice(tokens[to]!.end, next.start)));
}

function isSayer(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  // "X said", "X has also said", "X, who told" (but not "Addis Ababa, adding that …")
  let k = to + 1;
  let steps = 0;
  const next = tokens[k];
  if (next && !isSpaceBetween(text, tokens[to]!.end, next.start) && !(next.lower === 'who' && /^\s*,\s*$/.test(text.slice(tokens[to]!.end, next.start)))) {
    k = /^\s*,\s*$/.test(text.slice(tokens[to]!.end, next.start)) && !next.capitalised ? afterApposition(text, tokens, to + 1) : tokens.length;
  }
  // "according to X"
  if (from >= 2 && tokens[from - 1]!.lower === 'to' && tokens[from - 2]!.lower === 'according') return true;
  while (k < tokens.length && steps < 3) {
    const t = tokens[k]!;
    // a weak verb says speech only when it opens it ("X noted that", "X continued: …"),
    // not in "the talks in Geneva would continue"
    if (SAYING_VERBS.has(t.lower) && !t.capitalised) {
      // "Republicans say": a verb that agrees with a plural subject, which one name is not
      // (unless the name ends a list: "Rossi and Holm say")
      if (steps === 0 && isPluralPresent(t.lower) && !endsList(tokens, from)) return false;
      return !WEAK_SAYING_VERBS.has(t.lower) || opensSpeech(text, tokens, k);
    }
    if (!AUXILIARIES.has(t.lower)) break;
    k++;
    steps++;
  }
  // "said X" right after a quotation or a comma
  const prev = tokens[from - 1];
  if (prev && SAYING_VERBS.has(prev.lower) && isSpaceBetween(text, prev.end, tokens[from]!.start)) {
    const before = text.slice(Math.max(0, prev.start - 3), prev.start);
    return /[,"”’]\s*$/.test(before);
  }
  return false;
}

/** A present form without the third person's -s ("say", "tell", "argue", "reply"; not "said", "says"). */
function isPluralPresent(verb: string): boolean {
  return SAYING_VERBS.has(`${verb}s`) || SAYING_VERBS.has(`${verb}es`) || (verb.endsWith('y') && SAYING_VERBS.has(`${verb.slice(0, -1)}ies`));
}

/** The run at token `from` is the last of a list of names ("… and Holm", "…, Holm"). */
function endsList(tokens: readonly Token[], from: number): boolean {
  const prev = tokens[from - 1];
  return prev !== undefined && (prev.lower === 'and' || prev.lower === 'or' || prev.lower === 'nor');
}

/** The verb at token k is followed by "that", a colon or a quotation mark. */
function opensSpeech(text: string, tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (next?.lower === 'that') return true;
  return /^\s*(?:[:“"‘]|,\s*[“"‘])/.test(text.slice(tokens[k]!.end, next ? next.start : tokens[k]!.end + 4));
}

function isAttributive(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  const prev = tokens[from - 1];
  const next = tokens[to + 1];
  if (from !== to || !prev || prev.lower !== 'the' || !next || next.capitalised || !PERSON_ATTRIBUTIVE_HEADS.has(next.lower)) return false;
  // every part of a hyphenated word capitalised: "the Tripoli-based administration" is not a name
  return tokens[from]!.text.split('-').every((p) => /^\p{Lu}/u.test(p));
}

function isRemarksPossessive(tokens: readonly Token[], to: number): boolean {
  const last = tokens[to]!;
  const next = tokens[to + 1];
  return last.possessive && !!next && /^(remarks|statement|speech|answers|interview|address|comments|opening|press|news|briefing|words)$/.test(next.lower);
}

/** The gender an honorific of the title gives ("Ms. Ode"), else the first given name's sex in the lists ("Anna Ode"). */
function genderOf(titleTokens: readonly Token[], words: readonly Token[]): PersonGender | undefined {
  for (const t of titleTokens) {
    const g = HONORIFIC_GENDERS.get(t.lower);
    if (g) return g;
  }
  if (words.length < 2) return undefined;
  const sex = GIVEN_NAMES.get(words[0]!.lower);
  return sex === 'male' || sex === 'female' ? sex : undefined;
}

/** Country named just before the title or name ("Russian Foreign Minister", "Russia's"). */
function countryBefore(text: string, tokens: readonly Token[], countryAt: readonly (string | undefined)[], titleStart: number, nameStart: number): string | undefined {
  for (let k = nameStart - 1; k >= titleStart && k >= 0; k--) if (countryAt[k]) return countryAt[k];
  const prev = tokens[titleStart - 1];
  if (prev && countryAt[titleStart - 1] && isSpaceBetween(text, prev.end, tokens[titleStart]!.start)) return countryAt[titleStart - 1];
  // "his Russian counterpart X"
  const p2 = tokens[nameStart - 2];
  if (p2 && countryAt[nameStart - 2] && ROLE_NOUNS.has(tokens[nameStart - 1]!.lower)) return countryAt[nameStart - 2];
  return undefined;
}

/** The role phrases with a space either side, to match whole words inside a padded title. */
const PADDED_ROLE_NOMINALS: readonly (readonly [string, string])[] = [...ROLE_NOMINALS].map(([phrase, family]) => [` ${phrase} `, family]);

/** Role family of a title ("foreign minister" → "foreign"). */
export function roleOf(title: string): string | undefined {
  if (!title) return undefined;
  let best: string | undefined;
  let bestLength = 0;
  const padded = ` ${title} `;
  for (const [phrase, family] of PADDED_ROLE_NOMINALS) {
    if (phrase.length > bestLength && padded.includes(phrase)) {
      best = family;
      bestLength = phrase.length;
    }
  }
  return best;
}

function roleOfApposition(tokens: readonly Token[], from: number): string | undefined {
  const prev = tokens[from - 1];
  return prev && !prev.capitalised ? ROLE_NOMINALS.get(prev.lower) : undefined;
}
