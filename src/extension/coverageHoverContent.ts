/**
 * The coverage hover of a transcript sentence: how each report of the event renders it
 * (core/coverage), with the quote's fidelity and the report's words. Markdown, every piece
 * of document text escaped (markdownText.ts). Pure: no vscode import.
 */
import type { Coverage, CoverageSentence } from '../core/index';
import { RENDERING_MARKS } from '../shared/coverageMarks';
import { findingText } from '../shared/findingText';
import { escapeMarkdown, truncate } from './markdownText';

/** What the hover is built from. */
export interface CoverageHoverInput {
  readonly coverage: Coverage;
  /** Each account's text by document id (of the coverage's set). */
  readonly texts: Readonly<Record<string, string>>;
  /** Display name (file name) by document id. */
  readonly names: Readonly<Record<string, string>>;
  /** Person names by entity id. */
  readonly persons: ReadonlyMap<string, string>;
  /** Offset in the transcript. */
  readonly offset: number;
  /** The event's name (absent: not named in the hover). */
  readonly event?: string;
}

/** Longest report passage shown per report. */
const MAX_PASSAGE = 140;

/** The sentence of the transcript at `offset`, if any. */
export function sentenceAt(coverage: Coverage, offset: number): CoverageSentence | undefined {
  let lo = 0;
  let hi = coverage.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (coverage.sentences[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const s = coverage.sentences[lo];
  return s && s.start <= offset ? s : undefined;
}

/**
 * The hover at `offset`: the sentence's renderings by every report, or `undefined` when
 * the offset is in no sentence, the event has fewer than two reports, or none renders it.
 */
export function buildCoverageHover(input: CoverageHoverInput): { markdown: string; start: number; end: number } | undefined {
  const { coverage } = input;
  const total = coverage.outlets.length;
  const sentence = sentenceAt(coverage, input.offset);
  if (!sentence || total < 2 || sentence.outlets === 0) return undefined;
  const lines = [`${input.event !== undefined ? `Event “${escapeMarkdown(input.event)}”: ` : ''}**Reported by ${sentence.outlets} of ${total} reports**`];
  for (const cell of sentence.cells) {
    const mark = RENDERING_MARKS[cell.rendering];
    const name = escapeMarkdown(input.names[cell.outlet] ?? cell.outlet);
    const link = cell.best;
    if (!link) {
      lines.push(`${mark.symbol} ${name}: ${mark.word}`);
      continue;
    }
    const fidelity = link.fidelity !== undefined ? `, fidelity ${Math.round(link.fidelity * 100)}%` : '';
    const words = escapeMarkdown(truncate((input.texts[link.report.document] ?? '').slice(link.report.start, link.report.end), MAX_PASSAGE));
    const findings = link.findings.map((f) => escapeMarkdown(findingText(f, (id) => input.persons.get(id)))).join('; ');
    lines.push(`${mark.symbol} ${name}: **${mark.word}**${fidelity} — “${words}”${findings ? ` _(${findings})_` : ''}`);
  }
  return { markdown: lines.join('  \n'), start: sentence.start, end: sentence.end };
}
