/**
 * The `brat` export: brat standoff (https://brat.nlplab.org/standoff.html) for each
 * account, a copy of its text as `<name>.txt` beside `<name>.ann`, and one
 * `annotation.conf` declaring the types, for a brat collection folder.
 *
 * - `T` lines: `Person`, `Country`, `Turn`, `Claim` spans, and `Passage` for a
 *   cross-referenced passage that is no annotation. A span across line breaks is
 *   written as fragments (`T3\tClaim 0 5;6 10\tfirst second`), as brat requires.
 * - `A` lines: `ClaimType` (quote, reported, statement, statistic), `Unsupported`, `Hand`,
 *   and `Verdict` (the reviewer's verdict; brat values hold no spaces, so `out of
 *   context` is written `out_of_context`).
 * - `R` lines: `Counterpart Arg1:T3 Arg2:T9`, a cross-reference whose two passages are in
 *   the same account. A brat relation cannot cross documents, and every cross-reference
 *   between a report and its transcript does: those are `#` notes on both spans, e.g.
 *   `counterpart transcript.txt T12 verbatim 0.82`, followed by the link's review when it
 *   has one (`verdict "misquoted" note "…"`). (The `webanno-tsv` export writes all
 *   accounts as one document, where cross-references are real relations.)
 * - `#` lines (`AnnotatorNotes`): the reviewer's note and name first, as JSON strings
 *   (`note "Ask the office; twice" reviewer "Dana"`, so `import` reads them back
 *   whatever they hold), then entity id and name, speaker, label and cross-references.
 *
 * Offsets are code points, not UTF-16 units: brat reads texts as Python strings.
 */
import type { Annotation, AnnotationKind, AnnotationSet, CrossReference, Passage, Review } from '../model/annotation';
import { CLAIM_TYPES, DEFAULT_VERDICTS } from '../model/annotation';
import { codePointOffsets } from './codePoints';
import { documentBaseName, safeFileName, uniqueFileNames } from './documentName';
import { requireText, type AccountTexts, type ExportFile } from './types';

const BRAT_TYPES: Record<AnnotationKind, string> = { person: 'Person', country: 'Country', turn: 'Turn', claim: 'Claim' };

/** A verdict as a brat attribute value (no spaces): `out of context` → `out_of_context`. */
export function bratVerdict(verdict: string): string {
  return verdict.trim().replace(/\s+/g, '_');
}

/**
 * The `annotation.conf` that makes brat (and INCEpTION's brat import) accept the exported
 * types; `verdicts` are the values the `Verdict` attribute may take (the default list and
 * any other verdict of the set).
 */
export function bratAnnotationConf(verdicts: readonly string[] = DEFAULT_VERDICTS): string {
  return [
    '[entities]',
    'Person',
    'Country',
    'Turn',
    'Claim',
    'Passage',
    '',
    '[relations]',
    'Counterpart\tArg1:Claim|Passage|Turn, Arg2:Claim|Passage|Turn',
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    `ClaimType\tArg:Claim, Value:${CLAIM_TYPES.join('|')}`,
    'Unsupported\tArg:Claim',
    'Hand\tArg:<ENTITY>',
    `Verdict\tArg:Claim, Value:${[...new Set(verdicts.map(bratVerdict))].join('|')}`,
    '',
  ].join('\n');
}

/** The conf for the default verdicts. */
export const BRAT_ANNOTATION_CONF = bratAnnotationConf();

/** The review part of a note: `note "…" reviewer "…"` (JSON strings), or nothing. */
function reviewNote(review: Review | undefined, withVerdict: boolean): string[] {
  if (!review) return [];
  const parts: string[] = [];
  if (withVerdict && review.verdict !== undefined) parts.push(`verdict ${JSON.stringify(review.verdict)}`);
  if (review.note !== undefined) parts.push(`note ${JSON.stringify(review.note)}`);
  if (review.creator !== undefined) parts.push(`reviewer ${JSON.stringify(review.creator)}`);
  return parts.length > 0 ? [parts.join(' ')] : [];
}

/**
 * Splits `[start, end)` of `text` into fragments that contain no line break (brat's
 * rule), dropping empty ones. UTF-16 offsets.
 */
export function splitAtLineBreaks(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const fragments: Array<{ start: number; end: number }> = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    const atBreak = i < end && (text[i] === '\n' || text[i] === '\r');
    if (i === end || atBreak) {
      if (i > from) fragments.push({ start: from, end: i });
      from = i + 1;
    }
  }
  return fragments;
}

/** One account's `.ann` and `.txt`, plus `annotation.conf`: the brat collection of `set`. */
export function toBrat(set: AnnotationSet, texts: AccountTexts): ExportFile[] {
  const names = uniqueFileNames(set.documents.map((d) => `${safeFileName(documentBaseName(d.uri))}.txt`));
  const fileOf = new Map(set.documents.map((d, i) => [d.id, names[i]]));
  const entities = new Map(set.entities.map((e) => [e.id, e]));
  const unsupported = new Set(set.unmatched.map((u) => u.annotation));

  // Every span gets a T id per document first, so notes can name the other side.
  interface Span { readonly passage: Passage; readonly type: string; readonly annotation?: Annotation; readonly notes: string[]; tid?: string }
  const spans = new Map<string, Span[]>(set.documents.map((d) => [d.id, []]));
  const byPassage = new Map<string, Span>();
  const passageKey = (p: Passage) => `${p.document}:${p.start}:${p.end}`;
  for (const a of set.annotations) {
    const span: Span = { passage: a, type: BRAT_TYPES[a.kind], annotation: a, notes: [] };
    spans.get(a.document)?.push(span);
    if (a.kind === 'claim' || !byPassage.has(passageKey(a))) byPassage.set(passageKey(a), span);
  }
  const byId = new Map<string, Span>();
  for (const list of spans.values()) for (const s of list) if (s.annotation) byId.set(s.annotation.id, s);
  const spanOf = (p: Passage, annotationId?: string): Span => {
    const known = (annotationId && byId.get(annotationId)) || byPassage.get(passageKey(p));
    if (known) return known;
    const span: Span = { passage: { document: p.document, start: p.start, end: p.end }, type: 'Passage', notes: [] };
    spans.get(p.document)?.push(span);
    byPassage.set(passageKey(p), span);
    return span;
  };
  const links: Array<{ x: CrossReference; from: Span; to: Span }> = set.crossReferences.map((x) => ({ x, from: spanOf(x.from, x.annotation), to: spanOf(x.to) }));

  const files: ExportFile[] = [];
  const texts_: Record<string, string> = {};
  for (const d of set.documents) {
    const text = requireText(texts, d.id, d.uri);
    texts_[d.id] = text;
    let t = 0;
    for (const s of spans.get(d.id) ?? []) if (splitAtLineBreaks(text, s.passage.start, s.passage.end).length > 0) s.tid = `T${++t}`;
  }
  const relations = new Map<string, Array<{ from: Span; to: Span }>>();
  for (const { x, from, to } of links) {
    if (from.passage.document === to.passage.document && from.tid && to.tid) {
      relations.set(from.passage.document, [...(relations.get(from.passage.document) ?? []), { from, to }]);
    }
    const review = reviewNote(x.review, true);
    const describe = (other: Span) => `counterpart ${fileOf.get(other.passage.document)} ${other.tid ?? `${other.passage.start}-${other.passage.end}`} ${x.match} ${x.score.toFixed(2)}${x.origin === 'hand' ? ' hand' : ''}${review.length > 0 ? ` ${review[0]}` : ''}`;
    from.notes.push(describe(to));
    to.notes.push(describe(from));
  }
  for (const d of set.documents) {
    const text = texts_[d.id];
    const toCodePoint = codePointOffsets(text);
    const lines: string[] = [];
    let attribute = 0;
    let note = 0;
    for (const s of spans.get(d.id) ?? []) {
      if (!s.tid) continue;
      const fragments = splitAtLineBreaks(text, s.passage.start, s.passage.end);
      const offsets = fragments.map((f) => `${toCodePoint(f.start)} ${toCodePoint(f.end)}`).join(';');
      lines.push(`${s.tid}\t${s.type} ${offsets}\t${fragments.map((f) => text.slice(f.start, f.end)).join(' ')}`);
      const a = s.annotation;
      const notes: string[] = [];
      if (a) {
        if (a.claimType) lines.push(`A${++attribute}\tClaimType ${s.tid} ${a.claimType}`);
        if (unsupported.has(a.id)) lines.push(`A${++attribute}\tUnsupported ${s.tid}`);
        if (a.origin === 'hand') lines.push(`A${++attribute}\tHand ${s.tid}`);
        if (a.review?.verdict !== undefined) lines.push(`A${++attribute}\tVerdict ${s.tid} ${bratVerdict(a.review.verdict)}`);
        notes.push(...reviewNote(a.review, false));
        const entity = a.entity ? entities.get(a.entity) : undefined;
        if (entity) notes.push(`entity ${entity.id} ${entity.name}${entity.iso ? ` ${entity.iso}` : ''}`);
        const speaker = a.speaker ? entities.get(a.speaker) : undefined;
        if (speaker) notes.push(`speaker ${speaker.id} ${speaker.name}`);
        if (a.label !== undefined) notes.push(`label ${a.label}`);
      }
      for (const n of s.notes) notes.push(n);
      if (notes.length > 0) lines.push(`#${++note}\tAnnotatorNotes ${s.tid}\t${notes.join('; ').replace(/[\t\r\n]+/g, ' ')}`);
    }
    let relation = 0;
    for (const r of relations.get(d.id) ?? []) lines.push(`R${++relation}\tCounterpart Arg1:${r.from.tid} Arg2:${r.to.tid}`);
    const name = fileOf.get(d.id)!;
    files.push({ name, content: text });
    files.push({ name: `${name.slice(0, -'.txt'.length)}.ann`, content: lines.length > 0 ? `${lines.join('\n')}\n` : '' });
  }
  const verdicts = [...set.annotations.map((a) => a.review?.verdict), ...set.crossReferences.map((x) => x.review?.verdict)].filter((v): v is string => v !== undefined);
  files.push({ name: 'annotation.conf', content: bratAnnotationConf([...DEFAULT_VERDICTS, ...verdicts]) });
  return files;
}
