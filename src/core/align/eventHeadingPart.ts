/**
 * The event told by the heading, with a detail the heading does not give: "X and Y gave a
 * joint press conference following their talks and a dinner for the crews of the barges".
 * `toldByHeading` (./eventHeading.ts) takes a sentence only when every word of it names
 * the event, its participants or its time, so one added detail leaves the whole sentence
 * unlinked. `toldInPart` finds the longest head of the sentence, cut before an "and", that
 * the heading tells; the detail after it is the report's own (context). A country that
 * qualifies a participant ("his *Russian* counterpart", "the *Argentine* President") names
 * a participant too, as the speaker's name does.
 */
import type { HeadingLine } from './eventHeading';
import { toldByHeading } from './eventHeading';
import { PARTICIPANT_NOUNS } from '../data/eventActs';
import { TITLE_HEADS } from '../data/titles';
import { keysAt, type TermSpan } from './terms';

/** Words a country qualifies when it names a participant ("counterpart", "president", "leaders"). */
const QUALIFIED = (norm: string): boolean => norm === 'counterpart' || norm === 'counterparts' || TITLE_HEADS.has(norm) || PARTICIPANT_NOUNS.has(norm);

/** The share of the sentence's content terms its told head must hold, at least: a detail, not the sentence's subject. */
const MIN_HEAD_SHARE = 0.5;

/**
 * The head of `passage` (its terms up to `to`, an "and" that joins a detail, or its end
 * when a country qualifies a participant) that the heading tells (`toldByHeading`, with
 * such countries among the participants), the longest of those holding MIN_HEAD_SHARE of
 * its content terms at least, with the heading line and share; undefined when none.
 */
export function toldInPart(passage: TermSpan, speakerKeys: ReadonlySet<string>, lines: readonly HeadingLine[]): { to: number; line: number; share: number } | undefined {
  if (lines.length === 0) return undefined;
  const { table, from, to } = passage;
  let content = 0;
  for (let i = from; i < to; i++) if (keysAt(table, i).kind !== 'function') content++;
  let before = 0;
  const cuts: { at: number; content: number }[] = [];
  let participants: Set<string> | undefined;
  for (let i = from; i < to; i++) {
    const k = keysAt(table, i);
    if (k.norm === 'and' && i > from) cuts.push({ at: i, content: before });
    if (k.kind !== 'function') before++;
    if (k.kind === 'entity' && !speakerKeys.has(k.key) && i + 1 < to && QUALIFIED(keysAt(table, i + 1).norm)) (participants ??= new Set(speakerKeys)).add(k.key);
  }
  // The whole passage, when only a qualifying country kept `toldByHeading` from telling it.
  if (participants) cuts.push({ at: to, content });
  for (let c = cuts.length - 1; c >= 0; c--) {
    const cut = cuts[c]!;
    if (cut.content < content * MIN_HEAD_SHARE) break;
    const told = toldByHeading({ table, from, to: cut.at }, participants ?? speakerKeys, lines);
    if (told) return { to: cut.at, ...told };
  }
  return undefined;
}
