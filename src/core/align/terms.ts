/**
 * Comparable terms: a passage as the sequence of keys the comparison works on. Every
 * mention of a person or country becomes the id of its entity (so "Russian Federation",
 * "Russia" and "Moscow" standing for the state are one term, and a person's aliases are
 * the person), words become stems folded through the synonym groups, numbers their value.
 */
import type { Annotation, Entity, OffsetRange } from '../model/annotation';
import { REPORTING_WORDS, STOPWORDS, SYNONYM_STEMS, stemWord } from './lexicon';
import { scanWords } from './normalize';

/** What a term stands for. */
export type TermKind = 'word' | 'number' | 'entity' | 'function';

/** The key fields of a folded word, as cached by `TermKeyCache` and shared by its terms. */
interface WordKeys {
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
}

/** One comparable term of a passage. */
export interface Term extends OffsetRange, WordKeys {
  /** True when a negation ("not", "no", "never", "-n't") precedes it closely in the same clause. */
  readonly negated: boolean;
}

/** Words that negate what follows them, including verbs of refusal ("refused to sign"). */
const NEGATORS = new Set([
  'no', 'not', 'never', 'nothing', 'none', 'nor', 'neither', 'without', 'nobody', 'cannot',
  'refuse', 'refused', 'refuses', 'reject', 'rejected', 'rejects', 'deny', 'denied', 'denies', 'decline', 'declined', 'declines',
]);
/** "rule out", "ruled out": a negation made of two words. */
const RULE = new Set(['rule', 'rules', 'ruled', 'ruling']);

/** Content words a negation reaches after it. */
const NEGATION_REACH = 3;

/** Words ending in "ly" that are not adverbs. */
const NOT_ADVERBS = new Set(['family', 'assembly', 'supply', 'multiply', 'anomaly', 'monopoly', 'italy', 'july', 'rally', 'ally', 'holy', 'ugly', 'reply', 'apply', 'early', 'only', 'daily', 'belly', 'jelly', 'fly', 'rely', 'imply', 'comply']);

/**
 * Keys shared by the texts compared together: folded word → its keys, and every key →
 * its integer id. Terms of texts built with different caches cannot be compared.
 */
export interface TermKeyCache {
  /** Folded word (and, for numbers, `#<value>\0<form>`) → keys. */
  readonly words: Map<string, WordKeys>;
  readonly ids: Map<string, number>;
}

/** A new, empty key cache (one per comparison, never shared globally). */
export function newTermKeyCache(): TermKeyCache {
  return { words: new Map(), ids: new Map() };
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
 * Builds the comparable terms of a text. `mentions` are the person and country
 * annotations of this text, in any order; tokens they cover collapse into one entity term
 * per mention. `keyCache` (folded word → key), owned by the caller, saves stemming a word
 * twice.
 */
export function comparableTerms(
  text: string,
  mentions: readonly Annotation[],
  entities: ReadonlyMap<string, Entity>,
  range: OffsetRange = { start: 0, end: text.length },
  keyCache: TermKeyCache = newTermKeyCache(),
): Term[] {
  const sorted = mentions
    .filter((m) => m.entity && m.end > range.start && m.start < range.end)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Term[] = [];
  let mi = 0;
  let lastMention: Annotation | undefined;
  let negationEnd = -1;
  let reach = 0;
  let previous = '';
  scanWords(text, range, (start, end, _surface, norm, number) => {
    // A negation holds until clause punctuation or NEGATION_REACH words later.
    if (reach > 0 && hasClausePunctuation(text, negationEnd, start)) reach = 0;
    const negator = number === undefined && (NEGATORS.has(norm) || norm.endsWith("n't") || (norm === 'out' && RULE.has(previous)));
    previous = norm;
    if (negator) {
      negationEnd = end;
      reach = NEGATION_REACH;
      out.push(termOf(start, end, norm, number, keyCache, false));
      return;
    }
    const negated = reach > 0;
    // Function words ("no plans to buy") do not use up the reach of a negation.
    if (reach > 0 && (number !== undefined || wordKeysOf(norm, keyCache).kind !== 'function')) reach--;
    while (mi < sorted.length && sorted[mi]!.end <= start) mi++;
    const mention = sorted[mi];
    if (mention && mention.start < end && start < mention.end) {
      if (mention !== lastMention) {
        const key = entityKey(entities.get(mention.entity!), mention.entity!);
        const id = keyId(keyCache, key);
        out.push(new SharedKeyTerm(start, Math.min(mention.end, range.end), negated, { key, loose: key, id, looseId: id, kind: 'entity', norm }));
        lastMention = mention;
      } else {
        const last = out[out.length - 1] as SharedKeyTerm;
        out[out.length - 1] = new SharedKeyTerm(last.start, Math.max(last.end, end), last.negated, last.keys);
      }
      return;
    }
    out.push(termOf(start, end, norm, number, keyCache, negated));
  });
  return out;
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

/**
 * A term as stored: its range and polarity, and the keys it shares with every other
 * term of the same word or number (one small object per token instead of nine fields).
 */
class SharedKeyTerm implements Term {
  readonly start: number;
  readonly end: number;
  readonly negated: boolean;
  readonly keys: WordKeys;
  constructor(start: number, end: number, negated: boolean, keys: WordKeys) {
    this.start = start;
    this.end = end;
    this.negated = negated;
    this.keys = keys;
  }
  get key(): string {
    return this.keys.key;
  }
  get loose(): string {
    return this.keys.loose;
  }
  get id(): number {
    return this.keys.id;
  }
  get looseId(): number {
    return this.keys.looseId;
  }
  get kind(): TermKind {
    return this.keys.kind;
  }
  get norm(): string {
    return this.keys.norm;
  }
}

/** The term of a token outside any mention. */
function termOf(start: number, end: number, norm: string, number: string | undefined, keyCache: TermKeyCache, negated: boolean): Term {
  if (number !== undefined) {
    const key = `#${number}`;
    // Cached by value and written form ("forty" and "40" are one key, two forms).
    const cacheKey = `${key}\u0000${norm}`;
    let keys = keyCache.words.get(cacheKey);
    if (!keys) {
      const id = keyId(keyCache, key);
      keyCache.words.set(cacheKey, (keys = { key, loose: key, id, looseId: id, kind: 'number', norm }));
    }
    return new SharedKeyTerm(start, end, negated, keys);
  }
  const keys = wordKeysOf(norm, keyCache);
  return new SharedKeyTerm(start, end, negated && keys.kind !== 'function', keys);
}

/** The keys of a folded word that is not a number, from the cache or made and cached. */
function wordKeysOf(norm: string, cache: TermKeyCache): WordKeys {
  let keys = cache.words.get(norm);
  if (keys) return keys;
  if (norm.length < 2 || STOPWORDS.has(norm) || REPORTING_WORDS.has(norm)) {
    const id = keyId(cache, norm);
    keys = { key: norm, loose: norm, id, looseId: id, kind: 'function', norm };
  } else {
    const key = wordKey(norm);
    const loose = key.slice(0, LOOSE_PREFIX);
    keys = { key, loose, id: keyId(cache, key), looseId: keyId(cache, `~${loose}`), kind: 'word', norm };
  }
  cache.words.set(norm, keys);
  return keys;
}
