/**
 * The account pass of claims: each claim draft of the unit pass (./find) given its speaker,
 * unit after unit once person names are clustered, the running speaker carried from one unit
 * to the next (see ./find for the order of attribution).
 */
import type { ClaimType, OffsetRange } from '../../model/annotation';
import type { PersonGender } from '../../data/genders';
import { resolveSubject, type SpeakerState, type Subject, type SubjectLookup } from '../attribution/index';
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
 * speaker in `state`. `speakerOf` gives the person a person subject stands for.
 */
export function resolveClaimDrafts(drafts: readonly ClaimDraft[], setting: ClaimSetting, state: SpeakerState, speakerOf: (subject: Subject & { kind: 'person' }) => string | undefined): ClaimFinding[] {
  const out: ClaimFinding[] = [];
  const turn = setting.turn;
  const lookupAt = (offset: number): SubjectLookup => ({ speakerOf, holderOf: setting.holderOf, mentionedBefore: (fits) => mentionedBefore(setting, offset, fits), genderOf: setting.genderOf });
  for (const [i, d] of drafts.entries()) {
    let speaker: string | undefined;
    if (d.subject?.kind === 'group') {
      // a group's words ("analysts said"): no one person's, and the running speaker stays
      speaker = undefined;
    } else if (d.claimType === 'quote') {
      speaker = resolveSubject(d.subject, state, setting.index, lookupAt(d.start));
      // a "he"/"she" that fits no one stays unresolved: no guess from the later quotes or the turn
      const genderedPronoun = d.subject?.kind === 'pronoun' && !!d.subject.gender && !!setting.genderOf;
      if (!speaker && !genderedPronoun) {
        // A later quote of the same unit with an explicit attribution speaks for this one too.
        let later: Subject | undefined;
        for (let j = i + 1; j < drafts.length && drafts[j]!.claimType === 'quote' && !later; j++) later = drafts[j]!.subject;
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
    out.push({ start: d.start, end: d.end, claimType: d.claimType, speaker, rule: d.rule });
  }
  return out;
}
