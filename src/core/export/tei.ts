/**
 * The `tei` export: one TEI P5 document holding every account.
 *
 * - `standOff`: `listPerson` (`person` with `persName`s), `listPlace` (`place` with
 *   `placeName`s and the ISO code as `idno`), the `interp`s used by `@ana`, and a
 *   `linkGrp` of cross-references (`link @target="#from #to" @type=match @cert=score`).
 * - `text/group/text` per account (`@xml:id` = document id), its text in one
 *   `ab xml:space="preserve"` with inline markup: turns as `said @who @n=label`, quote
 *   claims as `q @who`, other claims as `said @who @direct="false"` (claim type and
 *   "unsupported" in `@ana`), mentions as `persName`/`placeName @ref`, and `seg` for a
 *   cross-referenced passage that is no annotation.
 * - Spans that cross an enclosing span's end are split into fragments joined by
 *   `@next`/`@prev`, so the XML stays well-formed and nothing is dropped.
 * - Reviews (verdict, note, reviewer) as in `teiReviews.ts`: reviewers in the `titleStmt`,
 *   the verdict in `@ana` of the claim or link, and an `annotation` per review in the
 *   `standOff`.
 *
 * Escaped by `xmlText.ts`; well-formedness is checked in tests with XMLValidator.
 */
import type { Annotation, AnnotationSet, Passage } from '../model/annotation';
import { CLAIM_TYPES } from '../model/annotation';
import { documentFileName } from './documentName';
import { teiReviews } from './teiReviews';
import { requireText, type AccountTexts } from './types';
import { escapeXmlText, startTag } from './xmlText';

const TEI_NS = 'http://www.tei-c.org/ns/1.0';

/**
 * A span to mark up: an annotation or a cross-referenced passage. Light, since there is one
 * per annotation: its element name, id and attributes are made when it is written.
 */
interface Span {
  readonly start: number;
  readonly end: number;
  /** Lower opens first on ties: turns enclose claims enclose segs enclose names. */
  readonly rank: number;
  /** Fragment number, 1 for the first. */
  readonly part: number;
  /** The annotation marked up, or… */
  readonly annotation?: Annotation;
  /** …the id of a `seg` for a cross-referenced passage that is no annotation. */
  readonly segId?: string;
}

/** An element to write: its name, id (of the first fragment) and attributes. */
interface Element {
  readonly name: string;
  readonly id: string;
  readonly attributes: Readonly<Record<string, string | undefined>>;
}

/** Serialises `set` as TEI P5 XML; `texts` gives each account's text by document id. */
export function toTei(set: AnnotationSet, texts: AccountTexts): string {
  return [...teiChunks(set, texts)].join('');
}

/** The TEI export of `set` in pieces: the header, then each account's text in runs of markup (never one string). */
export function* teiChunks(set: AnnotationSet, texts: AccountTexts): Generator<string> {
  for (const d of set.documents) requireText(texts, d.id, d.uri);
  const unsupported = new Set(set.unmatched.map((u) => u.annotation));
  const passageKey = (p: Passage) => `${p.document}:${p.start}:${p.end}`;
  // Only what cross-references point at is looked up: their passages and annotations.
  const wantedPassages = new Set<string>();
  const wantedIds = new Set<string>();
  for (const x of set.crossReferences) {
    wantedPassages.add(passageKey(x.from)).add(passageKey(x.to));
    if (x.annotation) wantedIds.add(x.annotation);
  }
  const idOf = new Map<string, string>();
  const byPassage = new Map<string, string>();
  const spans = new Map<string, Span[]>(set.documents.map((d) => [d.id, []]));
  for (const a of set.annotations) {
    spans.get(a.document)?.push({ start: a.start, end: a.end, rank: rankOf(a.kind), part: 1, annotation: a });
    if (wantedIds.has(a.id)) idOf.set(a.id, xmlIdOf(a));
    if (wantedPassages.size === 0) continue;
    const key = passageKey(a);
    if (wantedPassages.has(key) && (a.kind === 'claim' || !byPassage.has(key))) byPassage.set(key, xmlIdOf(a));
  }
  const pointer = (p: Passage, side: 'from' | 'to', xid: string, annotation?: string): string => {
    const known = (annotation && idOf.get(annotation)) || byPassage.get(passageKey(p));
    if (known) return `#${known}`;
    const id = `${p.document}-${xid}-${side}`;
    spans.get(p.document)?.push({ start: p.start, end: p.end, rank: 2, part: 1, segId: id });
    byPassage.set(passageKey(p), id);
    return `#${id}`;
  };
  const documentOf = new Map(set.annotations.map((a) => [a.id, a.document]));
  const reviews = teiReviews(set, (id) => `${documentOf.get(id)}-${id}`);
  const links = set.crossReferences.map((x) =>
    startTag('link', { 'xml:id': x.id, type: x.match, cert: x.score.toFixed(2), ana: [x.origin === 'hand' ? '#hand' : '', reviews.anaOf(x.review) ?? ''].filter(Boolean).join(' ') || undefined, target: `${pointer(x.from, 'from', x.id, x.annotation)} ${pointer(x.to, 'to', x.id)}` }, true),
  );

  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(startTag('TEI', { xmlns: TEI_NS }));
  out.push('  <teiHeader>', '    <fileDesc>');
  const title = `<title>${escapeXmlText(`Annotated accounts: ${set.documents.map((d) => documentFileName(d.uri)).join(', ')}`)}</title>`;
  if (reviews.titleLines.length === 0) out.push(`      <titleStmt>${title}</titleStmt>`);
  else {
    // One line per reviewer or review: a loop, as a spread of many lines into one call could throw.
    out.push(`      <titleStmt>${title}`);
    for (const line of reviews.titleLines) out.push(line);
    out.push('      </titleStmt>');
  }
  out.push('      <publicationStmt><p>Exported by Transcript Annotator (transcript-annotator/1).</p></publicationStmt>');
  out.push('      <sourceDesc>', '        <listBibl>');
  for (const d of set.documents) out.push(`          ${startTag('bibl', { corresp: `#${d.id}`, type: d.role })}${startTag('ref', { target: d.uri })}${escapeXmlText(documentFileName(d.uri))}</ref></bibl>`);
  out.push('        </listBibl>', '      </sourceDesc>', '    </fileDesc>', '  </teiHeader>');
  out.push('  <standOff>');
  const persons = set.entities.filter((e) => e.kind === 'person');
  const places = set.entities.filter((e) => e.kind === 'country');
  if (persons.length > 0) {
    out.push('    <listPerson>');
    for (const p of persons) {
      const names = [`<persName>${escapeXmlText(p.name)}</persName>`, ...p.aliases.map((a) => `<persName type="alias">${escapeXmlText(a)}</persName>`)];
      out.push(`      ${startTag('person', { 'xml:id': p.id, role: p.speaker ? 'speaker' : undefined })}${names.join('')}</person>`);
    }
    out.push('    </listPerson>');
  }
  if (places.length > 0) {
    out.push('    <listPlace>');
    for (const c of places) {
      const names = [`<placeName>${escapeXmlText(c.name)}</placeName>`, ...c.aliases.map((a) => `<placeName type="alias">${escapeXmlText(a)}</placeName>`)];
      if (c.iso) names.push(`<idno type="ISO3166-1">${escapeXmlText(c.iso)}</idno>`);
      out.push(`      ${startTag('place', { 'xml:id': c.id, type: 'country' })}${names.join('')}</place>`);
    }
    out.push('    </listPlace>');
  }
  out.push('    <interpGrp type="claimType">');
  for (const t of CLAIM_TYPES) out.push(`      <interp xml:id="${t}">${t}</interp>`);
  out.push('    </interpGrp>');
  out.push('    <interpGrp type="assessment">');
  out.push('      <interp xml:id="unsupported">The other account does not support this claim.</interp>');
  out.push('      <interp xml:id="hand">Added or changed by hand.</interp>');
  out.push('    </interpGrp>');
  for (const line of reviews.standOffLines) out.push(line);
  if (links.length > 0) {
    out.push('    <linkGrp type="crossReferences">');
    for (const l of links) out.push(`      ${l}`);
    out.push('    </linkGrp>');
  }
  out.push('  </standOff>');
  out.push('  <text>', '    <group>');
  yield `${out.join('\n')}\n`;
  for (const d of set.documents) {
    const text = requireText(texts, d.id, d.uri);
    yield `      ${startTag('text', { 'xml:id': d.id, type: d.role })}<body>${startTag('ab', { 'xml:space': 'preserve' })}`;
    yield* renderInline(text, spans.get(d.id) ?? [], unsupported, reviews.anaOf);
    yield '</ab></body></text>\n';
  }
  yield ['    </group>', '  </text>', '</TEI>', ''].join('\n');
}

/** The `xml:id` of `a`'s element (of its first fragment). */
function xmlIdOf(a: Annotation): string {
  return `${a.document}-${a.id}`;
}

/** Turns enclose claims enclose segs (2) enclose names. */
function rankOf(kind: Annotation['kind']): number {
  switch (kind) {
    case 'turn':
      return 0;
    case 'claim':
      return 1;
    case 'person':
    case 'country':
      return 3;
    default: {
      const unknown: never = kind;
      throw new Error(`The TEI export does not know annotation kind ${String(unknown)}.`);
    }
  }
}

/** The element of a span. */
function elementOf(s: Span, unsupported: ReadonlySet<string>, verdictAna: VerdictAna): Element {
  return s.annotation ? annotationElement(s.annotation, unsupported.has(s.annotation.id), verdictAna) : { name: 'seg', id: s.segId!, attributes: { type: 'passage' } };
}

/** The `@ana` pointer of a review's verdict (`teiReviews.ts`). */
type VerdictAna = (review: Annotation['review']) => string | undefined;

function annotationElement(a: Annotation, isUnsupported: boolean, verdictAna: VerdictAna): Element {
  const id = xmlIdOf(a);
  const who = a.speaker ? `#${a.speaker}` : undefined;
  const ana = (...values: Array<string | false | undefined>) => values.filter((v): v is string => !!v).join(' ') || undefined;
  const hand = a.origin === 'hand' && '#hand';
  switch (a.kind) {
    case 'turn':
      return { id, name: 'said', attributes: { who, n: a.label, aloud: 'true', ana: ana(hand) } };
    case 'claim': {
      const claimAna = ana(a.claimType && `#${a.claimType}`, isUnsupported && '#unsupported', hand, verdictAna(a.review));
      return a.claimType === 'quote' ? { id, name: 'q', attributes: { who, ana: claimAna } } : { id, name: 'said', attributes: { who, direct: 'false', ana: claimAna } };
    }
    case 'person':
      return { id, name: 'persName', attributes: { ref: a.entity ? `#${a.entity}` : undefined, ana: ana(hand) } };
    case 'country':
      return { id, name: 'placeName', attributes: { ref: a.entity ? `#${a.entity}` : undefined, ana: ana(hand) } };
    default: {
      const unknown: never = a.kind;
      throw new Error(`The TEI export does not know annotation kind ${String(unknown)}.`);
    }
  }
}

const order = (a: Span, b: Span) => a.start - b.start || b.end - a.end || a.rank - b.rank;

/** Pieces of markup joined before they are yielded. */
const PIECES_PER_CHUNK = 4096;

/**
 * `text` with `spans` as nested inline elements, in pieces; crossing spans are split (see
 * module notes). Linear but for the sort: the spans are read in order with an index, and
 * the rest of a split span waits in a heap (it was put back into the sorted list with
 * `splice` and each span taken with `shift`, both linear: 75 s for a 20 MB account).
 */
function* renderInline(text: string, spans: readonly Span[], unsupported: ReadonlySet<string>, verdictAna: VerdictAna): Generator<string> {
  const sorted = spans.filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length).sort(order);
  // Rests of split spans, by `order`, then first split first (as they were put after their equals).
  const rests = new SpanHeap();
  let next = 0;
  let out: string[] = [];
  const stack: Array<{ name: string; end: number }> = [];
  let pos = 0;
  const emit = (to: number) => {
    if (to > pos) out.push(escapeXmlText(text.slice(pos, to)));
    pos = Math.max(pos, to);
  };
  for (;;) {
    const rest = rests.peek();
    const fresh = sorted[next];
    if (!rest && !fresh) break;
    const s = rest && (!fresh || order(rest, fresh) < 0) ? rests.pop()! : sorted[next++]!;
    while (stack.length > 0 && stack[stack.length - 1]!.end <= s.start) {
      const top = stack.pop()!;
      emit(top.end);
      out.push(`</${top.name}>`);
    }
    emit(s.start);
    const limit = stack.length > 0 ? stack[stack.length - 1]!.end : Infinity;
    const end = Math.min(s.end, limit);
    const element = elementOf(s, unsupported, verdictAna);
    const fragmentId = s.part === 1 ? element.id : `${element.id}-${s.part}`;
    let nextPart: string | undefined;
    if (end < s.end) {
      const restSpan: Span = { ...s, start: end, part: s.part + 1 };
      nextPart = `#${element.id}-${restSpan.part}`;
      rests.push(restSpan);
    }
    const prev = s.part === 1 ? undefined : `#${s.part === 2 ? element.id : `${element.id}-${s.part - 1}`}`;
    out.push(startTag(element.name, { 'xml:id': fragmentId, ...element.attributes, prev, next: nextPart }));
    stack.push({ name: element.name, end });
    if (out.length >= PIECES_PER_CHUNK) {
      yield out.join('');
      out = [];
    }
  }
  while (stack.length > 0) {
    const top = stack.pop()!;
    emit(top.end);
    out.push(`</${top.name}>`);
  }
  emit(text.length);
  yield out.join('');
}

/** A binary min-heap of spans by `order`, equal spans in the order pushed. */
class SpanHeap {
  readonly #items: Array<{ span: Span; seq: number }> = [];
  #seq = 0;

  peek(): Span | undefined {
    return this.#items[0]?.span;
  }

  push(span: Span): void {
    const items = this.#items;
    items.push({ span, seq: this.#seq++ });
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#less(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): Span | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let min = i;
        if (l < items.length && this.#less(items[l]!, items[min]!)) min = l;
        if (r < items.length && this.#less(items[r]!, items[min]!)) min = r;
        if (min === i) break;
        [items[i], items[min]] = [items[min]!, items[i]!];
        i = min;
      }
    }
    return top?.span;
  }

  #less(a: { span: Span; seq: number }, b: { span: Span; seq: number }): boolean {
    const o = order(a.span, b.span);
    return o < 0 || (o === 0 && a.seq < b.seq);
  }
}
