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

/** A new, empty key cache (one per comparison, never shared globally). */
export function newTermKeyCache(): TermKeyCache {
  return { words: new Map(), ids: new Map(), forms: [] };
}

/** Caches new keys under `cacheKey`, numbering them in `cache.forms`. */
function addKeys(cache: TermKeyCache, cacheKey: string, keys: Omit<WordKeys, 'form' | 'negates'> & { readonly negates?: boolean }): WordKeys {
  // One object shape for every kind of keys (property access on them stays monomorphic).
  const made: WordKeys = { key: keys.key, loose: keys.loose, id: keys.id, looseId: keys.looseId, kind: keys.kind, norm: keys.norm, negates: keys.negates === true, form: cache.forms.length };
  cache.forms.push(made);
  cache.words.set(cacheKey, made);
  return made;
}

/** The integer id of a key in a cache, assigned on first use. */
export function keyId(cache: TermKeyCache, key: string): number {
  let id = cache.ids.get(key);
  if (id === undefined) cache.ids.set(key, (id = cache.ids.size));
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
  const sorted = mentions
    .filter((m) => m.entity && m.end > range.start && m.start < range.end)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out = new TableBuilder(keyCache.forms);
  let mi = 0;
  let lastMention: Annotation | undefined;
  let negationEnd = -1;
  let reach = 0;
  let previous = '';
  let previousContent = '';
  // A denied noun of saying was just read ("rejected the claim"): a "that" next denies its clause.
  let deniedSaying = false;
  scanWords(text, range, (start, end, _surface, norm, number) => {
    // A negation holds until clause punctuation or NEGATION_REACH words later.
    if (reach > 0 && (hasClausePunctuation(text, negationEnd, start) || NEGATION_STOPS.has(norm))) reach = 0;
    const keys = tokenKeys(norm, number, keyCache);
    const negator = number === undefined && (keys.negates || (norm === 'out' && RULE_OUT_VERBS.has(previous)) || (norm === 'that' && deniedSaying && !hasClausePunctuation(text, negationEnd, start)));
    deniedSaying = number === undefined && DENIED_SAYING_NOUNS.has(norm) && (reach > 0 || DISMISS_VERBS.has(previousContent));
    if (deniedSaying) negationEnd = end;
    previous = norm;
    if (keys.kind !== 'function') previousContent = norm;
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
        out.push(start, Math.min(mention.end, range.end), mentionKeys(entityKey(entities.get(mention.entity!), mention.entity!), norm, keyCache), negated);
        lastMention = mention;
      } else out.extendLast(end);
      return;
    }
    out.push(start, end, keys, keys.kind === 'function' ? PLAIN : negated);
  });
  return out.finish();
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
    if (keys.kind !== 'word' || !(isHead || TITLE_MODIFIERS.has(keys.norm) || (DEPARTMENT_WORDS.has(keys.norm) && keys.norm !== 'the' && keys.norm !== 'and'))) break;
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

/** Collects a `TermTable` in typed arrays that double as they fill. */
class TableBuilder {
  length = 0;
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  form = new Int32Array(1024);
  negated = new Uint8Array(1024);
  constructor(readonly forms: readonly WordKeys[]) {}
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
  /** The table, its arrays cut to length. */
  finish(): TermTable {
    const n = this.length;
    return { length: n, start: this.start.slice(0, n), end: this.end.slice(0, n), form: this.form.slice(0, n), negated: this.negated.slice(0, n), forms: this.forms };
  }
}

/** True when `text[from, to)` holds clause punctuation (`.,;:!?()`), which ends a negation's reach. */
function hasClausePunctuation(text: string, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) {
    const c = text.charCodeAt(i);
    // . , ; : ! ? ( )
    if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41) return true;
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
  if (norm.length < 2 || STOPWORDS.has(norm) || REPORTING_WORDS.has(norm)) {
    const id = keyId(cache, norm);
    return addKeys(cache, norm, { key: norm, loose: norm, id, looseId: id, kind: 'function', norm, negates });
  }
  const key = wordKey(norm);
  const loose = key.slice(0, LOOSE_PREFIX);
  return addKeys(cache, norm, { key, loose, id: keyId(cache, key), looseId: keyId(cache, `~${loose}`), kind: 'word', norm, negates });
}
