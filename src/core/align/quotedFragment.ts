/**
 * Quoted fragments inside a report's own wording: words in quotation marks within reported
 * speech or narration ("he said the country had put together the “best team”", "based on a
 * “quick look”"). The marks say the words are the speaker's own: the transcript sentence
 * that holds them, in the same order, is where the speaker said them, the evidence to link
 * rather than a look-alike that shares the passage's other words.
 */
import { findQuotations } from '../annotators/quotations/find';
import type { AlignPassage } from './passages';
import type { IndexedPassage, ReferenceIndex } from './referenceIndex';
import type { Support } from './similarity';
import { keysAt, type TermSpan } from './terms';

/**
 * Passages of the reference holding one word at most that make a one-word fragment an
 * anchor: a word said in more places than that is no evidence of where it was said.
 */
export const RARE_FRAGMENT_PASSAGES = 2;

/** Content words a fragment needs to be an anchor whatever its rarity. */
export const MIN_FRAGMENT_WORDS = 2;

/**
 * The quoted fragments of `passage` (a part of `text`, the checked account): the terms of
 * each quotation that lies wholly inside it and does not span all of it, with at least one
 * content term. In order of the text.
 */
export function quotedFragments(text: string, passage: AlignPassage): TermSpan[] {
  const slice = text.slice(passage.start, passage.end);
  // Most passages hold no quotation mark: nothing to scan.
  if (!/["“”‘’'«»„]/.test(slice)) return [];
  const out: TermSpan[] = [];
  const { table, from, to } = passage.terms;
  for (const q of findQuotations(slice)) {
    const start = passage.start + q.inner.start;
    const end = passage.start + q.inner.end;
    let a = from;
    while (a < to && table.start[a]! < start) a++;
    let b = a;
    while (b < to && table.end[b]! <= end) b++;
    // The whole passage quoted is a quote, not a fragment of one.
    if (b === a || (a === from && b === to)) continue;
    const span = { table, from: a, to: b };
    if (contentCount(span) > 0) out.push(span);
  }
  return out;
}

/** Content (not function) terms of a span. */
function contentCount(span: TermSpan): number {
  let n = 0;
  for (let i = span.from; i < span.to; i++) if (keysAt(span.table, i).kind !== 'function') n++;
  return n;
}

/** True when `candidate`'s terms hold the terms of `fragment` in a row, key for key. */
export function holdsFragment(candidate: TermSpan, fragment: TermSpan): boolean {
  const n = fragment.to - fragment.from;
  for (let s = candidate.from; s + n <= candidate.to; s++) {
    let i = 0;
    while (i < n && keysAt(candidate.table, s + i).id === keysAt(fragment.table, fragment.from + i).id) i++;
    if (i === n) return true;
  }
  return false;
}

/**
 * The one passage of `index` that holds one of `fragments` in a row (`holdsFragment`), for
 * a fragment that is an anchor: MIN_FRAGMENT_WORDS content words, or one content word that
 * at most RARE_FRAGMENT_PASSAGES passages hold. Of the passages that `count` (words of
 * the speaker's own, not a journalist's retelling), a fragment held by two or more anchors
 * nothing when two speakers say it; said twice by one `eligible` speaker, it anchors the
 * holder `supportOf` finds the claim most like (`nearestHolder`), when given. The one
 * holder must be `eligible` (the credited speaker's, or no known speaker's). Undefined
 * when no fragment anchors.
 */
export function fragmentHolder(fragments: readonly TermSpan[], index: ReferenceIndex, count: (p: IndexedPassage) => boolean, eligible: (p: IndexedPassage) => boolean, supportOf?: (p: IndexedPassage) => Support): IndexedPassage | undefined {
  for (const fragment of fragments) {
    const words = contentCount(fragment);
    // The passages holding its first content term: any holder of the fragment is among them.
    let first = fragment.from;
    while (keysAt(fragment.table, first).kind === 'function') first++;
    const word = { table: fragment.table, from: first, to: first + 1 };
    const holding = index.sharing(word).filter((p) => count(p) && holdsFragment(p.passage.terms, word));
    if (words < MIN_FRAGMENT_WORDS && holding.length > RARE_FRAGMENT_PASSAGES) continue;
    const holders = holding.filter((p) => holdsFragment(p.passage.terms, fragment));
    if (holders.length === 1 && eligible(holders[0]!)) return holders[0];
    const speaker = holders[0]?.passage.speaker;
    if (supportOf && holders.length > 1 && speaker !== undefined && holders.every((p) => p.passage.speaker === speaker && eligible(p))) {
      const nearest = nearestHolder(holders, supportOf);
      if (nearest) return nearest;
    }
  }
  return undefined;
}

/**
 * Share of the nearest holder's score that every other holder of a fragment stays below
 * (`nearestHolder`): the claim's other words must tell the passages apart, not a shade.
 */
export const HOLDER_MARGIN = 0.5;

/**
 * Of the passages of one speaker that hold a quoted fragment (said twice), the one the
 * claim is most like by support score, when its support reverses no polarity and every
 * other holder scores below HOLDER_MARGIN of it: the claim's other words say which time
 * the words were said. Undefined when none stands out.
 */
export function nearestHolder(holders: readonly IndexedPassage[], supportOf: (p: IndexedPassage) => Support): IndexedPassage | undefined {
  let best: IndexedPassage | undefined;
  let bestScore = -1;
  let second = -1;
  for (const p of holders) {
    const score = supportOf(p).score;
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = p;
    } else if (score > second) second = score;
  }
  if (!best || bestScore <= 0 || supportOf(best).conflicts > 0 || second >= HOLDER_MARGIN * bestScore) return undefined;
  return best;
}
