#!/usr/bin/env node
// `npm run eval`: scores the built command line on every real pair of the dev set
// (test/eval/pairs/<pair>/: news.txt, transcript.txt, gold.json, SOURCE.md) and prints
// one table, with the mean over the dev set. The sample pair (../shared/eval/seed, when
// that folder is there) is shown on its own line and left out of the mean: rules are
// judged on the set, never on one pair.
//
//   npm run eval                 the table (with the mean of the tuning pairs and of the
//                                held-out ones, test/eval/split.json)
//   npm run eval -- --json       one JSON document: per pair metrics and the means
//   npm run eval -- --verbose    the table, then what each pair missed and linked wrongly
//   npm run eval -- PAIR…        only the named pairs (folder names)
//   npm run eval -- --cli FILE   score another build of the command line (e.g. an older
//                                checkout's dist/cli.js), for before/after tables
//   npm run eval:misses          per pair, each gold link missed (with what the tool did
//                                instead and its nearest passage) and each falsely
//                                unsupported passage (test/eval/misses.mjs)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scorePair } from './score.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = process.argv.slice(2);
const cliAt = args.indexOf('--cli');
const cli = cliAt >= 0 ? path.resolve(args.splice(cliAt, 2)[1] ?? '') : path.join(root, 'dist/cli.js');
const json = args.includes('--json');
const verbose = args.includes('--verbose');
const only = args.filter((a) => !a.startsWith('--'));

if (!fs.existsSync(cli)) {
  console.error(`eval: ${cli} is missing: run \`npm run build\` first.`);
  process.exit(2);
}

/** The pair folders of the dev set, by name. */
function devPairs() {
  const dir = path.join(here, 'pairs');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((name) => fs.existsSync(path.join(dir, name, 'gold.json'))).sort().map((name) => ({ name, dir: path.join(dir, name) }));
}

/** Exports the pair with the built command line and scores it. */
function score(pair) {
  const out = execFileSync(process.execPath, [cli, 'export', path.join(pair.dir, 'news.txt'), path.join(pair.dir, 'transcript.txt'), '--format', 'json'], { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  const sys = JSON.parse(out);
  if (verbose) exports.set(pair.dir, sys);
  return scorePair(pair.dir, sys);
}
/** The exports, by pair folder (with --verbose). */
const exports = new Map();

/**
 * The report passages the export lists as unmatched although the gold links them (what
 * `falselyUnsupported` counts), for --verbose.
 */
function falselyUnsupported(dir) {
  const sys = exports.get(dir);
  const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8'));
  const news = fs.readFileSync(path.join(dir, 'news.txt'), 'utf8');
  const newsDoc = sys.documents.find((d) => decodeURIComponent(d.uri).split(/[\\/]/).pop().startsWith('news'))?.id;
  const judged = gold.crossrefs.map((g) => { const i = news.indexOf(g.news); return { start: i, end: i + g.news.length }; });
  const unmatched = gold.unmatched.map((s) => { const i = news.indexOf(s); return { start: i, end: i + s.length }; });
  const overlaps = (a, b) => a.start < b.end && b.start < a.end;
  return sys.unmatched.filter((m) => m.document === newsDoc && !unmatched.some((u) => overlaps(m, u)) && judged.some((g) => overlaps(m, g)))
    .map((m) => news.slice(m.start, m.end).slice(0, 100));
}

/**
 * The links whose report side touches a judged passage but whose transcript side is not
 * one the gold gives, or whose report side the gold calls unsupported (what precision
 * counts as false), for --verbose: report words → transcript words.
 */
function falseLinks(dir) {
  const sys = exports.get(dir);
  const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8'));
  const news = fs.readFileSync(path.join(dir, 'news.txt'), 'utf8');
  const transcript = fs.readFileSync(path.join(dir, 'transcript.txt'), 'utf8');
  const newsDoc = sys.documents.find((d) => decodeURIComponent(d.uri).split(/[\\/]/).pop().startsWith('news'))?.id;
  const span = (text, s) => { const i = text.indexOf(s); return { start: i, end: i + s.length }; };
  const judged = gold.crossrefs.map((g) => ({ n: span(news, g.news), t: g.transcript.map((s) => span(transcript, s)) }));
  const unmatched = gold.unmatched.map((s) => span(news, s));
  const overlaps = (a, b) => a.start < b.end && b.start < a.end;
  const out = [];
  for (const x of sys.crossReferences) {
    const [n, t] = x.from.document === newsDoc ? [x.from, x.to] : [x.to, x.from];
    const j = judged.filter((g) => overlaps(n, g.n));
    const wrong = j.length ? !j.some((g) => g.t.some((u) => overlaps(t, u))) : unmatched.some((u) => overlaps(n, u));
    if (wrong) out.push(`${news.slice(n.start, n.end).slice(0, 70)} → ${transcript.slice(t.start, t.end).slice(0, 70)}`);
  }
  return out;
}

/** The figures of the table, in column order: [header, value of a metrics object]. */
const COLUMNS = [
  ['persons F1', (m) => m.persons.f1],
  ['countries F1', (m) => m.countries.f1],
  ['turns', (m) => m.turns.accuracy],
  ['quotes attr', (m) => m.quotes.attributed],
  ['xref P', (m) => m.crossrefs.precision],
  ['xref R', (m) => m.crossrefs.recall],
  ['xref F1', (m) => m.crossrefs.f1],
  ['unsupp P', (m) => m.crossrefs.unsupportedPrecision],
  ['false unsupp', (m) => m.crossrefs.falselyUnsupported],
  ['offset errors', (m) => m.offsets.textMismatches],
];

const pairs = devPairs().filter((p) => only.length === 0 || only.includes(p.name));
const seedDir = path.resolve(root, '../shared/eval/seed');
const seed = only.length === 0 && fs.existsSync(path.join(seedDir, 'gold.json')) ? { name: 'sample (not in mean)', dir: seedDir } : undefined;
const rows = pairs.map((p) => ({ name: p.name, metrics: score(p) }));
const seedRow = seed ? { name: seed.name, metrics: score(seed) } : undefined;
const round = (x) => Math.round(x * 1000) / 1000;
const meanOf = (some) => (some.length ? COLUMNS.map(([, get]) => round(some.reduce((s, r) => s + get(r.metrics), 0) / some.length)) : []);
const mean = meanOf(rows);
/** Pairs rules may be designed on, and pairs only scored (test/eval/split.json). */
const heldOutNames = new Set(JSON.parse(fs.readFileSync(path.join(here, 'split.json'), 'utf8')).heldOut);
const tuning = rows.filter((r) => !heldOutNames.has(r.name));
const heldOut = rows.filter((r) => heldOutNames.has(r.name));

if (json) {
  const means = Object.fromEntries(COLUMNS.map(([h], i) => [h, mean[i]]));
  const named = (values) => Object.fromEntries(COLUMNS.map(([h], i) => [h, values[i]]));
  console.log(JSON.stringify({ pairs: rows.map((r) => ({ ...r, heldOut: heldOutNames.has(r.name) })), sample: seedRow, mean: means, meanTuning: named(meanOf(tuning)), meanHeldOut: named(meanOf(heldOut)) }, null, 1));
} else {
  const table = [['pair', ...COLUMNS.map(([h]) => h)]];
  for (const r of rows) table.push([`${r.name}${heldOutNames.has(r.name) ? ' (held out)' : ''}`, ...COLUMNS.map(([, get]) => String(get(r.metrics)))]);
  if (rows.length) table.push([`mean of ${rows.length} pairs`, ...mean.map(String)]);
  if (tuning.length && heldOut.length) {
    table.push([`  tuning (${tuning.length})`, ...meanOf(tuning).map(String)]);
    table.push([`  held out (${heldOut.length})`, ...meanOf(heldOut).map(String)]);
  }
  if (seedRow) table.push([seedRow.name, ...COLUMNS.map(([, get]) => String(get(seedRow.metrics)))]);
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  for (const row of table) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  if (rows.length === 0) console.log('(no dev pairs under test/eval/pairs)');
  if (verbose) {
    for (const r of [...rows, ...(seedRow ? [seedRow] : [])]) {
      const m = r.metrics;
      console.log(`\n## ${r.name}`);
      console.log(`crossrefs missed: ${JSON.stringify(m.crossrefs.missed)}`);
      console.log(`falsely unsupported: ${JSON.stringify(falselyUnsupported(r.name === seedRow?.name ? seedDir : path.join(here, 'pairs', r.name)))}`);
      console.log(`false links: ${JSON.stringify(falseLinks(r.name === seedRow?.name ? seedDir : path.join(here, 'pairs', r.name)))}`);
      console.log(`quotes wrong: ${JSON.stringify(m.quotes.wrong)}`);
      console.log(`turns wrong: ${JSON.stringify(m.turns.wrong)}`);
      console.log(`countries false: ${JSON.stringify(m.countries.falseHits)} missed: ${JSON.stringify(m.countries.missed)}`);
      console.log(`persons: gold ${m.persons.gold} system ${m.persons.system} P ${m.persons.precision} R ${m.persons.recall}`);
    }
  }
}
