/**
 * The `brat` export: brat standoff (https://brat.nlplab.org/standoff.html) for each
 * account, a copy of its text as `<name>.txt` beside `<name>.ann`, and one
 * `annotation.conf` declaring the types, for a brat collection folder.
 *
 * - `T` lines: `Person`, `Country`, `Turn`, `Claim` spans, and `Passage` for a
 *   cross-referenced passage that is no annotation. A span across line breaks is
 *   written as fragments (`T3\tClaim 0 5;6 10\tfirst second`), as brat requires.
 * - `A` lines: `ClaimType` (quote, reported, statement, statistic), `Unsupported`, `Hand`.
 * - `#` lines (`AnnotatorNotes`): entity id and name, speaker, and cross-references
 *   (brat relations cannot cross documents), e.g.
 *   `counterpart transcript.txt T12 verbatim 0.82`.
 *
 * Offsets are code points, not UTF-16 units: brat reads texts as Python strings.
 */
import type { Annotation, AnnotationKind, AnnotationSet, CrossReference, Passage } from '../model/annotation';
import { CLAIM_TYPES } from '../model/annotation';
import { codePointOffsets } from './codePoints';
import { documentBaseName, safeFileName, uniqueFileNames } from './documentName';
import { requireText, type AccountTexts, type ExportFile } from './types';

const BRAT_TYPES: Record<AnnotationKind, string> = { person: 'Person', country: 'Country', turn: 'Turn', claim: 'Claim' };

/** The `annotation.conf` that makes brat accept the exported types. */
export const BRAT_ANNOTATION_CONF = [
  '[entities]',
  'Person',
  'Country',
  'Turn',
  'Claim',
  'Passage',
  '',
  '[relations]',
  '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
  '',
  '[events]',
  '',
  '[attributes]',
  `ClaimType\tArg:Claim, Value:${CLAIM_TYPES.join('|')}`,
  'Unsupported\tArg:Claim',
  'Hand\tArg:<ENTITY>',
  '',
].join('\n');

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
  for (const { x, from, to } of links) {
    const describe = (other: Span) => `counterpart ${fileOf.get(other.passage.document)} ${other.tid ?? `${other.passage.start}-${other.passage.end}`} ${x.match} ${x.score.toFixed(2)}${x.origin === 'hand' ? ' hand' : ''}`;
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
        const entity = a.entity ? entities.get(a.entity) : undefined;
        if (entity) notes.push(`entity ${entity.id} ${entity.name}${entity.iso ? ` ${entity.iso}` : ''}`);
        const speaker = a.speaker ? entities.get(a.speaker) : undefined;
        if (speaker) notes.push(`speaker ${speaker.id} ${speaker.name}`);
        if (a.label !== undefined) notes.push(`label ${a.label}`);
      }
      for (const n of s.notes) notes.push(n);
      if (notes.length > 0) lines.push(`#${++note}\tAnnotatorNotes ${s.tid}\t${notes.join('; ').replace(/[\t\r\n]+/g, ' ')}`);
    }
    const name = fileOf.get(d.id)!;
    files.push({ name, content: text });
    files.push({ name: `${name.slice(0, -'.txt'.length)}.ann`, content: lines.length > 0 ? `${lines.join('\n')}\n` : '' });
  }
  files.push({ name: 'annotation.conf', content: BRAT_ANNOTATION_CONF });
  return files;
}
