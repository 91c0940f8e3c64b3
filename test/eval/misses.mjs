#!/usr/bin/env node
// `npm run eval:misses`: for each pair of the dev set, every gold cross-reference the
// built command line missed (with what it did with those report words instead: a link
// elsewhere, or an unmatched entry and its nearest passage and score), every link the
// gold does not hold (a false link, with the gold's passages) and every passage it lists
// as unmatched although the gold links it. For classifying failures, not a
// metric: the figures are `npm run eval`'s.
//
//   npm run eval:misses [-- PAIR…]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.resolve(here, '../../dist/cli.js');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dir = path.join(here, 'pairs');
const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const clip = (s, n = 160) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\s+/g, ' ');

for (const name of fs.readdirSync(dir).sort()) {
  if (only.length && !only.includes(name)) continue;
  const pd = path.join(dir, name);
  const news = fs.readFileSync(path.join(pd, 'news.txt'), 'utf8');
  const transcript = fs.readFileSync(path.join(pd, 'transcript.txt'), 'utf8');
  const gold = JSON.parse(fs.readFileSync(path.join(pd, 'gold.json'), 'utf8'));
  const sys = JSON.parse(execFileSync(process.execPath, [cli, 'export', path.join(pd, 'news.txt'), path.join(pd, 'transcript.txt'), '--format', 'json'], { maxBuffer: 1 << 28, encoding: 'utf8' }));
  const role = Object.fromEntries(sys.documents.map((d) => [d.id, decodeURIComponent(d.uri).split(/[\\/]/).pop().startsWith('news') ? 'news' : 'transcript']));
  const xs = sys.crossReferences.map((x) => (role[x.from.document] === 'news' ? { n: x.from, t: x.to, x } : { n: x.to, t: x.from, x }));
  const um = sys.unmatched.filter((m) => role[m.document] === 'news');
  const span = (text, s) => { const i = text.indexOf(s); return { start: i, end: i + s.length }; };
  const goldUm = gold.unmatched.map((s) => span(news, s));
  console.log(`\n## ${name}`);
  for (const g of gold.crossrefs) {
    const ns = span(news, g.news);
    const ts = g.transcript.map((s) => span(transcript, s));
    if (xs.some((x) => overlaps(x.n, ns) && ts.some((t) => overlaps(x.t, t)))) continue;
    console.log(`MISSED  news: ${clip(g.news)}`);
    for (const t of g.transcript) console.log(`   gold→ ${clip(t)}`);
    for (const x of xs.filter((x) => overlaps(x.n, ns))) console.log(`   tool linked [${clip(news.slice(x.n.start, x.n.end), 60)}] → ${clip(transcript.slice(x.t.start, x.t.end), 90)} (${x.x.match} ${x.x.score})`);
    for (const m of um.filter((m) => overlaps(m, ns))) {
      const near = m.nearest ? `${clip(transcript.slice(m.nearest.start, m.nearest.end), 90)} (${m.nearest.score})` : 'none';
      console.log(`   tool unmatched(${m.reason}) [${clip(news.slice(m.start, m.end), 60)}] nearest: ${near}`);
    }
  }
  // False links: a link from a judged passage to none of its gold passages, or from a passage the gold holds unsupported (what `npm run eval`'s precision counts).
  for (const x of xs) {
    const judged = gold.crossrefs.filter((g) => overlaps(x.n, span(news, g.news)));
    const wrong = judged.length > 0 ? !judged.some((g) => g.transcript.some((t) => overlaps(x.t, span(transcript, t)))) : goldUm.some((u) => overlaps(x.n, u));
    if (!wrong) continue;
    console.log(`FALSE LINK [${clip(news.slice(x.n.start, x.n.end), 100)}] → ${clip(transcript.slice(x.t.start, x.t.end), 100)} (${x.x.match} ${x.x.score})`);
    for (const g of judged) for (const t of g.transcript) console.log(`   gold→ ${clip(t)}`);
  }
  for (const m of um) {
    if (goldUm.some((u) => overlaps(m, u))) continue;
    if (!gold.crossrefs.some((g) => overlaps(m, span(news, g.news)))) continue;
    const near = m.nearest ? `${clip(transcript.slice(m.nearest.start, m.nearest.end), 90)} (${m.nearest.score})` : 'none';
    console.log(`FALSE UNSUPPORTED (${m.reason}) ${clip(news.slice(m.start, m.end))}\n   nearest: ${near}`);
  }
}
