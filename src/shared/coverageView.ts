/**
 * What the coverage view shows for one event, built from its `Coverage` (core/coverage):
 * the same figures, renderings, quote groups and word diffs as the HTML report
 * (coverageReport.ts), as plain data for the webview (coverageProtocol.ts). Pure: no
 * vscode, no DOM.
 *
 * Notes:
 * - Texts are cut to `maxChars` (the view shows a line or two of each; the full passage
 *   is one click away in the editor), so a 1 MB transcript is not posted whole.
 * - `coverageViewSource` builds only what is asked for: the figures and the quote groups'
 *   summaries at once, rows and quotes when first asked for (then kept). The extension
 *   posts the view in pages (coveragePages.ts), so the first message of a long event
 *   waits for its first rows only; `buildCoverageView` builds all of it.
 */
import type { AnnotationSet, Coverage } from '../core/index';
import { RENDERING_CODES, type CoverageView, type CoverageViewOutlet, type CoverageViewQuote, type CoverageViewQuoteGroupHead, type CoverageViewRow } from './coverageProtocol';
import { outletKey } from './coverageReport';
import { fileNameOf } from './fileName';
import { findingText } from './findingText';
import { reportDiff } from './reportDiff';

/** What the view is built from. */
export interface CoverageViewInput {
  readonly coverage: Coverage;
  /** The annotation set the coverage was built from (person names). */
  readonly set: AnnotationSet;
  /** Each account's text by document id, exactly as analysed. */
  readonly texts: Readonly<Record<string, string>>;
  /** The event's name. */
  readonly event: string;
  /** Longest text sent per passage; default 240 characters (the view shows two lines of each). */
  readonly maxChars?: number;
}

/**
 * A coverage view built as asked for (coveragePages.ts posts it in pages). Everything
 * but `rows` and `quotes` is built at once.
 */
export interface CoverageViewSource {
  readonly event: string;
  readonly transcript: { readonly name: string; readonly uri: string };
  readonly outlets: readonly CoverageViewOutlet[];
  /** How many rows the matrix has (each turn, then its sentences). */
  readonly rowCount: number;
  /** How many of them are sentences. */
  readonly sentenceCount: number;
  /** Rows `from` … `to - 1`, cut to the rows there are. */
  rows(from: number, to: number): readonly CoverageViewRow[];
  /** Every quote group, without its quotes. */
  readonly quoteGroups: readonly Omit<CoverageViewQuoteGroupHead, 'quotes'>[];
  /** The quotes of group `group`; `undefined` for a group there is not. */
  quotes(group: number): readonly CoverageViewQuote[] | undefined;
}

/** The coverage view of an event, whole. */
export function buildCoverageView(input: CoverageViewInput): CoverageView {
  const source = coverageViewSource(input);
  return {
    event: source.event,
    transcript: source.transcript,
    outlets: source.outlets,
    rows: [...source.rows(0, source.rowCount)],
    quoteGroups: source.quoteGroups.map((g, i) => ({ ...g, quotes: source.quotes(i)! })),
  };
}

/** The coverage view of an event, built as asked for. */
export function coverageViewSource(input: CoverageViewInput): CoverageViewSource {
  const { coverage, set, texts } = input;
  const max = input.maxChars ?? 240;
  const persons = new Map(set.entities.map((e) => [e.id, e.name]));
  const cut = (text: string): { text: string; truncated?: true } => {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > max ? { text: `${flat.slice(0, max)}…`, truncated: true } : { text: flat };
  };
  const transcriptText = texts[coverage.transcript.id] ?? '';
  const keyOf = new Map(coverage.outlets.map((o) => [o.id, outletKey(o.index)]));

  const outlets: CoverageViewOutlet[] = coverage.outlets.map((o, i) => {
    const s = coverage.stats[i]!;
    const same = o.sameTextAs !== undefined ? keyOf.get(o.sameTextAs) : undefined;
    return {
      key: outletKey(o.index),
      name: fileNameOf(o.uri),
      uri: o.uri,
      ...(same ? { sameAs: same } : {}),
      share: Math.min(1, Math.max(0, s.share)),
      sentencesCovered: s.sentencesCovered,
      quotes: { total: s.quotes.total, accurate: s.quotes.accurate, altered: s.quotes.altered, misattributed: s.quotes.misattributed, notFound: s.quotes.notFound },
      unsupported: s.unsupported,
      speakersQuoted: s.speakersQuoted.map((c) => {
        const name = c.speaker ? persons.get(c.speaker) ?? c.speaker : undefined;
        return name !== undefined ? { name, count: c.count } : { count: c.count };
      }),
    };
  });

  // Row of each turn: a turn's row, then one per sentence of it.
  const turnRow: number[] = [];
  let rowCount = 0;
  for (const turn of coverage.turns) {
    turnRow.push(rowCount);
    rowCount += 1 + turn.sentences.length;
  }
  const built: (CoverageViewRow | undefined)[] = new Array(rowCount);

  const turnRowOf = (t: number): CoverageViewRow => {
    const turn = coverage.turns[t]!;
    const who = turn.speaker ? persons.get(turn.speaker) : undefined;
    const heading = turn.annotation ? [who, turn.label && turn.label !== who ? turn.label : undefined].filter(Boolean).join(' · ') || 'Unnamed speaker' : 'Outside the speaker turns';
    return {
      kind: 'turn',
      index: turn.index,
      ...cut(heading),
      sentences: turn.sentences.length,
      renderings: turn.cells.map((c) => RENDERING_CODES[c.rendering]).join(''),
      covered: turn.cells.map((c) => (c.rendering === 'absent' ? 0 : c.sentencesCovered)),
      outlets: turn.outlets,
    };
  };
  const sentenceRowOf = (index: number): CoverageViewRow => {
    const s = coverage.sentences[index]!;
    const fidelity = s.cells.flatMap((c, outlet) => (c.best?.fidelity !== undefined ? [{ outlet, value: c.best.fidelity }] : []));
    return {
      kind: 'sentence',
      index,
      ...cut(transcriptText.slice(s.start, s.end)),
      renderings: s.cells.map((c) => RENDERING_CODES[c.rendering]).join(''),
      ...(fidelity.length ? { fidelity } : {}),
      outlets: s.outlets,
    };
  };
  const rows = (from: number, to: number): CoverageViewRow[] => {
    const start = Math.max(0, Math.min(from, rowCount));
    const end = Math.max(start, Math.min(to, rowCount));
    const out: CoverageViewRow[] = [];
    if (start === end) return out;
    // The turn holding row `start`: the last whose row is at or before it.
    let lo = 0;
    let hi = turnRow.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (turnRow[mid]! <= start) lo = mid;
      else hi = mid - 1;
    }
    for (let t = lo, i = start; i < end; t++) {
      const first = turnRow[t]!;
      const sentences = coverage.turns[t]!.sentences;
      for (; i < end && i <= first + sentences.length; i++) {
        let row = built[i];
        if (!row) {
          row = i === first ? turnRowOf(t) : sentenceRowOf(sentences[i - first - 1]!);
          built[i] = row;
        }
        out.push(row);
      }
    }
    return out;
  };

  const outletIndex = new Map(coverage.outlets.map((o) => [o.id, o.index]));
  const quoteGroups = coverage.quoteGroups.map((g) => {
    const sentence = coverage.sentences[g.sentence]!;
    const speaker = sentence.speaker ? persons.get(sentence.speaker) : undefined;
    return {
      sentence: g.sentence,
      ...(speaker ? { speaker } : {}),
      ...cut(transcriptText.slice(g.transcript.start, g.transcript.end)),
      outlets: g.outlets,
    };
  });
  const quotesBuilt: (readonly CoverageViewQuote[] | undefined)[] = new Array(quoteGroups.length);
  const quotes = (group: number): readonly CoverageViewQuote[] | undefined => {
    const g = coverage.quoteGroups[group];
    if (!g) return undefined;
    quotesBuilt[group] ??= g.renderings.map((r): CoverageViewQuote => {
      const l = r.link;
      const parts = l.diff?.length ? reportDiff(l.diff, l.reportIsFrom) : [];
      // Kept words are the same on both sides (reportDiff.ts splits those that are not): sent once.
      const diff = parts.some((p) => p.op !== 'kept') ? parts.map((p) => (p.op === 'kept' ? { op: p.op, report: p.report ?? p.transcript ?? '' } : p)) : [];
      return {
        outlet: outletIndex.get(r.outlet) ?? 0,
        match: l.match,
        ...(l.fidelity !== undefined ? { fidelity: l.fidelity } : {}),
        // The diff holds the report's words; the text is sent only without one.
        ...(diff.length ? { text: '' } : cut((texts[l.report.document] ?? '').slice(l.report.start, l.report.end))),
        diff,
        findings: l.findings.map((f) => findingText(f, (id) => persons.get(id))),
        sentence: g.sentence,
      };
    });
    return quotesBuilt[group];
  };

  return {
    event: input.event,
    transcript: { name: fileNameOf(coverage.transcript.uri), uri: coverage.transcript.uri },
    outlets,
    rowCount,
    sentenceCount: rowCount - coverage.turns.length,
    rows,
    quoteGroups,
    quotes,
  };
}
