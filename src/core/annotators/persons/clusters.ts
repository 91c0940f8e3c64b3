/**
 * Clusters person-name mentions of one or more accounts into persons: full names by surname
 * and compatible given names (Sergey Lavrov = Sergei Lavrov; Tayyip Erdogan ⊂ Recep Tayyip
 * Erdogan), single names (surnames, label names like "SMITH") to the person with that
 * surname nearest before them in the same account. A cluster is a person only when at least
 * one of its mentions has evidence (a title, a verb of saying, a label …): capitalised words
 * alone ("Hagia Sophia") make no person.
 */
import { compatibleGiven, displayWord, nameKey as wordKey } from '../../text/names';
import type { PersonGender } from '../../data/genders';
import type { PersonFinding } from './find';

/** One candidate mention handed to the clusterer: a unit's finding (its text, words, evidence, country, role, gender) placed in its account. */
export interface NameMention extends Pick<PersonFinding, 'text' | 'words' | 'evidence' | 'country' | 'role' | 'gender'> {
  /** Account index (input order). */
  readonly account: number;
  /** Offset in the account, for ordering and nearest-antecedent choice. */
  readonly start: number;
}

/** One person: its mentions and what the texts say about them. */
export interface PersonCluster {
  /** Stable key: `person:<n>` in order of first mention. */
  readonly key: string;
  /** Canonical name: the fullest form, most frequent, first seen. */
  readonly name: string;
  /** Other surface forms, in order of first appearance. */
  readonly aliases: readonly string[];
  /** Country tied to the person by the texts, if any. */
  readonly country?: string;
  /** Role families from titles ("foreign", "president"). */
  readonly roles: readonly string[];
  /** Gender the mentions give, when they give one and agree. */
  readonly gender?: PersonGender;
}

/** The result: one cluster key per mention (undefined: not a person), and the clusters. */
export interface PersonClustering {
  readonly keyOf: readonly (string | undefined)[];
  readonly clusters: ReadonlyMap<string, PersonCluster>;
}

interface Draft {
  surname: string;
  givens: Set<string>;
  otherKeys: Set<string>;
  members: number[];
  strong: boolean;
}

/** The order in which the clusterer reads `mentions`: by account, then offset, then place in the list. */
export function mentionOrder(mentions: readonly NameMention[]): number[] {
  return mentions.map((_, i) => i).sort((a, b) => mentions[a]!.account - mentions[b]!.account || mentions[a]!.start - mentions[b]!.start || a - b);
}

/**
 * Clusters `mentions` (any order; the result is independent of it); `order` is
 * `mentionOrder(mentions)`, given when the caller has it.
 *
 * Notes: offsets are read only through their order (the mentions read by account and
 * offset; the nearest person before a single name, else the nearest after), so mentions that
 * are the same but for offsets in the same order are clustered the same (see
 * ./resolve `PersonMemo`).
 */
export function clusterPersons(mentions: readonly NameMention[], order: readonly number[] = mentionOrder(mentions)): PersonClustering {
  const keys = new Map<string, string>();
  const nameKey = (word: string) => {
    let k = keys.get(word);
    if (k === undefined) keys.set(word, (k = wordKey(word)));
    return k;
  };
  const rank: number[] = new Array(mentions.length);
  order.forEach((i, n) => (rank[i] = n));
  const drafts: Draft[] = [];
  const bySurname = new Map<string, number[]>();
  const byGiven = new Map<string, number[]>();
  const draftOf: (number | undefined)[] = new Array(mentions.length);
  // 1. Full names.
  for (const i of order) {
    const m = mentions[i]!;
    if (m.words.length < 2) continue;
    const keys = m.words.map(nameKey);
    const surname = keys[keys.length - 1]!;
    const given = keys.slice(0, -1);
    // "Lee Jae Min" = "Lee Jae-min": a given name of two short syllables, spaced or hyphenated,
    // is also looked up as one word
    const joined = keys.length === 3 && m.words[1]!.length <= 4 && m.words[2]!.length <= 4 ? nameKey(m.words[1]! + m.words[2]!) : undefined;
    const same = bySurname.get(surname) ?? [];
    const sameJoined = joined ? (bySurname.get(joined) ?? []) : [];
    const fits = (k: number) => given.some((g) => drafts[k]!.otherKeys.has(g) || someGiven(drafts[k]!.givens, g));
    let d = same.find(fits) ?? sameJoined.find((k) => someGiven(drafts[k]!.givens, keys[0]!)) ?? -1;
    if (d < 0) {
      d = drafts.length;
      drafts.push({ surname, givens: new Set(), otherKeys: new Set(), members: [], strong: false });
      bySurname.set(surname, [...same, d]);
    }
    if (joined && !sameJoined.includes(d)) bySurname.set(joined, [...sameJoined, d]);
    const draft = drafts[d]!;
    if (!draft.givens.has(given[0]!)) byGiven.set(given[0]!, [...(byGiven.get(given[0]!) ?? []), d]);
    draft.givens.add(given[0]!);
    for (const g of given) draft.otherKeys.add(g);
    draft.members.push(i);
    draft.strong ||= m.evidence === 'strong';
    draftOf[i] = d;
  }
  // 2. Single names: nearest person with that surname in the same account, else the first.
  const singles = new Map<string, number>();
  for (const i of order) {
    const m = mentions[i]!;
    if (m.words.length !== 1) continue;
    const key = nameKey(m.words[0]!);
    const candidates = bySurname.get(key) ?? [];
    let d: number | undefined;
    if (candidates.length === 1) d = candidates[0];
    else if (candidates.length > 1) d = nearest(candidates, drafts, mentions, m);
    else d = singles.get(key);
    // A single name in a label or after a title may be a family name written first
    // ("PRESIDENT LEE" for Lee Min-ho): the one person whose first word it is.
    // A given name alone ("Thank you, Jake.") is the one person of the account with that
    // given name, when the account names them in full.
    if (d === undefined && byGiven.get(key)?.length === 1) {
      const only = byGiven.get(key)![0]!;
      if (m.evidence === 'strong' || drafts[only]!.members.some((o) => mentions[o]!.account === m.account && mentions[o]!.words.length > 1)) d = only;
    }
    if (d === undefined) {
      d = drafts.length;
      drafts.push({ surname: key, givens: new Set(), otherKeys: new Set(), members: [], strong: false });
      singles.set(key, d);
    }
    drafts[d]!.members.push(i);
    drafts[d]!.strong ||= m.evidence === 'strong';
    draftOf[i] = d;
  }
  // 3. Persons: clusters with evidence, numbered by first mention.
  const kept = drafts
    .map((d, k) => ({ d, k, first: d.members.reduce((min, i) => Math.min(min, rank[i]!), Infinity) }))
    .filter((x) => x.d.strong && x.d.members.length > 0)
    .sort((a, b) => a.first - b.first);
  const keyOfDraft = new Map<number, string>();
  const clusters = new Map<string, PersonCluster>();
  kept.forEach((x, n) => {
    const key = `person:${n + 1}`;
    keyOfDraft.set(x.k, key);
    clusters.set(key, describe(key, x.d, mentions, rank));
  });
  return { keyOf: draftOf.map((d) => (d === undefined ? undefined : keyOfDraft.get(d))), clusters };
}

function someGiven(givens: ReadonlySet<string>, g: string): boolean {
  for (const h of givens) if (compatibleGiven(g, h)) return true;
  return false;
}

function nearest(candidates: readonly number[], drafts: readonly Draft[], mentions: readonly NameMention[], m: NameMention): number {
  let best: number | undefined;
  let bestDistance = Infinity;
  for (const k of candidates) {
    for (const i of drafts[k]!.members) {
      const o = mentions[i]!;
      if (o.account !== m.account) continue;
      // Prefer an antecedent (before), then the closest after.
      const distance = o.start <= m.start ? m.start - o.start : 1e9 + (o.start - m.start);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = k;
      }
    }
  }
  return best ?? candidates[0]!;
}

function describe(key: string, d: Draft, mentions: readonly NameMention[], rank: readonly number[]): PersonCluster {
  const members = [...d.members].sort((a, b) => rank[a]! - rank[b]!);
  // A person named 10,000 times in a long account has few distinct spellings: each word is
  // displayed once, and each alias is looked up in a set beside the ordered list.
  const display = new Map<string, string>();
  const displayed = (word: string) => {
    let s = display.get(word);
    if (s === undefined) display.set(word, (s = displayWord(word)));
    return s;
  };
  // the name: the most words, then the fewest initials ("Sergey Lavrov" over "S. Lavrov"), the most mentions, the first
  const counts = new Map<string, { words: number; initials: number; count: number; first: number }>();
  members.forEach((i, n) => {
    const words = mentions[i]!.words;
    const name = words.length === 1 ? displayed(words[0]!) : words.map(displayed).join(' ');
    const c = counts.get(name);
    if (c) c.count++;
    else counts.set(name, { words: words.length, initials: words.length === 1 ? 0 : words.filter(isInitial).length, count: 1, first: n });
  });
  const name = [...counts.entries()].sort((a, b) => b[1].words - a[1].words || a[1].initials - b[1].initials || b[1].count - a[1].count || a[1].first - b[1].first)[0]![0];
  const aliases: string[] = [];
  const seen = new Set<string>([name]);
  const addAlias = (form: string) => {
    if (seen.has(form)) return;
    seen.add(form);
    aliases.push(form);
  };
  let country: string | undefined;
  const roles = new Set<string>();
  const genders = new Set<PersonGender>();
  for (const i of members) {
    const m = mentions[i]!;
    addAlias(m.words.length === 1 ? m.words[0]! : m.words.join(' '));
    addAlias(m.text);
    if (!country && m.country) country = m.country;
    if (m.role) roles.add(m.role);
    if (m.gender) genders.add(m.gender);
  }
  const gender = genders.size === 1 ? [...genders][0] : undefined;
  return { key, name, aliases, roles: [...roles], ...(country ? { country } : {}), ...(gender ? { gender } : {}) };
}

/** An initial ("S.", "S", "J.R."). */
function isInitial(word: string): boolean {
  return /^(?:\p{Lu}\.?)+$/u.test(word) && word.replace(/\./g, '').length <= 2;
}
