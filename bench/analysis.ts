/**
 * Analysis benchmark: the full analysis of one account (`analyzeAccount`) against a bare
 * per-paragraph retext parse of the same text, on the samples concatenated to 100 KB, 1 MB
 * and 10 MB. Each size runs in its own child process so that its peak RSS is its own.
 * Targets (issue 3): ≥ 3 MB/s at 1 MB and 10 MB, ratio to the bare parse ≤ 3×, RSS < 400 MB
 * at 10 MB. Each size is measured twice, in separate processes: in one thread, and with the
 * parse units read on worker threads as the desktop extension and the command line do.
 *
 *   node --import tsx bench/analysis.ts            all sizes, Markdown table
 *   node --import tsx bench/analysis.ts --size N   one size, JSON row (used by the above)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { buildSync } from 'esbuild';
import { availableParallelism } from 'node:os';
import { createWorkerUnitReader } from '../src/node/workerUnitReader';
import { createAnnotationService } from '../src/core';
import { splitParagraphs } from '../src/core/text/paragraphs';

/** One measured size. */
export interface AnalysisBenchRow {
  readonly bytes: number;
  /** Wall-clock time of the first analysis in a fresh process (code not yet compiled). */
  readonly coldMs: number;
  /** Wall-clock milliseconds (fastest run). */
  readonly parseMs: number;
  readonly analysisMs: number;
  /** CPU milliseconds of this process (user + system) for the same runs: steadier on a shared machine. */
  readonly parseCpuMs: number;
  readonly analysisCpuMs: number;
  readonly annotations: number;
  /** Peak resident set size of the process after its first analysis of the size (what one analysis needs), MB. */
  readonly coldRssMb: number;
  /** Peak resident set size after all the runs, MB: earlier results wait for a collection V8 is in no hurry to make. */
  readonly rssMb: number;
}

const SIZES = [100_000, 1_000_000, 10_000_000];

/** Measured runs per size: the fastest is kept. */
const ROUNDS = (size: number): number => (size >= 10_000_000 ? 3 : 8);

/** The samples (report, then transcript) repeated to `size` UTF-16 code units. */
export function benchText(size: number): string {
  const dir = path.join(__dirname, '..', 'samples');
  const pair = ['sochi-2020-news.txt', 'sochi-2020-transcript.txt'].map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n\n');
  return `${pair}\n\n`.repeat(Math.ceil(size / (pair.length + 2))).slice(0, size);
}

/**
 * Measures one size in this process. First a warm-up (three parses and analyses of 1 MB) so
 * that both sides are measured with the code compiled, as in an editor session that
 * re-analyses on every pause in typing; the first, cold, analysis of the size is reported
 * apart. Then parse and analysis are run alternately, eight times below 10 MB and three
 * times at 10 MB, and the fastest of each is kept, so that a burst of load on the machine
 * does not land on one side only (the same run swings by ±25% on this virtual machine).
 *
 * Notes: no forced collection (`gc()`) between runs. A forced full collection, with the
 * previous result already dropped, frees the object shapes (maps) that only the analysis
 * creates, and V8 throws away the optimized code that depends on them ("weak objects"):
 * every measured run then recompiled ~70 functions (~850 ms on the compiler thread for 1 MB)
 * and measured 1.5–1.7 MB/s where the same code runs at 2.4–2.9 MB/s in an editor session,
 * whose last result stays alive until the next one replaces it.
 */
export function measure(size: number): AnalysisBenchRow {
  const text = benchText(size);
  const warm = benchText(1_000_000);
  const parser = unified().use(retextEnglish);
  const service = createAnnotationService();
  const parse = (t: string) => {
    for (const unit of splitParagraphs(t)) parser.parse(unit.text);
  };
  let t = performance.now();
  service.analyzeAccount(text, { uri: 'file:///cold.txt' });
  const coldMs = performance.now() - t;
  const coldRssMb = process.resourceUsage().maxRSS / 1024;
  for (let i = 0; i < 3; i++) {
    parse(warm);
    service.analyzeAccount(warm, { uri: `file:///warm-${i}.txt` });
  }
  let parseMs = Infinity;
  let analysisMs = Infinity;
  let parseCpuMs = Infinity;
  let analysisCpuMs = Infinity;
  let annotations = 0;
  const cpu = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  for (let round = 0; round < ROUNDS(size); round++) {
    let c = process.cpuUsage();
    t = performance.now();
    parse(text);
    parseMs = Math.min(parseMs, performance.now() - t);
    parseCpuMs = Math.min(parseCpuMs, cpu(c));
    c = process.cpuUsage();
    t = performance.now();
    // a fresh uri each round: the service would re-read only changed paragraphs of one it analysed before
    annotations = service.analyzeAccount(text, { uri: `file:///bench-${round}.txt` }).annotations.length;
    analysisMs = Math.min(analysisMs, performance.now() - t);
    analysisCpuMs = Math.min(analysisCpuMs, cpu(c));
  }
  return { bytes: size, coldMs, coldRssMb, parseMs, analysisMs, parseCpuMs, analysisCpuMs, annotations, rssMb: process.resourceUsage().maxRSS / 1024 };
}

/** One measured size with the parse units read on worker threads (`analyzeAccountAsync`). */
export interface ThreadedBenchRow {
  readonly bytes: number;
  readonly threads: number;
  /** Wall-clock milliseconds (fastest run, workers started and warm). */
  readonly analysisMs: number;
  readonly annotations: number;
  /** Peak resident set size of the process (its worker threads included) after its first analysis of the size, MB. */
  readonly coldRssMb: number;
  /** The same after all the runs, MB. */
  readonly rssMb: number;
}

/** The worker script, bundled from the sources next to this bench's bundle. */
function workerFile(): string {
  const outfile = path.join(__dirname, '..', '.bench-out', 'unitWorker.cjs');
  buildSync({ entryPoints: [path.join(__dirname, '..', 'src', 'node', 'unitWorker.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
  return outfile;
}

/** As `measure`, with the units read on `threads` worker threads (the desktop extension and the command line). */
export async function measureThreaded(size: number, threads: number): Promise<ThreadedBenchRow> {
  const text = benchText(size);
  const warm = benchText(1_000_000);
  const reader = createWorkerUnitReader({ workerFile: workerFile(), threads });
  try {
    const service = createAnnotationService({ unitReader: reader });
    await service.analyzeAccountAsync(text, { uri: 'file:///cold.txt' });
    const coldRssMb = process.resourceUsage().maxRSS / 1024;
    // each worker reads about half of every account: it gets as much warm-up text (3 MB) as the one thread of `measure`
    for (let i = 0; i < 3 * threads; i++) await service.analyzeAccountAsync(warm, { uri: `file:///warm-${i}.txt` });
    // and this thread reads the small accounts itself (below the reader's minChars), as in the extension
    const small = benchText(100_000);
    for (let i = 0; i < 3; i++) await service.analyzeAccountAsync(small, { uri: `file:///warm-small-${i}.txt` });
    let analysisMs = Infinity;
    let annotations = 0;
    for (let round = 0; round < ROUNDS(size); round++) {
      const t = performance.now();
      annotations = (await service.analyzeAccountAsync(text, { uri: `file:///bench-${round}.txt` })).annotations.length;
      analysisMs = Math.min(analysisMs, performance.now() - t);
    }
    return { bytes: size, threads, analysisMs, annotations, coldRssMb, rssMb: process.resourceUsage().maxRSS / 1024 };
  } finally {
    await reader.dispose();
  }
}

/** Both measurements of every size, each in a child process of its own (so that its peak RSS is its own). */
export function runAnalysisBench(sizes: readonly number[] = SIZES): { single: AnalysisBenchRow[]; threaded: ThreadedBenchRow[] } {
  const child = (args: string[]) => {
    const loader = __filename.endsWith('.ts') ? ['--import', 'tsx'] : []; // a bundle runs as it is
    const out = execFileSync(process.execPath, [...loader, __filename, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
    return JSON.parse(out.trim().split('\n').pop()!);
  };
  return {
    single: sizes.map((size) => child(['--size', String(size)]) as AnalysisBenchRow),
    threaded: sizes.map((size) => child(['--size', String(size), '--threads', String(THREADS)]) as ThreadedBenchRow),
  };
}

/** Worker threads in the threaded measurement: the machine's cores, at most 4 (as the extension uses). */
const THREADS = Math.min(4, availableParallelism());

/** The rows as Markdown tables. */
export function formatAnalysisBench(rows: { single: readonly AnalysisBenchRow[]; threaded: readonly ThreadedBenchRow[] }): string {
  const label = (bytes: number) => (bytes >= 1_000_000 ? `${bytes / 1_000_000} MB` : `${bytes / 1000} KB`);
  const head = '| size | parse ms (cpu) | analysis ms (cpu) | MB/s wall (cpu) | annotations | peak RSS MB: first analysis (all runs) | ratio to parse wall (cpu) | first analysis in a fresh process ms (MB/s) |\n|---|---|---|---|---|---|---|---|';
  const lines = rows.single.map((r) => {
    const mb = r.bytes / 1_000_000;
    return `| ${label(r.bytes)} | ${r.parseMs.toFixed(0)} (${r.parseCpuMs.toFixed(0)}) | ${r.analysisMs.toFixed(0)} (${r.analysisCpuMs.toFixed(0)}) | ${(mb / (r.analysisMs / 1000)).toFixed(2)} (${(mb / (r.analysisCpuMs / 1000)).toFixed(2)}) | ${r.annotations} | ${r.coldRssMb.toFixed(0)} (${r.rssMb.toFixed(0)}) | ${(r.analysisMs / r.parseMs).toFixed(2)}× (${(r.analysisCpuMs / r.parseCpuMs).toFixed(2)}×) | ${r.coldMs.toFixed(0)} (${(mb / (r.coldMs / 1000)).toFixed(2)}) |`;
  });
  const threadedHead = '| size | worker threads | analysis ms | MB/s | annotations (same as above) | peak RSS MB: first analysis (all runs) | ratio to the one-thread parse |\n|---|---|---|---|---|---|---|';
  const threadedLines = rows.threaded.map((r) => {
    const single = rows.single.find((s) => s.bytes === r.bytes);
    return `| ${label(r.bytes)} | ${r.threads} | ${r.analysisMs.toFixed(0)} | ${(r.bytes / 1_000_000 / (r.analysisMs / 1000)).toFixed(2)} | ${r.annotations}${single && single.annotations !== r.annotations ? ' (DIFFERENT)' : ''} | ${r.coldRssMb.toFixed(0)} (${r.rssMb.toFixed(0)}) | ${single ? `${(r.analysisMs / single.parseMs).toFixed(2)}×` : '–'} |`;
  });
  return [
    'In one thread (`analyzeAccount`; the web extension, and the base of the ratio):',
    '',
    head,
    ...lines,
    '',
    'Parse units read on worker threads (`analyzeAccountAsync` with the worker unit reader; the desktop extension and the command line):',
    '',
    threadedHead,
    ...threadedLines,
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const i = process.argv.indexOf('--size');
  const t = process.argv.indexOf('--threads');
  if (i > 0 && t > 0) void measureThreaded(Number(process.argv[i + 1]), Number(process.argv[t + 1])).then((row) => console.log(JSON.stringify(row)));
  else if (i > 0) console.log(JSON.stringify(measure(Number(process.argv[i + 1]))));
  else console.log(formatAnalysisBench(runAnalysisBench()));
}
