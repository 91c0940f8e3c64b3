/**
 * A report's headline tells in a few words what its opening paragraphs tell in full
 * ("Skippers brace for cod cap" over "The minister said that 'the ministry will cap the
 * cod catch of every trawler' …"). Too short to be found in the transcript on its
 * own words (a long passage that shares its topic words scores higher than the sentence it
 * renders), it is found through the passages those opening paragraphs are linked to.
 */
import type { CrossReference, OffsetRange } from '../model/annotation';
import { keysAt, PLAIN, type TermSpan } from './terms';
import { termsIn, type AccountView, type CheckedUnit } from './passages';
import type { LinkedPassage } from './pairMemo';
import { isContent } from './referenceIndex';
import { PHOTO_CREDIT_WORDS } from '../data/creditLines';

/** Words the lede needs: shorter paragraphs after the headline are bylines, datelines, captions. */
const LEDE_WORDS = 12;
/** Distinct content terms a headline must share with the passage (one of them a word). */
const MIN_SHARED = 2;

/**
 * The range of the report's headline: its first paragraph when that is one line that ends
 * in no sentence mark (closing quotes and brackets aside); undefined when there is none.
 */
export function headlineRange(text: string): OffsetRange | undefined {
  const start = text.search(/\S/);
  if (start < 0) return undefined;
  const lineEnd = text.indexOf('\n', start);
  const end = lineEnd < 0 ? text.length : lineEnd;
  const line = text.slice(start, end).trimEnd();
  // One line: a blank line (or the end) after it.
  if (lineEnd >= 0 && !/^[ \t\r\u00A0]*\n/.test(text.slice(lineEnd + 1))) return undefined;
  if (/[.!?]["'\u201D\u2019)\]]*$/.test(line)) return undefined;
  return { start, end: start + line.length };
}

/**
 * The lede: the first paragraph after `from` of at least `LEDE_WORDS` words (blank lines
 * part paragraphs) that is no photo caption (`isCaption`); undefined when there is none.
 */
export function ledeRange(text: string, from: number): OffsetRange | undefined {
  const re = /\n[ \t\r\u00A0]*\n/g;
  re.lastIndex = from;
  let at = from;
  for (;;) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    const words = text.slice(at, end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (words >= LEDE_WORDS && !isCaption(text.slice(at, end))) return { start: at, end };
    if (!m) return undefined;
    at = m.index + m[0].length;
  }
}

/**
 * True for a photo caption: a paragraph that closes with a bracketed credit naming a
 * photo (`PHOTO_CREDIT_WORDS`: "… before the talks. (AP Photo/A B, Pool)"). It describes
 * the picture above the story, not what the story tells.
 */
function isCaption(paragraph: string): boolean {
  const credit = /[([]([^()[\]]*)[)\]]\s*$/.exec(paragraph);
  return credit !== null && (credit[1]!.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => PHOTO_CREDIT_WORDS.has(w));
}

/** A distinct content term of a span: whether it is a word, a number, and denied. */
interface HeldTerm {
  readonly word: boolean;
  readonly number: boolean;
  readonly denied: boolean;
}

/** The distinct content terms of `span` that are not a speaker's key, by id (their first occurrence). */
function contentIds(span: TermSpan, speakerKeys: ReadonlySet<string>): Map<number, HeldTerm> {
  const out = new Map<number, HeldTerm>();
  for (let i = span.from; i < span.to; i++) {
    const k = keysAt(span.table, i);
    if (!isContent(k) || speakerKeys.has(k.key) || out.has(k.id)) continue;
    out.set(k.id, { word: k.kind === 'word', number: k.kind === 'number', denied: span.table.negated[i] !== PLAIN });
  }
  return out;
}

/**
 * How many content terms of `own` (the headline's) `other` holds, or 0 when `other` lacks a
 * figure of the headline or holds a shared term under the opposite polarity (a changed
 * figure, a reversed negation: the headline says something else), or when none is a word.
 */
function sharedTerms(own: ReadonlyMap<number, HeldTerm>, other: ReadonlyMap<number, HeldTerm>): number {
  let shared = 0;
  let word = false;
  for (const [id, t] of own) {
    const o = other.get(id);
    if (!o) {
      if (t.number) return 0;
      continue;
    }
    if (o.denied !== t.denied) return 0;
    shared++;
    word ||= t.word;
  }
  return word ? shared : 0;
}

/**
 * Links for the units of the report's headline that nothing links (but quotes and figures,
 * which need words of their own): each to the passage the lede (`ledeRange`) is linked to
 * that shares most content terms with it (`sharedTerms`: at least `MIN_SHARED`, a word
 * among them, every figure of the headline, no polarity reversed; a speaker's name is no
 * evidence: the whole transcript is theirs), as `partial`. `linked` is what the checks
 * linked; `speakerKeys` the reference speakers' term keys (`@<id>`).
 */
export function headlineLinks(checked: AccountView, reference: AccountView, units: readonly CheckedUnit[], linked: readonly LinkedPassage[], speakerKeys: ReadonlySet<string>): Omit<CrossReference, 'id'>[] {
  const headline = headlineRange(checked.text);
  if (!headline) return [];
  const para = ledeRange(checked.text, headline.end);
  if (!para) return [];
  const lede = linked.filter(({ range }) => range.start >= para.start && range.end <= para.end);
  if (lede.length === 0) return [];
  const out: Omit<CrossReference, 'id'>[] = [];
  for (const unit of units) {
    if (unit.start < headline.start || unit.end > headline.end) continue;
    // A quote or a figure is found by its own words, never through another passage's link.
    if (unit.claim?.claimType === 'quote' || unit.claim?.claimType === 'statistic') continue;
    if (linked.some(({ range }) => range.start < unit.end && unit.start < range.end)) continue;
    const own = contentIds(unit.whole.terms, speakerKeys);
    if (own.size === 0) continue;
    let best: { start: number; end: number; shared: number } | undefined;
    for (const { found } of lede) {
      for (const f of found) {
        const shared = sharedTerms(own, contentIds(termsIn(reference.terms, f), speakerKeys));
        if (shared < MIN_SHARED || (best && shared <= best.shared)) continue;
        best = { start: f.start, end: f.end, shared };
      }
    }
    if (!best) continue;
    out.push({
      from: { document: checked.id, start: unit.start, end: unit.end },
      to: { document: reference.id, start: best.start, end: best.end },
      score: Math.round((best.shared / own.size) * 1000) / 1000,
      match: 'partial',
      ...(unit.claim ? { annotation: unit.claim.id } : {}),
    });
  }
  return out;
}
