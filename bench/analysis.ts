/**
 * Analysis benchmark: the full analysis of one account (`analyzeAccount`) against a bare
 * per-paragraph retext parse of the same text, on the samples concatenated to 100 KB, 1 MB
 * and 10 MB. Each size runs in its own child process so that its peak RSS is its own.
 * Targets (issue 3): ≥ 3 MB/s at 1 MB and 10 MB, ratio to the bare parse ≤ 3×, RSS < 400 MB
 * at 10 MB.
 *
 *   node --import tsx bench/analysis.ts            all sizes, Markdown table
 *   node --import tsx bench/analysis.ts --size N   one size, JSON row (used by the above)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { createAnnotationService } from '../src/core';
import { splitParagraphs } from '../src/core/text/paragraphs';

/** One measured size. */
export interface AnalysisBenchRow {
  readonly bytes: number;
  /** Wall-clock milliseconds (fastest run). */
  readonly parseMs: number;
  readonly analysisMs: number;
  /** CPU milliseconds of this process (user + system) for the same runs: steadier on a shared machine. */
  readonly parseCpuMs: number;
  readonly analysisCpuMs: number;
  readonly annotations: number;
  /** Peak resident set size of the process, MB. */
  readonly rssMb: number;
}

const SIZES = [100_000, 1_000_000, 10_000_000];

/** The samples (report, then transcript) repeated to `size` UTF-16 code units. */
export function benchText(size: number): string {
  const dir = path.join(__dirname, '..', 'samples');
  const pair = ['sochi-2020-news.txt', 'sochi-2020-transcript.txt'].map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n\n');
  return `${pair}\n\n`.repeat(Math.ceil(size / (pair.length + 2))).slice(0, size);
}

/**
 * Measures one size in this process (after a warm-up on 100 KB): parse and analysis are run
 * alternately, three times below 10 MB, and the fastest of each is kept, so that a burst of
 * load on the machine does not land on one side only.
 */
export function measure(size: number): AnalysisBenchRow {
  const text = benchText(size);
  const warm = benchText(100_000);
  const parser = unified().use(retextEnglish);
  const service = createAnnotationService();
  const parse = (t: string) => {
    for (const unit of splitParagraphs(t)) parser.parse(unit.text);
  };
  parse(warm);
  service.analyzeAccount(warm, { uri: 'file:///warm.txt' });
  let parseMs = Infinity;
  let analysisMs = Infinity;
  let parseCpuMs = Infinity;
  let analysisCpuMs = Infinity;
  let annotations = 0;
  const cpu = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  for (let round = 0; round < (size >= 10_000_000 ? 1 : 3); round++) {
    let c = process.cpuUsage();
    let t = performance.now();
    parse(text);
    parseMs = Math.min(parseMs, performance.now() - t);
    parseCpuMs = Math.min(parseCpuMs, cpu(c));
    c = process.cpuUsage();
    t = performance.now();
    annotations = service.analyzeAccount(text, { uri: 'file:///bench.txt' }).annotations.length;
    analysisMs = Math.min(analysisMs, performance.now() - t);
    analysisCpuMs = Math.min(analysisCpuMs, cpu(c));
  }
  return { bytes: size, parseMs, analysisMs, parseCpuMs, analysisCpuMs, annotations, rssMb: process.resourceUsage().maxRSS / 1024 };
}

/** Runs every size, each in a child process. */
export function runAnalysisBench(sizes: readonly number[] = SIZES): AnalysisBenchRow[] {
  return sizes.map((size) => {
    const loader = __filename.endsWith('.ts') ? ['--import', 'tsx'] : []; // a bundle runs as it is
    const out = execFileSync(process.execPath, [...loader, __filename, '--size', String(size)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    return JSON.parse(out.trim().split('\n').pop()!) as AnalysisBenchRow;
  });
}

/** The rows as a Markdown table. */
export function formatAnalysisBench(rows: readonly AnalysisBenchRow[]): string {
  const head = '| size | parse ms (cpu) | analysis ms (cpu) | MB/s wall (cpu) | annotations | peak RSS MB | ratio to parse wall (cpu) |\n|---|---|---|---|---|---|---|';
  const lines = rows.map((r) => {
    const mb = r.bytes / 1_000_000;
    return `| ${mb >= 1 ? `${mb} MB` : `${r.bytes / 1000} KB`} | ${r.parseMs.toFixed(0)} (${r.parseCpuMs.toFixed(0)}) | ${r.analysisMs.toFixed(0)} (${r.analysisCpuMs.toFixed(0)}) | ${(mb / (r.analysisMs / 1000)).toFixed(2)} (${(mb / (r.analysisCpuMs / 1000)).toFixed(2)}) | ${r.annotations} | ${r.rssMb.toFixed(0)} | ${(r.analysisMs / r.parseMs).toFixed(2)}× (${(r.analysisCpuMs / r.parseCpuMs).toFixed(2)}×) |`;
  });
  return [head, ...lines].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const i = process.argv.indexOf('--size');
  if (i > 0) console.log(JSON.stringify(measure(Number(process.argv[i + 1]))));
  else console.log(formatAnalysisBench(runAnalysisBench()));
}
