/**
 * The dev-set table in the benchmark results: builds the command line as shipped and
 * scores it on every real pair of `test/eval/pairs/` (`npm run eval -- --json`), printing
 * the cross-reference figures per pair and their mean as a Markdown table. Quality beside
 * speed: a change that makes the alignment faster must not make it worse.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** The repository root (the bundle runs from .bench-out/, a sibling of bench/). */
const ROOT = path.resolve(__dirname, '..');

interface EvalRow {
  readonly name: string;
  readonly metrics: { readonly crossrefs: { precision: number; recall: number; f1: number; unsupportedPrecision: number; falselyUnsupported: number } };
}

/** Builds, scores the dev set and returns the table. */
export function evalTable(): string {
  execFileSync(process.execPath, [path.join(ROOT, 'esbuild.mjs'), '--production', '--quiet'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const out = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'test/eval/run.mjs'), '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 })) as { pairs: EvalRow[]; mean: Record<string, number> };
  const head = '| pair | xref P | xref R | xref F1 | unsupported P | falsely unsupported |\n|---|---|---|---|---|---|';
  const rows = out.pairs.map(({ name, metrics: { crossrefs: c } }) => `| ${name} | ${c.precision} | ${c.recall} | ${c.f1} | ${c.unsupportedPrecision} | ${c.falselyUnsupported} |`);
  const m = out.mean;
  rows.push(`| mean of ${out.pairs.length} pairs | ${m['xref P']} | ${m['xref R']} | ${m['xref F1']} | ${m['unsupp P']} | ${m['false unsupp']} |`);
  return [head, ...rows].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  console.log(evalTable());
}
