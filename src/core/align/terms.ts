/**
 * Comparable terms: a passage as the sequence of keys the comparison works on. Every
 * mention of a person or country becomes the id of its entity (so "Russian Federation",
 * "Russia" and "Moscow" standing for the state are one term, and a person's aliases are
 * the person), words become stems folded through the synonym groups, numbers their value.
 */
import type { Annotation, Entity, OffsetRange } from '../model/annotation';
import { DENIED_SAYING_NOUNS, DISMISS_VERBS, NEGATION_STOPS, NEGATORS, RULE_OUT_VERBS } from '../data/negation';
import { NOT_ADVERBS } from '../data/notAdverbs';
import { REPORTING_WORDS } from '../data/sayingVerbs';
import { STOPWORDS } from '../data/stopwords';
import { SYNONYM_STEMS, stemWord } from './lexicon';
import { scanWords } from './normalize';
import { stretchesOf } from '../text/sharedStretches';
import { newRunMemo, recall, startRun, type RunMemo } from './runMemo';
import { DEPARTMENT_WORDS, TITLE_HEADS, TITLE_MODIFIERS } from '../data/titles';

/** What a term stands for. */
export type TermKind = 'word' | 'number' | 'entity' | 'function';

/** The key fields of a folded word, as cached by `TermKeyCache` and shared by its terms. */
export interface WordKeys {
  /** The comparison key: `@<entity>` for mentions, `#<value>` for numbers, else a folded stem. */
  readonly key: string;
  /** Looser key for near matches of derived forms (the first characters of the stem). */
  readonly loose: string;
  /** `key` and `loose` as small integers, unique within one `TermKeyCache` (fast lookups). */
  readonly id: number;
  readonly looseId: number;
  readonly kind: TermKind;
  /** The folded word form (for word diffs), one string per distinct word. */
  readonly norm: string;
  /** True for a word that negates what follows it ("not", "refused", "-n't"). */
  readonly negates: boolean;
  /** Position of these keys in `TermKeyCache.forms` (what a `TermTable` stores per term). */
  readonly form: number;
}

/** One comparable term of a passage. */
export interface Term extends OffsetRange, WordKeys {
  /** True when a negation ("not", "no", "never", "-n't") precedes it closely in the same clause. */
  readonly negated: boolean;
}

/**
 * The comparable terms of a text, column-wise: term `i` spans `start[i]..end[i]`, has the
 * keys `forms[form[i]]` and its polarity in `negated[i]`: `PLAIN`, `NEGATED_HEAD` (the
 * first content term a negation reaches: what it denies) or `IN_NEGATION` (a later term
 * within its reach, which may or may not be denied). About 13 bytes a term,
 * where one object per term costs some 70 (a long account has millions of terms).
 */
export interface TermTable {
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly form: Int32Array;
  readonly negated: Uint8Array;
  /** The keys by form number: `TermKeyCache.forms` of the cache the table was built with. */
  readonly forms: readonly WordKeys[];
}

/** The terms `from..to` (exclusive) of a table: the terms of one passage. */
export interface TermSpan {
  readonly table: TermTable;
  readonly from: number;
  readonly to: number;
}

/**
 * Where the term table of a new version (`after`) holds the terms of the last one's
 * (`before`): its first `same` terms are the first terms of `before` (form and polarity,
 * and with `shift` given, offsets too), and its last `tail` terms are the last terms of
 * `before` (with `shift`, their offsets moved by it). Spans of the two tables that lie in
 * these stretches at matching places hold the same terms (`spansAgree`), with no term compared.
 */
export interface TermAgreement {
  readonly before: TermTable;
  readonly after: TermTable;
  readonly shift: number | undefined;
  readonly same: number;
  readonly tail: number;
}

/**
 * The stretches of `before` that `after` holds (see `TermAgreement`): one pass from each
 * end, each starting past the terms `known` says agree (`copiedFromLast`: what the term
 * memo copied from `before`), so that only the terms around an edit are compared.
 */
export function termAgreement(before: TermTable, after: TermTable, shift?: number, known: { readonly same: number; readonly tail: number } = NONE_KNOWN): TermAgreement {
  const n = Math.min(before.length, after.length);
  const { form: fa, negated: na, start: sa, end: ea } = before;
  const { form: fb, negated: nb, start: sb, end: eb } = after;
  const d = after.length - before.length;
  let same = known.same;
  let tail = known.tail;
  // Two loops each way, with and without offsets: nothing but array reads in the loop that runs over the account.
  if (shift === undefined) {
    while (same < n && fa[same] === fb[same] && na[same] === nb[same]) same++;
    for (let i = before.length - 1 - tail; tail < n && fa[i] === fb[i + d] && na[i] === nb[i + d]; i--) tail++;
  } else {
    while (same < n && fa[same] === fb[same] && na[same] === nb[same] && sa[same] === sb[same] && ea[same] === eb[same]) same++;
    for (let i = before.length - 1 - tail; tail < n && fa[i] === fb[i + d] && na[i] === nb[i + d] && sa[i]! + shift === sb[i + d] && ea[i]! + shift === eb[i + d]; i--) tail++;
  }
  return { before, after, shift, same, tail };
}

const NONE_KNOWN = { same: 0, tail: 0 };

/**
 * How span `y` of `agreement.after` holds the terms of span `x` of `agreement.before`:
 * `SPAN_SAME` (the same terms at the same places: in the first stretch), `SPAN_MOVED` (the
 * same terms, offsets moved by `shift`: in the last stretch), or 0 (not known: compare them).
 */
export function spansAgree(agreement: TermAgreement | undefined, x: TermSpan, y: TermSpan): number {
  if (!agreement || x.table !== agreement.before || y.table !== agreement.after || x.to - x.from !== y.to - y.from) return 0;
  if (x.from === y.from && x.to <= agreement.same) return SPAN_SAME;
  if (x.from >= agreement.before.length - agreement.tail && y.from - x.from === agreement.after.length - agreement.before.length) return SPAN_MOVED;
  return 0;
}

/** `spansAgree`: the same terms at the same places. */
export const SPAN_SAME = 1;
/** `spansAgree`: the same terms, their offsets moved by the agreement's `shift`. */
export const SPAN_MOVED = 2;

/**
 * `given` when it is the agreement of the tables of the first passages of `before` and
 * `after` (with the same `shift`), else `passagesAgreement(before, after, shift)`.
 */
export function agreementFor(given: TermAgreement | undefined, before: readonly { readonly terms: TermSpan }[], after: readonly { readonly terms: TermSpan }[], shift?: number): TermAgreement | undefined {
  if (given && before.length > 0 && after.length > 0 && given.before === before[0]!.terms.table && given.after === after[0]!.terms.table && given.shift === shift) return given;
  return passagesAgreement(before, after, shift);
}

/** The agreement of the tables of the first passages of two lists (the account's own table; others are compared term by term). */
export function passagesAgreement(before: readonly { readonly terms: TermSpan }[], after: readonly { readonly terms: TermSpan }[], shift?: number): TermAgreement | undefined {
  return before.length > 0 && after.length > 0 && before[0]!.terms.table.forms === after[0]!.terms.table.forms ? termAgreement(before[0]!.terms.table, after[0]!.terms.table, shift) : undefined;
}

/** `TermTable.negated`: a term no negation reaches. */
export const PLAIN = 0;
/**
 * `TermTable.negated`: the first content term after a negation, what it denies ("could not
 * *keep* all the benefits", "no *loan*").
 */
export const NEGATED_HEAD = 1;
/**
 * `TermTable.negated`: a later content term within a negation's reach ("could not keep all
 * the *benefits*"). Whether it is denied depends on the sentence ("impossible to have the
 * benefits" denies them, "did not meet the ministers on trade" does not deny trade), so it
 * matches a term of either polarity and never makes a contradiction on its own.
 */
export const IN_NEGATION = 2;

/** Content words a negation reaches after it. */
const NEGATION_REACH = 3;

/**
 * Keys shared by the texts compared together: folded word → its keys, and every key →
 * its integer id. Terms of texts built with different caches cannot be compared.
 */
export interface TermKeyCache {
  /** Folded word (for numbers `#<value>\0<form>`, for mentions `@<entity>\0<form>`) → keys. */
  readonly words: Map<string, WordKeys>;
  readonly ids: Map<string, number>;
  /** Every keys object of `words`, by its `form` number. */
  readonly forms: WordKeys[];
}

/** A new, empty key cache (one per comparison or per pipeline, never shared globally). */
export function newTermKeyCache(): TermKeyCache {
  return { words: new Map(), ids: new Map(), forms: [] };
}

/** `s` as a string of its own (a key must not keep the document it was cut from alive): concatenated, then cut. */
const flat = (s: string): string => (s.length < 13 ? s : ` ${s}`.slice(1));

/** Caches new keys under `cacheKey`, numbering them in `cache.forms`. */
function addKeys(cache: TermKeyCache, cacheKey: string, keys: Omit<WordKeys, 'form' | 'negates'> & { readonly negates?: boolean }): WordKeys {
  // One object shape for every kind of keys (property access on them stays monomorphic).
  // Strings of their own: a cache may outlive the text (a pipeline's, see `TermTableMemo`).
  const made: WordKeys = { key: flat(keys.key), loose: flat(keys.loose), id: keys.id, looseId: keys.looseId, kind: keys.kind, norm: flat(keys.norm), negates: keys.negates === true, form: cache.forms.length };
  cache.forms.push(made);
  cache.words.set(flat(cacheKey), made);
  return made;
}

/** The integer id of a key in a cache, assigned on first use. */
export function keyId(cache: TermKeyCache, key: string): number {
  let id = cache.ids.get(key);
  if (id === undefined) cache.ids.set(flat(key), (id = cache.ids.size));
  return id;
}

/** Length of the prefix that makes the loose key. */
const LOOSE_PREFIX = 6;

/** The key of one folded word: adverb `-ly` dropped, stemmed, folded through synonym groups. */
export function wordKey(norm: string): string {
  let base = norm;
  if (base.length >= 6 && base.endsWith('ly') && !NOT_ADVERBS.has(base)) base = base.endsWith('ily') ? `${base.slice(0, -3)}y` : base.slice(0, -2);
  const stem = stemWord(base);
  return SYNONYM_STEMS.get(stem) ?? stem;
}

/** True for a folded word the comparison treats as a function word (no evidence of content). */
export function isFunctionWord(norm: string): boolean {
  return norm.length < 2 || STOPWORDS.has(norm) || REPORTING_WORDS.has(norm);
}

/** The key a folded word (not a number, not a mention) has as a term: itself for a function word, else `wordKey`. */
export function termKeyOf(norm: string): string {
  return isFunctionWord(norm) ? norm : wordKey(norm);
}

/** The mention key of an entity: countries by ISO code when known, so duplicates agree. */
export function entityKey(entity: Entity | undefined, entityId: string): string {
  return entity?.kind === 'country' && entity.iso ? `@${entity.iso.toUpperCase()}` : `@${entityId}`;
}

/**
 * Builds the comparable terms of a text as objects (see `termTable`, the compact form the
 * alignment uses, for the arguments).
 */
export function comparableTerms(
  text: string,
  mentions: readonly Annotation[],
  entities: ReadonlyMap<string, Entity>,
  range: OffsetRange = { start: 0, end: text.length },
  keyCache: TermKeyCache = newTermKeyCache(),
): Term[] {
  const table = termTable(text, mentions, entities, range, keyCache);
  return termsOf({ table, from: 0, to: table.length });
}

/** The terms of a span as objects (tests, small passages; the alignment reads the table). */
export function termsOf(span: TermSpan): Term[] {
  const { table, from, to } = span;
  const out: Term[] = [];
  for (let i = from; i < to; i++) out.push({ ...table.forms[table.form[i]!]!, start: table.start[i]!, end: table.end[i]!, negated: table.negated[i] !== PLAIN });
  return out;
}

/** The keys of term `i` of a table. */
export const keysAt = (table: TermTable, i: number): WordKeys => table.forms[table.form[i]!]!;

/**
 * Builds the comparable terms of a text. `mentions` are the person and country
 * annotations of this text, in any order; tokens they cover collapse into one entity term
 * per mention. `keyCache` (folded word → key), owned by the caller, saves stemming a word
 * twice; tables compared together must share it.
 */
export function termTable(
  text: string,
  mentions: readonly Annotation[],
  entities: ReadonlyMap<string, Entity>,
  range: OffsetRange = { start: 0, end: text.length },
  keyCache: TermKeyCache = newTermKeyCache(),
): TermTable {
  const out = new TableBuilder(keyCache.forms);
  termScanner(text, entities, keyCache, out, range.end).scan(range.start, range.end, sortedMentions(mentions, range));
  return out.finish();
}

/** The mentions with an entity that overlap `range`, by start (longest first on a tie). */
function sortedMentions(mentions: readonly Annotation[], range: OffsetRange): Annotation[] {
  // (filter makes a new list: sorted in place)
  return mentions.filter((m) => m.entity && m.end > range.start && m.start < range.end).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The scan of `termTable`, run over one range or, for `termTableMemo`, piece by piece with its state carried. */
interface TermScanner {
  /** Pushes the terms of the tokens that start in `from..until` (`mentions`: those overlapping it, sorted). */
  scan(from: number, until: number, mentions: readonly Annotation[]): void;
  /**
   * After a piece taken from the memo in place of a scan, which ended cleanly: no negation
   * or mention reaches on (what the next token's scan would find anyway).
   */
  settle(): void;
  /** The words last read (what the next piece depends on after a clean cut). */
  previous: string;
  previousContent: string;
  /** True when a negation's reach or a denied noun of saying may still reach the next token. */
  readonly pending: boolean;
  /** End of the last token read, and whether it was a number (whose value may read the word after it). */
  readonly lastTokenEnd: number;
  readonly lastWasNumber: boolean;
}

/**
 * The term scan of `text` into `out` (`rangeEnd`: where words are read to, for a number's
 * scale word and a mention's end). The state (negation reach, the words before) carries
 * from one `scan` to the next, so pieces scanned in order give the terms of their union.
 */
function termScanner(text: string, entities: ReadonlyMap<string, Entity>, keyCache: TermKeyCache, out: TableBuilder, rangeEnd: number): TermScanner {
  let sorted: readonly Annotation[] = [];
  let mi = 0;
  let lastMention: Annotation | undefined;
  let negationEnd = -1;
  let reach = 0;
  // A denied noun of saying was just read ("rejected the claim"): a "that" next denies its clause.
  let deniedSaying = false;
  let lastTokenEnd = -1;
  let lastWasNumber = false;
  const state = {
    previous: '',
    previousContent: '',
    get pending(): boolean {
      return reach > 0 || deniedSaying;
    },
    get lastTokenEnd(): number {
      return lastTokenEnd;
    },
    get lastWasNumber(): boolean {
      return lastWasNumber;
    },
    settle(): void {
      reach = 0;
      deniedSaying = false;
      lastMention = undefined;
    },
    scan(from: number, until: number, mentions: readonly Annotation[]): void {
      sorted = mentions;
      mi = 0;
      scanWords(text, { start: from, end: rangeEnd }, visit, until);
    },
  };
  const visit = (start: number, end: number, _surface: string, norm: string, number: string | undefined): void => {
    lastTokenEnd = end;
    lastWasNumber = number !== undefined;
    // A negation holds until clause punctuation or NEGATION_REACH words later.
    if (reach > 0 && (hasClausePunctuation(text, negationEnd, start) || NEGATION_STOPS.has(norm))) reach = 0;
    const keys = tokenKeys(norm, number, keyCache);
    const negator = number === undefined && (keys.negates || (norm === 'out' && RULE_OUT_VERBS.has(state.previous)) || (norm === 'that' && deniedSaying && !hasClausePunctuation(text, negationEnd, start)));
    deniedSaying = number === undefined && DENIED_SAYING_NOUNS.has(norm) && (reach > 0 || DISMISS_VERBS.has(state.previousContent));
    if (deniedSaying) negationEnd = end;
    state.previous = norm;
    if (keys.kind !== 'function') state.previousContent = norm;
    if (negator) {
      negationEnd = end;
      reach = NEGATION_REACH;
      out.push(start, end, keys, PLAIN);
      return;
    }
    const negated = reach === NEGATION_REACH ? NEGATED_HEAD : reach > 0 ? IN_NEGATION : PLAIN;
    // Function words ("no plans to buy") do not use up the reach of a negation.
    if (reach > 0 && (number !== undefined || keys.kind !== 'function')) reach--;
    while (mi < sorted.length && sorted[mi]!.end <= start) mi++;
    const mention = sorted[mi];
    if (mention && mention.start < end && start < mention.end) {
      if (mention !== lastMention) {
        if (entities.get(mention.entity!)?.kind === 'person') untitle(out, text, start, keyCache);
        out.push(start, Math.min(mention.end, rangeEnd), mentionKeys(entityKey(entities.get(mention.entity!), mention.entity!), norm, keyCache), negated);
        lastMention = mention;
      } else out.extendLast(end);
      return;
    }
    out.push(start, end, keys, keys.kind === 'function' ? PLAIN : negated);
  };
  return state;
}

/**
 * What `termTableMemo` keeps between runs: a key cache of its own (term ids stay the same
 * from one run to the next) and the terms of the paragraphs of the last run, by paragraph
 * text, the words before it and its mentions. Owned by a pipeline, never module state.
 */
export interface TermTableMemo extends RunMemo<MemoPiece> {
  keys: TermKeyCache;
  /** The paragraphs of each text of the last run (and this one), in order, by the caller's id for the text (see `termTableMemo`). */
  texts: RunMemo<MemoText>;
}

/**
 * One text as the memo last saw it: the text, how many terms it had, and its paragraphs
 * that went into the memo, in order, with what their keys were made of, so that a
 * paragraph at the same place in an unchanged stretch of the next version is found
 * without its key being built and hashed again (a key holds the paragraph's text: all
 * keys of a 1 MB account are 1 MB of strings to copy and hash on every run).
 */
interface MemoText {
  readonly text: string;
  /** Its term table: the terms of a run of pieces taken by place are copied from it at once. */
  readonly table: TermTable;
  readonly pieces: readonly MemoRecord[];
  /** Its mentions as the scan read them (`sortedMentions`), and the entities they stood for. */
  readonly mentions: readonly Annotation[];
  readonly entities: ReadonlyMap<string, Entity>;
  /** How many of its first and last terms were copied from the table of the version before (`last`), in place and moved by the change of length. */
  readonly copied: { readonly last: TermTable | undefined; readonly same: number; readonly tail: number };
}

/**
 * How many of the first and last terms of `after`, the table `termTableMemo` made last for
 * the text `id`, it copied from `before` (the one it made before that), in place and moved
 * by the change of length: they agree (`termAgreement`'s `known`). Undefined when those are
 * not the memo's last two tables of `id`.
 */
export function copiedFromLast(memo: TermTableMemo, id: string, before: TermTable, after: TermTable): { readonly same: number; readonly tail: number } | undefined {
  const made = memo.texts.current.get(id);
  return made && made.table === after && made.copied.last === before ? made.copied : undefined;
}

/** A paragraph of a `MemoText`: its place, its memo key and the parts the key was made of. */
interface MemoRecord {
  readonly start: number;
  readonly end: number;
  /** Its key in the memo; none for a piece of several paragraphs, found by place only. */
  readonly key: string | undefined;
  readonly previous: string;
  readonly previousContent: string;
  readonly mentions: string;
  readonly piece: MemoPiece;
}

/** The terms of one paragraph, offsets from its start, and the words last read in it. */
interface MemoPiece {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly form: Int32Array;
  readonly negated: Uint8Array;
  readonly previous: string;
  readonly previousContent: string;
}

/** Texts longer than this are scanned without the memo (nothing of them is kept). */
const MEMO_MAX_TEXT = 4_000_000;
/** A key cache with more forms or ids than these is dropped with the memo (new words only add to it). */
const MEMO_MAX_FORMS = 2_000_000;
const MEMO_MAX_IDS = 1 << 24;

/** A new, empty memo. */
export function newTermTableMemo(): TermTableMemo {
  return { keys: newTermKeyCache(), texts: newRunMemo<MemoText>(), ...newRunMemo<MemoPiece>() };
}

/**
 * Starts a run: the paragraphs of the last run stay findable, older ones are dropped; a key
 * cache grown past its bounds is replaced (and the memo emptied, its forms belong to it).
 */
export function startMemoRun(memo: TermTableMemo): void {
  if (memo.keys.forms.length > MEMO_MAX_FORMS || memo.keys.ids.size > MEMO_MAX_IDS) {
    memo.keys = newTermKeyCache();
    memo.current = new Map();
    memo.texts.current = new Map();
  }
  startRun(memo);
  startRun(memo.texts);
}

/**
 * `termTable` of a whole text with `memo.keys`, each paragraph's terms taken from the memo
 * when the paragraph, its mentions and the words before it are those of a paragraph seen
 * in this run or the last one. The same table as `termTable`: a paragraph is taken from
 * or put in the memo only where the scan is cut cleanly, i.e. nothing of the scan before
 * it reaches into it (no negation or mention runs on, no title before a name) and nothing
 * of it reads what follows (its last word is no number); the words before it are part of
 * its key.
 *
 * With `id` (the caller's name for the text: its document), the memo also keeps the text
 * and where its pieces were, so that the next version's pieces in the stretches it shares
 * with this one (before and after an edit) are found by place, without making and hashing
 * their keys (which hold all of the text); there a piece runs from one clean cut to the
 * next, so that paragraphs whose scan runs on into the next (a heading ending in a date)
 * are reused too.
 */
export function termTableMemo(text: string, mentions: readonly Annotation[], entities: ReadonlyMap<string, Entity>, memo: TermTableMemo, id?: string): TermTable {
  const keyCache = memo.keys;
  if (text.length > MEMO_MAX_TEXT) return termTable(text, mentions, entities, undefined, keyCache);
  const last = id === undefined ? undefined : recall(memo.texts, id);
  const out = new TableBuilder(keyCache.forms, last ? last.table.length + 1024 : 1024);
  const scanner = termScanner(text, entities, keyCache, out, text.length);
  const sorted = sortedMentions(mentions, { start: 0, end: text.length });
  const records: MemoRecord[] = [];
  // The stretches the last version shares with this one: `text[0, same)`, and `text[tail, length)` (at `tail - shift` there).
  const { same, tail, shift } = last ? stretchesOf(memo.stretches, last.text, text) : { same: 0, tail: text.length, shift: 0 };
  // Where the mentions are those of the last version (see `MentionAgreement`).
  const agreed = last ? mentionAgreement(last, sorted, entities, shift) : undefined;
  let r = 0;
  let next = 0;
  let carry: Annotation[] = [];
  // True when the scan so far ends cleanly: the next paragraph depends only on the words before it.
  let clean = true;
  // Where the scan last ended cleanly, and what it had read then: the piece `records` may take from there.
  let cutAt = 0;
  let cutTerm = 0;
  let cutMention = 0;
  let cutPrevious = '';
  let cutPreviousContent = '';
  let s = 0;
  // A clean cut at `s`: the terms, mentions and words before it are settled (a piece can start there).
  const markCut = (): void => {
    cutAt = s;
    cutTerm = out.length;
    cutMention = next;
    cutPrevious = scanner.previous;
    cutPreviousContent = scanner.previousContent;
  };
  // The terms copied from the last table from its start in place, and by the last run of pieces taken after the edit (see `MemoText.copied`).
  let headCopied = 0;
  let tailRun: { readonly terms: number; readonly outEnd: number; readonly lastEnd: number } | undefined;
  // Where paragraphs end: after a blank line and the blank space that follows it.
  const pieceEnd = /\n[ \t]*\n\s*/g;
  while (s < text.length) {
    if (clean && last) {
      // A piece of the last version at the same place of a shared stretch, after the same
      // words, with the same mentions: the same terms (its key, when it has one, is the same
      // too). Before the edit the piece must end before the shared stretch does: the text
      // after it is then the same, so its last word is too ("plan" of "the plan" → "the planet").
      const at = s >= tail ? s - shift : s < same ? s : -1;
      while (r < last.pieces.length && last.pieces[r]!.start < at) r++;
      const kept = at < 0 ? undefined : last.pieces[r];
      if (kept && kept.start === at && (s >= tail || s + kept.end - kept.start < same) && kept.previous === scanner.previous && kept.previousContent === scanner.previousContent) {
        const e = s + kept.end - kept.start;
        if (agreed && (s >= tail ? s > agreed.tailAfter : e <= agreed.headUntil)) {
          // A run of pieces whose mentions are the last version's: taken with no key or mentions compared.
          const copiedAt = out.length;
          const taken = takeRun(last, r, s, s >= tail ? shift : 0, s >= tail ? Infinity : Math.min(same - 1, agreed.headUntil), scanner, memo, records, out);
          if (s < tail && copiedAt === 0 && s === 0) headCopied = out.length;
          if (s >= tail) tailRun = { terms: out.length - copiedAt, outEnd: out.length, lastEnd: taken.lastEnd };
          r = taken.next;
          s = pieceEnd.lastIndex = taken.end;
          while (next < sorted.length && sorted[next]!.start < s) next++;
          markCut();
          continue;
        }
        let n = next;
        while (n < sorted.length && sorted[n]!.start < e) n++;
        if (mentionsKey(sorted, next, n, s, entities) === kept.mentions) {
          next = n;
          const piece = kept.piece;
          if (kept.key !== undefined && !memo.current.has(kept.key)) memo.current.set(kept.key, piece);
          records.push({ start: s, end: e, key: kept.key, previous: kept.previous, previousContent: kept.previousContent, mentions: kept.mentions, piece });
          out.append(piece, s);
          scanner.settle();
          scanner.previous = piece.previous;
          scanner.previousContent = piece.previousContent;
          s = pieceEnd.lastIndex = e;
          markCut();
          continue;
        }
      }
    }
    const m = pieceEnd.exec(text);
    const e = m ? m.index + m[0].length : text.length;
    // The mentions overlapping the paragraph, in order: those running on from before, then those starting in it.
    const own = carry.filter((a) => a.end > s);
    const firstMention = next;
    while (next < sorted.length && sorted[next]!.start < e) own.push(sorted[next++]!);
    carry = own.filter((a) => a.end > e);
    // After a clean cut no mention runs on into the paragraph: its key holds its mentions.
    const sig = clean ? mentionsKey(sorted, firstMention, next, s, entities) : '';
    const key = clean ? flat(pieceKey(text, s, e, sig, scanner)) : undefined;
    const found = key === undefined ? undefined : recall(memo, key);
    if (found) {
      if (!memo.current.has(key!)) memo.current.set(key!, found);
      if (id !== undefined) records.push({ start: s, end: e, key, previous: flat(scanner.previous), previousContent: flat(scanner.previousContent), mentions: sig, piece: found });
      out.append(found, s);
      scanner.settle();
      scanner.previous = found.previous;
      scanner.previousContent = found.previousContent;
    } else {
      const first = out.length;
      scanner.scan(s, e, own);
      const cut = carry.length === 0 && cutsCleanly(text, out, first, e, scanner);
      if (cut) {
        const previous = flat(scanner.previous);
        const previousContent = flat(scanner.previousContent);
        if (key !== undefined) {
          const piece = out.piece(first, s, previous, previousContent);
          memo.current.set(key, piece);
          if (id !== undefined) records.push({ start: s, end: e, key, previous: flat(cutPrevious), previousContent: flat(cutPreviousContent), mentions: sig, piece });
        } else if (id !== undefined && cutTerm < first) {
          // Paragraphs from the last clean cut to this one, as one piece found only by place.
          records.push({ start: cutAt, end: e, key: undefined, previous: flat(cutPrevious), previousContent: flat(cutPreviousContent), mentions: mentionsKey(sorted, cutMention, next, cutAt, entities), piece: out.piece(cutTerm, cutAt, previous, previousContent) });
        }
      }
      clean = cut;
    }
    s = e;
    if (clean) {
      markCut();
    }
  }
  const table = out.finish();
  const tailCopied = tailRun && tailRun.outEnd === table.length && tailRun.lastEnd === last!.table.length ? tailRun.terms : 0;
  if (id !== undefined) memo.texts.current.set(id, { text, table, pieces: records, mentions: sorted, entities, copied: { last: last?.table, same: headCopied, tail: tailCopied } });
  return table;
}

/**
 * How far the mentions of a new version are those of the last (`MemoText.mentions`): the
 * same places (moved by the shift after the edit), entities and entity keys. A piece of the
 * shared stretch before the edit that ends by `headUntil`, or of the one after it that
 * starts after `tailAfter` (new offsets), has the mentions it had, so its memo key's
 * mentions need not be made to be compared.
 */
interface MentionAgreement {
  readonly headUntil: number;
  readonly tailAfter: number;
}

/** The `MentionAgreement` of `sorted` (the new version's mentions, `sortedMentions`) with the last version's: one pass from each end, no string made. */
function mentionAgreement(last: MemoText, sorted: readonly Annotation[], entities: ReadonlyMap<string, Entity>, shift: number): MentionAgreement {
  const before = last.mentions;
  const n = Math.min(before.length, sorted.length);
  let head = 0;
  while (head < n && sameMention(before[head]!, sorted[head]!, 0, last.entities, entities)) head++;
  let tail = 0;
  while (tail < n && sameMention(before[before.length - 1 - tail]!, sorted[sorted.length - 1 - tail]!, shift, last.entities, entities)) tail++;
  // The first mention past the agreeing ones, in either version, bounds the head; the last one before them the tail
  // (the two runs may overlap when the edit moved nothing: each bound holds on its own).
  const headUntil = Math.min(sorted[head]?.start ?? Infinity, before[head]?.start ?? Infinity);
  const tailAfter = Math.max(sorted[sorted.length - 1 - tail]?.start ?? -Infinity, (before[before.length - 1 - tail]?.start ?? -Infinity) + shift);
  return { headUntil, tailAfter };
}

/** True when mention `a` of the last version, moved by `shift`, is `b`: its place and entity, and the entity's kind and ISO code (what `mentionsKey` reads). */
function sameMention(a: Annotation, b: Annotation, shift: number, entitiesA: ReadonlyMap<string, Entity>, entitiesB: ReadonlyMap<string, Entity>): boolean {
  if (a.start + shift !== b.start || a.end + shift !== b.end || a.entity !== b.entity) return false;
  const x = entitiesA.get(a.entity!);
  const y = entitiesB.get(b.entity!);
  return x === y || (x?.kind === y?.kind && x?.iso === y?.iso);
}

/**
 * Takes the pieces of `last` from `first` on, at their places moved by `shift`, while each
 * starts where the last one ended, after the words it was cut after, and (before the edit)
 * ends by `until`: their records and keys go into this run, their terms are copied from the
 * last table at once. `first` must be such a piece. The scanner is left as after them.
 */
function takeRun(last: MemoText, first: number, s: number, shift: number, until: number, scanner: TermScanner, memo: TermTableMemo, records: MemoRecord[], out: TableBuilder): { next: number; end: number; lastEnd: number } {
  const pieces = last.pieces;
  let end = s;
  let previous = scanner.previous;
  let previousContent = scanner.previousContent;
  let k = first;
  for (; k < pieces.length; k++) {
    const kept = pieces[k]!;
    if (kept.start + shift !== end || kept.end + shift > until || kept.previous !== previous || kept.previousContent !== previousContent) break;
    if (kept.key !== undefined && !memo.current.has(kept.key)) memo.current.set(kept.key, kept.piece);
    records.push(shift === 0 ? kept : { start: kept.start + shift, end: kept.end + shift, key: kept.key, previous: kept.previous, previousContent: kept.previousContent, mentions: kept.mentions, piece: kept.piece });
    end = kept.end + shift;
    previous = kept.piece.previous;
    previousContent = kept.piece.previousContent;
  }
  // The terms of the pieces taken: those of the last table that start in them.
  const table = last.table;
  const lastEnd = firstStartingAt(table, end - shift);
  out.appendTable(table, firstStartingAt(table, s - shift), lastEnd, shift);
  scanner.settle();
  scanner.previous = previous;
  scanner.previousContent = previousContent;
  return { next: k, end, lastEnd };
}

/** The first term of `table` starting at or after `at`. */
function firstStartingAt(table: TermTable, at: number): number {
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table.start[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mentions `sorted[from, to)` as part of the memo key of a piece starting at `s` (offsets from `s`). */
function mentionsKey(sorted: readonly Annotation[], from: number, to: number, s: number, entities: ReadonlyMap<string, Entity>): string {
  let mentions = '';
  for (let i = from; i < to; i++) {
    const a = sorted[i]!;
    const entity = entities.get(a.entity!);
    mentions += `${a.start - s},${a.end - s},${entity?.kind === 'person' ? 1 : 0},${entityKey(entity, a.entity!)};`;
  }
  return mentions;
}

/** The memo key of the paragraph `s..e`: the words before it, its mentions (`mentionsKey`), its text. */
function pieceKey(text: string, s: number, e: number, mentions: string, scanner: TermScanner): string {
  return `${scanner.previous}\u0000${scanner.previousContent}\u0000${mentions}\u0000${text.slice(s, e)}`;
}

/**
 * True when the scan of a paragraph (its terms from `first`) ends so that the next one
 * depends on nothing of it but the words last read: it has terms; its last token is no
 * number (a number reads the word after it, "5 million"); no negation reaches on (none
 * pending, or clause punctuation after the last token ends it); and its last term stops a
 * title search from a name after it (no title word, or a character no title has between
 * it and the paragraph's end).
 */
function cutsCleanly(text: string, out: TableBuilder, first: number, e: number, scanner: TermScanner): boolean {
  if (out.length === first || scanner.lastWasNumber) return false;
  if (scanner.pending && !hasClausePunctuation(text, scanner.lastTokenEnd, e)) return false;
  const last = out.length - 1;
  return !mayBeTitle(out.forms[out.form[last]!]!) || !/^[\s.\u00A0-]*$/.test(text.slice(out.end[last]!, e));
}

/** True for the keys of a word `untitle` may take as part of a title. */
function mayBeTitle(keys: WordKeys): boolean {
  return keys.kind === 'word' && (TITLE_HEADS.has(keys.norm) || TITLE_MODIFIERS.has(keys.norm) || (DEPARTMENT_WORDS.has(keys.norm) && keys.norm !== 'the' && keys.norm !== 'and'));
}

/** Title words before a name at most ("Deputy Foreign Minister for Trade X"). */
const MAX_TITLE_WORDS = 5;

/**
 * Makes the title in front of a person's name ("Prime Minister", "Housing Secretary",
 * "National Security Advisor") function words: part of how the report names the person,
 * not part of what is claimed. Otherwise "Belgian Prime Minister X said: …" shares two
 * adjacent content words with any sentence of the transcript about a prime minister.
 * The run ends at the first word that is no title word, and must hold a title head.
 */
function untitle(out: TableBuilder, text: string, nameStart: number, cache: TermKeyCache): void {
  let first = out.length;
  let head = false;
  let gapStart = nameStart;
  for (let i = out.length - 1; i >= 0 && out.length - i <= MAX_TITLE_WORDS; i--) {
    const keys = out.forms[out.form[i]!]!;
    // Only spaces, hyphens or an abbreviation's point between the words of a title.
    const between = text.slice(out.end[i]!, gapStart);
    if (!/^[\s.\u00A0-]*$/.test(between)) break;
    const isHead = TITLE_HEADS.has(keys.norm);
    if (!mayBeTitle(keys)) break;
    head ||= isHead;
    first = i;
    gapStart = out.start[i]!;
  }
  if (!head) return;
  for (let i = first; i < out.length; i++) out.form[i] = titleKeys(out.forms[out.form[i]!]!.norm, cache).form;
}

/** The keys of a title word before a name: a function word of its own. */
function titleKeys(norm: string, cache: TermKeyCache): WordKeys {
  const cacheKey = `\u0001title\u0000${norm}`;
  const keys = cache.words.get(cacheKey);
  if (keys) return keys;
  const id = keyId(cache, norm);
  return addKeys(cache, cacheKey, { key: norm, loose: norm, id, looseId: id, kind: 'function', norm });
}

/** Unused capacity a finished table may keep (views of the builder's arrays rather than copies). */
const SPARE_TERMS = 4096;

/** Collects a `TermTable` in typed arrays that double as they fill. */
class TableBuilder {
  length = 0;
  start: Int32Array;
  end: Int32Array;
  form: Int32Array;
  negated: Uint8Array;
  /** `capacity`: the terms expected (the arrays grow past it as needed). */
  constructor(readonly forms: readonly WordKeys[], capacity = 1024) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.form = new Int32Array(capacity);
    this.negated = new Uint8Array(capacity);
  }
  push(start: number, end: number, keys: WordKeys, negated: number): void {
    if (this.length === this.start.length) this.grow();
    const i = this.length++;
    this.start[i] = start;
    this.end[i] = end;
    this.form[i] = keys.form;
    this.negated[i] = negated;
  }
  /** Extends the last term to `end` (a further word of the same mention). */
  extendLast(end: number): void {
    const i = this.length - 1;
    this.end[i] = Math.max(this.end[i]!, end);
  }
  /** Doubles the capacity. */
  grow(): void {
    const n = this.start.length * 2;
    const start = new Int32Array(n);
    const end = new Int32Array(n);
    const form = new Int32Array(n);
    const negated = new Uint8Array(n);
    start.set(this.start);
    end.set(this.end);
    form.set(this.form);
    negated.set(this.negated);
    this.start = start;
    this.end = end;
    this.form = form;
    this.negated = negated;
  }
  /** Appends the terms of a memo piece, shifted to start at `at`. */
  append(piece: MemoPiece, at: number): void {
    const n = piece.start.length;
    while (this.length + n > this.start.length) this.grow();
    const i = this.length;
    // Locals: the loop then reads no field of `this` or `piece` (it runs over every term of a long account).
    const { start, end } = this;
    const from = piece.start;
    const to = piece.end;
    for (let k = 0; k < n; k++) {
      start[i + k] = from[k]! + at;
      end[i + k] = to[k]! + at;
    }
    this.form.set(piece.form, i);
    this.negated.set(piece.negated, i);
    this.length += n;
  }
  /** Appends the terms `from..to` of `table`, offsets moved by `shift`. */
  appendTable(table: TermTable, from: number, to: number, shift: number): void {
    const n = to - from;
    while (this.length + n > this.start.length) this.grow();
    const i = this.length;
    const { start, end } = this;
    if (shift === 0) {
      start.set(table.start.subarray(from, to), i);
      end.set(table.end.subarray(from, to), i);
    } else {
      const a = table.start;
      const b = table.end;
      for (let k = 0; k < n; k++) {
        start[i + k] = a[from + k]! + shift;
        end[i + k] = b[from + k]! + shift;
      }
    }
    this.form.set(table.form.subarray(from, to), i);
    this.negated.set(table.negated.subarray(from, to), i);
    this.length += n;
  }
  /** The terms from `first` on as a memo piece, offsets from `at`. */
  piece(first: number, at: number, previous: string, previousContent: string): MemoPiece {
    const n = this.length - first;
    const start = new Int32Array(n);
    const end = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      start[k] = this.start[first + k]! - at;
      end[k] = this.end[first + k]! - at;
    }
    return { start, end, form: this.form.slice(first, this.length), negated: this.negated.slice(first, this.length), previous, previousContent };
  }
  /** The table, its arrays cut to length: views of the builder's own when little is left over (no copy), else copies. */
  finish(): TermTable {
    const n = this.length;
    if (this.start.length - n <= SPARE_TERMS) return { length: n, start: this.start.subarray(0, n), end: this.end.subarray(0, n), form: this.form.subarray(0, n), negated: this.negated.subarray(0, n), forms: this.forms };
    return { length: n, start: this.start.slice(0, n), end: this.end.slice(0, n), form: this.form.slice(0, n), negated: this.negated.slice(0, n), forms: this.forms };
  }
}

/**
 * True when `text[from, to)` holds clause punctuation (`.,;:!?()`) or a paragraph break
 * (two line breaks), which ends a negation's reach: a headline has no final stop
 * ("Minister rejects harbour plan" over "OSLO Norwegian minister …"), and what it denies
 * does not run into the paragraph below. One line break is a wrapped line, not an end.
 */
function hasClausePunctuation(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = Math.max(0, from); i < to; i++) {
    const c = text.charCodeAt(i);
    // . , ; : ! ? ( )
    if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41) return true;
    // \n; a second one with only spaces since the first makes a paragraph break.
    if (c === 10) {
      if (++breaks === 2) return true;
    } else if (c !== 32 && c !== 9 && c !== 13 && c !== 160) breaks = 0;
  }
  return false;
}

/** The keys of a mention of the entity keyed `key`, whose first word is `norm`. */
function mentionKeys(key: string, norm: string, cache: TermKeyCache): WordKeys {
  const cacheKey = `${key}\u0000${norm}`;
  const keys = cache.words.get(cacheKey);
  if (keys) return keys;
  const id = keyId(cache, key);
  return addKeys(cache, cacheKey, { key, loose: key, id, looseId: id, kind: 'entity', norm });
}

/** The keys of a token outside any mention. */
function tokenKeys(norm: string, number: string | undefined, cache: TermKeyCache): WordKeys {
  if (number === undefined) return wordKeysOf(norm, cache);
  const key = `#${number}`;
  // Cached by value and written form ("forty" and "40" are one key, two forms).
  const cacheKey = `${key}\u0000${norm}`;
  const keys = cache.words.get(cacheKey);
  if (keys) return keys;
  const id = keyId(cache, key);
  return addKeys(cache, cacheKey, { key, loose: key, id, looseId: id, kind: 'number', norm });
}

/** The keys of a folded word that is not a number, from the cache or made and cached. */
function wordKeysOf(norm: string, cache: TermKeyCache): WordKeys {
  const keys = cache.words.get(norm);
  if (keys) return keys;
  const negates = NEGATORS.has(norm) || norm.endsWith("n't");
  if (isFunctionWord(norm)) {
    const id = keyId(cache, norm);
    return addKeys(cache, norm, { key: norm, loose: norm, id, looseId: id, kind: 'function', norm, negates });
  }
  const key = wordKey(norm);
  const loose = key.slice(0, LOOSE_PREFIX);
  return addKeys(cache, norm, { key, loose, id: keyId(cache, key), looseId: keyId(cache, `~${loose}`), kind: 'word', norm, negates });
}
