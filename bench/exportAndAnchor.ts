/**
 * Export and re-anchoring benchmark.
 *
 * - Export: every format (`exportAs`) on the analysed sample pair, median of 5 runs.
 * - Re-anchoring: 1,000 stored spans (names, claims, a few long passages) in a 1 MB
 *   generated account, found again after edits: a paragraph inserted at the start, a
 *   word changed inside one span in ten, one span in twenty deleted. Reports the time and
 *   how each span was placed (position, quote, fuzzy, orphaned).
 *
 *   node --import tsx bench/exportAndAnchor.ts   (also run by `npm run bench`)
 */
import fs from 'node:fs';
import path from 'node:path';
import { anchorSpan, describeSpan, type SpanSelectors } from '../src/core/align/anchor';
import { EXPORT_FORMATS, exportAs } from '../src/core/export/index';
import { createAnnotationService } from '../src/core/index';
import { random } from './random';

/** The UTF-16 length of an export's pieces (made here, as a writer makes them). */
function chunksLength(pieces: Iterable<string>): number {
  let n = 0;
  for (const p of pieces) n += p.length;
  return n;
}

/** One row of the export table. */
export interface ExportBenchRow {
  readonly format: string;
  readonly ms: number;
  readonly bytes: number;
}

/** The re-anchoring measurement. */
export interface AnchorBenchResult {
  readonly textBytes: number;
  readonly spans: number;
  readonly ms: number;
  readonly methods: Readonly<Record<string, number>>;
  /** Spans deleted by the edits, and how many of them were (rightly) orphaned. */
  readonly deleted: number;
  readonly deletedOrphaned: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Times each export format on the sample pair. */
export function runExportBench(): { annotations: number; rows: ExportBenchRow[] } {
  const dir = path.join(__dirname, '..', 'samples');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const accounts = files.map((f) => ({ uri: `file:///samples/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  const set = createAnnotationService().annotateAccounts(accounts);
  const texts = Object.fromEntries(set.documents.map((d, i) => [d.id, accounts[i]!.text]));
  const rows = EXPORT_FORMATS.map((format) => {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const out = exportAs(format, set, texts);
      times.push(performance.now() - t0);
      bytes = out.kind === 'file' ? chunksLength(out.chunks()) : out.files.reduce((n, f) => n + f.content.length, 0);
    }
    return { format, ms: median(times), bytes };
  });
  return { annotations: set.annotations.length, rows };
}

/** Re-anchors 1,000 spans of a 1 MB account after edits. */
export function runAnchorBench(): AnchorBenchResult {
  const rnd = random(7);
  const syllables = ['ka', 'lo', 'mi', 'ra', 'te', 'su', 'no', 'vi', 'de', 'po', 'an', 'el', 'or', 'is', 'ut'];
  const word = () => Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => syllables[Math.floor(rnd() * syllables.length)]).join('');
  const parts: string[] = [];
  let size = 0;
  while (size < 1_000_000) {
    const sentence = `${Array.from({ length: 8 + Math.floor(rnd() * 14) }, word).join(' ')}.${rnd() < 0.15 ? '\n\n' : ' '}`;
    parts.push(sentence);
    size += sentence.length;
  }
  const text = parts.join('');
  // Spans: mostly short (names), some claims, five long passages, spread over the text.
  const spans: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < 1000; i++) {
    const length = i % 200 === 0 ? 2000 : i % 3 === 0 ? 60 + Math.floor(rnd() * 200) : 5 + Math.floor(rnd() * 10);
    const start = Math.floor((i / 1000) * (text.length - 3000)) + Math.floor(rnd() * 500);
    spans.push({ start, end: start + length });
  }
  const selectors: SpanSelectors[] = spans.map((s) => describeSpan(text, s));
  // Edits, applied from the end so earlier offsets stay valid.
  const deletedIds = new Set<number>();
  let edited = text;
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i]!;
    if (i % 20 === 7) {
      edited = edited.slice(0, s.start) + edited.slice(s.end);
      deletedIds.add(i);
    } else if (i % 10 === 3 && s.end - s.start > 20) {
      const at = s.start + Math.floor((s.end - s.start) / 2);
      edited = `${edited.slice(0, at)}XQ${edited.slice(at + 3)}`;
    }
  }
  edited = `A new opening paragraph, added by the editor.\n\n${edited}`;
  const methods: Record<string, number> = { position: 0, quote: 0, fuzzy: 0, orphaned: 0 };
  let deletedOrphaned = 0;
  const t0 = performance.now();
  // In text order, each search starting where the previous span moved, as applyHandAnnotations does.
  let shift = 0;
  selectors.forEach((sel, i) => {
    const r = anchorSpan(edited, sel, { shift });
    if (r) shift = r.start - sel.position.start;
    methods[r ? r.method : 'orphaned']!++;
    if (!r && deletedIds.has(i)) deletedOrphaned++;
  });
  return { textBytes: text.length, spans: spans.length, ms: performance.now() - t0, methods, deleted: deletedIds.size, deletedOrphaned };
}

/** Both measurements as Markdown. */
export function formatExportAndAnchorBench(exported: ReturnType<typeof runExportBench>, anchored: AnchorBenchResult): string {
  const lines = [
    `Export of the sample pair (${exported.annotations} annotations), median of 5:`,
    '',
    '| format | ms | output chars |',
    '|---|---:|---:|',
    ...exported.rows.map((r) => `| ${r.format} | ${r.ms.toFixed(1)} | ${r.bytes.toLocaleString('en')} |`),
    '',
    `Re-anchoring ${anchored.spans} spans in a ${(anchored.textBytes / 1e6).toFixed(1)} MB account after edits: ${anchored.ms.toFixed(0)} ms;`,
    `placed by ${Object.entries(anchored.methods).map(([k, v]) => `${k} ${v}`).join(', ')}; ${anchored.deletedOrphaned} of ${anchored.deleted} deleted spans orphaned.`,
  ];
  return lines.join('\n');
}

if (require.main === module) console.log(formatExportAndAnchorBench(runExportBench(), runAnchorBench()));
