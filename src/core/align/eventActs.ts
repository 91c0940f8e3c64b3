/**
 * Acts of the meeting itself: a report narrates what the participants did at the event
 * ("The two sides exchanged views on …", "Kallio welcomed the minister …"), the transcript
 * has them say it ("We discussed …", "Thank you for your hospitality"). The two rarely
 * share enough words for a link, though one renders the other: `narratedActs` finds the
 * acts a report passage narrates with the participants as subject, `spokenActs` those a
 * transcript passage states in the first person, and `actAnchor` what else they share.
 * Word lists in `../data/eventActs.ts`.
 */
import { EVENT_ACT_FAMILIES, FIRST_PERSON, PAIRED, PAIRED_REACH, PARTICIPANT_DETERMINERS, PARTICIPANT_NOUNS, SELF_SPOKEN } from '../data/eventActs';
import { REPORTING_WORDS } from '../data/sayingVerbs';
import { keysAt, type TermSpan } from './terms';

/** Terms before an act word within which its subject must stand ("The two leaders had a comprehensive exchange"). */
const SUBJECT_REACH = 6;
/** Terms after a first-person word within which its act stands ("we have also discussed", "I want to thank"). */
const FIRST_PERSON_REACH = 4;

const FAMILY_OF: ReadonlyMap<string, string> = new Map(EVENT_ACT_FAMILIES.flatMap((f) => [...f.words].map((w) => [w, f.name] as const)));

/** True when `norm` (a lower-case word) names an act of a meeting in some family ("discussed", "talks"; a paired word on its own too). */
export function isActWord(norm: string): boolean {
  return FAMILY_OF.has(norm);
}

/** The family of the act term `i` of `terms` names, undefined when none (a paired word needs its partner close after it). */
function actAt(terms: TermSpan, i: number): string | undefined {
  const norm = keysAt(terms.table, i).norm;
  const family = FAMILY_OF.get(norm);
  if (family === undefined) return undefined;
  const partners = PAIRED.get(norm);
  if (!partners) return family;
  for (let j = i + 1; j < terms.to && j <= i + PAIRED_REACH; j++) if (partners.has(keysAt(terms.table, j).norm)) return family;
  return undefined;
}

/**
 * The acts a report passage narrates with the meeting's participants as subject: a
 * speaker of the event (`speakerKeys`, entity keys) or "the/two/both" and a participant
 * noun ("the two sides") within SUBJECT_REACH terms before the act word. Each family
 * name maps to the term index of its first act word.
 */
export function narratedActs(terms: TermSpan, speakerKeys: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  const { table, from, to } = terms;
  for (let i = from; i < to; i++) {
    const family = actAt(terms, i);
    if (family === undefined || out.has(family)) continue;
    for (let j = i - 1; j >= from && j >= i - SUBJECT_REACH; j--) {
      const k = keysAt(table, j);
      const participants = PARTICIPANT_NOUNS.has(k.norm) && j > from && PARTICIPANT_DETERMINERS.has(keysAt(table, j - 1).norm);
      if ((k.kind === 'entity' && speakerKeys.has(k.key)) || participants) {
        out.set(family, i);
        break;
      }
    }
  }
  return out;
}

/**
 * The distinct figures of a report passage that only count its participants ("the *two*
 * sides"): no figure of the claim, so not one the spoken passage must hold.
 */
export function participantFigures(terms: TermSpan): number {
  const { table, from, to } = terms;
  const counting = new Set<number>();
  const other = new Set<number>();
  for (let i = from; i < to; i++) {
    const k = keysAt(table, i);
    if (k.kind !== 'number') continue;
    if (i + 1 < to && PARTICIPANT_NOUNS.has(keysAt(table, i + 1).norm)) counting.add(k.id);
    else other.add(k.id);
  }
  let n = 0;
  for (const id of counting) if (!other.has(id)) n++;
  return n;
}

/**
 * The acts (family names) a transcript passage states in the first person: an act word
 * within FIRST_PERSON_REACH terms after "we", "I", "our" …, or a phrase that is first
 * person on its own ("thank you").
 */
export function spokenActs(terms: TermSpan): Set<string> {
  const out = new Set<string>();
  const { table, from, to } = terms;
  for (let i = from; i < to; i++) {
    const norm = keysAt(table, i).norm;
    const follow = SELF_SPOKEN.get(norm);
    if (follow !== undefined && (follow === '' || (i + 1 < to && keysAt(table, i + 1).norm === follow))) {
      const family = actAt(terms, i);
      if (family !== undefined) out.add(family);
    }
    if (!FIRST_PERSON.has(norm)) continue;
    for (let j = i + 1; j < to && j <= i + FIRST_PERSON_REACH; j++) {
      const family = actAt(terms, j);
      if (family !== undefined) out.add(family);
    }
  }
  return out;
}

/**
 * What a narrated act and a spoken one share besides the act: a content word (or its
 * near form) that names no act and does not attribute ("Tuesday"), or a name that is no
 * speaker's (`speakerKeys`); with `anyName`, a speaker's name too (a courtesy, "welcomed
 * <speaker>" / "<speaker>, thank you", has no topic to share), wherever it stands. Other
 * terms count only from `after` on: what follows the act word is its topic ("discussed
 * *trade*"), what comes before it is the narration around it ("X found a moment to talk …").
 */
export function actAnchor(narrated: TermSpan, spoken: TermSpan, speakerKeys: ReadonlySet<string>, anyName: boolean, after: number): boolean {
  const ids = new Set<number>();
  const loose = new Set<number>();
  for (let i = spoken.from; i < spoken.to; i++) {
    const k = keysAt(spoken.table, i);
    ids.add(k.id);
    loose.add(k.looseId);
  }
  for (let i = narrated.from; i < narrated.to; i++) {
    const k = keysAt(narrated.table, i);
    if (i >= after && k.kind === 'word' && !FAMILY_OF.has(k.norm) && !REPORTING_WORDS.has(k.norm) && (ids.has(k.id) || loose.has(k.looseId))) return true;
    if (k.kind === 'entity' && ids.has(k.id) && ((anyName && speakerKeys.has(k.key)) || (i >= after && !speakerKeys.has(k.key)))) return true;
  }
  return false;
}
