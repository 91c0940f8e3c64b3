/**
 * Claims of one parse unit, with their speakers: quotations (`quote`), reported speech
 * (`reported`), the remaining assertions (`statement`) and figures (`statistic`).
 *
 * Attribution, in order: a verb of saying after the quote ("…,” Lavrov said") or before it
 * in the same sentence ("he added that … “…”"), "according to X", "in his words", then the
 * running speaker of the account (a quote paragraph continuing the previous one), then, in a
 * transcript, the speaker of the turn. A statement in a transcript belongs to the turn's
 * speaker; in a report it has no speaker (the report's own assertion), but for a headline
 * that credits its words ("… ruling: Voss", "Voss calls tolls ‘unfair’"), which is reported.
 *
 * In two steps: `findClaimDrafts` (here) finds the claims of one unit and the subjects of
 * their verbs of saying (in the unit pass, on any thread); `resolveClaimDrafts` (./resolve)
 * gives them their speakers, unit after unit, once person names are clustered (the running
 * speaker is carried from one unit to the next).
 */
import type { AccountRole, ClaimType, OffsetRange } from '../../model/annotation';
import type { Token } from '../../text/tokens';
import { tokenIndexAt } from '../../text/tokens';
import { ASIDE_ADVERBS, AUXILIARIES, CLAUSE_PRONOUNS, CLAUSE_SKIP, FINITE_AFTER_SUBJECT, MODALS, RELATIVE_OPENERS, STANCE_BEFORE_THAT, SUBORDINATORS, TIME_WORDS } from '../../data/clauseWords';
import type { AnnotationRule } from '../../data/ruleIds';
import { isRoleWord } from '../../data/roles';
import { LISTENER_SAYING_VERBS, WEAK_SAYING_VERBS } from '../../data/sayingVerbs';
import { isSaying, type Subject, type UnitSubjects } from '../attribution/index';
import type { Quotation } from '../quotations/find';

/** The rules of the claim annotator (see `ANNOTATION_RULES`). */
export type ClaimRule = Extract<AnnotationRule, `claim/${string}`>;

/** One claim of a unit before its speaker is known (offsets in the unit). */
export interface ClaimDraft extends OffsetRange {
  readonly claimType: ClaimType;
  /** A quote or reported claim: the subject of its verb of saying; undefined when none was found. */
  readonly subject: Subject | undefined;
  /** A statistic: the index (among the unit's drafts) of the claim that holds it; -1 when none does. */
  readonly holder: number;
  /** The rule that found the claim. */
  readonly rule: ClaimRule;
}

/** What the claim finder knows about the unit. */
export interface ClaimUnit {
  readonly text: string;
  readonly sentences: readonly OffsetRange[];
  readonly quotations: readonly Quotation[];
  readonly statistics: readonly OffsetRange[];
  readonly subjects: UnitSubjects;
  readonly role: AccountRole;
  /** Inside a transcript turn: where the turn's spoken words start in the unit (0 when before it); undefined outside turns. */
  readonly turnBody: number | undefined;
}

const MIN_QUOTE_WORDS = 3;

/** Finds the claims of one unit, in order: quotes, then reported claims and statements sentence by sentence, then statistics. */
export function findClaimDrafts(unit: ClaimUnit): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  const tokens = unit.subjects.tokens;
  const bodyStart = unit.turnBody ?? 0;
  const quotes = unit.quotations.filter((q) => q.inner.start >= bodyStart && hasWords(unit.text, q.inner.start, q.inner.end, MIN_QUOTE_WORDS));
  let previous: QuoteSubject | undefined;
  for (const [i, q] of quotes.entries()) {
    let found = quoteSubject(unit, quotes, i);
    // '"…," she said. "…"': the quote goes on after the attribution between its two parts
    if (!found && previous?.rule === 'claim/said-after-quote' && /^[^“"]*[.!?]\s*$/.test(unit.text.slice(quotes[i - 1]!.end, q.start)) && /^\s*[“"]/.test(unit.text.slice(q.start, q.inner.start + 1))) {
      found = { subject: previous.subject, rule: 'claim/quote-resumed-after-attribution' };
    }
    previous = found;
    out.push(draft(q.inner, 'quote', found?.subject, found?.rule ?? 'claim/unattributed-quote'));
  }
  for (const sentence of unit.sentences) {
    const s = { start: Math.max(sentence.start, bodyStart), end: trimEnd(unit.text, sentence.end) };
    if (s.end - s.start < 2) continue;
    const inQuote = quotes.length === 0 ? quotes : quotes.filter((q) => q.start < s.end && s.start < q.end);
    const quoted = inQuote.reduce((n, q) => n + Math.min(q.end, s.end) - Math.max(q.start, s.start), 0);
    if (quoted > (s.end - s.start) * 0.6) {
      // A sentence mostly quoted may still open with reported speech of its own before the
      // quote's attribution ("The mayor said she had spoken of the flood with regret,
      // saying: “…”"): that clause, wholly before the first quotation, is a claim too.
      const lead = findReported(unit, s, tokens, inQuote);
      if (lead && lead.end <= inQuote[0]!.start) out.push(lead);
      continue;
    }
    const credited = creditedAfterColon(unit, s) ?? headlineSaying(unit, s);
    if (credited) {
      out.push(credited);
      continue;
    }
    const reported = findReported(unit, s, tokens, inQuote);
    if (reported) {
      out.push(reported);
      // "After she said …, the mayor told reporters that …": the clause ended at a second attribution, which has its own
      for (let r: ClaimDraft | undefined = reported; r && hasWords(unit.text, r.end, s.end, 3); ) {
        r = findReported(unit, { start: r.end, end: s.end }, tokens, inQuote, r.subject);
        if (r) out.push(r);
      }
      continue;
    }
    if (inQuote.length > 0) continue;
    if (isQuestion(unit.text, s)) continue;
    // a statement: in a turn, the turn speaker's (4 words or more); in a report, the report's own (5 or more)
    const minWords = unit.turnBody !== undefined ? 4 : unit.role === 'report' ? 5 : 0;
    if (minWords > 0 && hasWords(unit.text, s.start, s.end, minWords)) out.push(draft(s, 'statement', undefined, unit.turnBody !== undefined ? 'claim/turn-statement' : 'claim/report-statement'));
  }
  const claims = out.length;
  for (const stat of unit.statistics) {
    if (stat.start < bodyStart) continue;
    let holder = -1;
    for (let i = 0; i < claims && holder < 0; i++) if (out[i]!.start <= stat.start && stat.end <= out[i]!.end + 1) holder = i;
    out.push({ start: stat.start, end: stat.end, claimType: 'statistic', subject: undefined, holder, rule: 'claim/statistic' });
  }
  return out;
}

function draft(range: OffsetRange, claimType: ClaimType, subject: Subject | undefined, rule: ClaimRule): ClaimDraft {
  return { start: range.start, end: range.end, claimType, subject, holder: -1, rule };
}

/** A quote's subject and the rule that found it. */
interface QuoteSubject {
  readonly subject: Subject;
  readonly rule: ClaimRule;
}

/** The subject of quote `i` of `quotes`: a verb of saying right after it, else before it in its sentence. */
function quoteSubject(unit: ClaimUnit, quotes: readonly Quotation[], i: number): QuoteSubject | undefined {
  const q = quotes[i]!;
  const nextStart = quotes[i + 1]?.start ?? unit.text.length;
  const after = unit.subjects.subjectAfter(q.end, nextStart);
  if (after) return { subject: after, rule: 'claim/said-after-quote' };
  const sentence = unit.sentences.find((s) => s.start <= q.start && q.start < s.end) ?? { start: 0, end: q.start };
  const from = Math.max(sentence.start, quotes[i - 1]?.end ?? 0, unit.turnBody ?? 0);
  return subjectBefore(unit, unit.subjects.tokens, from, q.start) ?? subjectAtSentenceEnd(unit, q.end, Math.min(sentence.end, nextStart));
}

/**
 * "… agreed to take “swift and decisive” action, Holm said on Monday.": the subject of a verb
 * of saying that ends the sentence after a comma, with no other quotation on the way.
 */
function subjectAtSentenceEnd(unit: ClaimUnit, from: number, to: number): QuoteSubject | undefined {
  const tokens = unit.subjects.tokens;
  const first = tokenIndexAt(tokens, from);
  const last = tokenIndexAt(tokens, to) - 1;
  for (let v = last; v > first; v--) {
    const t = tokens[v]!;
    if (!isSaying(t)) continue;
    const rest = unit.text.slice(t.end, to);
    // what may follow the verb: a few words of time, place or listener ("said on Monday")
    if (!/^(?:\s+[\p{L}\p{N}'’-]+){0,6}\s*[.!]?\s*$/u.test(rest) || /\bthat\b/.test(rest)) return undefined;
    // not a reported clause of its own ("…, Holm said it would fail"): the verb attributes that, not the quote
    if (opensWithSubject(tokens, v + 1) || tokens.slice(v + 1, last + 1).some((w) => FINITE_AFTER_SUBJECT.has(w.lower))) return undefined;
    const subject = unit.subjects.subjectBeforeVerb(v, first);
    // the subject (and its title) is all that stands between the comma and the verb
    const start = subject ? subjectFirstToken(unit, v, first) : -1;
    const comma = unit.text.lastIndexOf(',', t.start);
    if (!subject || start < 0 || comma < from || tokens[start]!.start < comma || tokenIndexAt(tokens, comma) < v - 8) return undefined;
    // only the subject's title comes before it ("…, Fisheries Minister Holm said"), not a head it depends on ("…, a lawyer for Holm said")
    const opens = tokenIndexAt(tokens, comma);
    let role = start;
    while (role > opens && !isRole(tokens[role - 1]!)) role--;
    // words before the title's role word are its own ("the fisheries minister"); others must be a title's
    for (let k = role; k < start; k++) if (!tokens[k]!.capitalised && !isRole(tokens[k]!)) return undefined;
    // a relative or subordinate clause is not the sentence's attribution ("which Holm said was …")
    const opener = tokens[tokenIndexAt(tokens, comma)]!.lower;
    if (RELATIVE_OPENERS.has(opener) || SUBORDINATORS.has(opener) || opener === 'that') return undefined;
    return { subject, rule: 'claim/said-at-sentence-end' };
  }
  return undefined;
}

/** The subject of the last verb of saying between `from` and `to` ("he added that …"), or "according to X". */
function subjectBefore(unit: ClaimUnit, tokens: readonly Token[], from: number, to: number): QuoteSubject | undefined {
  const first = tokenIndexAt(tokens, from);
  const last = tokenIndexAt(tokens, to) - 1;
  // "Lavrov: “…”" (a headline or caption naming the speaker before a colon)
  if (last >= first && /^\s*:\s*$/.test(unit.text.slice(tokens[last]!.end, to))) {
    const named = unit.subjects.subjectEndingAt(last);
    if (named && named.subject.kind === 'person') return { subject: named.subject, rule: 'claim/speaker-colon-before-quote' };
  }
  for (let v = last; v >= first; v--) {
    const t = tokens[v]!;
    if (isSaying(t)) {
      const subject = unit.subjects.subjectOfVerb(v, first);
      if (subject) return { subject, rule: 'claim/said-before-quote' };
    }
    if (t.lower === 'according' && tokens[v + 1]?.lower === 'to') {
      const s = unit.subjects.subjectStartingAt(v + 2);
      if (s) return { subject: s.subject, rule: 'claim/according-to-before-quote' };
    }
  }
  return undefined;
}

/**
 * "Taxes will not rise this year: Voss": a paragraph whose last sentence ends in a colon and a
 * person's name (as a headline credits its words) is that person's reported claim, up to the colon.
 */
function creditedAfterColon(unit: ClaimUnit, s: OffsetRange): ClaimDraft | undefined {
  if (unit.text.slice(s.end).trim() !== '') return undefined;
  const tokens = unit.subjects.tokens;
  const last = tokenIndexAt(tokens, s.end) - 1;
  const named = last >= 0 ? unit.subjects.subjectEndingAt(last) : undefined;
  if (!named || named.subject.kind !== 'person' || tokens[named.first]!.start <= s.start) return undefined;
  const gap = unit.text.slice(tokens[named.first - 1]?.end ?? s.start, tokens[named.first]!.start);
  if (!/^\s*:\s+$/.test(gap) || !/^\s*$/.test(unit.text.slice(tokens[last]!.end, s.end))) return undefined;
  const colon = unit.text.lastIndexOf(':', tokens[named.first]!.start);
  if (!hasWords(unit.text, s.start, colon, 3)) return undefined;
  return reportedClaim(unit, { start: s.start, end: colon }, named.subject, 'claim/speaker-colon-after-claim');
}

/**
 * "Mayor Voss calls tolls ‘unfair’ in harbour row": a headline (a paragraph of one sentence
 * with no closing period) whose person subject opens it with a verb of saying in the present
 * is that person's reported claim, from the verb's object to the end.
 */
function headlineSaying(unit: ClaimUnit, s: OffsetRange): ClaimDraft | undefined {
  if (unit.role !== 'report' || unit.sentences.length !== 1 || /[.!?]["”’]?\s*$/.test(unit.text)) return undefined;
  const tokens = unit.subjects.tokens;
  const first = tokenIndexAt(tokens, s.start);
  for (let v = first + 1; v < Math.min(tokens.length - 3, first + 6); v++) {
    const t = tokens[v]!;
    if (!isSaying(t) || !t.lower.endsWith('s')) continue;
    const subject = unit.subjects.subjectBeforeVerb(v, first);
    // the subject and its title are all that stands before the verb
    const opens = subjectFirstToken(unit, v, first);
    if (subject?.kind !== 'person' || opens < first || !tokens.slice(first, opens).every((w) => w.capitalised)) return undefined;
    return reportedClaim(unit, { start: tokens[v + 1]!.start, end: s.end }, subject, 'claim/headline-saying');
  }
  return undefined;
}

/** Reported speech in sentence `s`: "X said (that) …", "…, X said.", "According to X, …", "As X said, …". */
function findReported(unit: ClaimUnit, s: OffsetRange, tokens: readonly Token[], inQuote: readonly Quotation[], previous?: Subject): ClaimDraft | undefined {
  const first = tokenIndexAt(tokens, s.start);
  const last = tokenIndexAt(tokens, s.end) - 1;
  const outside = (t: Token) => !inQuote.some((q) => q.start <= t.start && t.end <= q.end);
  let carried: Subject | undefined;
  for (let v = first; v <= last; v++) {
    const t = tokens[v]!;
    // "According to X, …" / "In his words, …"
    if (t.lower === 'according' && tokens[v + 1]?.lower === 'to' && outside(t)) {
      const subj = unit.subjects.subjectStartingAt(v + 2);
      const comma = subj ? unit.text.indexOf(',', tokens[subj.last]!.end) : -1;
      if (subj && comma >= 0 && comma < s.end && comma - tokens[subj.last]!.end < 3) {
        return reportedClaim(unit, { start: comma + 1, end: s.end }, subj.subject, 'claim/according-to');
      }
    }
    if (t.lower === 'words' && v >= first + 2 && tokens[v - 2]!.lower === 'in' && /^(his|her)$/.test(tokens[v - 1]!.lower) && unit.text[t.end] === ',') {
      return reportedClaim(unit, { start: t.end + 1, end: s.end }, { kind: 'pronoun' }, 'claim/in-his-words');
    }
    if (!isSaying(t) || !outside(t) || isModal(tokens, v, first)) continue;
    let before = unit.subjects.subjectBeforeVerb(v, first);
    // "Smith, who announced the plan last week, told reporters that …": the relative clause is
    // background; the reported speech is the main verb's, and the clause's head is its subject
    const main = afterRelativeClause(unit.text, tokens, v, last, outside);
    if (main >= 0) {
      carried = before;
      v = main - 1;
      continue;
    }
    if (carried) before = carried;
    carried = undefined;
    // "… and added that …" after a reported clause: the same speaker
    if (!before && previous && v === first + 1 && tokens[first]!.lower === 'and') before = previous;
    const subject = before ?? unit.subjects.subjectRightAfterVerb(v);
    if (!subject) continue;
    const weak = WEAK_SAYING_VERBS.has(t.lower);
    // Clause after the verb.
    const next = unit.text.slice(t.end, Math.min(s.end, t.end + 3));
    if (/^\s*[:“"‘]/.test(next)) return undefined; // the quote carries the claim
    if (/^\s*,/.test(next) && tokens[first]?.lower === 'as') {
      const comma = unit.text.indexOf(',', t.end);
      return reportedClaim(unit, { start: comma + 1, end: s.end }, subject, 'claim/as-said');
    }
    let c = v + 1;
    let that = -1;
    // "reiterated, however, that …": a discourse adverb set off by commas right after the verb
    const aside = isAsideBeforeThat(unit.text, tokens, v, last);
    // the first token of the words after the verb (and its aside)
    const from = aside ? v + 2 : v + 1;
    for (let k = from; k <= Math.min(last, v + 12); k++) {
      if (tokens[k]!.lower === 'that') {
        that = k;
        break;
      }
      if (/[,.;:“"]/.test(unit.text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
      // "said … and added that": the "that" of the next verb of saying
      if (isSaying(tokens[k]!)) break;
    }
    // "said he would back a plan that …": a subject pronoun has opened the clause, and a
    // "that" after it is the clause's own (a relative), not the verb's complementiser, unless
    // a word of stance takes it ("said he was certain that …", `STANCE_BEFORE_THAT`); a
    // pronoun after "after", "as", "when" … is the subject of a clause of time or reason
    // ("said after she met the unions that …"), and the "that" still opens the words reported
    let opened = -1;
    if (that > 0 && !STANCE_BEFORE_THAT.has(tokens[that - 1]!.lower)) {
      for (let k = from; k < that && opened < 0; k++) if (CLAUSE_PRONOUNS.has(tokens[k]!.lower) && !SUBORDINATORS.has(tokens[k - 1]!.lower)) opened = k;
      // "said the council would back a plan that …": a noun subject and its finite verb (no
      // relative "who"/"which" before it) have opened the clause right after the verb
      if (opened < 0 && !LISTENER_SAYING_VERBS.has(t.lower) && !CLAUSE_SKIP.has(tokens[from]?.lower ?? '') && !SUBORDINATORS.has(tokens[from]?.lower ?? '')) {
        for (let k = from + 1; k < that && opened < 0; k++) {
          if (RELATIVE_OPENERS.has(tokens[k]!.lower)) break;
          if (FINITE_AFTER_SUBJECT.has(tokens[k]!.lower)) opened = from;
        }
      }
      if (opened >= 0) that = -1;
    }
    let listener = -1;
    if (that < 0 && LISTENER_SAYING_VERBS.has(t.lower)) listener = listenerClause(unit.text, tokens, v, last);
    if (that >= 0) c = that + 1;
    else if (opened >= 0) c = opened;
    else if (listener >= 0) c = listener;
    else if (weak || LISTENER_SAYING_VERBS.has(t.lower)) c = -1;
    else if (!tokens[v + 1] || CLAUSE_SKIP.has(tokens[v + 1]!.lower)) c = -1;
    // "…,” said Tran Van Minh, Vietnam's prime minister.": the words after the verb are its subject
    else if (!before) c = -1;
    if (c > 0 && c <= last && (aside || !/^\s*[,.;]/.test(unit.text.slice(t.end, tokens[v + 1]?.start ?? t.end)))) {
      const clause = { start: tokens[c]!.start, end: clauseEnd(unit, tokens, c, last, s.end, outside) };
      const opening = unit.text.slice(t.end, clause.start + 1);
      const rule = that >= 0 ? 'claim/reported-speech-that' : listener >= 0 ? 'claim/reported-speech-after-listener' : 'claim/reported-speech-clause';
      if (hasWords(unit.text, clause.start, clause.end, 3) && !/[“"‘]/.test(opening)) return reportedClaim(unit, clause, subject, rule);
    }
    // Clause before: "…, Lavrov said." — the verb ends the sentence.
    const rest = unit.text.slice(t.end, s.end);
    if (/^[\s\p{L}\p{N},'’-]{0,40}[.!]?$/u.test(rest) && !/\bthat\b/.test(rest)) {
      const comma = unit.text.lastIndexOf(',', tokens[Math.max(first, v - 6)]!.start);
      const subjectStart = subjectFirstToken(unit, v, first);
      const cut = unit.text.lastIndexOf(',', subjectStart >= 0 ? tokens[subjectStart]!.start : t.start);
      const end = cut >= s.start ? cut : comma;
      const quoted = inQuote.some((q) => q.start < end && s.start < q.end);
      if (end > s.start && !quoted && hasWords(unit.text, s.start, end, 3)) {
        return reportedClaim(unit, { start: s.start, end }, subject, 'claim/said-after-clause');
      }
    }
  }
  return undefined;
}

/**
 * Where a reported clause opening at token c ends: at the end of sentence, or earlier
 * where the sentence goes on to something else: a comma before another subject and its
 * verb of saying ("after she said the bridge was safe, the mayor told reporters …") or a
 * spaced dash before an apposition ("… in power” -- a remark that …").
 */
function clauseEnd(unit: ClaimUnit, tokens: readonly Token[], c: number, last: number, end: number, outside: (t: Token) => boolean): number {
  for (let k = c + 2; k <= last; k++) {
    const gap = unit.text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (/^["”’]?\s+(?:--|[—–])\s+$/.test(gap) && /^(?:a|an)$/.test(tokens[k]!.lower) && outside(tokens[k]!)) return tokens[k - 1]!.end + gap.search(/\s/);
    const u = tokens[k]!;
    if (!isSaying(u) || !outside(u)) continue;
    // "…, adding that …" / "… and added that …": the same speaker's next claim
    if (/ing$/.test(u.lower) && /,\s*$/.test(gap)) return tokens[k - 1]!.end;
    // "… and argued it …": a subject pronoun after the verb opens its clause as "that" does
    // ("it" only before a finite verb: "and explained it to the council" is its object)
    if (tokens[k - 1]!.lower === 'and' && k - 1 > c + 1 && (/^\s*(?:that\b|[:“"])/.test(unit.text.slice(u.end, u.end + 6)) || (opensWithSubject(tokens, k + 1) && !/^[,.;:]/.test(unit.text.slice(u.end, tokens[k + 1]!.start).trim())))) return pastCloser(unit.text, tokens[c]!.start, tokens[k - 2]!.end);
    const first = subjectFirstToken(unit, k, c + 2);
    if (first <= c + 1 || !unit.subjects.subjectBeforeVerb(k, first)) continue;
    // the comma before the subject, past its title ("…, Governor Tom Hale told")
    for (let j = first; j >= Math.max(c + 2, first - 3); j--) {
      if (/,\s*$/.test(unit.text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return tokens[j - 1]!.end;
      if (!tokens[j - 1]!.capitalised) break;
    }
  }
  return end;
}

/**
 * `end`, or past the closing quotation mark right after it when the clause from `start`
 * opened one ("the talks were “very useful,” and argued …" keeps its ”).
 */
function pastCloser(text: string, start: number, end: number): number {
  // An apostrophe (’ between letters: "council’s") closes nothing.
  const clause = text.slice(start, end).replace(/(?<=\p{L})’(?=\p{L})/gu, '');
  const opened = (clause.match(/[“‘]/g)?.length ?? 0) > (clause.match(/[”’]/g)?.length ?? 0);
  const closer = /^[,.;:!?]?[”’]/.exec(text.slice(end, end + 2));
  return opened && closer ? end + closer[0].length : end;
}

/** True when `tokens[k]` is a subject pronoun (`CLAUSE_PRONOUNS`), "it" only before a finite verb (`FINITE_AFTER_SUBJECT`). */
function opensWithSubject(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.lower ?? '';
  return CLAUSE_PRONOUNS.has(word) && (word !== 'it' || FINITE_AFTER_SUBJECT.has(tokens[k + 1]?.lower ?? ''));
}

/**
 * After a verb of saying whose object is the listener, the token that opens the reported
 * clause when a subject pronoun follows the listener ("told his last summit he hoped …",
 * "told reporters they would …"); -1 when none does within six words and no punctuation.
 */
function listenerClause(text: string, tokens: readonly Token[], v: number, last: number): number {
  for (let k = v + 2; k <= Math.min(last - 1, v + 6); k++) {
    if (/[,.;:“"”‘’()—–-]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return -1;
    if (CLAUSE_PRONOUNS.has(tokens[k]!.lower)) return k;
  }
  return -1;
}

/**
 * When the verb of saying at token v opens a non-restrictive relative clause (", who
 * announced …") that a comma closes before the sentence's own verb of saying ("…, told
 * reporters"), the index of that verb; else -1.
 */
function afterRelativeClause(text: string, tokens: readonly Token[], v: number, last: number, outside: (t: Token) => boolean): number {
  let w = v - 1;
  while (w > 0 && v - w <= 2 && tokens[w]!.lower !== 'who' && (AUXILIARIES.has(tokens[w]!.lower) || TIME_WORDS.has(tokens[w]!.lower) || /ly$/.test(tokens[w]!.lower))) w--;
  if (w <= 0 || tokens[w]!.lower !== 'who' || !/,\s*$/.test(text.slice(tokens[w - 1]!.end, tokens[w]!.start))) return -1;
  for (let k = v + 2; k <= last; k++) {
    if (!/^\s*,\s*$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) continue;
    // the main verb right after the closing comma, past auxiliaries and time words ("…, later told")
    for (let m = k; m <= Math.min(last, k + 2); m++) {
      const u = tokens[m]!;
      if (isSaying(u) && outside(u)) return m;
      if (!(AUXILIARIES.has(u.lower) || TIME_WORDS.has(u.lower) || /ly$/.test(u.lower))) break;
    }
  }
  return -1;
}

/** A role word of a title ("minister", "spokesman"). */
function isRole(t: Token): boolean {
  return isRoleWord(t.lower);
}

function subjectFirstToken(unit: ClaimUnit, v: number, floor: number): number {
  for (let k = v - 1; k >= floor && k >= v - 8; k--) {
    const e = unit.subjects.subjectEndingAt(k);
    if (e) return e.first;
  }
  return -1;
}

function reportedClaim(unit: ClaimUnit, range: OffsetRange, subject: Subject, rule: ClaimRule): ClaimDraft | undefined {
  let start = range.start;
  while (start < range.end && /\s/.test(unit.text[start]!)) start++;
  let end = range.end;
  while (end > start && /[\s.,;:!?]/.test(unit.text[end - 1]!)) end--;
  if (end <= start) return undefined;
  return draft({ start, end }, 'reported', subject, rule);
}

/** A modal stands before the verb at token v (past "not" and auxiliaries: "will also say"). */
function isModal(tokens: readonly Token[], v: number, floor: number): boolean {
  for (let k = v - 1; k >= Math.max(floor, v - 3); k--) {
    const w = tokens[k]!.lower;
    if (MODALS.has(w)) return true;
    if (w !== 'not' && !AUXILIARIES.has(w)) return false;
  }
  return false;
}

function isQuestion(text: string, s: OffsetRange): boolean {
  // the last character that is not a closing mark or space, up to two past the end
  for (let i = Math.min(text.length, s.end + 2) - 1; i >= s.start; i--) {
    const c = text[i]!;
    if (c === '?') return true;
    if (c !== '"' && c !== '”' && c !== '’' && c !== ')' && c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t') return false;
  }
  return false;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** Whether text[start, end) has at least `min` words (runs of letters or digits); stops counting there. */
function hasWords(text: string, start: number, end: number, min: number): boolean {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const isWordChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191;
    if (isWordChar && !inWord && ++n >= min) return true;
    inWord = isWordChar;
  }
  return false;
}

/**
 * True when the verb of saying at `v` is followed by a discourse adverb set off by commas
 * and then "that" ("He reiterated, however, that …", "She said, though, that …"): the
 * adverb is an aside, and "that" opens the reported clause.
 */
function isAsideBeforeThat(text: string, tokens: readonly Token[], v: number, last: number): boolean {
  const adverb = tokens[v + 1];
  const that = tokens[v + 2];
  if (!adverb || !that || v + 2 > last || that.lower !== 'that' || !ASIDE_ADVERBS.has(adverb.lower)) return false;
  return /^\s*,\s*$/.test(text.slice(tokens[v]!.end, adverb.start)) && /^\s*,\s*$/.test(text.slice(adverb.end, that.start));
}
