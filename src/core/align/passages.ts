/**
 * The passages compared: for the account that is checked (a report), its claims (or, where
 * no claim covers a sentence, the sentence) cut into clauses; for the account it is
 * checked against (a transcript), the sentences of what was said — inside speaker turns
 * when the account has turns, leaving out headers, questions from the floor and
 * interrogative sentences, which assert nothing.
 */
import { sortedInPlace } from '../model/sortedInPlace';
import type { Annotation, AnnotationSet, ClaimType, Entity, OffsetRange } from '../model/annotation';
import { memoSentences, splitClauses, splitSentences, trimRange, type SentenceMemo } from './segment';
import { AUXILIARIES, FRAME_THAT_NOT } from '../data/clauseWords';
import { RECALLED_SAYING_VERBS, SAYING_VERBS, WEAK_SAYING_VERBS } from '../data/sayingVerbs';
import { DENIAL_OPENERS, RECALL_DENIALS } from '../data/recallDenials';
import { keysAt, termTable, termTableMemo, type TermAgreement, type TermKind, type TermSpan, type TermKeyCache, type TermTable, type TermTableMemo } from './terms';
import type { SharedStretches } from '../text/sharedStretches';

/** One account prepared for comparison. */
export interface AccountView {
  readonly id: string;
  readonly text: string;
  /** Comparable terms of the whole text, in order. */
  readonly terms: TermTable;
  readonly turns: readonly Annotation[];
  readonly claims: readonly Annotation[];
}

/** One passage of an account, with its comparable terms. */
export interface AlignPassage extends OffsetRange {
  readonly document: string;
  /** Position of the passage in its account's passage list. */
  readonly index: number;
  /** Its terms: the run of the account's terms inside the passage. */
  readonly terms: TermSpan;
  /** The claim this passage belongs to, if any. */
  readonly claim?: Annotation;
  /** The claim type, when the passage comes from a claim. */
  readonly claimType?: ClaimType;
  /** The person speaking: the turn's speaker (checked account) or the claim's (checking account). */
  readonly speaker?: string;
  /** Index of the turn holding the passage, -1 outside turns. */
  readonly turn: number;
}

/** Labels of turns that put questions or moderate rather than answer. */
const QUESTION_LABEL = /^\s*(?:q|questions?|journalists?|reporters?|correspondents?|audience|moderator|host|interviewer|remark from the floor)\b/i;

/** Builds the view of one account from the set and its text (`keyCache`: see `comparableTerms`; with `memo`, its key cache and paragraphs, see `termTableMemo`). */
export function viewAccount(set: AnnotationSet, documentId: string, text: string, entities: ReadonlyMap<string, Entity>, keyCache?: TermKeyCache, memo?: TermTableMemo): AccountView {
  // One pass over the set's annotations (all accounts'), in order.
  const mentions: Annotation[] = [];
  const turns: Annotation[] = [];
  const claims: Annotation[] = [];
  for (const a of set.annotations) {
    if (a.document !== documentId || a.end > text.length || a.start >= a.end) continue;
    if ((a.kind === 'person' || a.kind === 'country') && a.entity) mentions.push(a);
    else if (a.kind === 'turn') turns.push(a);
    else if (a.kind === 'claim') claims.push(a);
  }
  const byStart = (a: Annotation, b: Annotation): number => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id);
  return {
    id: documentId,
    text,
    terms: memo ? termTableMemo(text, mentions, entities, memo, documentId) : termTable(text, mentions, entities, undefined, keyCache),
    // (in the set's order already, mostly: see `sortedInPlace`)
    turns: sortedInPlace(turns, byStart),
    claims: sortedInPlace(claims, byStart),
  };
}

/**
 * The terms of `table` that lie inside `range`. Terms are sorted and do not overlap, so
 * they are one run: from the first that starts in the range to the last that ends in it.
 */
export function termsIn(table: TermTable, range: OffsetRange): TermSpan {
  const { start, end } = table;
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (end[mid]! <= range.start) lo = mid + 1;
    else hi = mid;
  }
  // A term straddling the start of the range is not in it.
  if (lo < table.length && start[lo]! < range.start) lo++;
  let to = lo;
  while (to < table.length && start[to]! < range.end) to++;
  // Nor is one straddling its end.
  if (to > lo && end[to - 1]! > range.end) to--;
  return { table, from: lo, to };
}

/** Number of terms of a span of the given kind. */
export function countKind(span: TermSpan, kind: TermKind): number {
  let n = 0;
  for (let i = span.from; i < span.to; i++) if (keysAt(span.table, i).kind === kind) n++;
  return n;
}

/** True when the span has a term that is not a function word. */
export function hasContent(span: TermSpan): boolean {
  for (let i = span.from; i < span.to; i++) if (keysAt(span.table, i).kind !== 'function') return true;
  return false;
}

/** Where the words of a turn begin: after its "Label:" when the turn opens with its label (also the coverage model's turns). */
export function turnBodyStart(text: string, turn: Annotation): number {
  if (!turn.label) return turn.start;
  const head = text.slice(turn.start, Math.min(turn.end, turn.start + turn.label.length + 120));
  const lead = head.length - head.trimStart().length;
  if (!head.startsWith(turn.label, lead)) return turn.start;
  const colon = head.indexOf(':', lead + turn.label.length);
  const newline = head.indexOf('\n', lead);
  return colon >= 0 && (newline < 0 || colon < newline) ? turn.start + colon + 1 : turn.start;
}

/** True when the sentence (a range of `text`) asks rather than asserts. */
export function isQuestion(text: string, range: OffsetRange): boolean {
  // A question mark, then only closing quotes and brackets to the end: read from the end, no slice made.
  let at = range.end - 1;
  while (at >= range.start && CLOSERS.includes(text[at]!)) at--;
  return at >= range.start && text[at] === '?';
}

/** What may follow a sentence's last mark: closing quotes and brackets. */
const CLOSERS = '"\'\u201D\u2019)]';

/**
 * The passages of the account checked against: sentences of answering turns (of every
 * sentence when the account has no turns), without the interrogative sentences of no
 * known speaker. With `memo`, sentences of unchanged turns come from earlier runs.
 */
export function referencePassages(view: AccountView, memo?: SentenceMemo): readonly AlignPassage[] {
  return layPassages(view, memo).passages;
}

/**
 * A `referencePassages` list with where each turn's passages lie in it, so that the list
 * of the account's next version takes the passages of the turns an edit left as they were
 * (`layPassages`' `last`).
 */
export interface PassageLayout {
  readonly text: string;
  readonly turns: readonly Annotation[];
  readonly terms: TermTable;
  readonly passages: readonly AlignPassage[];
  /** Per turn, then one more: where its passages (the prose before it, then its own words) begin; the last, where the prose after the turns does. */
  readonly groups: Int32Array;
  /** Per turn: where the passages of its own words begin. */
  readonly bodies: Int32Array;
  /** Per turn, then one more: where the prose before it was read from (the furthest end of the turns before it); the last, the prose after the turns. */
  readonly gaps: Int32Array;
  /** Per turn, then one more: where its answered questions begin; the last, where the quoted words of all turns begin. */
  readonly answered: Int32Array;
  /** Per turn, then one more: where its quoted and told-back words begin; the last, the end of the list. */
  readonly quoted: Int32Array;
}

/** The last version's layout and how its text and terms are held by the new version's (`referenceSide` finds them). */
export interface LastPassages {
  readonly layout: PassageLayout;
  readonly stretches: SharedStretches;
  /** The agreement of `layout.terms` with the new view's terms, offsets moved by `stretches.shift`. */
  readonly agreement: TermAgreement;
}

/**
 * `referencePassages` with its layout. With `last`, the turns before the edit that are the
 * last version's (span, label, speaker; their words and the character after them in the
 * stretch the texts share before it) and those after it (moved by the edit's shift, in the
 * stretch after it) take their passages from the last list: the prose before a turn when
 * it was read from the same place, the answered questions and quoted words of a turn when
 * the next turn is kept too. A passage taken must lie in the terms the tables share
 * (`last.agreement`); when one does not, the list is made afresh.
 */
export function layPassages(view: AccountView, memo?: SentenceMemo, last?: LastPassages): PassageLayout {
  const { text, turns } = view;
  const n = turns.length;
  const out: AlignPassage[] = [];
  const sentencesOf = (range: OffsetRange): OffsetRange[] => (memo ? memoSentences(memo, text, range) : splitSentences(text, range));
  const add = (sentences: readonly OffsetRange[], turn: number, speaker: string | undefined): void => {
    for (const sentence of sentences) {
      // A speaker's own questions are words of theirs a report may quote ("What did the
      // council set out to do?"), in an answering turn whether or not its label names a
      // known person ("SENIOR OFFICIAL:"); outside turns a question asserts nothing.
      if (turn < 0 && isQuestion(text, sentence)) continue;
      const terms = termsIn(view.terms, sentence);
      if (!hasContent(terms)) continue;
      // The same fields in the same order as the checked account's passages (one object shape).
      out.push({ document: view.id, index: out.length, start: sentence.start, end: sentence.end, terms, turn, claim: undefined, claimType: undefined, speaker: speaker || undefined });
    }
  };
  const groups = new Int32Array(n + 1);
  const bodyStarts = new Int32Array(n);
  const gaps = new Int32Array(n + 1);
  const answered = new Int32Array(n + 1);
  const quoted = new Int32Array(n + 1);
  // (the agreement must be of the two tables, offsets moved by the edit's shift)
  const kept = last && n > 0 && last.agreement.before === last.layout.terms && last.agreement.after === view.terms && last.agreement.shift === last.stretches.shift ? keptTurns(last, view) : undefined;
  // The sentences of each turn's words (after its label), split on first need, once for the turn's passages and the answered questions.
  const bodies: (OffsetRange[] | undefined)[] = new Array(n);
  const body = (i: number): OffsetRange[] => (bodies[i] ??= sentencesOf({ start: turnBodyStart(text, turns[i]!), end: turns[i]!.end }));
  if (n === 0) add(sentencesOf({ start: 0, end: text.length }), -1, undefined);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const turn = turns[i]!;
    const o = kept ? kept.old(i) : -1;
    groups[i] = out.length;
    gaps[i] = at;
    // Prose between turns that no turn holds (an unlabelled opening statement) is kept;
    // headings, datelines and captions there are not.
    if (o < 0 || !kept!.sameGap(o, at) || !kept!.take(o, last!.layout.groups[o]!, last!.layout.bodies[o]!, out)) {
      out.length = groups[i]!;
      for (const paragraph of proseOutside(text, { start: at, end: turn.start })) add(sentencesOf(paragraph), -1, undefined);
    }
    bodyStarts[i] = out.length;
    at = Math.max(at, turn.end);
    if (o >= 0) {
      if (!kept!.take(o, last!.layout.bodies[o]!, last!.layout.groups[o + 1]!, out)) return layPassages(view, memo);
    } else if (turn.speaker || !QUESTION_LABEL.test(turn.label ?? '')) add(body(i), i, turn.speaker);
  }
  groups[n] = out.length;
  gaps[n] = at;
  const count = last?.layout.turns.length ?? 0;
  if (n > 0 && !(kept && kept.old(n - 1) >= 0 && kept.sameGap(count, at) && kept.take(count, last!.layout.groups[count]!, last!.layout.answered[0]!, out))) {
    out.length = groups[n]!;
    for (const paragraph of proseOutside(text, { start: at, end: text.length })) add(sentencesOf(paragraph), -1, undefined);
  }
  // A turn's answered questions and quoted words read the next turn too: taken when both are kept.
  const layExtras = (starts: Int32Array, lastStarts: Int32Array | undefined, extras: (i: number) => readonly Omit<AlignPassage, 'index'>[]): void => {
    for (let i = 0; i < n; i++) {
      starts[i] = out.length;
      const o = kept ? kept.oldPair(i) : -1;
      if (o >= 0 && kept!.take(o, lastStarts![o]!, lastStarts![o + 1]!, out)) continue;
      out.length = starts[i]!;
      for (const extra of extras(i)) out.push({ ...extra, index: out.length });
    }
    starts[n] = out.length;
  };
  layExtras(answered, last?.layout.answered, (i) => answeredQuestions(view, i, body));
  layExtras(quoted, last?.layout.quoted, (i) => quotedInQuestions(view, i, body));
  return { text, turns, terms: view.terms, passages: out, groups, bodies: bodyStarts, gaps, answered, quoted };
}

/** Which turns of a new version `layPassages` takes from the last one's layout, and how. */
interface KeptTurns {
  /** The last version's index of turn `i`, when it is kept; -1 when not. */
  old(i: number): number;
  /** `old(i)` when the turn after it is kept too, or it is the last and kept after the edit (its answered questions and quoted words read it); -1 when not. */
  oldPair(i: number): number;
  /** True when the prose before the last version's turn `o` (or after all turns, `o` their count) was read from where the new one's is, `at`, in a stretch the texts share. */
  sameGap(o: number, at: number): boolean;
  /**
   * Appends the last list's passages `from..to`, of its turn `o` (its count: the prose
   * after the turns), moved onto the new version; false when one of them does not lie in
   * the terms the tables share.
   */
  take(o: number, from: number, to: number, out: AlignPassage[]): boolean;
}

/** The turns of `view` that `layPassages` takes from `last` (see there). */
function keptTurns(last: LastPassages, view: AccountView): KeptTurns {
  const { layout, stretches, agreement } = last;
  const { same, tail, shift } = stretches;
  const before = layout.turns;
  const now = view.turns;
  const m = Math.min(before.length, now.length);
  // Turns kept before the edit: their words and the character after them in the shared stretch before it.
  let head = 0;
  while (head < m && now[head]!.end + 1 <= same && sameTurn(before[head]!, now[head]!, 0)) head++;
  // Turns kept after it: in the shared stretch after it (to the end of the text), not taken twice.
  let after = 0;
  while (after < m - head && now[now.length - 1 - after]!.start >= tail && sameTurn(before[before.length - 1 - after]!, now[now.length - 1 - after]!, shift)) after++;
  const moved = now.length - before.length;
  const firstAfter = now.length - after;
  const table = layout.terms;
  const terms = view.terms;
  const moveTerms = terms.length - table.length;
  const lastSame = agreement.same;
  const firstTail = table.length - agreement.tail;
  return {
    old: (i) => (i < head ? i : i >= firstAfter ? i - moved : -1),
    oldPair: (i) => (i + 1 < head ? i : i >= firstAfter ? i - moved : -1),
    sameGap: (o, at) => (o < head ? layout.gaps[o] === at : layout.gaps[o]! + shift === at && at >= tail),
    take: (o, from, to, out) => {
      const isBefore = o < head;
      const d = isBefore ? 0 : shift;
      const dt = isBefore ? 0 : moved;
      const first = out.length;
      for (let k = from; k < to; k++) {
        const p = layout.passages[k]!;
        let span: TermSpan;
        if (p.terms.table === table) {
          if (isBefore ? p.terms.to > lastSame : p.terms.from < firstTail) return false;
          span = isBefore ? { table: terms, from: p.terms.from, to: p.terms.to } : { table: terms, from: p.terms.from + moveTerms, to: p.terms.to + moveTerms };
        } else {
          // A table of its own (an answered question's, `negatedUpTo`): made of the account's terms over the passage.
          const source = termsIn(table, p);
          if (isBefore ? source.to > lastSame : source.from < firstTail) return false;
          span = isBefore ? p.terms : { table: movedTable(p.terms.table, d), from: p.terms.from, to: p.terms.to };
        }
        out.push({ document: view.id, index: first + (k - from), start: p.start + d, end: p.end + d, terms: span, turn: p.turn < 0 ? p.turn : p.turn + dt, claim: undefined, claimType: p.claimType, speaker: p.speaker });
      }
      return true;
    },
  };
}

/** True when turn `b` is turn `a` moved by `shift`: span, label and speaker. */
function sameTurn(a: Annotation, b: Annotation, shift: number): boolean {
  return a.start + shift === b.start && a.end + shift === b.end && a.label === b.label && a.speaker === b.speaker;
}

/** A term table of its own with its offsets moved by `shift`. */
function movedTable(table: TermTable, shift: number): TermTable {
  return { ...table, start: table.start.map((x) => x + shift), end: table.end.map((x) => x + shift) };
}

/** An answer that settles a yes/no question by its first word, and whether it denies. */
const YES_NO = /^[\s"'\u201C\u2018]*(?:(no|nope|not at all)|yes|yeah|yep|absolutely|of course)\b/i;

/**
 * Passages that hold a yes/no question and the answer that settles it ("Are you concerned
 * this remark might escalate the conflict?" — "No, I'm not."), the answer in the next turn
 * or right after a speaker's own question ("And it has weakened NATO? No, it hadn't."):
 * one passage from the question to the answer's first sentence, saying what the answer
 * says — the question's words, negated after a "no" — and spoken by whoever answers.
 * A report tells such an exchange as one claim ("he dismissed the suggestion that his
 * remarks might escalate the conflict", "he said it has not weakened NATO"). A question
 * followed by anything else asserts nothing and stays out.
 */
function answeredQuestions(view: AccountView, i: number, bodies: (i: number) => readonly OffsetRange[]): Omit<AlignPassage, 'index'>[] {
  const out: Omit<AlignPassage, 'index'>[] = [];
  const turn = view.turns[i]!;
  const sentences = bodies(i);
  sentences.forEach((q, k) => {
    if (!isQuestion(view.text, q)) return;
    let answer: OffsetRange | undefined;
    let by = turn;
    let at = i;
    if (k + 1 < sentences.length) answer = sentences[k + 1];
    else if (i + 1 < view.turns.length && !isQuestionTurn(view.turns[i + 1]!)) {
      answer = bodies(i + 1)[0];
      by = view.turns[i + 1]!;
      at = i + 1;
    }
    if (!answer || isQuestion(view.text, answer)) return;
    const settled = YES_NO.exec(view.text.slice(answer.start, answer.end));
    if (!settled) return;
    const terms = termsIn(view.terms, { start: q.start, end: answer.end });
    if (!hasContent(terms)) return;
    const questionEnd = termsIn(view.terms, q).to;
    out.push({ document: view.id, start: q.start, end: answer.end, terms: settled[1] ? negatedUpTo(terms, questionEnd) : terms, turn: at, claim: undefined, claimType: undefined, speaker: by.speaker || undefined });
  });
  return out;
}

/** True for a turn that puts questions (a "Q:" or reporter's label of no known person). */
function isQuestionTurn(turn: Annotation): boolean {
  return !turn.speaker && QUESTION_LABEL.test(turn.label ?? '');
}

/**
 * The terms of `span` in a table of their own where the content terms before `until`
 * change polarity (a question answered "no" says the opposite of its words).
 */
function negatedUpTo(span: TermSpan, until: number): TermSpan {
  const { table, from, to } = span;
  const negated = table.negated.slice(from, to);
  for (let k = from; k < Math.min(until, to); k++) if (keysAt(table, k).kind !== 'function') negated[k - from] = negated[k - from] ? 0 : 1;
  const own: TermTable = { length: to - from, start: table.start.slice(from, to), end: table.end.slice(from, to), form: table.form.slice(from, to), negated, forms: table.forms };
  return { table: own, from: 0, to: own.length };
}

/** Quoted words inside a question, long enough to be someone's words (characters). */
const MIN_QUOTED = 12;

/**
 * The words a question quotes ("So when you said, “You're going to see when you're
 * there,” you were …"): the words it puts back to the person answering, a passage of no
 * known speaker, so that a report quoting the same words finds them; and the words it
 * tells back unquoted (`recalledInQuestion`), unless the answer (the next turn, of no
 * question label; `bodies` holds each turn's sentences) opens by denying them.
 */
function quotedInQuestions(view: AccountView, i: number, bodies: (i: number) => readonly OffsetRange[]): Omit<AlignPassage, 'index'>[] {
  const out: Omit<AlignPassage, 'index'>[] = [];
  const turn = view.turns[i]!;
  if (!isQuestionTurn(turn)) return out;
  // The readings of words told back need a word looked for first: a question without it is not split or matched.
  const body = view.text.slice(turn.start, turn.end);
  for (const m of body.matchAll(QUOTATION)) {
    const inner = trimRange(view.text, { start: turn.start + m.index + 1, end: turn.start + m.index + 1 + m[1]!.length }, true);
    if (inner.end - inner.start < MIN_QUOTED) continue;
    const terms = termsIn(view.terms, inner);
    if (!hasContent(terms)) continue;
    out.push({ document: view.id, start: inner.start, end: inner.end, terms, turn: i, claim: undefined, claimType: undefined, speaker: undefined });
  }
  if (!mayTellBack(view.text, turn)) return out;
  // Words told back that the answer denies ("I never said that.") are the journalist's claim, not the speaker's words.
  const answer = i + 1 < view.turns.length && !isQuestionTurn(view.turns[i + 1]!) ? bodies(i + 1)[0] : undefined;
  if (answer && mayDeny(view.text, answer) && opensWithDenial(view.text.slice(answer.start, answer.end))) return out;
  for (const told of recalledInQuestion(view.text, { start: questionBodyStart(view.text, turn), end: turn.end })) {
    const terms = termsIn(view.terms, told);
    if (!hasContent(terms)) continue;
    // Reported, not quoted: the journalist's wording (`alignAccounts` lets no direct quote rest on it).
    out.push({ document: view.id, start: told.start, end: told.end, terms, turn: i, claim: undefined, claimType: 'reported', speaker: undefined });
  }
  return out;
}

/** A quotation in a question (`quotedInQuestions`: its words are the first group). */
export const QUOTATION = /[\u201C"]([^\u201C\u201D"]+)[\u201D"]/g;

/** False when `range` of `text` holds no "you" (any case), which every reading of words told back opens with (`RECALL`): `recalledInQuestion` then finds none. */
export function mayTellBack(text: string, range: OffsetRange): boolean {
  return holdsIn(text, /you/i, range);
}

/** False when `range` of `text` holds no "said" or "say" (any case), one of which every denial of `RECALL_DENIALS` holds: `opensWithDenial` is then false. */
export function mayDeny(text: string, range: OffsetRange): boolean {
  return holdsIn(text, /sa(?:id|y)/i, range);
}

/** True when `pattern` matches inside `range` of `text` (searched in a slice: a search of the whole text from the range on would run past it to the end of the text). */
function holdsIn(text: string, pattern: RegExp, range: OffsetRange): boolean {
  return pattern.test(text.slice(range.start, range.end));
}

/**
 * True when an answer's first sentence opens by denying the words a question told back
 * (`RECALL_DENIALS`: "I never said that.", "No, that's not what I said."), after at most
 * one opening word (`DENIAL_OPENERS`).
 */
export function opensWithDenial(sentence: string): boolean {
  let words = sentence.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').replace(/^[\s"'\u201C\u201D\u2013\u2014-]+/, '');
  const opener = /^([a-z]+)[\s,.!;:\u2013\u2014-]+/.exec(words);
  if (opener && DENIAL_OPENERS.has(opener[1]!)) words = words.slice(opener[0].length);
  return RECALL_DENIALS.some((denial) => words.startsWith(denial) && !/[a-z]/.test(words[denial.length] ?? ''));
}

/**
 * "you", up to two auxiliaries ("have", "also"), a verb that puts words back
 * (`RECALLED_SAYING_VERBS`), then a dash, comma or "that" before the words.
 */
const RECALL = /\byou(?:['\u2019]ve)?((?:\s+[a-z]+){0,2}?)\s+([a-z]+)\b[\s,:\u2013\u2014-]*(?:that\b)?/gi;

/**
 * The words a question tells back to the person answering without quoting them ("And when
 * you said a veto by the council would end the talks?", "you have said that the port stays
 * open. Will it?"): from after the verb to the end of the sentence (or a semicolon), when
 * they are not a quotation (`quotedInQuestions` takes those) and are long enough to be
 * someone's words. A report tells them as that person's ("he had said a veto would end the
 * talks").
 */
export function recalledInQuestion(text: string, body: OffsetRange): OffsetRange[] {
  const out: OffsetRange[] = [];
  for (const sentence of splitSentences(text, body)) {
    const words = text.slice(sentence.start, sentence.end);
    for (const m of words.matchAll(RECALL)) {
      if (!RECALLED_SAYING_VERBS.has(m[2]!.toLowerCase())) continue;
      if (!m[1]!.trim().split(/\s+/).every((w) => w === '' || AUXILIARIES.has(w.toLowerCase()))) continue;
      const from = sentence.start + m.index + m[0].length;
      // A quotation, after any white space ("you said that “…”"): `quotedInQuestions` takes it.
      if (/^\s*["\u201C\u2018']/.test(text.slice(from, sentence.end))) continue;
      const stop = text.slice(from, sentence.end).search(/;/);
      let end = stop < 0 ? sentence.end : from + stop;
      while (end > from && /[?!.\s]/.test(text[end - 1]!)) end--;
      const told = trimRange(text, { start: from, end }, true);
      if (told.end - told.start >= MIN_QUOTED) out.push(told);
      break;
    }
  }
  return out;
}

/**
 * The sentences of the questions from the floor: what they state ("The council has put off
 * its vote until May."), and what they ask ("Will you appeal?", `isQuestion`). A
 * journalist's words are no speaker's, so they never support a speaker's quote or reported
 * speech: a premise is where the record holds a fact a report narrates (`alignAccounts`
 * reads these only for the report's own narration), a question where it holds what the
 * report tells was asked.
 */
export function questionPremises(view: AccountView, memo?: SentenceMemo): AlignPassage[] {
  const out: AlignPassage[] = [];
  view.turns.forEach((turn, i) => {
    if (!isQuestionTurn(turn)) return;
    const body = { start: questionBodyStart(view.text, turn), end: turn.end };
    for (const sentence of memo ? memoSentences(memo, view.text, body) : splitSentences(view.text, body)) {
      const terms = termsIn(view.terms, sentence);
      if (countKind(terms, 'word') < MIN_PREMISE_WORDS) continue;
      out.push({ document: view.id, index: out.length, start: sentence.start, end: sentence.end, terms, turn: i, claim: undefined, claimType: undefined, speaker: undefined });
    }
  });
  return out;
}

/**
 * Where the words of a question turn begin: `turnBodyStart`, or after a short "Outlet:"
 * the turn opens with when its label is not the text's ("Question (Outlet)").
 */
function questionBodyStart(text: string, turn: Annotation): number {
  const start = turnBodyStart(text, turn);
  if (start !== turn.start) return start;
  const lead = /^\s*[^\n:.?!]{1,60}:[ \t]/.exec(text.slice(turn.start, Math.min(turn.end, turn.start + 64)));
  return lead ? turn.start + lead[0].length : start;
}

/** Content words a question's premise needs (a greeting, "Thank you, Minister.", states nothing). */
const MIN_PREMISE_WORDS = 3;

/** Paragraphs outside turns worth comparing: at least two sentences and twenty words. */
function proseOutside(text: string, range: OffsetRange): OffsetRange[] {
  if (range.end <= range.start) return [];
  const out: OffsetRange[] = [];
  const re = /\n[ \t\r\u00A0]*\n/g;
  let start = range.start;
  const slice = text.slice(range.start, range.end);
  const consider = (end: number): void => {
    const paragraph = { start, end };
    const words = text.slice(start, end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (words >= 20 && splitSentences(text, paragraph).length >= 2) out.push(paragraph);
  };
  for (const m of slice.matchAll(re)) {
    consider(range.start + m.index);
    start = range.start + m.index + m[0].length;
  }
  consider(range.end);
  return out;
}

/** Strong verbs of saying: a clause holding one says who spoke (weak ones, "believe", "note", do not). */
const FRAME_VERBS: ReadonlySet<string> = new Set([...SAYING_VERBS].filter((v) => !WEAK_SAYING_VERBS.has(v)));

/**
 * True for the part of a sentence that only attributes the claim right after it ("Holm
 * told council members on Monday that …", "Holm told the crews: “…”", "Holm told the
 * crews, “…”", "…, X said in a statement."): it holds a verb of saying and touches a
 * claim, ending where the claim begins or starting where it ends. It says who spoke, to
 * whom, when; the claim is what is checked.
 */
function isAttributionFrame(text: string, range: OffsetRange, claims: readonly Annotation[]): boolean {
  const touches = claims.some((c) => /^[\s,:;"'\u201C\u201D\u2018\u2019]*$/.test(text.slice(range.end, Math.max(range.end, c.start))) && c.start >= range.end && c.start - range.end <= 3);
  if (!touches) return false;
  // Who (a few words), the verb, to whom and when (a few words), then "that" or a colon.
  const words = text.slice(range.start, range.end).toLowerCase().match(/[\p{L}'\u2019]+/gu) ?? [];
  const verb = words.findIndex((w) => FRAME_VERBS.has(w));
  if (verb < 0 || verb > MAX_FRAME_SIDE) return false;
  const colon = text[range.end] === ':' || /:\s*$/.test(text.slice(range.start, range.end)) || /^,\s*["\u201C\u2018]/.test(text.slice(range.end, range.end + 3));
  const tail = colon ? words.length - 1 - verb : words.length - 2 - verb;
  if (tail < 0) return false;
  // Before a colon, to whom, where and when may run as long as after a quote ("Holm told the
  // crews gathered in the old harbour of Tromsø:"), with no reported clause or second verb of
  // saying (`isTrailingFrame`).
  if (colon && tail > MAX_FRAME_SIDE) return tail <= MAX_TRAILING_WORDS && !words.some((w, i) => i > verb && (w === 'that' || SAYING_VERBS.has(w)));
  if (tail > MAX_FRAME_SIDE) return false;
  return colon || (words[words.length - 1] === 'that' && !FRAME_THAT_NOT.has(words[words.length - 2] ?? ''));
}

/**
 * True for the end of a sentence that only attributes the quote right before it and says
 * when or where it was said ("“…,” Holm said after talks with the mayor in the old
 * harbour."; also after a dash, "“…” — Holm said after …"): it starts where a quote ends, its verb of saying follows a subject of a few
 * words, and the circumstance after it (at most MAX_TRAILING_WORDS words) ends the
 * sentence with no reported clause ("that") and no second verb of saying ("…, adding
 * …"), whose words would be a claim. Its words would link to any look-alike that tells
 * of the same people and places. Dev set: xref precision of two tuning pairs up (one and
 * two false links gone), F1 tuning 0.834 -> 0.841; nothing else changed.
 */
function isTrailingFrame(text: string, range: OffsetRange, claims: readonly Annotation[]): boolean {
  const follows = claims.some((c) => c.claimType === 'quote' && c.end <= range.start && range.start - c.end <= 4 && /^[\s,"'\u201C\u201D\u2018\u2019\u2013\u2014-]*$/.test(text.slice(c.end, range.start)));
  if (!follows) return false;
  const words = text.slice(range.start, range.end).toLowerCase().match(/[\p{L}'\u2019]+/gu) ?? [];
  const verb = words.findIndex((w) => FRAME_VERBS.has(w));
  if (verb < 1 || verb > MAX_TRAILING_SUBJECT || words.length - 1 - verb > MAX_TRAILING_WORDS) return false;
  return !words.some((w, i) => i > verb && (w === 'that' || SAYING_VERBS.has(w)));
}

/** Words the subject of a trailing frame has at most ("the fisheries minister Erik Holm"). */
const MAX_TRAILING_SUBJECT = 5;

/** Words a trailing frame has at most after its verb ("after meeting with the mayor in the old harbour"). */
const MAX_TRAILING_WORDS = 14;

/**
 * The part of a sentence before its attribution frame, when the frame follows a leading
 * clause ("As the crowd cheered in the square, Holm told the crews: “…”"): the words after
 * the last comma are the frame (`isAttributionFrame`), which is not checked, and the
 * clause before it is. Undefined when the part after the last comma is no frame.
 */
function beforeFrame(text: string, range: OffsetRange, claims: readonly Annotation[]): OffsetRange | undefined {
  const comma = text.lastIndexOf(',', range.end - 1);
  if (comma <= range.start) return undefined;
  const frame = trimRange(text, { start: comma + 1, end: range.end }, true);
  if (frame.end <= frame.start || !isAttributionFrame(text, frame, claims)) return undefined;
  return trimRange(text, { start: range.start, end: comma }, true);
}

/** Words a frame has at most before its verb, and between its verb and "that". */
const MAX_FRAME_SIDE = 6;

/** Words a quoted title has at most. */
const MAX_TITLE_WORDS = 6;

/**
 * True for quoted words that are a title: a few words, every one of more than three
 * letters capitalised, two such words at least, no sentence punctuation ("State of the
 * Union", "Meet the Press"; not "Fish is for all of us", whose one long word opens it).
 */
export function isQuotedTitle(quoted: string): boolean {
  const inner = quoted.replace(/^[\s"'\u201C\u2018]+|[\s"'\u201D\u2019,]+$/g, '');
  if (/[.!?;:]/.test(inner)) return false;
  const words = inner.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > MAX_TITLE_WORDS) return false;
  const long = words.filter((w) => /\p{L}{4,}/u.test(w));
  return long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w)) && !long.every((w) => w === w.toUpperCase());
}

/** Content words (not names, not numbers) an uncovered part of a sentence needs to be compared on its own. */
const MIN_UNCOVERED_TERMS = 3;

/** The parts of `range` outside every claim (claims sorted by start). */
function uncovered(range: OffsetRange, claims: readonly Annotation[]): OffsetRange[] {
  const out: OffsetRange[] = [];
  let at = range.start;
  for (const c of claims) {
    if (c.end <= at || c.start >= range.end) continue;
    if (c.start > at) out.push({ start: at, end: c.start });
    at = Math.max(at, c.end);
  }
  if (at < range.end) out.push({ start: at, end: range.end });
  return out;
}

/**
 * One unit of the checked account: a claim (or what its inner claims leave of it) or a
 * sentence part no claim covers, and its clauses. The range is the unit's own span.
 */
export interface CheckedUnit extends OffsetRange {
  readonly claim?: Annotation;
  /** The whole unit as one passage. */
  readonly whole: AlignPassage;
  /** Its clauses (one when the unit has a single clause). */
  readonly clauses: readonly AlignPassage[];
}

/**
 * The units of the account that is checked: each claim (quotes, reported speech,
 * statements, figures), and each sentence no claim touches, with their clauses.
 * Identical claim spans are taken once.
 */
export function checkedUnits(view: AccountView): CheckedUnit[] {
  const out: CheckedUnit[] = [];
  let index = 0;
  // Built field by field in one order (no spreads): there is one per claim and clause.
  const make = (range: OffsetRange, claim: Annotation | undefined): AlignPassage => ({
    document: view.id,
    index: index++,
    start: range.start,
    end: range.end,
    terms: termsIn(view.terms, range),
    turn: -1,
    claim,
    claimType: claim?.claimType || undefined,
    speaker: claim?.speaker || undefined,
  });
  const ranges: { range: OffsetRange; claim?: Annotation }[] = [];
  view.claims.forEach((claim, ci) => {
    // Claims are sorted by span: one identical to an earlier one follows it directly.
    const previous = view.claims[ci - 1];
    if (previous && previous.start === claim.start && previous.end === claim.end) return;
    // A quoted title ("told CNN's “State of the Union”") names something; nobody said it.
    if (claim.claimType === 'quote' && isQuotedTitle(view.text.slice(claim.start, claim.end))) return;
    // A claim holding quotes (reported speech around a quote) is compared on what the
    // quotes leave; the quotes are units of their own. Figures inside a claim stay part
    // of it: the sentence around them is the claim.
    const nested: Annotation[] = [];
    for (let j = ci + 1; j < view.claims.length && view.claims[j]!.start < claim.end; j++) {
      const o = view.claims[j]!;
      if (o.claimType === 'quote' && o.end <= claim.end && (o.start > claim.start || o.end < claim.end)) nested.push(o);
    }
    if (nested.length === 0) {
      ranges.push({ range: claim, claim });
      return;
    }
    for (const piece of uncovered(claim, nested)) {
      const r = trimRange(view.text, piece, true);
      if (countKind(termsIn(view.terms, r), 'word') >= MIN_UNCOVERED_TERMS) ranges.push({ range: r, claim });
    }
  });
  // The parts of sentences no claim covers ("Customs will swap data, which X said “…”").
  let first = 0;
  for (const sentence of splitSentences(view.text)) {
    // Claims are sorted by start, sentences come in order: skip the claims that ended.
    while (first < view.claims.length && view.claims[first]!.end <= sentence.start) first++;
    const near: Annotation[] = [];
    let j = first;
    for (; j < view.claims.length && view.claims[j]!.start < sentence.end; j++) near.push(view.claims[j]!);
    // And the claim right after it: a frame ending the sentence with a colon attributes the
    // quote that opens the next line (`isAttributionFrame` reads how near it starts).
    if (j < view.claims.length) near.push(view.claims[j]!);
    for (const piece of uncovered(sentence, near)) {
      let r = trimRange(view.text, piece, true);
      if (isAttributionFrame(view.text, r, near) || isTrailingFrame(view.text, r, near)) continue;
      r = beforeFrame(view.text, r, near) ?? r;
      if (countKind(termsIn(view.terms, r), 'word') >= MIN_UNCOVERED_TERMS) ranges.push({ range: r });
    }
  }
  ranges.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  for (const { range, claim } of ranges) {
    const whole = make(range, claim);
    if (!hasContent(whole.terms)) continue;
    // Claims can span several sentences; cut at sentences first, then clauses.
    const pieces = splitSentences(view.text, range).flatMap((s) => splitClauses(view.text, s));
    const clauses = pieces.length <= 1 ? [whole] : pieces.map((p) => make(p, claim));
    out.push({ start: range.start, end: range.end, claim, whole, clauses });
  }
  return out;
}
