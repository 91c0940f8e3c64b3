/**
 * Alignment benchmark: `alignAccounts` on a synthetic report/transcript pair of 100 KB,
 * 1 MB and 10 MB per side, against the brute-force baseline that scores every pair of
 * passages (`bruteForce: true, prefilter: false`) where that finishes. Target (issue 4): two 1 MB accounts
 * in < 2 s.
 *
 * The pair is generated, not the samples repeated: repeating a text makes every word
 * occur once per copy, which no real pair does. The generator draws words from a Zipf
 * vocabulary (plus function words), writes a transcript of labelled turns with person and
 * country mentions, and a report of which a third are verbatim quotes of transcript
 * sentences, a third rewordings (words dropped, replaced, reordered) and a third new
 * sentences. The planted links give a recall figure as a sanity check.
 *
 * Each size runs in a child process of its own, so that its peak RSS (taken right after
 * the indexed alignment, before the brute force) is its own; it includes generating the
 * pair (about 310 MB of the ~490 MB at 10 MB per side).
 *
 *   npm run bench align        (bundled with esbuild, as shipped)
 *   npx esbuild bench/align.ts --bundle --platform=node --format=cjs --outfile=/tmp/align-bench.cjs
 *   node /tmp/align-bench.cjs --quick                (100 KB and 1 MB only)
 *   node /tmp/align-bench.cjs --size 1000000         (one size, a JSON row)
 *
 * Notes: the alignment is timed once, after a 50 KB warm-up. Its CPU time exceeds its wall
 * time mostly by V8 optimising the code on a background thread during that first large run
 * (~0.7 s at 1 MB, seen with --trace-opt), so compare main-thread or wall time across changes.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { alignAccounts, alignAccountsWith } from '../src/core/align';
import { FORMAT, type Annotation, type AnnotationSet, type Entity } from '../src/core/model/annotation';
import { random } from './random';

/** One measured size. */
export interface AlignBenchRow {
  readonly bytes: number;
  /** Wall-clock time of one alignment. */
  readonly alignMs: number;
  /** CPU time of the process during it (user + system): steadier than wall time on a busy machine. */
  readonly alignCpuMs: number;
  readonly links: number;
  /** Peak RSS of the process (generating the pair, then aligning it), MB. */
  readonly rssMb: number;
  /** Planted quotes and rewordings linked to their source sentence, 0..1. */
  readonly plantedRecall: number;
  /** Brute-force time; `estimated` when measured on a share of the report and scaled. */
  readonly bruteMs?: number;
  readonly estimated?: boolean;
}

const FUNCTION_WORDS = 'the of and to in that for on with as by at from is was are were be will would has have had it its their our we they this not but also'.split(' ');
const SYLLABLES = 'ba ka ri to mo ne sa lu vi de po ra te zo mi ga no ke shu fa li do pe ro ta ve ni su ma lo'.split(' ');

/** A pseudo-word from an integer (distinct integers give distinct words). */
function wordOf(n: number): string {
  let s = '';
  let x = n + 31;
  while (x > 0) {
    s += SYLLABLES[x % SYLLABLES.length];
    x = Math.floor(x / SYLLABLES.length);
  }
  return s;
}

/** A text being written: parts joined at the end (repeated `+=` and `slice` on one growing string is quadratic). */
interface Draft {
  parts: string[];
  length: number;
  /** Annotations without `text`, filled in once the text is joined. */
  annotations: Omit<Annotation, 'id' | 'document' | 'text'>[];
}

const write = (d: Draft, s: string): void => {
  d.parts.push(s);
  d.length += s.length;
};

/** The generated pair and the planted links (report sentence range → transcript sentence range). */
export interface SyntheticPair {
  readonly set: AnnotationSet;
  readonly texts: readonly [string, string];
  readonly planted: readonly { readonly from: { start: number; end: number }; readonly to: { start: number; end: number } }[];
}

/** Generates a report and a transcript of about `size` characters each. */
export function syntheticPair(size: number, seed = 7): SyntheticPair {
  const rnd = random(seed);
  const vocabulary = 40_000;
  // Zipf(1.05) over the vocabulary, sampled by binary search on the cumulative weights.
  const cumulative = new Float64Array(vocabulary);
  let sum = 0;
  for (let r = 0; r < vocabulary; r++) cumulative[r] = sum += 1 / Math.pow(r + 1, 1.05);
  // Each rank's word made once: the texts repeat words, and a fresh string per use would
  // make the generator, not the alignment, the peak of the process's memory.
  const words: (string | undefined)[] = new Array(vocabulary);
  const zipf = (): string => {
    const x = rnd() * sum;
    let lo = 0;
    let hi = vocabulary - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return (words[lo] ??= wordOf(lo));
  };
  const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
  const entities: Entity[] = [];
  for (let i = 0; i < 40; i++) entities.push({ id: `c${i + 1}`, kind: 'country', name: `${cap(wordOf(900_000 + i))}land`, aliases: [] });
  for (let i = 0; i < 30; i++) entities.push({ id: `p${i + 1}`, kind: 'person', name: `${cap(wordOf(800_000 + i))} ${cap(wordOf(700_000 + i))}`, aliases: [], speaker: i < 6 });
  const countries = entities.filter((e) => e.kind === 'country');
  const speakers = entities.filter((e) => e.speaker);

  /** Appends a sentence of words (with an optional mention) to a draft; returns its range. */
  const sentence = (d: Draft, words: readonly string[]): { start: number; end: number } => {
    const start = d.length;
    const parts = [...words];
    parts[0] = cap(parts[0]!);
    let at = start;
    for (const w of parts) {
      if (w.endsWith('land') && /^[A-Z]/.test(w)) {
        const entity = countries.find((c) => c.name === w);
        if (entity) d.annotations.push({ kind: 'country', start: at, end: at + w.length, entity: entity.id });
      }
      at += w.length + 1;
    }
    // Joined, not built with `+=`: a flat string per sentence instead of a chain of pieces.
    write(d, `${parts.join(' ')}.`);
    return { start, end: d.length };
  };
  const freshWords = (): string[] => {
    const n = 10 + Math.floor(rnd() * 16);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(rnd() < 0.4 ? FUNCTION_WORDS[Math.floor(rnd() * FUNCTION_WORDS.length)]! : zipf());
    if (rnd() < 0.3) words.splice(1 + Math.floor(rnd() * (n - 1)), 0, countries[Math.floor(rnd() * countries.length)]!.name);
    return words;
  };

  // Transcript: labelled turns of 3–10 sentences.
  const transcript: Draft = { parts: [], length: 0, annotations: [] };
  write(transcript, 'Official transcript\n\n');
  const sentences: { words: string[]; range: { start: number; end: number }; speaker: string }[] = [];
  while (transcript.length < size) {
    const who = speakers[Math.floor(rnd() * speakers.length)]!;
    const turnStart = transcript.length;
    write(transcript, `${who.name}: `);
    const count = 3 + Math.floor(rnd() * 8);
    for (let i = 0; i < count; i++) {
      if (i > 0) write(transcript, ' ');
      const words = freshWords();
      sentences.push({ words, range: sentence(transcript, words), speaker: who.id });
    }
    transcript.annotations.push({ kind: 'turn', start: turnStart, end: transcript.length, speaker: who.id, label: who.name });
    write(transcript, '\n\n');
  }

  // Report: quotes, rewordings and new sentences, one claim each.
  const report: Draft = { parts: [], length: 0, annotations: [] };
  write(report, 'Report\n\n');
  const planted: { from: { start: number; end: number }; to: { start: number; end: number } }[] = [];
  while (report.length < size) {
    const kind = rnd();
    if (kind < 0.66) {
      const source = sentences[Math.floor(rnd() * sentences.length)]!;
      let words = [...source.words];
      if (kind >= 0.33) {
        // Reword: drop or replace about a quarter of the words, swap a neighbouring pair.
        words = words.flatMap((w) => (rnd() < 0.12 ? [] : rnd() < 0.12 ? [zipf()] : [w]));
        const i = Math.floor(rnd() * (words.length - 1));
        if (words.length > 2) [words[i], words[i + 1]] = [words[i + 1]!, words[i]!];
      }
      const range = sentence(report, words);
      const quote = kind < 0.33;
      report.annotations.push({ kind: 'claim', ...range, claimType: quote ? 'quote' : 'reported', speaker: source.speaker });
      planted.push({ from: range, to: source.range });
    } else {
      const range = sentence(report, freshWords());
      report.annotations.push({ kind: 'claim', ...range, claimType: 'statement' });
    }
    write(report, rnd() < 0.3 ? '\n\n' : ' ');
  }

  const reportText = report.parts.join('');
  const transcriptText = transcript.parts.join('');
  let id = 0;
  const annotations: Annotation[] = [
    ...report.annotations.map((a) => ({ ...a, id: `a${++id}`, document: 'd1', text: reportText.slice(a.start, a.end) })),
    ...transcript.annotations.map((a) => ({ ...a, id: `a${++id}`, document: 'd2', text: transcriptText.slice(a.start, a.end) })),
  ];
  const set: AnnotationSet = {
    format: FORMAT,
    documents: [
      { id: 'd1', uri: 'file:///bench/report.txt', role: 'report', length: reportText.length },
      { id: 'd2', uri: 'file:///bench/transcript.txt', role: 'transcript', length: transcriptText.length },
    ],
    entities,
    annotations,
    crossReferences: [],
    unmatched: [],
  };
  return { set, texts: [reportText, transcriptText], planted };
}

/** The pair with the report cut to its first `share` (claims past the cut dropped). */
function reportShare(pair: SyntheticPair, share: number): SyntheticPair {
  const cut = Math.floor(pair.texts[0].length * share);
  const annotations = pair.set.annotations.filter((a) => a.document !== 'd1' || a.end <= cut);
  const documents = pair.set.documents.map((d) => (d.id === 'd1' ? { ...d, length: cut } : d));
  return { ...pair, set: { ...pair.set, documents, annotations }, texts: [pair.texts[0].slice(0, cut), pair.texts[1]] };
}

/** CPU time of this process so far, ms. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Largest size at which the brute force runs in full; above, on a share of the report. */
const BRUTE_FULL_MAX = 100_000;
/** Largest size at which the brute force runs at all (on a share). */
const BRUTE_SHARE_MAX = 1_000_000;

/** Measures alignment at one size (characters per side), in this process. */
export function measureAlign(size: number): AlignBenchRow {
  const warm = syntheticPair(50_000, 1);
  alignAccounts(warm.set, warm.texts);
  const pair = syntheticPair(size);
  const t0 = performance.now();
  const c0 = cpuMs();
  const { crossReferences } = alignAccounts(pair.set, pair.texts);
  const alignMs = performance.now() - t0;
  const alignCpuMs = cpuMs() - c0;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  const linked = pair.planted.filter((p) => crossReferences.some((x) => overlaps(x.from, p.from) && overlaps(x.to, p.to))).length;
  const row: AlignBenchRow = { bytes: size, alignMs, alignCpuMs, links: crossReferences.length, rssMb, plantedRecall: linked / pair.planted.length };
  if (size <= BRUTE_FULL_MAX) {
    const t1 = performance.now();
    alignAccountsWith(pair.set, pair.texts, { bruteForce: true, prefilter: false });
    return { ...row, bruteMs: performance.now() - t1 };
  }
  if (size <= BRUTE_SHARE_MAX) {
    const share = BRUTE_FULL_MAX / size;
    const part = reportShare(pair, share);
    const t1 = performance.now();
    alignAccountsWith(part.set, part.texts, { bruteForce: true, prefilter: false });
    return { ...row, bruteMs: (performance.now() - t1) / share, estimated: true };
  }
  return row;
}

/** Measures alignment at the given sizes (characters per side), each in a child process of its own. */
export function runAlignBench(sizes: readonly number[] = [100_000, 1_000_000, 10_000_000]): AlignBenchRow[] {
  return sizes.map((size) => {
    const loader = __filename.endsWith('.ts') ? ['--import', 'tsx'] : []; // a bundle runs as it is
    const out = execFileSync(process.execPath, [...loader, __filename, '--size', String(size)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    return JSON.parse(out.trim().split('\n').pop()!) as AlignBenchRow;
  });
}

/** The rows as a Markdown table. */
export function formatAlignBench(rows: readonly AlignBenchRow[]): string {
  const head = '| size per side | align ms (wall) | align ms (CPU) | peak RSS MB | links | planted links found | brute force ms (wall) | brute / indexed |\n|---|---|---|---|---|---|---|---|';
  const lines = rows.map((r) => {
    const brute = r.bruteMs === undefined ? 'not run' : `${r.estimated ? '≈' : ''}${r.bruteMs.toFixed(0)}${r.estimated ? ' (on a share of the report, scaled)' : ''}`;
    const ratio = r.bruteMs === undefined ? '–' : `${r.estimated ? '≈' : ''}${(r.bruteMs / r.alignMs).toFixed(1)}×`;
    return `| ${(r.bytes / 1_000_000).toFixed(1)} MB | ${r.alignMs.toFixed(0)} | ${r.alignCpuMs.toFixed(0)} | ${r.rssMb.toFixed(0)} | ${r.links} | ${(r.plantedRecall * 100).toFixed(1)}% | ${brute} | ${ratio} |`;
  });
  return [head, ...lines].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const at = process.argv.indexOf('--size');
  if (at > 0) console.log(JSON.stringify(measureAlign(Number(process.argv[at + 1]))));
  else console.log(formatAlignBench(runAlignBench(process.argv.includes('--quick') ? [100_000, 1_000_000] : undefined)));
}
