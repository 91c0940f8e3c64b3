/**
 * The `webanno-tsv` export: WebAnno TSV 3.3, the exchange format of INCEpTION and
 * WebAnno (INCEpTION user guide, "WebAnno TSV 3.3 File format"):
 *
 * ```
 * #FORMAT=WebAnno TSV 3.3
 * #T_SP=webanno.custom.Person|entity
 * #T_SP=webanno.custom.Country|entity|iso
 * #T_SP=webanno.custom.Claim|claimType|note|speaker|verdict
 * #T_SP=webanno.custom.Passage|account
 * #T_RL=webanno.custom.Counterpart|match|note|verdict|BT_webanno.custom.Passage
 * (two empty lines)
 * #Text=Ana said "yes".
 * 1-1	0-3	Ana	Ana Kovač	_	_	…
 * ```
 *
 * - One TSV file is one document, and brat-like cross-document links do not exist in
 *   the format, so all accounts are written as one document, one after the other (each
 *   account's offsets shifted past the previous one and a gap of one character, which
 *   INCEpTION fills with padding). Cross-references then are real relations.
 * - Sentences are the non-blank lines of each account; tokens are runs of letters and
 *   digits, or single other characters, further split at every annotation boundary, so
 *   each span covers whole tokens.
 * - Layers: `Person`, `Country` and `Claim` spans (verdict and note of a claim's review
 *   as features), `Passage` spans on both sides of every cross-reference (the relation
 *   layer's base type must be one span layer, and a passage is not always a claim), and
 *   the `Counterpart` relation from the report's passage to the transcript's, with its
 *   match class and review. A relation is written on the first token of its target, with
 *   the source's first token in the last column (`2-4[3_5]` when either end has a
 *   disambiguation id: source id, then target id, 0 for none).
 * - Column values: `_` no annotation of the layer on the token, `*` a feature without
 *   value, stacked annotations joined by `|`, `[N]` a disambiguation id for an annotation
 *   over several tokens or stacked with another of its layer (ids unique in the file).
 * - Escaping: `\ [ ] | _ -> ; *` get a backslash in tokens, feature values and `#Text`;
 *   tab, LF and CR become `\t`, `\n`, `\r`.
 * - Offsets are UTF-16 code units, as the format requires.
 */
import type { AnnotationSet, Passage } from '../model/annotation';
import { documentFileName } from './documentName';
import { requireText, type AccountTexts } from './types';

/** The header lines, before the two empty lines. */
export const WEBANNO_HEADER = [
  '#FORMAT=WebAnno TSV 3.3',
  '#T_SP=webanno.custom.Person|entity',
  '#T_SP=webanno.custom.Country|entity|iso',
  '#T_SP=webanno.custom.Claim|claimType|note|speaker|verdict',
  '#T_SP=webanno.custom.Passage|account',
  '#T_RL=webanno.custom.Counterpart|match|note|verdict|BT_webanno.custom.Passage',
] as const;

/** Escapes a token, a feature value or sentence text (see module notes). */
export function escapeTsv(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/->/g, '\\->')
    .replace(/[[\]|_;*]/g, (c) => `\\${c}`)
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
}

interface Token {
  readonly start: number;
  readonly end: number;
  /** `sentence-token`. */
  id: string;
}

interface Span {
  readonly layer: 'Person' | 'Country' | 'Claim' | 'Passage';
  readonly start: number;
  readonly end: number;
  /** Feature values in header order; `undefined` is `*`. */
  readonly features: readonly (string | undefined)[];
  tokens: number[];
  disambiguation: number;
}

interface Relation {
  readonly source: Span;
  readonly target: Span;
  readonly features: readonly (string | undefined)[];
}

const LAYERS = ['Person', 'Country', 'Claim', 'Passage'] as const;
const FEATURE_COUNT: Record<Span['layer'], number> = { Person: 1, Country: 2, Claim: 4, Passage: 1 };
const WORD = /[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;

/** Lines per piece of the export. */
const LINES_PER_PIECE = 2000;

/** Serialises `set` as WebAnno TSV 3.3 (see module notes). */
export function toWebannoTsv(set: AnnotationSet, texts: AccountTexts): string {
  return [...webannoTsvChunks(set, texts)].join('');
}

/** The TSV of `set` in pieces of `LINES_PER_PIECE` lines, each ending with a line break. */
export function* webannoTsvChunks(set: AnnotationSet, texts: AccountTexts): Generator<string> {
  const entities = new Map(set.entities.map((e) => [e.id, e]));
  // Where each account starts in the one document.
  const base = new Map<string, number>();
  const textOf = new Map<string, string>();
  let at = 0;
  for (const d of set.documents) {
    const text = requireText(texts, d.id, d.uri);
    base.set(d.id, at);
    textOf.set(d.id, text);
    at += text.length + 1;
  }
  const shift = (p: Passage) => ({ start: base.get(p.document)! + p.start, end: base.get(p.document)! + p.end });

  const spans: Span[] = [];
  const passageSpans = new Map<string, Span>();
  for (const a of set.annotations) {
    const where = shift(a);
    if (a.kind === 'person' || a.kind === 'country') {
      const entity = a.entity ? entities.get(a.entity) : undefined;
      spans.push({ layer: a.kind === 'person' ? 'Person' : 'Country', ...where, features: a.kind === 'person' ? [entity?.name] : [entity?.name, entity?.iso], tokens: [], disambiguation: 0 });
    } else if (a.kind === 'claim') {
      const speaker = a.speaker ? entities.get(a.speaker) : undefined;
      spans.push({ layer: 'Claim', ...where, features: [a.claimType, a.review?.note, speaker?.name, a.review?.verdict], tokens: [], disambiguation: 0 });
    }
  }
  const passage = (p: Passage): Span => {
    const key = `${p.document}:${p.start}:${p.end}`;
    let span = passageSpans.get(key);
    if (!span) {
      const uri = set.documents.find((d) => d.id === p.document)?.uri ?? p.document;
      span = { layer: 'Passage', ...shift(p), features: [documentFileName(uri)], tokens: [], disambiguation: 0 };
      passageSpans.set(key, span);
      spans.push(span);
    }
    return span;
  };
  const relations: Relation[] = set.crossReferences.map((x) => ({ source: passage(x.from), target: passage(x.to), features: [x.match, x.review?.note, x.review?.verdict] }));

  // Sentences (non-blank lines) and tokens, split at every span boundary.
  const cuts = new Set(spans.flatMap((s) => [s.start, s.end]));
  const sentences: Array<{ start: number; end: number; tokens: Token[] }> = [];
  for (const d of set.documents) {
    const text = textOf.get(d.id)!;
    const offset = base.get(d.id)!;
    for (const line of text.matchAll(/[^\r\n]+/g)) {
      const tokens: Token[] = [];
      for (const word of line[0].matchAll(WORD)) {
        const start = offset + line.index! + word.index!;
        const end = start + word[0].length;
        let from = start;
        for (let i = start + 1; i < end; i++) {
          if (cuts.has(i) && !isLowSurrogateAt(text, i - offset)) {
            tokens.push({ start: from, end: i, id: '' });
            from = i;
          }
        }
        tokens.push({ start: from, end, id: '' });
      }
      if (tokens.length > 0) sentences.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens });
    }
  }
  const allTokens = sentences.flatMap((s, si) => s.tokens.map((t, ti) => ((t.id = `${si + 1}-${ti + 1}`), t)));

  // Tokens of each span; spans with no whole token are not written.
  for (const s of spans) s.tokens = tokensWithin(allTokens, s.start, s.end);
  const written = spans.filter((s) => s.tokens.length > 0);
  const byToken = new Map<number, Span[]>();
  for (const s of written) for (const t of s.tokens) byToken.set(t, [...(byToken.get(t) ?? []), s]);
  let nextId = 1;
  for (const s of written) {
    const stacked = s.tokens.some((t) => byToken.get(t)!.some((o) => o !== s && o.layer === s.layer));
    if (s.tokens.length > 1 || stacked) s.disambiguation = nextId++;
  }
  const relationsAt = new Map<number, Relation[]>();
  for (const r of relations) {
    if (r.source.tokens.length === 0 || r.target.tokens.length === 0) continue;
    const t = r.target.tokens[0]!;
    relationsAt.set(t, [...(relationsAt.get(t) ?? []), r]);
  }

  const value = (v: string | undefined, id: number) => `${v === undefined || v === '' ? '*' : escapeTsv(v)}${id ? `[${id}]` : ''}`;
  const lines: string[] = [...WEBANNO_HEADER, '', ''];
  let tokenIndex = 0;
  const fullText = (start: number, end: number) => {
    for (const d of set.documents) {
      const b = base.get(d.id)!;
      const text = textOf.get(d.id)!;
      if (start >= b && end <= b + text.length) return text.slice(start - b, end - b);
    }
    return '';
  };
  for (const sentence of sentences) {
    lines.push(`#Text=${escapeTsv(fullText(sentence.start, sentence.end))}`);
    for (const token of sentence.tokens) {
      const here = byToken.get(tokenIndex) ?? [];
      const cells = [token.id, `${token.start}-${token.end}`, escapeTsv(fullText(token.start, token.end))];
      for (const layer of LAYERS) {
        const stack = here.filter((s) => s.layer === layer);
        for (let f = 0; f < FEATURE_COUNT[layer]; f++) cells.push(stack.length === 0 ? '_' : stack.map((s) => value(s.features[f], s.disambiguation)).join('|'));
      }
      const rels = relationsAt.get(tokenIndex) ?? [];
      for (let f = 0; f < 3; f++) cells.push(rels.length === 0 ? '_' : rels.map((r) => value(r.features[f], 0)).join('|'));
      cells.push(rels.length === 0 ? '_' : rels.map((r) => `${allTokens[r.source.tokens[0]!]!.id}${r.source.disambiguation || r.target.disambiguation ? `[${r.source.disambiguation}_${r.target.disambiguation}]` : ''}`).join('|'));
      lines.push(cells.join('\t'));
      tokenIndex++;
    }
    lines.push('');
  }
  for (let i = 0; i < lines.length; i += LINES_PER_PIECE) yield `${lines.slice(i, i + LINES_PER_PIECE).join('\n')}\n`;
}

/** Indexes of the tokens inside `[start, end)` (tokens are split at span boundaries, so none straddles one). */
function tokensWithin(tokens: readonly Token[], start: number, end: number): number[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.end <= end; i++) out.push(i);
  return out;
}

/** True when `text[i]` is the low half of a surrogate pair (no token may be cut there). */
function isLowSurrogateAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const p = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff;
}
