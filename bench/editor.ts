/**
 * Editor benchmark: semantic tokens of a large account once it is analysed (target:
 * < 100 ms at 1 MB), plus the outline and the hover lookup, on the sample transcript
 * repeated to size. Analysis time is the core's benchmark; it is printed for context.
 *
 *   node --import tsx bench/editor.ts        (also run by `npm run bench` when listed in bench/run.ts)
 */
import fs from 'node:fs';
import path from 'node:path';
import { createAnnotationService } from '../src/core';
import { buildHoverMarkdown } from '../src/extension/hoverContent';
import { LineIndex } from '../src/extension/lineIndex';
import { buildSymbolTree } from '../src/extension/symbolTree';
import { buildSemanticTokens } from '../src/extension/tokenSpans';

/** One measured size. */
export interface EditorBenchRow {
  readonly size: string;
  readonly analyseMs: number;
  readonly annotations: number;
  readonly tokens: number;
  /** Median of 5 runs, line index included. */
  readonly tokensMs: number;
  readonly outlineMs: number;
  readonly hoverMs: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void, runs = 5): number {
  fn(); // warm-up: JIT
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

/** Runs the editor benchmark at the given sizes (bytes). */
export function runEditorBench(sizes: readonly number[] = [100_000, 1_000_000]): EditorBenchRow[] {
  const sample = fs.readFileSync(path.join(__dirname, '..', 'samples', 'sochi-2020-transcript.txt'), 'utf8');
  const service = createAnnotationService({});
  return sizes.map((size) => {
    const text = sample.repeat(Math.ceil(size / sample.length)).slice(0, size);
    const t0 = performance.now();
    // a uri of its own per size: the service re-reads only changed paragraphs of a uri it analysed before
    const set = service.annotateAccounts([{ uri: `file:///bench-${size}.txt`, text, role: 'transcript' }]);
    const analyseMs = performance.now() - t0;
    const entities = new Map(set.entities.map((e) => [e.id, e]));
    const highlight = { speakers: true, persons: true, countries: true, claims: true };
    let tokens = 0;
    const tokensMs = time(() => {
      tokens = buildSemanticTokens({ text, annotations: set.annotations, entities, unsupported: new Set(), highlight }, new LineIndex(text)).length / 5;
    });
    const outlineMs = time(() => buildSymbolTree(set, 'd1'));
    const here = { docId: 'd1', name: 'bench.txt', uri: 'file:///bench.txt', text };
    const hoverMs = time(() => buildHoverMarkdown({ set, here, offset: Math.floor(size / 2) }));
    return { size: `${(size / 1_000_000).toFixed(1)} MB`, analyseMs, annotations: set.annotations.length, tokens, tokensMs, outlineMs, hoverMs };
  });
}

/** Prints the rows as a Markdown table. */
export function formatEditorBench(rows: readonly EditorBenchRow[]): string {
  const head = '| size | analyse ms | annotations | tokens | semantic tokens ms | outline ms | hover ms |\n|---|---|---|---|---|---|---|';
  const lines = rows.map((r) => `| ${r.size} | ${r.analyseMs.toFixed(0)} | ${r.annotations} | ${r.tokens} | ${r.tokensMs.toFixed(1)} | ${r.outlineMs.toFixed(1)} | ${r.hoverMs.toFixed(1)} |`);
  return [head, ...lines].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  console.log(formatEditorBench(runEditorBench()));
}
