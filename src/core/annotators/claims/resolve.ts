/**
 * The account pass of claims: each claim draft of the unit pass (./find) given its speaker,
 * unit after unit once person names are clustered, the running speaker carried from one unit
 * to the next (see ./find for the order of attribution).
 */
import type { ClaimType, OffsetRange } from '../../model/annotation';
import type { PersonGender } from '../../data/genders';
import type { PlannedUnit } from '../../text/paragraphs';
import { mentionOfSubject, resolveSubject, type SpeakerState, type Subject, type SubjectLookup } from '../attribution/index';
import { roleOf, type PersonCluster, type ResolvedMention } from '../persons/index';
import type { AccountReading } from '../planAccount';
import type { ResolvedTurn } from '../turns/resolve';
import type { ClaimDraft, ClaimRule } from './find';

/** One claim of a unit with its speaker (offsets in the unit). */
export interface ClaimFinding extends OffsetRange {
  readonly claimType: ClaimType;
  /** Entity key of the speaker; undefined when unknown or unnamed. */
  readonly speaker?: string;
  /** The rule that found the claim. */
  readonly rule: ClaimRule;
}

/** Where a unit stands in its account, for giving its claims their speakers. */
export interface ClaimSetting {
  /** Position of the unit in the account. */
  readonly index: number;
  /** Inside a transcript turn: its speaker (`undefined` when the turn is unnamed). */
  readonly turn: { readonly speaker: string | undefined } | undefined;
  /** The unit's resolved person mentions, in order (offsets in the unit). */
  readonly mentions: readonly { readonly end: number; readonly speaker: string | undefined }[];
  /** The one person of the account who holds a role, if only one does (see `SubjectLookup`). */
  readonly holderOf?: (role: string) => string | undefined;
  /** The gender the texts give a person (see `SubjectLookup`). */
  readonly genderOf?: (key: string) => PersonGender | undefined;
}

/** The person named last before `offset` in the unit (of those `fits` accepts, when given). */
function mentionedBefore(setting: ClaimSetting, offset: number, fits?: (key: string) => boolean): string | undefined {
  let found: string | undefined;
  for (const m of setting.mentions) {
    if (m.end > offset) break;
    if (m.speaker && (!fits || fits(m.speaker))) found = m.speaker;
  }
  return found;
}

/**
 * Gives the claims of one unit their speakers, in order; reads and updates the running
 * speaker in `state`. `speakerOf` gives the person a person subject stands for. Offsets are
 * those of the drafts (in the unit) plus `base` (the unit's start: offsets in the account).
 */
export function resolveClaimDrafts(drafts: readonly ClaimDraft[], setting: ClaimSetting, state: SpeakerState, speakerOf: (subject: Subject & { kind: 'person' }) => string | undefined, base = 0): ClaimFinding[] {
  const out: ClaimFinding[] = new Array(drafts.length);
  const turn = setting.turn;
  const lookupAt = (offset: number): SubjectLookup => ({ speakerOf, holderOf: setting.holderOf, mentionedBefore: (fits) => mentionedBefore(setting, offset, fits), genderOf: setting.genderOf });
  // in the order of the text, so that the running speaker is the one before each claim (the
  // drafts list a unit's quotes first: 'Holm said … . “…”' in one paragraph); out in the drafts' order
  const order = textOrder(drafts);
  for (let n = 0; n < drafts.length; n++) {
    const i = order ? order[n]! : n;
    const d = drafts[i]!;
    let speaker: string | undefined;
    if (d.subject?.kind === 'group') {
      // a group's words ("analysts said"): no one person's, and the running speaker stays
      speaker = undefined;
    } else if (d.claimType === 'quote') {
      speaker = resolveSubject(d.subject, state, setting.index, lookupAt(d.start));
      // a "he"/"she" that fits no one stays unresolved: no guess from the later quotes or the turn
      const genderedPronoun = d.subject?.kind === 'pronoun' && !!d.subject.gender && !!setting.genderOf;
      if (!speaker && !genderedPronoun) {
        // A later quote of the same unit with an explicit attribution speaks for this one too,
        // unless the reporter's own sentences come between them (a paragraph of many lines)
        let later: Subject | undefined;
        for (let j = i + 1; j < drafts.length && drafts[j]!.claimType === 'quote' && !later; j++) {
          if (narrationBetween(drafts, d.end, drafts[j]!.start)) break;
          later = drafts[j]!.subject;
        }
        if (later && later.kind === 'person') speaker = speakerOf(later);
        else if (turn) speaker = turn.speaker;
        else if (later) speaker = resolveSubject(later, state, setting.index, lookupAt(d.start));
        else if (state.lastSayer && setting.index - state.lastSayerUnit <= 1) speaker = state.lastSayer;
      }
      if (speaker && !turn) {
        state.lastSayer = speaker;
        state.lastSayerUnit = setting.index;
      }
    } else if (d.claimType === 'reported') {
      speaker = resolveSubject(d.subject, state, setting.index, lookupAt(d.start)) ?? (d.subject?.kind === 'pronoun' && d.subject.gender && setting.genderOf ? undefined : turn?.speaker);
      if (speaker) {
        state.lastSayer = speaker;
        state.lastSayerUnit = setting.index;
      }
    } else if (d.claimType === 'statistic') {
      speaker = (d.holder >= 0 ? out[d.holder]!.speaker : undefined) ?? turn?.speaker;
    } else {
      speaker = turn?.speaker;
    }
    // one object shape (speaker undefined when unknown): no conditional spread in a per-claim path
    out[i] = { start: d.start + base, end: d.end + base, claimType: d.claimType, speaker, rule: d.rule };
  }
  return out;
}

/** A reported claim or a statement of `drafts` starts between `from` and `to`. */
function narrationBetween(drafts: readonly ClaimDraft[], from: number, to: number): boolean {
  return drafts.some((d) => (d.claimType === 'reported' || d.claimType === 'statement') && d.start >= from && d.start < to);
}

/**
 * The drafts' indexes in the order of the text (by start; a statistic after the claim that
 * holds it), or undefined when the drafts are in that order already (most units).
 */
function textOrder(drafts: readonly ClaimDraft[]): number[] | undefined {
  const before = (a: ClaimDraft, b: ClaimDraft) => a.start - b.start || Number(a.claimType === 'statistic') - Number(b.claimType === 'statistic');
  let sorted = true;
  for (let i = 1; i < drafts.length && sorted; i++) sorted = before(drafts[i - 1]!, drafts[i]!) <= 0;
  if (sorted) return undefined;
  return drafts.map((_, i) => i).sort((a, b) => before(drafts[a]!, drafts[b]!) || a - b);
}

/**
 * Reads one unit again, its claims only, with its resolved person mentions (offsets in the
 * unit, in order): the pipeline's second reading (see ../../pipeline/readUnits `rereadClaims`).
 */
export type RereadClaims = (unit: PlannedUnit, mentions: readonly OffsetRange[]) => readonly ClaimDraft[];

/**
 * The claims of `reading` with their speakers, unit after unit (`persons`: the account's
 * resolved person mentions, in order; `turns`: its resolved turns; `clusters`: the persons
 * of all accounts by key). A unit whose claim finder met a name candidate that did not
 * resolve as met is read again with its resolved mentions (`reread`). Offsets are into the
 * account's text.
 */
export function resolveClaims(reading: AccountReading, persons: readonly ResolvedMention[], turns: readonly ResolvedTurn[], clusters: ReadonlyMap<string, PersonCluster>, reread: RereadClaims): ClaimFinding[] {
  const holderOf = holderOfRole(persons, clusters);
  const state: SpeakerState = { lastSayerUnit: -10 };
  const genderOf = (key: string) => clusters.get(key)?.gender;
  const out: ClaimFinding[] = [];
  let p = 0;
  let t = 0;
  for (const u of reading.units) {
    const base = u.unit.start;
    while (p < persons.length && persons[p]!.end <= base) p++;
    if (u.claims.length === 0 && !u.subjectsMet.some((s) => s.kind === 'person')) {
      // No claim to resolve and none to read again (about one unit in twelve of the bench transcript): only the last person named moves, with no list of the unit's mentions made.
      let k = p;
      while (k < persons.length && persons[k]!.start < u.unit.end) k++;
      if (k > p) state.lastMentioned = persons[k - 1]!.speaker;
      continue;
    }
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
    // made with their offsets in the account (not copied from the unit's)
    for (const c of resolveClaimDrafts(drafts, setting, state, (subject) => mentionOfSubject(subject, refs)?.speaker, base)) out.push(c);
    const last = refs[refs.length - 1];
    if (last) state.lastMentioned = last.speaker;
  }
  return out;
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
