/**
 * Exports at scale: the `json`, `tei` and `w3c` exports (`exportAs`, written to a file as
 * the command line writes them) of one generated account of 1, 5 and 20 MB. Each size and format runs in a child process of its own, so
 * that its peak RSS is its own: the account is analysed in one thread, then exported once.
 * Targets (issue 14): time linear in the size (the ms per MB stays flat; CPU time is the
 * steadier figure on a shared machine), peak RSS of the process under 1 GB at 20 MB.
 *
 * The text is a transcript of invented turns (labels, quotes, figures, countries), repeated
 * with varying figures, not the samples: see `exportsBenchText`.
 *
 *   node --import tsx bench/exports.ts                       every size and format, Markdown table
 *   node --import tsx bench/exports.ts --size N --format F   one measurement, JSON row (used by the above)
 *   npm run bench -- exports                                 the same table through the bundle
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeOutput } from '../src/cli/writeOutput';
import { exportAs, type ExportFormat } from '../src/core/export/index';
import { createAnnotationService } from '../src/core/index';
import { random } from './random';

/** One measured size and format. */
export interface ExportsBenchRow {
  readonly bytes: number;
  readonly format: ExportFormat;
  readonly annotations: number;
  /** Wall-clock milliseconds of the export, written to a file as the command line does (`writeOutput`). */
  readonly exportMs: number;
  /** CPU milliseconds of this process (user + system) for the same: steadier than wall time on a shared machine. */
  readonly exportCpuMs: number;
  /** Bytes of the file written. */
  readonly outputBytes: number;
  /** Peak RSS of the process after the analysis, MB. */
  readonly analysisRssMb: number;
  /** Peak RSS of the process after the export, MB. */
  readonly peakRssMb: number;
  /** Why the child process failed (no other field is then measured). */
  readonly failed?: string;
}

const SIZES = [1_000_000, 5_000_000, 20_000_000];
const FORMATS: readonly ExportFormat[] = ['json', 'tei', 'w3c'];

/** A generated transcript of `size` UTF-16 code units: invented turns repeated with varying figures. */
export function exportsBenchText(size: number): string {
  const rnd = random(14);
  const n = () => String(10 + Math.floor(rnd() * 990));
  const turns = [
    () => `MODERATOR: Good afternoon. The minister will take questions on the ${n()} trade measures.\n\n`,
    () => `MINISTER ODALRIK: Thank you. Exports to Norway rose ${n()} per cent last year, and we signed ${n()} agreements with Chile. "We will not stand still," I told my colleagues in Lisbon.\n\n`,
    () => `QUESTION: Minister, is it true that ${n()} jobs were lost in the steel sector, as the union said?\n\n`,
    () => `MINISTER ODALRIK: No. The figure was ${n()}, and Portugal and Kenya both said so. As Mr Varnsby put it, "the numbers speak for themselves."\n\n`,
    () => `REPORTER (DAILY LEDGER): What will you tell the Prime Minister of Canada about the ${n()} million dollar tariff?\n\n`,
    () => `MINISTER ODALRIK: I will tell him that Japan, Brazil and Egypt have all agreed to the ${n()}-point plan.\n\n`,
  ];
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const turn = turns[i % turns.length]!();
    parts.push(turn);
    length += turn.length;
  }
  return parts.join('').slice(0, size);
}

/** Analyses the account of `size` and exports it as `format`, in this process. */
export function measureExport(size: number, format: ExportFormat): ExportsBenchRow {
  const text = exportsBenchText(size);
  const set = createAnnotationService().annotateAccounts([{ uri: 'file:///bench/account.txt', text, role: 'transcript' }]);
  const analysisRssMb = process.resourceUsage().maxRSS / 1024;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-exports-'));
  try {
    const cpu = process.cpuUsage();
    const t = performance.now();
    const out = exportAs(format, set, { [set.documents[0]!.id]: text });
    const file = path.join(dir, `account.${format}`);
    writeOutput(out, file, { force: false, protect: () => undefined });
    const exportMs = performance.now() - t;
    const used = process.cpuUsage(cpu);
    const exportCpuMs = (used.user + used.system) / 1000;
    const outputBytes = fs.statSync(file).size;
    return { bytes: size, format, annotations: set.annotations.length, exportMs, exportCpuMs, outputBytes, analysisRssMb, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Every size and format, each in a child process of its own. */
export function runExportsBench(sizes: readonly number[] = SIZES, formats: readonly ExportFormat[] = FORMATS): ExportsBenchRow[] {
  const loader = __filename.endsWith('.ts') ? ['--import', 'tsx'] : []; // a bundle runs as it is
  const rows: ExportsBenchRow[] = [];
  for (const size of sizes) {
    for (const format of formats) {
      try {
        const out = execFileSync(process.execPath, [...loader, __filename, '--size', String(size), '--format', format], { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
        rows.push(JSON.parse(out.trim().split('\n').pop()!) as ExportsBenchRow);
      } catch (error) {
        // A failure is a result too (the export ran out of memory or string length): say which.
        const stderr = String((error as { stderr?: unknown }).stderr ?? error);
        const reason = /Invalid string length|heap out of memory|[A-Za-z]*Error: .*/.exec(stderr)?.[0] ?? 'the process failed';
        rows.push({ bytes: size, format, annotations: 0, exportMs: NaN, exportCpuMs: NaN, outputBytes: NaN, analysisRssMb: NaN, peakRssMb: NaN, failed: reason });
      }
    }
  }
  return rows;
}

/** The rows as a Markdown table, with the export time per MB of account (flat when linear). */
export function formatExportsBench(rows: readonly ExportsBenchRow[]): string {
  const head = '| size | format | annotations | export ms wall (cpu) | ms per MB of account, wall (cpu) | output MB | peak RSS MB after analysis | peak RSS MB after export |\n|---|---|---|---|---|---|---|---|';
  const lines = rows.map((r) => {
    const mb = r.bytes / 1_000_000;
    if (r.failed) return `| ${mb} MB | ${r.format} | failed: ${r.failed} | – | – | – | – | – |`;
    return `| ${mb} MB | ${r.format} | ${r.annotations} | ${r.exportMs.toFixed(0)} (${r.exportCpuMs.toFixed(0)}) | ${(r.exportMs / mb).toFixed(0)} (${(r.exportCpuMs / mb).toFixed(0)}) | ${(r.outputBytes / 1_000_000).toFixed(1)} | ${r.analysisRssMb.toFixed(0)} | ${r.peakRssMb.toFixed(0)} |`;
  });
  return ['One generated transcript per size, analysed in one thread, then exported once (each row a fresh process):', '', head, ...lines].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const s = process.argv.indexOf('--size');
  const f = process.argv.indexOf('--format');
  if (s > 0 && f > 0) console.log(JSON.stringify(measureExport(Number(process.argv[s + 1]), process.argv[f + 1] as ExportFormat)));
  else console.log(formatExportsBench(runExportsBench()));
}
