/**
 * Incremental re-analysis benchmark: a pair whose transcript is 50 KB or 1 MB (the sample
 * transcript repeated) and whose report is the sample report. Full: the pair analysed by a
 * warm service under uris it has not seen (every paragraph read). Edit: one random word of
 * one random paragraph of the transcript inserted, deleted or replaced, then the pair
 * analysed again by the service that analysed the version before (annotations and
 * cross-references both updated). The service is warm: it has analysed a 50 KB pair of
 * other uris and edited it `WARM_EDITS` times first, so both paths are compiled. Medians
 * of `FULL_ROUNDS` full analyses and `EDITS` edits; CPU time (user + system of this
 * process) beside wall time, as the machine is shared.
 *
 *   npm run bench -- incremental            Markdown table
 *   npm run bench -- incremental --json     one JSON line {"sizes":[{"bytes","fullMs","editMs",…}]}
 */
import fs from 'node:fs';
import path from 'node:path';
import { createAnnotationService, type AccountInput } from '../src/core';
import { splitParagraphs } from '../src/core/text/paragraphs';
import { random } from './random';

/** One measured size. */
export interface IncrementalBenchRow {
  readonly bytes: number;
  readonly fullMs: number;
  readonly editMs: number;
  readonly fullCpuMs: number;
  readonly editCpuMs: number;
  readonly annotations: number;
  readonly links: number;
}

const SIZES = [50_000, 1_000_000];
const FULL_ROUNDS = 3;
const EDITS = 7;
/** Edits of a 50 KB warm-up pair before anything is measured (see `measureIncremental`). */
const WARM_EDITS = 30;

const samples = path.join(__dirname, '..', 'samples');
const read = (file: string): string => fs.readFileSync(path.join(samples, file), 'utf8');

/** The sample transcript repeated to `size` UTF-16 code units. */
function transcriptOf(size: number): string {
  const one = read('sochi-2020-transcript.txt');
  return `${one}\n\n`.repeat(Math.ceil(size / (one.length + 2))).slice(0, size);
}

/** `text` with one word of one paragraph inserted (doubled), deleted or replaced by another word of the text. */
function editOnce(text: string, next: () => number): string {
  const units = splitParagraphs(text);
  const unit = units[Math.floor(next() * units.length)]!;
  const words = [...unit.text.matchAll(/\p{L}+/gu)];
  if (words.length === 0) return `${text.slice(0, unit.end)} word${text.slice(unit.end)}`;
  const w = words[Math.floor(next() * words.length)]!;
  const at = unit.start + w.index!;
  const other = words[Math.floor(next() * words.length)]![0];
  const kind = Math.floor(next() * 3);
  if (kind === 0) return `${text.slice(0, at)}${w[0]} ${text.slice(at)}`;
  if (kind === 1) return `${text.slice(0, at)}${text.slice(at + w[0].length)}`;
  return `${text.slice(0, at)}${other}${text.slice(at + w[0].length)}`;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Wall and CPU milliseconds of `run`. */
function timed<T>(run: () => T): { ms: number; cpuMs: number; value: T } {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = run();
  const ms = performance.now() - t;
  const used = process.cpuUsage(c);
  return { ms, cpuMs: (used.user + used.system) / 1000, value };
}

export function measureIncremental(size: number): IncrementalBenchRow {
  const service = createAnnotationService();
  const report: AccountInput = { uri: 'file:///report.txt', text: read('sochi-2020-news.txt') };
  let transcript: AccountInput = { uri: 'file:///transcript.txt', text: transcriptOf(size) };
  // warm-up: the code compiled, the paraphrase lexicon built; then edits of the warm-up
  // pair, so that the edit path (units and passages found by place, kept checks re-used) is
  // compiled as in an editing session: two full analyses leave it to V8's interpreter, and
  // the first dozen edits of a process then cost 2-3 times a later one (see RESULTS.md)
  for (let i = 0; i < 2; i++) service.annotateAccounts([{ ...report, uri: `file:///warm-r${i}.txt` }, { uri: `file:///warm-t${i}.txt`, text: transcriptOf(50_000) }]);
  const warm = random(7);
  let warmText = transcriptOf(50_000);
  for (let i = 0; i < WARM_EDITS; i++) {
    warmText = editOnce(warmText, warm);
    service.annotateAccounts([{ ...report, uri: 'file:///warm-r1.txt' }, { uri: 'file:///warm-t1.txt', text: warmText }]);
  }
  const full = [];
  for (let i = 0; i < FULL_ROUNDS; i++) full.push(timed(() => service.annotateAccounts([{ ...report, uri: `file:///full-r${i}.txt` }, { ...transcript, uri: `file:///full-t${i}.txt` }])));
  service.annotateAccounts([report, transcript]);
  const next = random(18);
  const edits = [];
  for (let i = 0; i < EDITS; i++) {
    transcript = { ...transcript, text: editOnce(transcript.text, next) };
    edits.push(timed(() => service.annotateAccounts([report, transcript])));
  }
  const last = edits[edits.length - 1]!.value;
  return {
    bytes: size,
    fullMs: round1(median(full.map((f) => f.ms))),
    editMs: round1(median(edits.map((e) => e.ms))),
    fullCpuMs: round1(median(full.map((f) => f.cpuMs))),
    editCpuMs: round1(median(edits.map((e) => e.cpuMs))),
    annotations: last.annotations.length,
    links: last.crossReferences.length,
  };
}

function formatTable(rows: readonly IncrementalBenchRow[]): string {
  return [
    'Transcript of the size (sample repeated) paired with the sample report; edit = one word of one paragraph of the transcript, the pair analysed again (annotations and links). Medians; CPU ms in brackets.',
    '',
    '| transcript | full ms | one-paragraph edit ms | annotations | links |',
    '|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.bytes >= 1_000_000 ? `${r.bytes / 1_000_000} MB` : `${r.bytes / 1000} KB`} | ${r.fullMs} (${r.fullCpuMs}) | ${r.editMs} (${r.editCpuMs}) | ${r.annotations} | ${r.links} |`),
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const rows = SIZES.map(measureIncremental);
  console.log(process.argv.includes('--json') ? JSON.stringify({ sizes: rows }) : formatTable(rows));
}
