/**
 * What a fact-checker looks for in a link that the similarity alone hides: words
 * credited to the wrong speaker, a figure the report changed, a quote whose content
 * words, names or numbers differ from what was said (of a quote of interpreted words,
 * which is the outlet's own rendering, only names and numbers), a name the transcript's
 * passage does not give. Each is a `LinkFinding` on the cross-reference.
 */
import type { Annotation, DiffPart, LinkFinding } from '../model/annotation';
import { REPORTING_WORDS } from '../data/sayingVerbs';
import { STOPWORDS } from '../data/stopwords';
import { stemWord } from './lexicon';
import { scanWords } from './normalize';
import type { AlignPassage } from './passages';
import { keysAt, type TermSpan } from './terms';

/** What `linkFindings` needs to know of the two accounts. */
export interface FindingContext {
  /** Text of the checked account (the report). */
  readonly checkedText: string;
  /** Text of the reference account (the transcript). */
  readonly referenceText: string;
  /** The entity ids of persons who speak in the reference account. */
  readonly speakers: ReadonlySet<string>;
  /** The entity keys (`@…`) the reference account mentions anywhere. */
  readonly referenceEntities: ReadonlySet<string>;
  /**
   * True when a passage of the reference gives words through an interpreter or a
   * translation (`readInterpretation`); absent: none does.
   */
  readonly interpreted?: (passage: AlignPassage) => boolean;
}

/** The findings on the link from `passage` (checked account) to `to` (reference), in a fixed order. */
export function linkFindings(ctx: FindingContext, passage: AlignPassage, to: AlignPassage, diff: readonly DiffPart[] | undefined): LinkFinding[] {
  const out: LinkFinding[] = [];
  const misattributed = misattribution(ctx, passage.claim, to.speaker);
  if (misattributed) out.push(misattributed);
  const figure = changedFigure(ctx, passage.terms, to.terms);
  if (figure) out.push(figure);
  if (diff && passage.claimType === 'quote') {
    // A quote of interpreted words is the outlet's own rendering: its wording is not
    // compared word for word, only its names and figures (`interpretedQuote`).
    const rendered = ctx.interpreted?.(to) === true;
    if (rendered) out.push({ kind: 'interpreted-quote' });
    const names = rendered ? namesOf(ctx, passage.terms, to.terms) : undefined;
    const quoteText = ctx.checkedText.slice(passage.start, passage.end);
    const passageText = names && ctx.referenceText.slice(to.start, to.end);
    for (const f of alteredQuote(diff, quoteText)) if (!names || changesNameOrFigure(f, names, quoteText, passageText!)) out.push(f);
  }
  for (const f of addedNames(ctx, passage.terms, to.terms)) out.push(f);
  return out;
}

/**
 * Words the report credits to one speaker of the event (a quote or reported speech)
 * found in a turn of another: the report's speaker and the transcript's.
 */
function misattribution(ctx: FindingContext, claim: Annotation | undefined, speaker: string | undefined): LinkFinding | undefined {
  if (!claim?.speaker || !speaker || claim.speaker === speaker) return undefined;
  if (claim.claimType !== 'quote' && claim.claimType !== 'reported') return undefined;
  if (!ctx.speakers.has(claim.speaker)) return undefined;
  return { kind: 'misattribution', from: claim.speaker, to: speaker };
}

/** A number of a span, with the first word after it that is not a scale word (its unit). */
interface Figure {
  readonly key: string;
  readonly text: string;
  readonly unit: string;
}

/** Scale and percent words that belong to the number before them. */
const FIGURE_WORDS = /^(?:thousand|million|billion|trillion|bn|mn|percent|per|cent|%)$/i;

/** The figures of a span in `text`, in order. */
function figures(text: string, span: TermSpan): Figure[] {
  const out: Figure[] = [];
  for (let i = span.from; i < span.to; i++) {
    const k = keysAt(span.table, i);
    if (k.kind !== 'number') continue;
    const start = span.table.start[i]!;
    let end = span.table.end[i]!;
    let unit = '';
    // The scale and unit words after the number, within a few words.
    scanWords(text, { start: end, end: Math.min(text.length, end + 40) }, (_s, e, _surface, norm) => {
      if (unit) return;
      if (FIGURE_WORDS.test(norm)) end = e;
      else unit = norm;
    });
    out.push({ key: k.key, text: text.slice(start, end), unit: k.key.endsWith('%') ? '%' : stemWord(unit) });
  }
  return out;
}

/**
 * A figure of the report the transcript's passage does not hold, where that passage
 * has another figure of the same unit ("3 billion euros" / "two billion euros"; two
 * percentages): the report's and the transcript's. Figures of different units (a date
 * beside an amount) are not compared.
 */
function changedFigure(ctx: FindingContext, from: TermSpan, to: TermSpan): LinkFinding | undefined {
  const mine = figures(ctx.checkedText, from);
  if (mine.length === 0) return undefined;
  const theirs = figures(ctx.referenceText, to);
  const theirKeys = new Set(theirs.map((f) => f.key));
  const myKeys = new Set(mine.map((f) => f.key));
  for (const f of mine) {
    if (theirKeys.has(f.key) || !f.unit) continue;
    const other = theirs.find((t) => t.unit === f.unit && !myKeys.has(t.key));
    if (other) return { kind: 'changed-figure', from: f.text, to: other.text };
  }
  return undefined;
}

/** True when `words` hold a word that carries content (not a function or attribution word). */
function hasContent(words: string | undefined): boolean {
  if (!words) return false;
  let found = false;
  scanWords(words, { start: 0, end: words.length }, (_s, _e, _surface, norm, number) => {
    if (number !== undefined || !(STOPWORDS.has(norm) || REPORTING_WORDS.has(norm) || norm.length < 2)) found = true;
  });
  return found;
}

/** The content stems of words, sorted and joined (so "talks" and "talk" compare equal). */
function stems(words: string | undefined): string {
  const out: string[] = [];
  if (words) scanWords(words, { start: 0, end: words.length }, (_s, _e, _surface, norm, number) => out.push(number ?? stemWord(norm)));
  return out.sort().join(' ');
}

/** An ellipsis: the quote says it leaves words out there. */
const ELLIPSIS = /\u2026|\.\s?\.\s?\./;

/**
 * The runs of a quote's word diff that change its substance: content words, names or
 * numbers changed or added, or left out where the quote marks no omission. Changes of
 * inflection alone ("talks" / "talked") are not.
 */
function alteredQuote(diff: readonly DiffPart[], quoteText: string): LinkFinding[] {
  const out: LinkFinding[] = [];
  for (const part of diff) {
    if (part.op === 'changed' && (hasContent(part.from) || hasContent(part.to)) && stems(part.from) !== stems(part.to)) out.push({ kind: 'altered-quote', from: part.from!, to: part.to! });
    else if (part.op === 'added' && hasContent(part.from)) out.push({ kind: 'altered-quote', from: part.from! });
    else if (part.op === 'dropped' && hasContent(part.to) && !ELLIPSIS.test(quoteText)) out.push({ kind: 'altered-quote', to: part.to! });
  }
  return out;
}

/** The names (entity mentions, lower case) of two passages. */
function namesOf(ctx: FindingContext, from: TermSpan, to: TermSpan): string[] {
  const out = new Set<string>();
  const add = (text: string, span: TermSpan): void => {
    for (let i = span.from; i < span.to; i++) if (keysAt(span.table, i).kind === 'entity') out.add(text.slice(span.table.start[i]!, span.table.end[i]!).toLowerCase());
  };
  add(ctx.checkedText, from);
  add(ctx.referenceText, to);
  return [...out];
}

/**
 * True when an altered-quote finding's words hold a figure or one of `names` that the other
 * side lacks: what a translation keeps, so such a difference is a change of substance even
 * in a rendering of interpreted words ("Indo-Pacific" for "Pacific", "3 billion" for "two
 * billion"). A figure or name both sides hold, moved by the rendering's word order ("the two
 * countries' deterrence" / "deterrence of our two countries"), is not; one put in place of
 * another is, though both sides hold each somewhere ("two harbours and three bridges" /
 * "three harbours and two bridges").
 */
function changesNameOrFigure(f: LinkFinding, names: readonly string[], quoteText: string, passageText: string): boolean {
  if (lacksNameOrFigureOf(f.from, passageText, names) || lacksNameOrFigureOf(f.to, quoteText, names)) return true;
  if (f.from === undefined || f.to === undefined) return false;
  return replaces(figuresIn(f.from), figuresIn(f.to)) || replaces(namesIn(f.from, names), namesIn(f.to, names));
}

/** True when words put in place of others hold figures (or names), and the replaced words other ones. */
function replaces(put: ReadonlySet<string>, replaced: ReadonlySet<string>): boolean {
  if (put.size === 0 || replaced.size === 0) return false;
  if (put.size !== replaced.size) return true;
  for (const x of put) if (!replaced.has(x)) return true;
  return false;
}

/** True when `words` hold a figure or one of `names` that `other` does not. */
function lacksNameOrFigureOf(words: string | undefined, other: string, names: readonly string[]): boolean {
  if (!words) return false;
  const theirs = figuresIn(other);
  for (const figure of figuresIn(words)) if (!theirs.has(figure)) return true;
  const otherSpaced = spaced(other);
  for (const name of namesIn(words, names)) if (!otherSpaced.includes(name)) return true;
  return false;
}

/** The ones of `names` that `words` hold as whole words, each as `spaced` gives it. */
function namesIn(words: string, names: readonly string[]): Set<string> {
  const mine = spaced(words);
  const out = new Set<string>();
  for (const n of names) {
    const name = spaced(n);
    if (name.trim() !== '' && mine.includes(name)) out.add(name);
  }
  return out;
}

/** The values of the numbers of `words` ("two" and "2" alike). */
function figuresIn(words: string): Set<string> {
  const out = new Set<string>();
  scanWords(words, { start: 0, end: words.length }, (_s, _e, _surface, _norm, number) => {
    if (number !== undefined) out.add(number);
  });
  return out;
}

/** `words` lower case, each run of other characters than letters and digits one space, a space either side. */
function spaced(words: string): string {
  return ` ${words.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** Names of the report's passage that the reference account never mentions (text as written), once each. */
function addedNames(ctx: FindingContext, from: TermSpan, to: TermSpan): LinkFinding[] {
  const inTarget = new Set<string>();
  for (let i = to.from; i < to.to; i++) inTarget.add(keysAt(to.table, i).key);
  const out: LinkFinding[] = [];
  const seen = new Set<string>();
  for (let i = from.from; i < from.to; i++) {
    const k = keysAt(from.table, i);
    if (k.kind !== 'entity' || inTarget.has(k.key) || ctx.referenceEntities.has(k.key) || seen.has(k.key)) continue;
    seen.add(k.key);
    out.push({ kind: 'added-name', from: ctx.checkedText.slice(from.table.start[i]!, from.table.end[i]!) });
  }
  return out;
}
