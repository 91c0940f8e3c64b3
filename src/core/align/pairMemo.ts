/**
 * What the alignment of one pair (a checked account against its reference) keeps for the
 * next run, so that an edit of the reference re-checks only the units of the checked
 * account it can change.
 *
 * Each unit's outcome (its links, unmatched and unconfirmed entries, what it leaves for
 * the figures around it) is kept with what the check read (`UnitDeps`): the positions of
 * the reference passages it looked at (and those whose words it read: its links'
 * counterparts), the term ids whose rarity it used, the word trigrams it looked up in the
 * near-verbatim index, the speakers it filtered by, and whether it looked at the question
 * premises (their own index: any change of them affects every check that looked). After an edit, `referenceChange`
 * finds the passages whose index entries changed (their content terms, context, speaker,
 * turn or range; and every passage holding a term whose passage count changed, as a
 * passage's mass is the sum of its terms' weights), those whose words changed, the ids
 * whose passage counts changed and the trigrams whose passage lists changed; a unit that
 * read none of them gets the same answer from the new indexes, so its kept outcome is
 * reused, its offsets into the reference moved past the edit.
 *
 * Notes: scores depend on rarity over all passages, so a passage count that changes
 * (a sentence added or split) changes every score: nothing is reused then. Owned by a
 * pipeline (`AlignResources.pairMemo`), never module state.
 */
import type { Annotation, CrossReference, OffsetRange, Unconfirmed, Unmatched } from '../model/annotation';
import type { AlignPassage, CheckedUnit } from './passages';
import type { IndexedPassage, ReferenceIndex } from './referenceIndex';
import { agreementFor, keysAt, SPAN_SAME, spansAgree, type TermAgreement, type TermKeyCache, type TermSpan, type TermTable } from './terms';
import { runningWords, type VerbatimIndex } from './verbatimIndex';
import type { RunMemo } from './runMemo';
import { measureSupport, measureWindowSupport, type Support, type SupportQuery } from './similarity';
import { stretchesOf, type StretchMemo } from '../text/sharedStretches';
import type { QuoteFidelity } from './fidelity';

/** A candidate that supports a linked passage, as the figures after the loop read it. */
export interface FoundRecord {
  readonly start: number;
  readonly end: number;
  readonly score: number;
  /** Keys of the numbers of the candidate, in order. */
  readonly numbers: readonly string[];
}

/** A passage of the checked account that got links, and what supports it. */
export interface LinkedPassage {
  readonly range: OffsetRange;
  readonly found: readonly FoundRecord[];
}

/** What checking one unit gives, in the order the alignment adds it. */
export interface UnitOutcome {
  readonly links: Omit<CrossReference, 'id'>[];
  readonly unmatched: Unmatched[];
  readonly unconfirmed: Unconfirmed[];
  readonly linked: LinkedPassage[];
  /** A figure waiting for the claims around it, and what it is when none links it (a question premise's link, or unmatched, or unconfirmed). */
  readonly figure?: { readonly unmatched?: Unmatched; readonly unconfirmed?: Unconfirmed; readonly links?: Omit<CrossReference, 'id'>[]; readonly linked?: LinkedPassage[] };
}

/**
 * What checking one unit read of the reference (see the module notes), as recorded: lists
 * (cheap to add to during a check), made into sets on the first look (`sealed`). Query
 * spans stand for their content ids (`idSpans`) and their trigrams (`gramSpans`).
 */
export interface UnitDeps {
  readonly passages: number[];
  /** Passages whose words the check read (the counterparts of its links: diffs, figures), not only their index entries. */
  readonly read: number[];
  readonly ids: number[];
  readonly idSpans: TermSpan[];
  readonly gramSpans: TermSpan[];
  /** Speakers whose passages a search was limited to ('' for passages of no known speaker). */
  readonly speakers: string[];
  /** True when the check looked at the question premises (`nearestPremise`), or would have had there been any. */
  premises: boolean;
  /**
   * What the check read of the premises' index: the ids whose postings, weights or presence
   * it used, and the premises it measured or linked (positions); undefined when it did not
   * say (any change of the premises then affects it).
   */
  premiseReads?: { readonly ids: number[]; readonly passages: number[] };
  /**
   * True when the check met support anywhere (a pool with a supporting candidate, a
   * near-verbatim answer, a window) or read the meeting's acts: its outcome is then not
   * open to the bound of `boundedChange` (a check that met none may skip a re-check).
   */
  supported: boolean;
  /** The nearest passage of each `unsupported` look of the check: its query (`queryKeyOf`), position (-1: none) and exact score. */
  readonly nearest: { readonly key: string; readonly at: number; readonly score: number }[];
  sealed?: SealedDeps;
  /** The supports the check measured, kept so that its next check measures again only what an edit changed (`measuredSupport`). */
  readonly measures: UnitMeasures;
}

/**
 * The supports one check of a unit measured, by query (`queryKey`), over the reference
 * passages of one run (`over`), and those of the check before it that this check may take
 * (`prior`). A unit that is checked again after an edit gets the same answer from a
 * measure whose query and candidate are unchanged, so it takes it instead of measuring
 * again: at 50 KB a re-checked claim that nothing supports scores ~250 passages, of which
 * an edit changes a few.
 */
export interface UnitMeasures {
  /** The reference passages (a run's `PairState.passages`) the supports were measured over. */
  over: readonly AlignPassage[] | undefined;
  /** The pair's budget of kept supports in this run (`MeasureBudget`); none: nothing is kept. */
  readonly budget: MeasureBudget | undefined;
  /** Supports (and window supports) this unit keeps. */
  count: number;
  /** False once the budget refused a support (the kept supports are then not all the check measured). */
  full: boolean;
  readonly queries: Map<string, KeptQuery>;
  /** The links the check made, by `linkKey`, with the support each was made from. */
  readonly links: Map<string, KeptLink>;
  /** The passages `ReferenceIndex.sharing` gave the check, by query (`poolKey`). */
  readonly pools: Map<string, KeptPool>;
  /** The query last looked up (the measures of one pool share it). */
  last?: KeptQuery;
  /** Dropped once the check is done (`settleMeasures`): no chain of runs is kept alive. */
  prior?: { readonly measures: UnitMeasures; readonly change: ReferenceChange };
}

/** A query of a check and the supports measured with it, by candidate position. */
interface KeptQuery {
  readonly query: SupportQuery;
  /** The ids whose weight made the query (its content terms). */
  readonly weighed: readonly number[];
  /** The ids the query asked the index whether any passage holds (its alternates, its collocations' words). */
  readonly asked: readonly number[];
  readonly supports: Map<number, Support>;
  /** The supports of the same query in the check before, valid at the positions an edit did not change. */
  before?: ReadonlyMap<number, Support>;
  /** The supports of two adjacent passages read as one (`measureWindowSupport`), by the first one's position; and those of the check before. */
  readonly windows: Map<number, Support>;
  beforeWindows?: ReadonlyMap<number, Support>;
  /** Positions the near-verbatim look-ups of the query's passage gave (measured, not kept: `noteVerbatimHits`). */
  hits?: number[];
}

/** A pool of `ReferenceIndex.sharing` (kept by the ids it was looked up by: each content term's id and loose id, in order, and the speaker): the positions it gave. */
interface KeptPool {
  readonly at: readonly number[];
}

/** A link a check made and the support it was made from (the link follows from it and the words of both passages). */
interface KeptLink {
  readonly support: Support;
  /** The counterpart's position, and whether the passage after it is read with it. */
  readonly at: number;
  readonly window: boolean;
  link: Omit<CrossReference, 'id'>;
  /** The word diff the link was made with, if it needed one (it follows from the words of both passages alone), and of which words of the checked passage. */
  fidelity?: KeptFidelity;
}

/** A word diff of a link (`quoteFidelity`) and the words of the checked passage it was made of: its span (table, from, to) and whether their surfaces were read (a quote's). */
interface KeptFidelity {
  readonly of: QuoteFidelity;
  readonly table: TermTable;
  readonly from: number;
  readonly to: number;
  readonly quote: boolean;
}

/**
 * What a link's maker is given for its word diff (`toLink`): `diff(quote, compute)` gives
 * the diff `compute()` would give the checked passage's words with the counterpart's
 * (`quote`: read with their surfaces, as a quote's are).
 */
export type LinkDiffs = (quote: boolean, compute: () => QuoteFidelity) => QuoteFidelity;

/** `UnitDeps` as sets (the trigrams made on first need). */
interface SealedDeps {
  readonly passages: Set<number>;
  readonly read: Set<number>;
  readonly ids: Set<number>;
  readonly speakers: Set<string>;
  grams?: Set<string>;
}

/** A new, empty record of what a unit reads. */
/**
 * Supports the units of one pair keep at most (~150 bytes each): a long report against a
 * long transcript has thousands of units, each of whose thorough checks measures hundreds
 * of passages. Units checked after the budget is spent keep none (their next check
 * measures afresh).
 */
const KEPT_SUPPORTS = 200_000;

/** What is left of a pair's `KEPT_SUPPORTS` in one run. */
export interface MeasureBudget {
  left: number;
}

/** A new budget for one run of a pair. */
export function newMeasureBudget(): MeasureBudget {
  return { left: KEPT_SUPPORTS };
}

export function newUnitDeps(over?: readonly AlignPassage[], prior?: UnitMeasures, change?: ReferenceChange, budget?: MeasureBudget): UnitDeps {
  const measures: UnitMeasures = { over, budget, count: 0, full: true, queries: new Map(), links: new Map(), pools: new Map(), ...(prior && change && prior.over !== undefined && prior.over === change.from ? { prior: { measures: prior, change } } : {}) };
  return { passages: [], read: [], ids: [], idSpans: [], gramSpans: [], speakers: [], premises: false, supported: false, nearest: [], measures };
}

/** The key of a query passage of the checked account (its range and terms: the same key, the same terms, within one checked text). */
export function queryKeyOf(passage: AlignPassage): string {
  return `${passage.start}:${passage.end}:${passage.terms.from}:${passage.terms.to}`;
}

/** True when `change` changes what query `q` read of the index: the weight of one of its terms, or whether a passage holds an id it asked about. */
function queryChanged(q: KeptQuery, change: ReferenceChange): boolean {
  for (const id of q.weighed) if (change.ids.has(id)) return true;
  for (const id of q.asked) if (change.ids.has(id)) return true;
  return false;
}

/**
 * The support query of `passage` for the check recording into `deps`: the one this check
 * made already, or the one the check before made when no id it read changed (moved onto
 * `index`: the same terms, weights and alternates), else `make(view)`, with `view` a view
 * of `index` that notes what the query reads. The ids whose weight it used go into
 * `deps.ids` either way (as `index.weight` would put them).
 */
export function measuredQuery(deps: UnitDeps, passage: AlignPassage, index: ReferenceIndex, make: (view: ReferenceIndex) => SupportQuery): SupportQuery {
  const key = queryKeyOf(passage);
  const own = deps.measures.queries.get(key);
  if (own && own.query.index === index) {
    for (const id of own.weighed) deps.ids.push(id);
    deps.measures.last = own;
    return own.query;
  }
  const prior = deps.measures.prior;
  const before = prior?.measures.queries.get(key);
  let kept: KeptQuery;
  if (before && !queryChanged(before, prior!.change)) {
    for (const id of before.weighed) deps.ids.push(id);
    kept = { query: { ...before.query, index }, weighed: before.weighed, asked: before.asked, supports: new Map(), before: before.supports, windows: new Map(), beforeWindows: before.windows };
  } else {
    const weighed: number[] = [];
    const asked: number[] = [];
    const view: ReferenceIndex = {
      ...index,
      weight(t) {
        weighed.push(t.id);
        return index.weight(t);
      },
      holds(id) {
        asked.push(id);
        return index.holds(id);
      },
    };
    const query = { ...make(view), index };
    kept = { query, weighed, asked, supports: new Map(), windows: new Map() };
  }
  deps.measures.queries.set(key, kept);
  deps.measures.last = kept;
  return kept.query;
}

/** Lets go of a unit's measures (they match no run any more). */
function dropMeasures(m: UnitMeasures): void {
  m.over = undefined;
  m.count = 0;
  m.queries.clear();
  m.links.clear();
  m.pools.clear();
}

/** Drops what the check of `deps` took from the check before (done: its own measures are kept). */
export function settleMeasures(deps: UnitDeps): void {
  const m = deps.measures;
  m.prior = undefined;
  m.last = undefined;
  for (const q of m.queries.values()) {
    q.before = undefined;
    q.beforeWindows = undefined;
  }
}

/**
 * `measureSupport(query, candidate)` for a query of `measuredQuery`: the support the check
 * before measured when the candidate's index entry did not change (`ReferenceChange.passages`),
 * else measured; kept for the next check. Without `deps`, measured.
 */
export function measuredSupport(deps: UnitDeps | undefined, query: SupportQuery, candidate: IndexedPassage): Support {
  const kept = deps && keptOf(deps, query);
  if (!kept) return measureSupport(query, candidate);
  let support = kept.supports.get(candidate.at);
  if (support) return support;
  support = kept.before && !deps!.measures.prior!.change.passages.has(candidate.at) ? kept.before.get(candidate.at) : undefined;
  support ??= measureSupport(query, candidate);
  if (keeps(deps!.measures)) kept.supports.set(candidate.at, support);
  return support;
}

/** True (and one taken from the budget) when the unit of `m` may keep one more support. */
function keeps(m: UnitMeasures): boolean {
  if (!m.budget || m.budget.left <= 0) {
    m.full = false;
    return false;
  }
  m.budget.left--;
  m.count++;
  return true;
}

/** The kept query of `query` in `deps` (the one `measuredQuery` gave), if any. */
function keptOf(deps: UnitDeps, query: SupportQuery): KeptQuery | undefined {
  const m = deps.measures;
  if (m.last?.query === query) return m.last;
  for (const q of m.queries.values()) {
    if (q.query !== query) continue;
    m.last = q;
    return q;
  }
  return undefined;
}

/** Notes, for the kept query of `query`, the positions a near-verbatim look-up of its passage gave (their supports are measured, not kept). */
export function noteVerbatimHits(deps: UnitDeps | undefined, query: SupportQuery, hits: readonly { readonly at: number }[]): void {
  const kept = deps && keptOf(deps, query);
  if (!kept) return;
  for (const h of hits) (kept.hits ??= []).push(h.at);
}

/**
 * `measureWindowSupport(query, first, second)` for a query of `measuredQuery` (`second`
 * the passage after `first`): the support the check before measured when neither
 * passage's index entry changed, else measured; kept for the next check.
 */
export function measuredWindow(deps: UnitDeps | undefined, query: SupportQuery, first: IndexedPassage, second: IndexedPassage): Support {
  const kept = deps && second.at === first.at + 1 ? keptOf(deps, query) : undefined;
  if (!kept) return measureWindowSupport(query, first, second);
  let support = kept.windows.get(first.at);
  if (support) return support;
  const changed = deps!.measures.prior?.change.passages;
  support = kept.beforeWindows && !changed!.has(first.at) && !changed!.has(second.at) ? kept.beforeWindows.get(first.at) : undefined;
  support ??= measureWindowSupport(query, first, second);
  if (keeps(deps!.measures)) kept.windows.set(first.at, support);
  return support;
}

/** The key of a link: its passage, and its counterpart by position (and whether it is a window of two). */
function linkKey(passage: AlignPassage, at: number, window: boolean, claim: string): string {
  return `${queryKeyOf(passage)}|${at}|${window ? 2 : 1}|${claim}`;
}

/**
 * The link `make()` gives for `passage` and its counterpart `found` (at position `at` of
 * the reference passages, read with the next one when `window`): the check before's,
 * moved past the edit, when it was made from the same support (the very object, which
 * `measuredSupport` keeps only while the counterpart's index entry is the same) and the
 * words of the counterpart did not change (`ReferenceChange.texts`); else made. Made
 * again from another support (a passage count changed: the counterpart's mass), its word
 * diff is still the check before's, moved past the edit, when the words of both passages
 * are the same (the counterpart's as above, not a window; the checked passage's the same
 * span of the same table) and read the same way: a diff reads nothing else. Kept for the next check.
 * Without `deps`, made.
 */
export function measuredLink(deps: UnitDeps | undefined, passage: AlignPassage, at: number, window: boolean, support: Support, make: (diffs?: LinkDiffs) => Omit<CrossReference, 'id'>): Omit<CrossReference, 'id'> {
  if (!deps) return make();
  const key = linkKey(passage, at, window, passage.claim?.id ?? '');
  const m = deps.measures;
  const own = m.links.get(key);
  if (own && own.support === support) return own.link;
  const prior = m.prior;
  const before = prior?.measures.links.get(key);
  const sameWords = before !== undefined && !prior!.change.texts.has(at) && !(window && prior!.change.texts.has(at + 1));
  // The diff the check before made, moved past the edit, while the words it was made of are the same (a window's words
  // run from one passage to the end of the next, over whatever lies between them: its diff is made again).
  const kept = sameWords && !window && before.fidelity && before.fidelity.table === passage.terms.table && before.fidelity.from === passage.terms.from && before.fidelity.to === passage.terms.to ? moveFidelity(before.fidelity, prior!.change.map) : undefined;
  let link: Omit<CrossReference, 'id'> | undefined;
  let fidelity: KeptFidelity | undefined;
  if (sameWords && before.support === support) {
    const start = prior!.change.map(before.link.to.start);
    const end = prior!.change.map(before.link.to.end);
    if (start !== undefined && end !== undefined) {
      link = { ...before.link, to: { ...before.link.to, start, end } };
      fidelity = kept;
    }
  }
  link ??= make((quote, compute) => {
    const of = kept && kept.quote === quote ? kept.of : compute();
    fidelity = { of, table: passage.terms.table, from: passage.terms.from, to: passage.terms.to, quote };
    return of;
  });
  m.links.set(key, { support, at, window, link, ...(fidelity ? { fidelity } : {}) });
  return link;
}

/** `kept` with its counterpart range moved by `map` (an edit's); undefined when the edit took an end of it. */
function moveFidelity(kept: KeptFidelity, map: (offset: number) => number | undefined): KeptFidelity | undefined {
  const start = map(kept.of.to.start);
  const end = map(kept.of.to.end);
  if (start === undefined || end === undefined) return undefined;
  return start === kept.of.to.start && end === kept.of.to.end ? kept : { ...kept, of: { ...kept.of, to: { start, end } } };
}

/**
 * Carries the measures of a unit whose outcome is reused (`isAffected` false) over to the
 * new run: valid when they were made over the run before (`change.from`) and no query of
 * theirs read an id the edit changed (the candidates the check measured are among the
 * passages it looked at: unchanged). Otherwise they are left to a run they do not match,
 * and the unit's next check measures afresh.
 */
export function carryMeasures(deps: UnitDeps, change: ReferenceChange, now: readonly AlignPassage[], budget: MeasureBudget): void {
  const m = deps.measures;
  if (m.over === undefined || m.over !== change.from) return;
  if (budget.left < m.count) {
    dropMeasures(m);
    return;
  }
  budget.left -= m.count;
  for (const q of m.queries.values()) {
    if (queryChanged(q, change)) {
      dropMeasures(m);
      return;
    }
  }
  // Its links follow the edit as the outcome's do (`shiftOutcome`); one whose words changed, or that falls in the edit, is made again.
  for (const [key, kept] of m.links) {
    const start = change.map(kept.link.to.start);
    const end = change.map(kept.link.to.end);
    if (start === undefined || end === undefined || change.texts.has(kept.at) || (kept.window && change.texts.has(kept.at + 1))) m.links.delete(key);
    else {
      if (start !== kept.link.to.start || end !== kept.link.to.end) kept.link = { ...kept.link, to: { ...kept.link.to, start, end } };
      if (kept.fidelity) kept.fidelity = moveFidelity(kept.fidelity, change.map);
    }
  }
  m.over = now;
}

/** The sets of `deps`, made on the first call. */
function seal(deps: UnitDeps): SealedDeps {
  if (deps.sealed) return deps.sealed;
  const ids = new Set(deps.ids);
  for (const span of new Set(deps.idSpans)) {
    for (let k = span.from; k < span.to; k++) {
      const t = keysAt(span.table, k);
      if (t.kind !== 'function') ids.add(t.id).add(t.looseId);
    }
  }
  return (deps.sealed = { passages: new Set(deps.passages), read: new Set(deps.read), ids, speakers: new Set(deps.speakers) });
}

/** The state of one pair after a run. */
export interface PairState {
  /** Everything outside the reference passages and texts that the checks read (`sameContext`). */
  readonly context: PairContext;
  readonly checkedText: string;
  readonly referenceText: string;
  readonly keys: TermKeyCache;
  /** The paraphrase lexicon of the run (a unit is reused only with the same one). */
  readonly lexicon: object;
  readonly passages: readonly AlignPassage[];
  /** The question premises of the reference (`questionPremises`). */
  readonly premises: readonly AlignPassage[];
  /** Kept units by signature (`unitSignature`). */
  readonly units: Map<string, { readonly outcome: UnitOutcome; readonly deps: UnitDeps }>;
  /**
   * The checked account's units of the run (`checkedUnits`) with their signatures, and what
   * they were made from besides its text: its term table and its claims (compared field by field). A run
   * whose checked account has the same text, terms and claims takes them (the report is
   * the same while the transcript is edited).
   */
  readonly checked: CheckedUnits;
}

/** The units of a checked account, their signatures, and what they were made from besides its text (see `PairState.checked`). */
export interface CheckedUnits {
  readonly terms: TermTable;
  readonly claims: readonly Annotation[];
  readonly units: readonly CheckedUnit[];
  readonly signatures: readonly string[];
}

/**
 * What the checks of a pair read besides the reference passages and the two texts: the
 * options (as JSON), the passage count, the reference's speakers and entity keys, the
 * keys of every person of the set, and which turns are interpreted. Compared as sets
 * (`sameContext`), not sorted and joined into one string on every run.
 */
export interface PairContext {
  readonly options: string;
  readonly passageCount: number;
  readonly speakers: ReadonlySet<string>;
  readonly referenceEntities: ReadonlySet<string>;
  readonly persons: ReadonlySet<string>;
  /** Which of the reference's turns it gives through an interpreter, and whether it is a translation (`Interpretation`, as JSON). */
  readonly interpretation: string;
  /** The heading lines of the reference the checks read (`headingLines`): their ranges and terms' keys. */
  readonly heading: string;
}

/** True when two contexts hold the same options, passage count, interpretation, heading and sets (in any order). */
export function sameContext(a: PairContext, b: PairContext): boolean {
  return a.options === b.options && a.passageCount === b.passageCount && a.interpretation === b.interpretation && a.heading === b.heading && sameSet(a.speakers, b.speakers) && sameSet(a.referenceEntities, b.referenceEntities) && sameSet(a.persons, b.persons);
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** The pair states of the last alignment, by pair (checked id, reference id). */
export type PairMemo = RunMemo<PairState>;

/** What changed in the reference between two runs (see `referenceChange`). */
export interface ReferenceChange {
  /** Passages whose index entries changed (terms, near forms, context, pairs, polarity, speaker, turn, range). */
  readonly passages: ReadonlySet<number>;
  /** Passages whose text changed (those above, and those where only function words or offsets did). */
  readonly texts: ReadonlySet<number>;
  readonly ids: ReadonlySet<number>;
  readonly grams: ReadonlySet<string>;
  readonly speakers: ReadonlySet<string>;
  /**
   * True when the question premises differ (their count, or one's turn, range or terms, or
   * one is near the edited stretch): as they have an index of their own, whose rarities
   * any change moves, every check that looked at them is affected.
   */
  readonly premises: boolean;
  /**
   * When the premises differ but are as many: those whose words changed (`texts`), whose
   * entries in their index changed (`passages`), and the ids a changed one gained or lost
   * (`ids`), as for the passages. A check that read none of them is not affected.
   */
  readonly premiseChange?: { readonly passages: ReadonlySet<number>; readonly texts: ReadonlySet<number>; readonly ids: ReadonlySet<number> };
  /** An offset of the old text in the new one; undefined inside the edited stretch. */
  map(offset: number): number | undefined;
  /** The passages of the last run (those compared). */
  readonly from: readonly AlignPassage[];
}

/**
 * Characters after a passage that a check may read (the unit words after a figure,
 * `linkFindings`' scan of 40): a passage this close to the edited stretch counts as changed.
 */
const READ_BEYOND = 64;

/**
 * The passages, ids, trigrams and speakers that differ between the reference passages of
 * the last run (`old`, over `oldText`) and of this one; undefined when the passage count
 * differs (every rarity changes). Passages are compared by position: their turn, speaker,
 * range and terms (keys, polarity, offsets) after the edit is mapped; a changed passage
 * changes its neighbours' context entities, so they count as changed too.
 */
export function referenceChange(oldText: string, old: readonly AlignPassage[], text: string, now: readonly AlignPassage[], keys: TermKeyCache, oldPremises: readonly AlignPassage[] = [], nowPremises: readonly AlignPassage[] = [], given?: TermAgreement, stretchMemo?: StretchMemo): ReferenceChange | undefined {
  if (old.length !== now.length) return undefined;
  // The edited stretch: old [head, oldEnd) became new [head, head + (oldEnd - head) + delta).
  const stretches = stretchesOf(stretchMemo, oldText, text);
  const head = stretches.same;
  const oldEnd = stretches.tail - stretches.shift;
  const delta = text.length - oldText.length;
  const same = oldText === text;
  const map = (o: number): number | undefined => (same || o <= head ? o : o >= oldEnd ? o + delta : undefined);
  const near = (p: AlignPassage): boolean => !same && p.start <= oldEnd && p.end + READ_BEYOND >= head;
  // Spans of the reference's table in the stretches its new table holds unchanged (terms and offsets) need no term compared:
  // before the edit each offset maps to itself, after it each moves by `delta`.
  const agreement = same ? undefined : agreementFor(given, old, now, delta);
  const known = (x: TermSpan, y: TermSpan): boolean => {
    const how = spansAgree(agreement, x, y);
    if (how === 0 || x.to === x.from) return how !== 0;
    return how === SPAN_SAME ? x.table.end[x.to - 1]! <= head : x.table.start[x.from]! >= oldEnd;
  };
  const { passages, texts, ids, grams, speakers } = listChange(old, now, keys, map, near, known);
  const premises = oldPremises.length !== nowPremises.length || oldPremises.some((a, k) => near(a) || !samePassage(a, nowPremises[k]!, map, known));
  // The premises compared as the passages are (their own index: the same postings and weights, over the premises).
  const premiseChange = premises && oldPremises.length === nowPremises.length ? listChange(oldPremises, nowPremises, keys, map, near, known) : undefined;
  return { passages, texts, ids, grams, speakers, premises, premiseChange: premiseChange && { passages: premiseChange.passages, texts: premiseChange.texts, ids: premiseChange.ids }, map, from: old };
}

/**
 * What differs between two lists of passages of the same length compared by position
 * (`referenceChange`): passages whose text changed, those whose index entries changed
 * (and their neighbours', whose context they are; and every passage holding a term whose
 * passage count changed), the ids a changed passage gained or lost, the trigrams and the speakers.
 */
function listChange(old: readonly AlignPassage[], now: readonly AlignPassage[], keys: TermKeyCache, map: (o: number) => number | undefined, near: (p: AlignPassage) => boolean, known: (x: TermSpan, y: TermSpan) => boolean): { texts: Set<number>; passages: Set<number>; ids: Set<number>; grams: Set<string>; speakers: Set<string> } {
  const texts = new Set<number>();
  const passages = new Set<number>();
  for (let k = 0; k < old.length; k++) {
    const a = old[k]!;
    const b = now[k]!;
    if (!near(a) && samePassage(a, b, map, known)) continue;
    texts.add(k);
    // Only function words changed (their index entries are made of content terms): the
    // passage reads the same to every check that does not read its words.
    if (a.turn === b.turn && a.speaker === b.speaker && map(a.start) === b.start && map(a.end) === b.end && sameContent(a.terms, b.terms)) continue;
    passages.add(k);
  }
  // A passage's entities are context of its neighbours in the same turn.
  for (const k of [...passages]) {
    if (old[k]!.turn === now[k]!.turn && sameEntities(old[k]!.terms, now[k]!.terms)) continue;
    if (k > 0) passages.add(k - 1);
    if (k + 1 < old.length) passages.add(k + 1);
  }
  const ids = new Set<number>();
  // Ids whose count of passages holding them as a term changed: their weight did.
  const weighed = new Set<number>();
  const grams = new Set<string>();
  const speakers = new Set<string>();
  for (const k of passages) {
    const a = idSets(old, k, keys);
    const b = idSets(now, k, keys);
    symmetric(a.terms, b.terms, weighed);
    for (const id of weighed) ids.add(id);
    symmetric(a.loose, b.loose, ids);
    symmetric(a.any, b.any, ids);
    if ((old[k]!.speaker ?? '') !== (now[k]!.speaker ?? '')) {
      speakers.add(old[k]!.speaker ?? '');
      speakers.add(now[k]!.speaker ?? '');
    }
  }
  for (const k of texts) symmetric(trigramsOf(old[k]!.terms), trigramsOf(now[k]!.terms), grams);
  // A term whose passage count changed weighs differently: so does every passage holding it (its mass).
  if (weighed.size > 0) {
    // By id, one byte each: a look-up per term of the account.
    const isWeighed = new Uint8Array(keys.ids.size);
    for (const id of weighed) if (id < isWeighed.length) isWeighed[id] = 1;
    for (let k = 0; k < now.length; k++) {
      const { table, from, to } = now[k]!.terms;
      for (let i = from; i < to; i++) {
        const t = keysAt(table, i);
        if (t.kind !== 'function' && t.id < isWeighed.length && isWeighed[t.id] === 1) {
          passages.add(k);
          break;
        }
      }
    }
  }
  return { texts, passages, ids, grams, speakers };
}

/** True when two spans hold the same content terms (ids, near forms, polarity) in the same order. */
function sameContent(x: TermSpan, y: TermSpan): boolean {
  let i = x.from;
  let j = y.from;
  for (;;) {
    while (i < x.to && keysAt(x.table, i).kind === 'function') i++;
    while (j < y.to && keysAt(y.table, j).kind === 'function') j++;
    if (i === x.to || j === y.to) return i === x.to && j === y.to;
    const a = keysAt(x.table, i);
    const b = keysAt(y.table, j);
    if (a.id !== b.id || a.looseId !== b.looseId || a.kind !== b.kind || x.table.negated[i] !== y.table.negated[j]) return false;
    i++;
    j++;
  }
}

/** True when two spans hold the same entities in the same order. */
function sameEntities(x: TermSpan, y: TermSpan): boolean {
  const of = (s: TermSpan): number[] => {
    const out: number[] = [];
    for (let i = s.from; i < s.to; i++) if (keysAt(s.table, i).kind === 'entity') out.push(keysAt(s.table, i).id);
    return out;
  };
  return of(x).join(',') === of(y).join(',');
}

/** True when passage `b` is passage `a` after the edit (`map`); `known(x, y)`: true when the terms of `y` are known to be those of `x` after the edit. */
function samePassage(a: AlignPassage, b: AlignPassage, map: (o: number) => number | undefined, known: (x: TermSpan, y: TermSpan) => boolean): boolean {
  if (a.turn !== b.turn || a.speaker !== b.speaker || map(a.start) !== b.start || map(a.end) !== b.end) return false;
  const x = a.terms;
  const y = b.terms;
  if (x.to - x.from !== y.to - y.from || x.table.forms !== y.table.forms) return false;
  if (known(x, y)) return true;
  for (let i = x.from, j = y.from; i < x.to; i++, j++) {
    if (x.table.form[i] !== y.table.form[j] || x.table.negated[i] !== y.table.negated[j]) return false;
    if (map(x.table.start[i]!) !== y.table.start[j] || map(x.table.end[i]!) !== y.table.end[j]) return false;
  }
  return true;
}

/** Adds to `out` what is in one set and not the other. */
function symmetric<T>(a: ReadonlySet<T>, b: ReadonlySet<T>, out: Set<T>): void {
  for (const x of a) if (!b.has(x)) out.add(x);
  for (const x of b) if (!a.has(x)) out.add(x);
}

/**
 * The ids passage `k` puts in the index's postings: its content terms, their near forms,
 * and in any role (the entities of its neighbours in the same turn, its speaker).
 */
function idSets(passages: readonly AlignPassage[], k: number, keys: TermKeyCache): { terms: Set<number>; loose: Set<number>; any: Set<number> } {
  const p = passages[k]!;
  const terms = new Set<number>();
  const loose = new Set<number>();
  const any = new Set<number>();
  for (let i = p.terms.from; i < p.terms.to; i++) {
    const t = keysAt(p.terms.table, i);
    if (t.kind === 'function') continue;
    terms.add(t.id);
    loose.add(t.looseId);
    any.add(t.id).add(t.looseId);
  }
  for (let j = Math.max(0, k - 1); j <= Math.min(passages.length - 1, k + 1); j++) {
    const q = passages[j]!;
    if (q.turn !== p.turn) continue;
    for (let i = q.terms.from; i < q.terms.to; i++) {
      const t = keysAt(q.terms.table, i);
      if (t.kind === 'entity') any.add(t.id);
    }
  }
  const speaker = p.speaker ? keys.ids.get(`@${p.speaker}`) : undefined;
  if (speaker !== undefined) any.add(speaker);
  return { terms, loose, any };
}

/** The distinct word trigrams of a span (`runningWords`), as strings. */
export function trigramsOf(span: TermSpan): Set<string> {
  const words = runningWords(span);
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]}\u0001${words[i + 1]}\u0001${words[i + 2]}`);
  return out;
}

/** True when a unit that read `deps` may get another answer after `change`. */
export function isAffected(deps: UnitDeps, change: ReferenceChange): boolean {
  const changed = changedPassagesRead(deps, change);
  return changed === undefined || changed.length > 0;
}

/**
 * The passages a unit that read `deps` looked at whose index entries `change` changed
 * (`ReferenceChange.passages`), in order, when they are all it changed of what the unit
 * read; undefined when it changed something else the unit read (premises, the words of a
 * counterpart, an id, a speaker, a trigram), or when `open` is false (no bound can keep
 * the unit's outcome) and any changed. Empty: the unit gets the same answer.
 */
export function changedPassagesRead(deps: UnitDeps, change: ReferenceChange, open = true): number[] | undefined {
  if (deps.premises && change.premises && premisesAffect(deps, change)) return undefined;
  const d = seal(deps);
  for (const k of change.texts) if (d.read.has(k)) return undefined;
  for (const id of change.ids) if (d.ids.has(id)) return undefined;
  for (const s of change.speakers) if (d.speakers.has(s)) return undefined;
  // The smaller set walked (an edit that reweighs a common word changes the mass of thousands of passages).
  const out: number[] = [];
  if (d.passages.size < change.passages.size) {
    for (const k of d.passages) if (change.passages.has(k)) out.push(k);
  } else for (const k of change.passages) if (d.passages.has(k)) out.push(k);
  // A unit no bound can keep (`open` false) is affected by any of them: its trigrams need not be looked at.
  if (out.length > 0 && !open) return undefined;
  if (change.grams.size > 0) {
    if (!d.grams) {
      d.grams = new Set();
      for (const span of new Set(deps.gramSpans)) for (const g of trigramsOf(span)) d.grams.add(g);
    }
    for (const g of change.grams) if (d.grams.has(g)) return undefined;
  }
  return out.sort((a, b) => a - b);
}

/** True when what the unit of `deps` read of the premises (`UnitDeps.premiseReads`) is among what `change` changed of them, or either is unknown. */
function premisesAffect(deps: UnitDeps, change: ReferenceChange): boolean {
  const read = deps.premiseReads;
  const changed = change.premiseChange;
  if (!read || !changed) return true;
  for (const k of read.passages) if (changed.passages.has(k) || changed.texts.has(k)) return true;
  for (const id of read.ids) if (changed.ids.has(id)) return true;
  return false;
}

/** A query of a unit's last check measured again on the new run's index against the passages an edit changed (`remeasure`). */
export interface Remeasured {
  readonly key: string;
  /** Support of each changed passage, by position. */
  readonly supports: ReadonlyMap<number, Support>;
  /** Support of each window of two the check measured that holds a changed passage, by the first one's position. */
  readonly windows: ReadonlyMap<number, Support>;
}

/**
 * Each query the last check of `deps` made, moved onto `index` (the new run's; none of
 * the ids it read changed: `changedPassagesRead`), measured against each passage of
 * `changed` and each window of two the check measured that holds one of them. Undefined
 * when the unit's kept supports are not all its check measured (the budget refused one)
 * or not of the run `change` compares with.
 */
export function remeasure(deps: UnitDeps, change: ReferenceChange, changed: readonly number[], index: ReferenceIndex): Remeasured[] | undefined {
  const m = deps.measures;
  if (!m.full || m.over === undefined || m.over !== change.from) return undefined;
  const isChanged = new Set(changed);
  const out: Remeasured[] = [];
  for (const [key, q] of m.queries) {
    if (queryChanged(q, change)) return undefined;
    const query = { ...q.query, index };
    // A passage the check did not measure under this query is in none of its pools (every one it scored was kept: `full`) nor a near-verbatim hit: it reads nothing of it.
    const supports = new Map<number, Support>();
    for (const at of changed) if (q.supports.has(at) || q.hits?.includes(at)) supports.set(at, measureSupport(query, index.passages[at]!));
    const windows = new Map<number, Support>();
    for (const at of q.windows.keys()) if (isChanged.has(at) || isChanged.has(at + 1)) windows.set(at, measureWindowSupport(query, index.passages[at]!, index.passages[at + 1]!));
    out.push({ key, supports, windows });
  }
  return out;
}

/**
 * Puts the supports `remeasure` gave into the unit's kept measures where the check had
 * kept one for that position, so that they are those of the new run (for `carryMeasures`,
 * which then moves them onto it): the unit's outcome is reused although passages it read changed.
 */
export function takeRemeasured(deps: UnitDeps, remeasured: readonly Remeasured[]): void {
  for (const r of remeasured) {
    const q = deps.measures.queries.get(r.key)!;
    for (const [at, s] of r.supports) if (q.supports.has(at)) q.supports.set(at, s);
    for (const [at, s] of r.windows) q.windows.set(at, s);
  }
}

/** `outcome` with its offsets into the reference moved by `map`; undefined when one falls in the edited stretch. */
export function shiftOutcome(outcome: UnitOutcome, map: (o: number) => number | undefined): UnitOutcome | undefined {
  // Before the edit every offset stays: the outcome as it is (no copy per kept unit and run).
  if (everyOffsetStays(outcome, map)) return outcome;
  let lost = false;
  const at = (o: number): number => {
    const m = map(o);
    if (m === undefined) lost = true;
    return m ?? o;
  };
  const moved = <T extends { readonly start: number; readonly end: number }>(r: T): T => ({ ...r, start: at(r.start), end: at(r.end) });
  const nearest = <T extends { readonly nearest?: { readonly start: number; readonly end: number } }>(u: T): T => (u.nearest ? { ...u, nearest: moved(u.nearest) } : u);
  const shiftLinks = (links: readonly Omit<CrossReference, 'id'>[]): Omit<CrossReference, 'id'>[] => links.map((l) => ({ ...l, to: moved(l.to) }));
  const shiftLinked = (linked: readonly LinkedPassage[]): LinkedPassage[] => linked.map((l) => ({ range: l.range, found: l.found.map(moved) }));
  const shiftFigure = (f: NonNullable<UnitOutcome['figure']>): NonNullable<UnitOutcome['figure']> => ({
    ...(f.unmatched ? { unmatched: nearest(f.unmatched) } : {}),
    ...(f.unconfirmed ? { unconfirmed: nearest(f.unconfirmed) } : {}),
    ...(f.links ? { links: shiftLinks(f.links) } : {}),
    ...(f.linked ? { linked: shiftLinked(f.linked) } : {}),
  });
  const shifted: UnitOutcome = {
    links: shiftLinks(outcome.links),
    unmatched: outcome.unmatched.map(nearest),
    unconfirmed: outcome.unconfirmed.map(nearest),
    linked: shiftLinked(outcome.linked),
    ...(outcome.figure ? { figure: shiftFigure(outcome.figure) } : {}),
  };
  return lost ? undefined : shifted;
}

/** True when `map` leaves every offset into the reference that `outcome` holds where it is. */
function everyOffsetStays(outcome: UnitOutcome, map: (o: number) => number | undefined): boolean {
  const stays = (r: { readonly start: number; readonly end: number } | undefined): boolean => r === undefined || (map(r.start) === r.start && map(r.end) === r.end);
  const links = (ls: readonly Omit<CrossReference, 'id'>[] | undefined): boolean => !ls || ls.every((l) => stays(l.to));
  const linked = (ls: readonly LinkedPassage[] | undefined): boolean => !ls || ls.every((l) => l.found.every(stays));
  const f = outcome.figure;
  return links(outcome.links) && linked(outcome.linked) && outcome.unmatched.every((u) => stays(u.nearest)) && outcome.unconfirmed.every((u) => stays(u.nearest)) && (!f || (links(f.links) && linked(f.linked) && stays(f.unmatched?.nearest) && stays(f.unconfirmed?.nearest)));
}

/**
 * What identifies a unit of the checked account for reuse (its text being the same):
 * its range, claim (id, type, speaker), and the terms and ranges of its passages.
 */
export function unitSignature(unit: { readonly start: number; readonly end: number; readonly claim?: { readonly id: string; readonly claimType?: string; readonly speaker?: string }; readonly whole: AlignPassage; readonly clauses: readonly AlignPassage[] }): string {
  const parts: (string | number)[] = [unit.start, unit.end, unit.claim?.id ?? '', unit.claim?.claimType ?? '', unit.claim?.speaker ?? ''];
  const { table, from, to } = unit.whole.terms;
  parts.push(unit.whole.start, unit.whole.end, from, to);
  for (let i = from; i < to; i++) parts.push(table.form[i]!, table.negated[i]!, table.start[i]!, table.end[i]!);
  for (const c of unit.clauses) parts.push(c.start, c.end, c.terms.from, c.terms.to, c.terms.table === table ? 1 : 0);
  return parts.join(',');
}

/**
 * A view of `index` that records into `deps()` what a check reads: the passages it gets
 * (by candidates, sharing or position), the ids it weighs or looks up, the speakers it
 * filters by. `deps()` undefined: nothing is recorded.
 */
export function trackedIndex(index: ReferenceIndex, deps: () => UnitDeps | undefined): ReferenceIndex {
  const queried = (terms: TermSpan, speaker: string | undefined, out: readonly IndexedPassage[]): void => {
    const d = deps();
    if (!d) return;
    d.idSpans.push(terms);
    if (speaker !== undefined) d.speakers.push(speaker, '');
    for (const p of out) d.passages.push(p.at);
  };
  const passages = new Proxy(index.passages, {
    get(target, prop, receiver) {
      if (typeof prop === 'string') {
        const c = prop.charCodeAt(0);
        if (c >= 48 && c <= 57) deps()?.passages.push(Number(prop));
      }
      return Reflect.get(target, prop, receiver);
    },
  });
  return {
    ...index,
    passages,
    sharing(terms, speaker) {
      const d = deps();
      const out = d ? sharedPool(d, index, terms, speaker) : index.sharing(terms, speaker);
      queried(terms, speaker, out);
      return out;
    },
    weight(t) {
      deps()?.ids.push(t.id);
      return index.weight(t);
    },
    candidates(terms, limit, speaker) {
      const out = index.candidates(terms, limit, speaker);
      queried(terms, speaker, out);
      return out;
    },
    spokenBy(p, speaker) {
      const d = deps();
      if (d) {
        d.passages.push(p.at);
        d.speakers.push(speaker, '');
      }
      return index.spokenBy(p, speaker);
    },
  };
}

/**
 * `index.sharing(terms, speaker)` for the check recording into `deps`: the pool its last
 * check got for the same ids, when the edit changed none of their postings (none is in
 * `ReferenceChange.ids`, which holds every id a changed passage gained or lost in any role)
 * nor which passages the speaker filter lets through (`ReferenceChange.speakers`); else looked up.
 * Kept for the next check.
 */
function sharedPool(deps: UnitDeps, index: ReferenceIndex, terms: TermSpan, speaker: string | undefined): IndexedPassage[] {
  const ids: number[] = [];
  for (let k = terms.from; k < terms.to; k++) {
    const t = keysAt(terms.table, k);
    if (t.kind !== 'function') ids.push(t.id, t.looseId);
  }
  const key = `${speaker ?? '\u0000'}|${ids.join(',')}`;
  const m = deps.measures;
  const own = m.pools.get(key);
  const prior = m.prior;
  const before = own ? undefined : prior?.measures.pools.get(key);
  const change = prior?.change;
  let kept = own;
  if (!kept && before && !ids.some((id) => change!.ids.has(id)) && (speaker === undefined || (!change!.speakers.has(speaker) && !change!.speakers.has('')))) kept = before;
  if (kept) {
    if (!own) m.pools.set(key, kept);
    return kept.at.map((at) => index.passages[at]!);
  }
  const out = index.sharing(terms, speaker);
  m.pools.set(key, { at: out.map((p) => p.at) });
  return out;
}

/** A view of `verbatim` that records the trigrams looked up and the passages found. */
export function trackedVerbatim(verbatim: VerbatimIndex, deps: () => UnitDeps | undefined): VerbatimIndex {
  return {
    source: verbatim.source,
    find(span, minShare, limit) {
      const hits = verbatim.find(span, minShare, limit);
      const d = deps();
      if (d) {
        d.gramSpans.push(span);
        for (const h of hits) d.passages.push(h.at);
      }
      return hits;
    },
  };
}
