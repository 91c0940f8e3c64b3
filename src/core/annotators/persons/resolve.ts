/**
 * The account pass of persons: name mentions of all accounts clustered into persons (see
 * ./clusters), with the names of the speaker labels; and what a resolved person mention is.
 * Role nominals are resolved to these persons afterwards (../nominals/resolve).
 */
import type { OffsetRange } from '../../model/annotation';
import type { AnnotationRule } from '../../data/ruleIds';
import { HONORIFIC_GENDERS, type PersonGender } from '../../data/genders';
import { isPersonalGivenName } from '../../data/givenNames';
import { nameWords } from '../../text/names';
import type { AccountReading } from '../planAccount';
import { titleTextOf, type SpeakerLabel } from '../speakerLabels/find';
import { clusterPersons, mentionOrder, type NameMention, type PersonCluster, type PersonClustering } from './clusters';
import { roleOf } from './find';

/** A person mention resolved to its person key. */
export interface ResolvedMention extends OffsetRange {
  readonly speaker: string;
  /** A role nominal rather than a name. */
  readonly nominal?: boolean;
  /** The rule that found the mention (a name) or resolved it (a role nominal). */
  readonly rule: AnnotationRule;
}

/** Name mentions of the account in clustering order, with their keys (from the clusterer). */
export interface KeyedMention extends OffsetRange {
  readonly key: string | undefined;
  /** The rule that found the name. */
  readonly rule: AnnotationRule;
}

/** The gender a label's honorific gives ("MS. ODE"). */
function labelGender(label: SpeakerLabel): PersonGender | undefined {
  for (const t of label.titles) {
    const g = HONORIFIC_GENDERS.get(t);
    if (g) return g;
  }
  return undefined;
}

/** A name mention with its end and the rule that found it. */
type RuledMention = NameMention & { readonly end: number; readonly rule: AnnotationRule };

/**
 * The last clustering and what it was made of, kept by the pipeline's runner: an edit that
 * changed no name mention (the same mentions, in the same order, with the same words,
 * evidence, country, role and gender; their offsets moved but in the same order) gives the
 * same clustering, which is then taken instead of made again.
 */
export interface PersonMemo {
  last?: { readonly mentions: readonly RuledMention[]; readonly order: readonly number[]; readonly clustering: PersonClustering };
}

/** An empty person memo. */
export function newPersonMemo(): PersonMemo {
  return {};
}

/** The clustering of `mentions`: the memo's when its mentions cluster the same, else made (and kept in the memo). */
function clusteringOf(mentions: readonly RuledMention[], memo: PersonMemo | undefined): PersonClustering {
  const last = memo?.last;
  if (last && clusterTheSame(last.mentions, last.order, mentions)) {
    memo!.last = { mentions, order: last.order, clustering: last.clustering };
    return last.clustering;
  }
  const order = mentionOrder(mentions);
  const clustering = clusterPersons(mentions, order);
  if (memo) memo.last = { mentions, order, clustering };
  return clustering;
}

/**
 * `after` is clustered as `before` was: mention by mention the same but for offsets, and the
 * offsets in the same order (`order`, the clusterer's reading order of `before`: each next
 * mention of an account after the one before it, or at the same offset, in `after` as in
 * `before`), so that every comparison the clusterer makes comes out the same.
 */
function clusterTheSame(before: readonly RuledMention[], order: readonly number[], after: readonly RuledMention[]): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < before.length; i++) {
    const a = before[i]!;
    const b = after[i]!;
    if (a.account !== b.account || a.text !== b.text || a.evidence !== b.evidence || a.country !== b.country || a.role !== b.role || a.gender !== b.gender || a.words.length !== b.words.length) return false;
    for (let w = 0; w < a.words.length; w++) if (a.words[w] !== b.words[w]) return false;
  }
  for (let n = 1; n < order.length; n++) {
    const p = order[n - 1]!;
    const q = order[n]!;
    if (before[p]!.account !== before[q]!.account) continue;
    if (Math.sign(before[q]!.start - before[p]!.start) !== Math.sign(after[q]!.start - after[p]!.start)) return false;
  }
  return true;
}

/**
 * The account pass of persons, over every account at once: the name mentions the unit pass
 * found and the names of the speaker labels, clustered into persons (one cluster per person,
 * across accounts). Returns each account's mentions with their cluster keys, sorted by
 * offset, and the clusters by key. With `memo` (the runner's), the last clustering is taken
 * when the mentions cluster the same.
 */
export function resolvePersons(readings: readonly AccountReading[], memo?: PersonMemo): { perAccount: KeyedMention[][]; clusters: ReadonlyMap<string, PersonCluster> } {
  const mentions: RuledMention[] = [];
  readings.forEach((r, account) => {
    const found: RuledMention[] = [];
    for (const u of r.units) {
      for (const p of u.persons) {
        const start = u.unit.start + p.start;
        // one object shape for every mention (country and role undefined when absent)
        found.push({ account, start, end: u.unit.start + p.end, text: p.text, words: p.words, evidence: p.evidence, country: p.country, role: p.role, gender: p.gender, rule: p.rule });
      }
    }
    // A label's name: the person annotator's reading of it when it has one (it strips
    // titles and countries: "President of Russia Vladimir Putin"), else the label's words.
    // A bare one-word label ("CCTV:", "Lavrov:") is only weak evidence: a person once the text
    // names them elsewhere, a news outlet or agency otherwise.
    // A label of two words or more with no title is a person when it labels several turns,
    // opens with a given name ("Anna Becker (retranslated):") or the text gives it evidence;
    // else it may be an outlet asking once ("Kyodo News:", "RIA Novosti:"): evidence as the
    // person annotator found it.
    const labelCounts = new Map<string, number>();
    for (const label of r.labels) labelCounts.set(label.label, (labelCounts.get(label.label) ?? 0) + 1);
    const personLike = (label: SpeakerLabel, n: { text: string }) =>
      label.titles.length > 0 || (/\s/.test(n.text) && ((labelCounts.get(label.label) ?? 0) > 1 || isPersonalGivenName(n.text.split(/\s+/)[0]!.toLowerCase().split('-')[0]!) || /\p{Ll}/u.test(n.text) === false));
    let f = 0;
    for (const label of r.labels) {
      const n = label.name;
      if (!n) continue;
      const evidence = personLike(label, n) ? 'strong' : 'weak';
      while (f < found.length && found[f]!.end <= n.start) mentions.push(found[f++]!);
      const inside: RuledMention[] = [];
      while (f < found.length && found[f]!.start < n.end) inside.push(found[f++]!);
      const named = inside.filter((m) => m.start >= n.start && m.end <= n.end && m.words.length > 1);
      // the label's title gives its holder's role ("PRIME MINISTER ODE:" → premier)
      const role = label.titles.length > 0 ? roleOf(titleTextOf(label.label)) : undefined;
      if (named.length > 0) for (const m of named) mentions.push({ ...m, ...(evidence === 'strong' ? { evidence } : {}), role: m.role ?? role });
      else mentions.push({ account, start: n.start, end: n.end, text: n.text, words: n.text.replace(/\\/g, '').split(/\s+/).filter((w) => !/^(of|the)$/i.test(w)).flatMap(nameWords), evidence, country: undefined, role, gender: labelGender(label), rule: 'person/speaker-label' });
    }
    while (f < found.length) mentions.push(found[f++]!);
  });
  const { keyOf, clusters } = clusteringOf(mentions, memo);
  const perAccount: KeyedMention[][] = readings.map(() => []);
  mentions.forEach((m, i) => perAccount[m.account]!.push({ start: m.start, end: m.end, key: keyOf[i], rule: m.rule }));
  for (const list of perAccount) list.sort((a, b) => a.start - b.start);
  return { perAccount, clusters };
}
