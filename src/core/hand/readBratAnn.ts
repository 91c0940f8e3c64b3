/**
 * Reads a brat `.ann` for import (`mergeImported.ts`), as the `brat` export writes it or
 * as brat and INCEpTION leave it after editing: `Person`, `Country`, `Claim` spans (`T`
 * lines, code point offsets) become tags with their entity, speaker and claim type from
 * `A` and `#` lines; `Verdict` attributes and `note "…"` notes become verdicts and notes;
 * a counterpart note marked `hand`, or carrying a review, becomes a link (and its verdict
 * and note) when the other account's `.ann` is given (`siblings`). Other span types and
 * `R` relations (inside one account) are listed as skipped. Pure.
 */
import { describeSpan, type SpanSelectors } from '../align/anchor';
import { stableUuid } from '../export/stableUuid';
import type { ClaimType, OffsetRange } from '../model/annotation';
import { CLAIM_TYPES, MATCH_CLASSES, type MatchClass } from '../model/annotation';
import type { HandAnnotation, HandTarget } from './model';
import { relativeSource } from './paths';
import type { ImportAccount, ImportNote, ImportRead } from './importTypes';

/** A brat `.ann` beside the imported one, for counterparts (`transcript.ann` and its text). */
export interface BratSibling {
  readonly ann: string;
  readonly text: string;
  /** The account's URI. */
  readonly uri: string;
}

interface BratSpan {
  readonly tid: string;
  readonly type: string;
  readonly range: OffsetRange;
  readonly quote: string;
}

/**
 * Reads a brat `.ann` written for `account` (see module notes). `siblings` gives the
 * other accounts' `.ann` by file name (`transcript.txt` → its `.ann`), for links.
 */
export function readBratAnn(ann: string, account: ImportAccount, now: string, siblings: (txtName: string) => BratSibling | undefined = () => undefined): ImportRead {
  const skipped: ImportNote[] = [];
  const spans = bratSpans(ann, account.text, skipped);
  const attributes = new Map<string, Map<string, string>>();
  const notes = new Map<string, string>();
  for (const [n, line] of ann.split(/\r?\n/).entries()) {
    if (line === '' || line.startsWith('T')) continue;
    let m: RegExpExecArray | null;
    if ((m = /^A\d+\t(\w+) (T\d+)(?: (\S+))?$/.exec(line))) {
      const map = attributes.get(m[2]!) ?? new Map<string, string>();
      map.set(m[1]!, m[3] ?? '');
      attributes.set(m[2]!, map);
    } else if ((m = /^#\d+\tAnnotatorNotes (T\d+)\t(.*)$/.exec(line))) notes.set(m[1]!, m[2]!);
    else if (/^R\d+\t/.test(line)) skipped.push({ what: `line ${n + 1}`, reason: 'relations inside one account are not imported (cross-references are between accounts)' });
    else if (!/^[ENM*]\d*\t/.test(line)) skipped.push({ what: `line ${n + 1}`, reason: 'is no brat standoff line' });
  }
  const candidates: HandAnnotation[] = [];
  let serial = 0;
  const id = (...parts: (string | number)[]) => `urn:uuid:${stableUuid('brat-import', account.uri, ann.length, ...parts, serial++)}`;
  const source = relativeSource(account.uri, account.uri);
  const targetOf = (s: BratSpan, text: string): HandTarget => ({ source, selectors: selectorsFor(text, s) });
  for (const s of spans.values()) {
    const attrs = attributes.get(s.tid) ?? new Map<string, string>();
    const note = parseNote(notes.get(s.tid) ?? '');
    const base = { created: now, target: targetOf(s, account.text) };
    if (s.type === 'Person' || s.type === 'Country') {
      const kind = s.type === 'Person' ? 'person' : 'country';
      const entity = note.entity ?? s.quote;
      const iso = kind === 'country' ? note.iso : undefined;
      if (kind === 'country' && !iso) {
        skipped.push({ what: `${s.tid} "${s.quote}"`, reason: 'is a Country without an ISO code (its note "entity c1 Name XX" is missing)' });
        continue;
      }
      candidates.push({ id: id(s.tid, 'tag'), ...base, action: 'tag', kind, entity, ...(iso && { iso }) });
    } else if (s.type === 'Claim') {
      const claimType = attrs.get('ClaimType');
      candidates.push({ id: id(s.tid, 'tag'), ...base, action: 'tag', kind: 'claim', ...(note.speaker && { speaker: note.speaker }), ...(claimType && isClaimType(claimType) && { claimType }) });
      const creator = note.reviewer !== undefined ? { creator: note.reviewer } : {};
      const verdict = attrs.get('Verdict');
      if (verdict) candidates.push({ id: id(s.tid, 'assess'), ...base, ...creator, action: 'assess', verdict: verdict.replace(/_/g, ' ') });
      if (note.note !== undefined) candidates.push({ id: id(s.tid, 'comment'), ...base, ...creator, action: 'comment', note: note.note });
    } else {
      skipped.push({ what: `${s.tid} "${s.quote}"`, reason: `${s.type} spans are not imported (only Person, Country and Claim)` });
    }
    // Links: counterpart notes marked hand, or reviewed, and found in the other account's .ann.
    for (const c of note.counterparts) {
      if (!c.hand && c.verdict === undefined && c.note === undefined) continue;
      const other = siblings(c.file);
      const otherSpan = other ? bratSpans(other.ann, other.text, []).get(c.tid) : undefined;
      if (!other || !otherSpan) {
        skipped.push({ what: `${s.tid} "${s.quote}"`, reason: `its counterpart ${c.tid} in ${c.file} could not be read (give the .ann of ${c.file} beside this one)` });
        continue;
      }
      const counterpart: HandTarget = { source: relativeSource(account.uri, other.uri), selectors: selectorsFor(other.text, otherSpan) };
      const creator = c.reviewer !== undefined ? { creator: c.reviewer } : {};
      if (c.hand && isMatchClass(c.match)) candidates.push({ id: id(s.tid, c.file, c.tid, 'link'), ...base, action: 'link', match: c.match, counterpart });
      if (c.verdict !== undefined) candidates.push({ id: id(s.tid, c.file, c.tid, 'assess'), ...base, ...creator, action: 'assess', verdict: c.verdict, counterpart });
      if (c.note !== undefined) candidates.push({ id: id(s.tid, c.file, c.tid, 'comment'), ...base, ...creator, action: 'comment', note: c.note, counterpart });
    }
  }
  return { candidates, skipped };
}

/** The T spans of a .ann, in UTF-16 offsets of `text` (brat counts code points). */
function bratSpans(ann: string, text: string, skipped: ImportNote[]): Map<string, BratSpan> {
  const toUtf16: number[] = [];
  let u = 0;
  for (const ch of text) {
    toUtf16.push(u);
    u += ch.length;
  }
  toUtf16.push(u);
  const spans = new Map<string, BratSpan>();
  for (const [n, line] of ann.split(/\r?\n/).entries()) {
    if (!line.startsWith('T')) continue;
    const m = /^(T\d+)\t(\w+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/.exec(line);
    if (!m) {
      skipped.push({ what: `line ${n + 1}`, reason: 'is a malformed T line' });
      continue;
    }
    const fragments = m[3]!.split(';').map((f) => f.split(' ').map(Number) as [number, number]);
    const start = fragments[0]![0];
    const end = fragments[fragments.length - 1]![1];
    const inText = end < toUtf16.length && start <= end;
    const range = inText ? { start: toUtf16[start]!, end: toUtf16[end]! } : { start, end };
    // The span's words: from the text when the offsets still give the T line's words.
    const quote = inText && fragments.map(([s, e]) => text.slice(toUtf16[s]!, toUtf16[e]!)).join(' ') === m[4] ? text.slice(range.start, range.end) : m[4]!;
    spans.set(m[1]!, { tid: m[1]!, type: m[2]!, range, quote });
  }
  return spans;
}

/** Selectors for a brat span: described in `text` when it is there, else its words at its offsets. */
function selectorsFor(text: string, s: BratSpan): SpanSelectors {
  if (text.slice(s.range.start, s.range.end) === s.quote && s.quote !== '') return describeSpan(text, s.range);
  return { quote: { type: 'TextQuoteSelector', exact: s.quote || ' ' }, position: { type: 'TextPositionSelector', start: s.range.start, end: Math.max(s.range.start, s.range.end) } };
}

interface ParsedNote {
  entity?: string;
  iso?: string;
  speaker?: string;
  note?: string;
  reviewer?: string;
  counterparts: Array<{ file: string; tid: string; match: string; hand: boolean; verdict?: string; note?: string; reviewer?: string }>;
}

const JSON_STRING = '"(?:[^"\\\\]|\\\\.)*"';

/** Parses an AnnotatorNotes text written by the `brat` export. */
export function parseNote(text: string): ParsedNote {
  const out: ParsedNote = { counterparts: [] };
  const review = (part: string) => {
    const get = (key: string) => {
      const m = new RegExp(`(?:^| )${key} (${JSON_STRING})`).exec(part);
      if (!m) return undefined;
      try {
        return JSON.parse(m[1]!) as string;
      } catch {
        return undefined;
      }
    };
    return { verdict: get('verdict'), note: get('note'), reviewer: get('reviewer') };
  };
  for (const part of text.split(/; (?=(?:entity|speaker|label|counterpart|note|verdict|reviewer) )/)) {
    let m: RegExpExecArray | null;
    if ((m = /^entity \S+ (.+?)(?: ([A-Z]{2}))?$/.exec(part))) {
      out.entity = m[1];
      if (m[2]) out.iso = m[2];
    } else if ((m = /^speaker \S+ (.+)$/.exec(part))) out.speaker = m[1];
    else if ((m = /^counterpart (.+?) (T\d+|\d+-\d+) (\w+) [\d.]+( hand)?(?: (.*))?$/.exec(part))) {
      out.counterparts.push({ file: m[1]!, tid: m[2]!, match: m[3]!, hand: !!m[4], ...stripUndefined(review(m[5] ?? '')) });
    } else if (/^(note|reviewer|verdict) "/.test(part)) Object.assign(out, stripUndefined({ note: review(part).note, reviewer: review(part).reviewer }));
  }
  return out;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const isClaimType = (v: string): v is ClaimType => (CLAIM_TYPES as readonly string[]).includes(v);
const isMatchClass = (v: string): v is MatchClass => (MATCH_CLASSES as readonly string[]).includes(v);
