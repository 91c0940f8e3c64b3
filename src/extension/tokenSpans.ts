/**
 * Builds semantic tokens from annotations. Pure (no vscode import): the provider only
 * wraps the result. Tokens cannot overlap or span lines, so:
 * - spans are layered: turn labels over person/country mentions over statistics over other
 *   claims; a claim around a mention is emitted as the pieces around the mention;
 * - every piece is split at line breaks (line breaks themselves carry no token).
 *
 * Output is VS Code's encoding: 5 integers per token (delta line, delta start character,
 * length, type index, modifier bits), in document order.
 */
import { type Annotation, type AnnotationKind, CLAIM_TYPES, type Entity, type OffsetRange } from '../core/index';
import type { LineIndex } from './lineIndex';

/** Token types in legend order; `turn` annotations show as `speaker` labels. */
export const TOKEN_TYPES = ['speaker', 'person', 'country', 'claim'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

/**
 * Token modifiers in legend order: the claim types, then `unsupported` (a claim credited
 * to a speaker of the event that the other account does not hold: the strong mark),
 * `label`, and `context` (the report's own background the other account does not hold:
 * no strong mark, only the modifier, for themes that want to style it).
 */
export const TOKEN_MODIFIERS = [...CLAIM_TYPES, 'unsupported', 'label', 'context'] as const;
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

/** The token type of each annotation kind: adding a kind fails to compile until mapped here. */
export const TOKEN_TYPE_OF_KIND: Readonly<Record<AnnotationKind, TokenType>> = { turn: 'speaker', person: 'person', country: 'country', claim: 'claim' };

/** Which kinds to highlight (the `transcriptAnnotator.highlight.*` settings). */
export interface HighlightOptions {
  readonly speakers: boolean;
  readonly persons: boolean;
  readonly countries: boolean;
  readonly claims: boolean;
}

/** One token before encoding: an offset range with its type, modifiers and layer. */
export interface TokenSpan extends OffsetRange {
  readonly type: TokenType;
  readonly modifiers: number;
  /** Higher layers cut lower ones. */
  readonly layer: number;
}

/** Input of `buildTokenSpans`. */
export interface TokenInput {
  /** The text the annotations were made on. */
  readonly text: string;
  /** Annotations of this account only. */
  readonly annotations: readonly Annotation[];
  readonly entities: ReadonlyMap<string, Entity>;
  /** Ids of claim annotations the other account does not support (`reason: 'unsupported'`). */
  readonly unsupported: ReadonlySet<string>;
  /** Ids of claim annotations of context the other account does not hold (`reason: 'context'`); absent: none. */
  readonly context?: ReadonlySet<string>;
  readonly highlight: HighlightOptions;
}

const bit = (m: TokenModifier) => 1 << TOKEN_MODIFIERS.indexOf(m);
const TOKEN_TYPE_INDEX = Object.fromEntries(TOKEN_TYPES.map((t, i) => [t, i])) as Record<TokenType, number>;

/**
 * Where the label of a turn sits: the turn starts with it, up to the colon (or the end of
 * the label's words when the style has no colon, like `Q`). `undefined` for unlabelled turns.
 */
export function labelRange(text: string, turn: Annotation): OffsetRange | undefined {
  if (!turn.label) return undefined;
  const head = text.slice(turn.start, Math.min(turn.end, turn.start + turn.label.length + 80));
  const lead = head.length - head.trimStart().length;
  const at = head.indexOf(turn.label);
  if (at >= 0 && at <= lead + 2) return { start: turn.start + at, end: turn.start + at + turn.label.length };
  // The label was normalised (escapes, spacing): take the text up to the first colon of the line.
  const line = head.split(/\r?\n|\r/)[0] ?? '';
  const colon = line.indexOf(':');
  if (colon > lead) return { start: turn.start + lead, end: turn.start + colon };
  return undefined;
}

/** The spans to highlight, before layering. */
export function collectTokenSpans(input: TokenInput): TokenSpan[] {
  const { text, annotations, entities, unsupported, context, highlight } = input;
  const spans: TokenSpan[] = [];
  for (const a of annotations) {
    if (a.end <= a.start) continue;
    switch (a.kind) {
      case 'turn': {
        if (!highlight.speakers) break;
        const r = labelRange(text, a);
        if (r && r.end > r.start) spans.push({ ...r, type: 'speaker', modifiers: bit('label'), layer: 4 });
        break;
      }
      case 'person': {
        const speaks = a.entity !== undefined && entities.get(a.entity)?.speaker === true;
        if (speaks ? highlight.speakers || highlight.persons : highlight.persons) {
          spans.push({ start: a.start, end: a.end, type: speaks && highlight.speakers ? 'speaker' : 'person', modifiers: 0, layer: 3 });
        }
        break;
      }
      case 'country':
        if (highlight.countries) spans.push({ start: a.start, end: a.end, type: 'country', modifiers: 0, layer: 3 });
        break;
      case 'claim': {
        if (!highlight.claims) break;
        let modifiers = a.claimType ? bit(a.claimType) : 0;
        if (unsupported.has(a.id)) modifiers |= bit('unsupported');
        else if (context?.has(a.id)) modifiers |= bit('context');
        spans.push({ start: a.start, end: a.end, type: 'claim', modifiers, layer: a.claimType === 'statistic' ? 2 : 1 });
        break;
      }
      default: {
        const never: never = a.kind;
        throw new Error(`no token type for annotation kind ${String(never)}`);
      }
    }
  }
  return spans;
}

/**
 * Flattens overlapping spans into disjoint pieces: at every point the highest layer wins,
 * then the shortest span. Sweep over boundaries; the active set stays tiny (nesting depth).
 */
export function layerTokenSpans(spans: readonly TokenSpan[]): TokenSpan[] {
  if (spans.length === 0) return [];
  // Typed-array sort of the boundaries: several times faster than Array#sort on 1 MB accounts.
  const raw = new Float64Array(spans.length * 2);
  spans.forEach((s, i) => {
    raw[2 * i] = s.start;
    raw[2 * i + 1] = s.end;
  });
  raw.sort();
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  const active: TokenSpan[] = [];
  const out: { start: number; end: number; type: TokenType; modifiers: number; layer: number }[] = [];
  let next = 0;
  for (let i = 0; i < raw.length - 1; i++) {
    const from = raw[i]!;
    const to = raw[i + 1]!;
    if (to === from) continue;
    while (next < byStart.length && byStart[next]!.start <= from) active.push(byStart[next++]!);
    let best: TokenSpan | undefined;
    let w = 0;
    for (let j = 0; j < active.length; j++) {
      const s = active[j]!;
      if (s.end <= from) continue; // ended: dropped by the compaction below
      active[w++] = s;
      if (!best || s.layer > best.layer || (s.layer === best.layer && s.end - s.start < best.end - best.start)) best = s;
    }
    active.length = w;
    if (!best) continue;
    const last = out[out.length - 1];
    if (last && last.end === from && last.type === best.type && last.modifiers === best.modifiers && last.layer === best.layer) {
      last.end = to;
    } else {
      out.push({ start: from, end: to, type: best.type, modifiers: best.modifiers, layer: best.layer });
    }
  }
  return out;
}

/** Encodes disjoint, sorted spans as VS Code semantic token data, split per line. */
export function encodeTokenSpans(spans: readonly TokenSpan[], lines: LineIndex): Uint32Array {
  let data = new Uint32Array(Math.max(16, spans.length * 5 + 64));
  let n = 0;
  let prevLine = 0;
  let prevChar = 0;
  for (const s of spans) {
    let line = lines.lineOf(s.start);
    let start = s.start;
    while (start < s.end) {
      const lineStart = lines.lineStart(line);
      const end = Math.min(s.end, lines.lineEnd(line));
      if (end > start) {
        if (n + 5 > data.length) {
          const grown = new Uint32Array(data.length * 2);
          grown.set(data);
          data = grown;
        }
        const char = start - lineStart;
        data[n++] = line - prevLine;
        data[n++] = line === prevLine ? char - prevChar : char;
        data[n++] = end - start;
        data[n++] = TOKEN_TYPE_INDEX[s.type];
        data[n++] = s.modifiers;
        prevLine = line;
        prevChar = char;
      }
      line++;
      if (line >= lines.lineCount) break;
      start = Math.max(start, lines.lineStart(line));
    }
  }
  return data.slice(0, n);
}

/** The whole pipeline: annotations → encoded semantic tokens. */
export function buildSemanticTokens(input: TokenInput, lines: LineIndex): Uint32Array {
  return encodeTokenSpans(layerTokenSpans(collectTokenSpans(input)), lines);
}
