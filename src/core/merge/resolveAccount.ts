/**
 * Second pass over one account, once person names are clustered: person mentions with their
 * person, role nominals resolved to the person the text introduced with that role and
 * country, turn speakers (labels, and the title for the opening statement), and claims with
 * their speakers. Offsets are into the account's text.
 */
import { mentionOfSubject, type SpeakerState } from '../annotators/attribution/index';
import { resolveClaimDrafts, type ClaimDraft, type ClaimFinding, type ClaimSetting } from '../annotators/claims/index';
import { roleOf, type KeyedMention, type PersonCluster, type ResolvedMention } from '../annotators/persons/index';
import { titleTextOf } from '../annotators/speakerLabels/index';
import type { TurnRule, TurnSpan } from '../annotators/turns';
import { GENERIC_ROLE_FAMILIES } from '../data/roles';
import { ANSWER_LABELS } from '../data/speakerLabels';
import type { OffsetRange } from '../model/annotation';
import type { PlannedUnit } from '../text/paragraphs';
import type { AccountReading } from '../annotators/index';

/** A turn with its speaker key (absent: unnamed) and label. */
export interface ResolvedTurn extends OffsetRange {
  readonly speaker?: string;
  readonly label?: string;
  /** The rule that made the turn. */
  readonly rule: TurnRule;
}

/** Everything of one account, resolved. */
export interface ResolvedAccount {
  readonly persons: readonly ResolvedMention[];
  readonly turns: readonly ResolvedTurn[];
  readonly claims: readonly ClaimFinding[];
}

/**
 * Reads one unit again, its claims only, with its resolved person mentions (offsets in the
 * unit, in order): the pipeline's second reading (see ../pipeline/readUnits `rereadClaims`).
 */
export type RereadClaims = (unit: PlannedUnit, mentions: readonly OffsetRange[]) => readonly ClaimDraft[];

/**
 * Resolves one account. `mentions` are its name mentions with cluster keys, sorted by offset;
 * `reread` reads a unit's claims again for the rare unit that needs it.
 */
export function resolveAccount(reading: AccountReading, mentions: readonly KeyedMention[], clusters: ReadonlyMap<string, PersonCluster>, reread: RereadClaims): ResolvedAccount {
  const names: ResolvedMention[] = mentions.filter((m): m is KeyedMention & { key: string } => !!m.key).map((m) => ({ start: m.start, end: m.end, speaker: m.key, rule: m.rule }));
  const nominals = resolveNominals(reading, names, clusters);
  const persons = [...names, ...nominals].sort((a, b) => a.start - b.start || b.end - a.end);
  const turns = resolveTurns(reading, persons, clusters);
  const claims = resolveClaims(reading, persons, turns, holderOfRole(persons, clusters), clusters, reread);
  return { persons, turns, claims };
}

/**
 * The one person of the account who holds a role ("secretary" → the person titled
 * Secretary), by role family; undefined when no one or several do.
 */
function holderOfRole(persons: readonly ResolvedMention[], clusters: ReadonlyMap<string, PersonCluster>): (role: string) => string | undefined {
  const inAccount = new Set(persons.map((p) => p.speaker));
  const known = new Map<string, string | undefined>();
  return (role) => {
    const family = roleOf(role);
    if (!family) return undefined;
    if (!known.has(family)) {
      const holders = [...clusters.values()].filter((c) => c.roles.includes(family) && inAccount.has(c.key));
      // none in the account ("the prime minister said" in a report that never names her):
      // the one holder of the role in the other accounts (the transcript's "PRIME MINISTER X:")
      const elsewhere = holders.length === 0 && family !== 'counterpart' ? [...clusters.values()].filter((c) => c.roles.includes(family)) : [];
      known.set(family, holders.length === 1 ? holders[0]!.key : elsewhere.length === 1 ? elsewhere[0]!.key : undefined);
    }
    return known.get(family);
  };
}

function resolveNominals(reading: AccountReading, names: readonly ResolvedMention[], clusters: ReadonlyMap<string, PersonCluster>): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  // Where each person of the account is named, in text order.
  const starts = new Map<string, number[]>();
  for (const m of names) {
    let list = starts.get(m.speaker);
    if (!list) starts.set(m.speaker, (list = []));
    list.push(m.start);
  }
  const elsewhere = new Map<string, string | undefined>();
  const holderElsewhere = (role: string): string | undefined => {
    if (!elsewhere.has(role)) {
      const holders = [...clusters.values()].filter((c) => c.roles.includes(role) && !starts.has(c.key));
      elsewhere.set(role, holders.length === 1 ? holders[0]!.key : undefined);
    }
    return elsewhere.get(role);
  };
  const uniqueByRole = new Map<string, string | null>();
  for (const key of starts.keys()) {
    for (const role of clusters.get(key)?.roles ?? []) uniqueByRole.set(role, uniqueByRole.has(role) ? null : key);
  }
  for (const u of reading.units) {
    for (const n of u.nominals) {
      const start = u.unit.start + n.start;
      const roleFits = (c: PersonCluster) => GENERIC_ROLE_FAMILIES.has(n.role) || c.roles.includes(n.role) || c.roles.includes('counterpart') || c.roles.length === 0;
      // Candidates: persons of that country and a compatible role; without a country, the
      // one person of the account with that role.
      const candidates = n.country
        ? [...starts.keys()].filter((k) => clusters.get(k)?.country === n.country && roleFits(clusters.get(k)!))
        : !GENERIC_ROLE_FAMILIES.has(n.role) && uniqueByRole.get(n.role)
          ? [uniqueByRole.get(n.role)!]
          : [];
      // a role no one in the account holds ("the prime minister said" in a report that never
      // names her): the one holder of it in the other accounts (the transcript's labels)
      if (!n.country && candidates.length === 0 && !GENERIC_ROLE_FAMILIES.has(n.role) && !uniqueByRole.has(n.role)) {
        const holder = holderElsewhere(n.role);
        if (holder) out.push({ start, end: u.unit.start + n.end, speaker: holder, nominal: true, rule: 'person/role-nominal-holder-elsewhere' });
        continue;
      }
      // The candidate named last before the nominal, else the one named first after it.
      let best: string | undefined;
      let bestBefore = -1;
      let bestAfter = Infinity;
      for (const key of candidates) {
        const list = starts.get(key)!;
        const i = lowerBound(list, start);
        if (i > 0 && list[i - 1]! > bestBefore) {
          bestBefore = list[i - 1]!;
          best = key;
        }
        if (bestBefore < 0 && i < list.length && list[i]! < bestAfter) {
          bestAfter = list[i]!;
          best = key;
        }
      }
      if (best) out.push({ start, end: u.unit.start + n.end, speaker: best, nominal: true, rule: n.country ? 'person/role-nominal-same-country' : 'person/role-nominal-unique-role' });
    }
  }
  return out;
}

function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first mention starting at or after `offset` (mentions sorted by start). */
function firstAtOrAfter(mentions: readonly ResolvedMention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function resolveTurns(reading: AccountReading, persons: readonly ResolvedMention[], clusters: ReadonlyMap<string, PersonCluster>): ResolvedTurn[] {
  const titled = titleHolder(reading, persons, clusters);
  const turns: ResolvedTurn[] = reading.turns.map((turn) => ({ start: turn.start, end: turn.end, ...speakerOfTurn(turn, persons, titled), ...(turn.label ? { label: turn.label.label } : turn.question ? { label: 'Question' } : {}), rule: turn.rule }));
  // "A:" / "Answer:" in an interview: the one the title names as interviewed
  if (reading.turns.some((t) => t.label && ANSWER_LABELS.has(t.label.label.toLowerCase()))) {
    const interviewee = intervieweeOf(reading, persons);
    if (interviewee) {
      reading.turns.forEach((t, i) => {
        if (t.label && ANSWER_LABELS.has(t.label.label.toLowerCase()) && !turns[i]!.speaker) turns[i] = { ...turns[i]!, speaker: interviewee };
      });
    }
  }
  // A head that names the speaker by office only ("Press Conference by the Prime Minister"):
  // the one holder of that office the other accounts name whom this one never names (the
  // speaker does not speak of themselves by name; the counterpart they speak of is named).
  if (reading.turns.some((t, i) => t.headingUnit && !t.label && !turns[i]!.speaker)) {
    const office = officeHolder(reading, persons, clusters);
    if (office) reading.turns.forEach((t, i) => {
      if (t.headingUnit && !t.label && !turns[i]!.speaker) turns[i] = { ...turns[i]!, speaker: office };
    });
  }
  markOutletQuestions(reading, turns);
  // An opening statement under a title that names no one: the transcript's main speaker
  // (the one with the most labelled turns) is the one who opens.
  const opening = turns[0];
  if (opening && !opening.label && !opening.speaker) {
    const counts = new Map<string, number>();
    for (const t of turns) if (t.label && t.speaker) counts.set(t.speaker, (counts.get(t.speaker) ?? 0) + 1);
    const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (main) turns[0] = { ...opening, speaker: main[0] };
  }
  return turns;
}

/**
 * The person a title label ("THE PRESIDENT:") stands for: the one person of the account
 * with that role; where several have it (the host and a foreign president named in a
 * question), the one the account's head names before its first turn ("Remarks by
 * President …", "Contributors: Jane Ode - Prime Minister"), else the one named before its
 * first labelled turn (an opening statement's "Premier Li and I" names a second premier);
 * else no one — an unresolved label is better than a guess.
 */
function titleHolder(reading: AccountReading, persons: readonly ResolvedMention[], clusters: ReadonlyMap<string, PersonCluster>): (role: string) => PersonCluster | undefined {
  const inAccount = new Set(persons.map((p) => p.speaker));
  const firstTurn = reading.turns[0]?.start ?? 0;
  const firstLabel = reading.turns.find((t) => t.label)?.start ?? 0;
  // the page's head proper (title, contributors), then the head with the opening statement
  const inTitle = new Set(persons.filter((p) => p.end <= firstTurn).map((p) => p.speaker));
  const inHead = new Set(persons.filter((p) => p.end <= firstLabel).map((p) => p.speaker));
  return (role) => {
    const holders = [...clusters.values()].filter((c) => c.roles.includes(role) && inAccount.has(c.key));
    if (holders.length <= 1) return holders[0];
    const titled = holders.filter((c) => inTitle.has(c.key));
    if (titled.length === 1) return titled[0];
    const named = holders.filter((c) => inHead.has(c.key));
    return named.length === 1 ? named[0] : undefined;
  };
}

/**
 * The person a head names by office alone ("… by the Prime Minister regarding …"): the one
 * person with that office (role family) whom another account names and this account does
 * not; undefined when the head names no office that way, or no one or several fit.
 */
function officeHolder(reading: AccountReading, persons: readonly ResolvedMention[], clusters: ReadonlyMap<string, PersonCluster>): string | undefined {
  const head = reading.turns.find((t) => t.headingUnit)?.headingUnit;
  const office = head && /\b(?:by|of)\s+the\s+((?:[\p{Lu}][\p{L}-]*\s+){0,2}[\p{Lu}][\p{L}-]*)/u.exec(head.text)?.[1];
  const role = office ? roleOf(office.toLowerCase()) : undefined;
  if (!role) return undefined;
  const here = new Set(persons.map((p) => p.speaker));
  const holders = [...clusters.values()].filter((c) => c.roles.includes(role) && !here.has(c.key));
  return holders.length === 1 ? holders[0]!.key : undefined;
}

/**
 * Labels of journalists that ask a question somewhere: an outlet that names no person
 * ("CCTV", "Reuters") or a person with an affiliation ("Beth Rigby, Sky News"). Their turns
 * are questions, labelled "Question (CCTV)"; a named journalist stays the turn's speaker.
 */
function markOutletQuestions(reading: AccountReading, turns: ResolvedTurn[]): void {
  const isJournalist = (t: TurnSpan, i: number) => !!t.label?.name && (!turns[i]!.speaker || t.label.label.includes(','));
  const asking = new Set<string>();
  reading.turns.forEach((t, i) => {
    if (isJournalist(t, i) && reading.text.slice(t.bodyStart, t.end).includes('?')) asking.add(t.label!.label);
  });
  if (asking.size === 0) return;
  reading.turns.forEach((t, i) => {
    if (isJournalist(t, i) && asking.has(t.label!.label)) turns[i] = { ...turns[i]!, label: `Question (${t.label!.label})` };
  });
}

/**
 * The person an interview's title names as interviewed: the one after "interview(s) with/of"
 * or "interviews", else the only person the title names. The title is the account's first
 * unit, when it is a single line.
 */
function intervieweeOf(reading: AccountReading, persons: readonly ResolvedMention[]): string | undefined {
  const title = reading.units[0]?.unit;
  if (!title || /\n/.test(title.text)) return undefined;
  const named = persons.filter((p) => p.start >= title.start && p.end <= title.end && !p.nominal);
  const after = named.find((p) => /\binterviews?(?:\s+(?:with|of|to))?\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/iu.test(reading.text.slice(title.start, p.start)));
  if (after) return after.speaker;
  const distinct = new Set(named.map((p) => p.speaker));
  return distinct.size === 1 ? named[0]!.speaker : undefined;
}

function speakerOfTurn(turn: TurnSpan, persons: readonly ResolvedMention[], titled: (role: string) => PersonCluster | undefined): { speaker?: string } {
  const label = turn.label;
  if (label?.name) {
    // the first name mention inside the label's name
    const at = firstAtOrAfter(persons, label.name.start);
    for (let k = at; k < persons.length && persons[k]!.start < label.name.end; k++) if (!persons[k]!.nominal) return { speaker: persons[k]!.speaker };
    return {};
  }
  if (label) {
    // "THE PRESIDENT", "THE SECRETARY": the person the text gives that title.
    // the whole label, so that "PRIME MINISTER" is a premier and "THE PRESS SECRETARY" not a secretary
    const role = roleOf(titleTextOf(label.label));
    if (!role || label.titles.length === 0 || label.label.toLowerCase().includes('interpreter')) return {};
    const who = titled(role);
    return who ? { speaker: who.key } : {};
  }
  if (turn.headingUnit) {
    const h = turn.headingUnit;
    const inHeading = persons.filter((p) => p.start >= h.start && p.end <= h.end && !p.nominal);
    const possessive = inHeading.find((p) => /^['’]s?\b/.test(headingText(h, p)) || /\bby\s*$/i.test(h.text.slice(0, p.start - h.start)));
    const who = possessive ?? inHeading[0];
    return who ? { speaker: who.speaker } : {};
  }
  return {};
}

function headingText(h: { start: number; text: string }, p: OffsetRange): string {
  return h.text.slice(p.end - h.start, p.end - h.start + 3);
}

function resolveClaims(reading: AccountReading, persons: readonly ResolvedMention[], turns: readonly ResolvedTurn[], holderOf: (role: string) => string | undefined, clusters: ReadonlyMap<string, PersonCluster>, reread: RereadClaims): ClaimFinding[] {
  const state: SpeakerState = { lastSayerUnit: -10 };
  const genderOf = (key: string) => clusters.get(key)?.gender;
  const out: ClaimFinding[] = [];
  let p = 0;
  let t = 0;
  for (const u of reading.units) {
    const base = u.unit.start;
    while (p < persons.length && persons[p]!.end <= base) p++;
    const refs: ResolvedMention[] = [];
    for (let k = p; k < persons.length && persons[k]!.start < u.unit.end; k++) {
      const m = persons[k]!;
      refs.push({ start: m.start - base, end: m.end - base, speaker: m.speaker, rule: m.rule });
    }
    while (t < turns.length && turns[t]!.end <= base) t++;
    const turn = turns[t] && turns[t]!.start <= base && base < turns[t]!.end ? turns[t] : undefined;
    let drafts = u.claims;
    // A person the claim finder met as a name candidate that did not resolve as met: read the
    // unit again with its resolved mentions, so that the claims are those the resolved names give.
    if (u.subjectsMet.some((s) => s.kind === 'person' && !mentionOfSubject(s, refs))) drafts = reread(u.unit, refs);
    // a turn's label names its speaker, not whom a pronoun in the turn stands for
    const body = u.unit.turnBody ?? 0;
    const setting: ClaimSetting = { index: u.index, turn: turn ? { speaker: turn.speaker } : undefined, mentions: body > 0 ? refs.filter((r) => r.start >= body) : refs, holderOf, genderOf };
    for (const c of resolveClaimDrafts(drafts, setting, state, (subject) => mentionOfSubject(subject, refs)?.speaker)) {
      out.push(c.speaker ? { start: c.start + base, end: c.end + base, claimType: c.claimType, speaker: c.speaker, rule: c.rule } : { start: c.start + base, end: c.end + base, claimType: c.claimType, rule: c.rule });
    }
    const last = refs[refs.length - 1];
    if (last) state.lastMentioned = last.speaker;
  }
  return out;
}
