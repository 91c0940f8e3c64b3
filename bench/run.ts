/**
 * `npm run bench`: bundles every benchmark module in the list below with esbuild (the way
 * the extension and the command line ship: one bundle, no loader between modules), runs
 * each bundle in its own process, prints each one's Markdown table and writes them all to
 * bench/RESULTS.md (commit it with the change that moved the numbers). Add a module by
 * adding one entry.
 *
 *   npm run bench                  every module, writes bench/RESULTS.md
 *   npm run bench -- analysis      only the modules whose title contains "analysis" (no file written)
 *   npm run bench -- exports       only the exports at scale
 *   npm run bench -- incremental --json   a module's own output only (here its one JSON line); no file written
 *
 * Why bundles: under tsx every access to an ES module's export from CommonJS goes through a
 * getter, and parse-english reads its expressions that way on every token — the same code
 * measured ~1.5× slower than it runs for a user.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';

/** One benchmark module: a title and the file whose entry point prints its Markdown table. */
interface BenchModule {
  readonly title: string;
  readonly file: string;
}

const MODULES: readonly BenchModule[] = [
  { title: 'Analysis (core): full analysis vs a bare per-paragraph retext parse', file: 'analysis.ts' },
  { title: 'Alignment: cross-references', file: 'align.ts' },
  { title: 'Alignment quality: the dev set of real pairs (npm run eval)', file: 'eval.ts' },
  { title: 'Editor: semantic tokens, outline, hover', file: 'editor.ts' },
  { title: 'Export and re-anchoring', file: 'exportAndAnchor.ts' },
  { title: 'Coverage report: five reports against a 50 KB transcript', file: 'coverageReport.ts' },
  { title: 'Exports at scale: json, tei, w3c of 1, 5 and 20 MB accounts', file: 'exports.ts' },
  { title: 'Incremental re-analysis: a one-paragraph edit of a 50 KB and a 1 MB transcript', file: 'incremental.ts' },
];

/** Where the bundles go: a sibling of bench/, so that `__dirname/../samples` still finds the samples. */
const OUT_DIR = path.join(__dirname, '..', '.bench-out');

/** Bundles `file` (a module of bench/) and returns the bundle's path. */
function bundle(file: string): string {
  const outfile = path.join(OUT_DIR, file.replace(/\.ts$/, '.cjs'));
  // esbuild stays a package of its own: bundled, its synchronous API re-runs the bundle as its helper process.
  buildSync({ entryPoints: [path.join(__dirname, file)], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', external: ['esbuild'] });
  return outfile;
}

const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const json = flags.includes('--json');
const sections: string[] = [];
for (const m of MODULES) {
  if (only.length > 0 && !only.some((o) => m.title.toLowerCase().includes(o.toLowerCase()))) continue;
  const started = Date.now();
  const table = execFileSync(process.execPath, [bundle(m.file), ...flags], { encoding: 'utf8', maxBuffer: 16 << 20, stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  if (json) {
    console.log(table);
    continue;
  }
  const section = `## ${m.title}\n\n${table}\n\n(${((Date.now() - started) / 1000).toFixed(1)} s)`;
  console.log(`${section}\n`);
  sections.push(section);
}
const header = `# Benchmark results\n\n\`npm run bench\` on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, each module bundled with esbuild as shipped. Load average at start: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}.\n`;
if (only.length === 0 && !json) fs.writeFileSync(path.join(__dirname, 'RESULTS.md'), `${header}\n${sections.join('\n\n')}\n`);
