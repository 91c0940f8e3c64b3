/**
 * Who says what, over the account: the person a subject of a verb of saying (found in the
 * unit pass, ./find) stands for once names are resolved: a name or resolved nominal
 * directly, a bare role through its one holder, a pronoun through the running speaker.
 */
import type { PersonGender } from '../../data/genders';
import type { MentionSpan, Subject } from './find';

/** The running speaker of an account, carried from unit to unit (one object per analysis). */
export interface SpeakerState {
  /** The last person a quote or reported claim was attributed to. */
  lastSayer?: string;
  /** Index of the unit where `lastSayer` was set. */
  lastSayerUnit: number;
  /** The last person mentioned by name. */
  lastMentioned?: string;
}

/**
 * The mention a person subject stands for once names are resolved: the last of `mentions`
 * (the unit's resolved mentions, in order, offsets in the unit) that is one of the subject's
 * candidates. Undefined when none is, or when it reaches another token than the candidate
 * the claim finder met (the unit must then be read again with `mentions`).
 */
export function mentionOfSubject<M extends MentionSpan>(subject: Subject & { kind: 'person' }, mentions: readonly M[]): M | undefined {
  const spans = subject.spans;
  let found: M | undefined;
  let other = -1;
  for (const m of mentions) {
    for (let i = 0; i < spans.length; i += 3) {
      if (spans[i] === m.start && spans[i + 1] === m.end) {
        found = m;
        other = spans[i + 2]!;
        break;
      }
    }
  }
  return found && other === subject.other ? found : undefined;
}

/** How a claim's subject finds its person, beside the running speaker. */
export interface SubjectLookup {
  /** The person a person subject stands for. */
  readonly speakerOf: (subject: Subject & { kind: 'person' }) => string | undefined;
  /** The one person of the account who holds a role ("secretary" → the Secretary), if only one does. */
  readonly holderOf?: (role: string) => string | undefined;
  /** The person named last before the claim in its unit, of those `fits` accepts when given (asked only when the running speaker is needed). */
  readonly mentionedBefore?: (fits?: (key: string) => boolean) => string | undefined;
  /** The gender the texts give a person, if they give one. */
  readonly genderOf?: (key: string) => PersonGender | undefined;
}

/**
 * Resolves a subject to a person entity key: a person through `speakerOf`; a bare role
 * through the one person who holds it; a pronoun (or a role no one or several hold) through
 * the running speaker: the last one a claim went to within three units, else the last person
 * named before the claim in its unit (`mentionedBefore`), else in the units before. A "he" or
 * "she" skips candidates the texts give the other gender, and is left unresolved when none fits.
 */
export function resolveSubject(subject: Subject | undefined, state: SpeakerState, unitIndex: number, lookup: SubjectLookup): string | undefined {
  if (!subject || subject.kind === 'group') return undefined;
  if (subject.kind === 'person') return lookup.speakerOf(subject);
  const holder = subject.role ? lookup.holderOf?.(subject.role) : undefined;
  if (holder) return holder;
  const gender = subject.gender;
  if (!gender || !lookup.genderOf) {
    if (state.lastSayer && unitIndex - state.lastSayerUnit <= 3) return state.lastSayer;
    return lookup.mentionedBefore?.() ?? state.lastMentioned ?? state.lastSayer;
  }
  // "she said": the first of the same candidates whose gender is not another; none: unresolved
  const fits = (key: string | undefined) => !!key && (lookup.genderOf!(key) ?? gender) === gender;
  if (state.lastSayer && unitIndex - state.lastSayerUnit <= 3 && fits(state.lastSayer)) return state.lastSayer;
  const before = lookup.mentionedBefore?.(fits);
  if (before) return before;
  if (fits(state.lastMentioned)) return state.lastMentioned;
  return fits(state.lastSayer) ? state.lastSayer : undefined;
}
