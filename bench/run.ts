/**
 * `npm run bench`: runs every benchmark module in the list below, prints each one's
 * Markdown table and writes them all to bench/RESULTS.md (commit it with the change that
 * moved the numbers). Add a module by adding one entry.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatAlignBench, runAlignBench } from './align';
import { formatAnalysisBench, runAnalysisBench } from './analysis';
import { formatEditorBench, runEditorBench } from './editor';
import { formatExportAndAnchorBench, runAnchorBench, runExportBench } from './exportAndAnchor';

/** One benchmark module: a title and a function returning its Markdown table. */
interface BenchModule {
  readonly title: string;
  readonly run: () => string;
}

const MODULES: readonly BenchModule[] = [
  { title: 'Analysis (core): full analysis vs a bare per-paragraph retext parse', run: () => formatAnalysisBench(runAnalysisBench()) },
  { title: 'Alignment: cross-references', run: () => formatAlignBench(runAlignBench()) },
  { title: 'Editor: semantic tokens, outline, hover', run: () => formatEditorBench(runEditorBench()) },
  { title: 'Export and re-anchoring', run: () => formatExportAndAnchorBench(runExportBench(), runAnchorBench()) },
];

const only = process.argv.slice(2);
const sections: string[] = [];
for (const m of MODULES) {
  if (only.length > 0 && !only.some((o) => m.title.toLowerCase().includes(o.toLowerCase()))) continue;
  const started = Date.now();
  const table = m.run();
  const section = `## ${m.title}\n\n${table}\n\n(${((Date.now() - started) / 1000).toFixed(1)} s)`;
  console.log(`${section}\n`);
  sections.push(section);
}
const header = `# Benchmark results\n\n\`npm run bench\` on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. Load average at start: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}.\n`;
if (only.length === 0) fs.writeFileSync(path.join(__dirname, 'RESULTS.md'), `${header}\n${sections.join('\n\n')}\n`);
