#!/usr/bin/env node
// Scores a transcript-annotator JSON export against a gold pair folder (GOLD-FORMAT.md).
// Ours: a copy of the shared scorer (../shared/eval/score.mjs) made a module, so that
// `npm run eval` scores every pair of the dev set with the same logic. The metrics and
// their computation are unchanged; keep them so, or the dev set stops being comparable.
//
//   node test/eval/score.mjs <pairDir> <export.json>   -> prints metrics JSON
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Scores the export `sys` (parsed JSON) against the gold of `pairDir`. */
export function scorePair(pairDir, sys) {
const gold = JSON.parse(fs.readFileSync(path.join(pairDir, 'gold.json'), 'utf8'));
const text = {
  news: fs.readFileSync(path.join(pairDir, 'news.txt'), 'utf8'),
  transcript: fs.readFileSync(path.join(pairDir, 'transcript.txt'), 'utf8'),
};

const norm = (s) => String(s ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const findAll = (hay, needle) => { const out = []; let i = hay.indexOf(needle); while (i >= 0) { out.push({ start: i, end: i + needle.length }); i = hay.indexOf(needle, i + 1); } return out; };
const spanOf = (doc, s) => { const i = text[doc].indexOf(s); if (i < 0) throw new Error(`gold string not in ${doc}: ${s}`); return { start: i, end: i + s.length }; };
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const wordOccurrences = (hay, form) => findAll(hay, form).filter(({ start, end }) => !isWordChar(hay[start - 1]) && !isWordChar(hay[end]));

// documents: map system document ids to roles by file name
const roleOf = {};
for (const d of sys.documents ?? []) {
  const base = decodeURIComponent(String(d.uri ?? d.path ?? d.id)).split(/[\\/]/).pop();
  if (base.startsWith('news')) roleOf[d.id] = 'news';
  else if (base.startsWith('transcript')) roleOf[d.id] = 'transcript';
}
const anns = (sys.annotations ?? []).map((a) => ({ ...a, doc: roleOf[a.document] })).filter((a) => a.doc);
const entities = new Map((sys.entities ?? []).map((e) => [e.id, e]));
const entityNames = (id) => { const e = entities.get(id); return e ? [e.name, e.label, ...(e.aliases ?? [])].filter(Boolean).map(norm) : []; };
const goldPersonOf = (entityId) => {
  const names = entityNames(entityId);
  for (const [canon, forms] of Object.entries(gold.persons)) if ([canon, ...forms].some((f) => names.includes(norm(f)))) return canon;
  return null;
};
const metrics = {};
const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);
const round = (x) => Math.round(x * 1000) / 1000;

// ---- gold mention spans (longest form first, no overlaps) ----
function goldMentions(formsByKey, doc, exclude = []) {
  const taken = exclude.flatMap((f) => wordOccurrences(text[doc], f));
  const list = Object.entries(formsByKey).flatMap(([key, forms]) => forms.map((f) => [key, f])).sort((a, b) => b[1].length - a[1].length);
  const out = [];
  for (const [key, form] of list) for (const sp of wordOccurrences(text[doc], form)) {
    if (out.some((m) => overlaps(m, sp)) || taken.some((t) => overlaps(t, sp) && t.end - t.start > sp.end - sp.start)) continue;
    out.push({ ...sp, key, doc });
  }
  return out;
}

// ---- persons ----
{
  const gm = ['news', 'transcript'].flatMap((d) => goldMentions(gold.persons, d));
  const sp = anns.filter((a) => a.kind === 'person');
  const found = gm.filter((m) => sp.some((a) => a.doc === m.doc && overlaps(a, m)));
  const correctSys = sp.filter((a) => gm.some((m) => m.doc === a.doc && overlaps(a, m)));
  const p = sp.length ? correctSys.length / sp.length : 0, r = gm.length ? found.length / gm.length : 0;
  // clustering: every found mention's system entity must map to its gold person
  const clustered = gm.filter((m) => sp.some((a) => a.doc === m.doc && overlaps(a, m) && goldPersonOf(a.entity) === m.key));
  metrics.persons = { gold: gm.length, system: sp.length, precision: round(p), recall: round(r), f1: round(f1(p, r)), linkedToRightPerson: round(gm.length ? clustered.length / gm.length : 0) };
}
// ---- countries ----
{
  const gm = ['news', 'transcript'].flatMap((d) => goldMentions(gold.countries, d, gold.notCountries));
  const sc = anns.filter((a) => a.kind === 'country');
  const codeOf = (a) => String(entities.get(a.entity)?.iso ?? a.iso ?? '').toUpperCase();
  const found = gm.filter((m) => sc.some((a) => a.doc === m.doc && overlaps(a, m) && codeOf(a) === m.key));
  const correct = sc.filter((a) => gm.some((m) => m.doc === a.doc && overlaps(a, m) && codeOf(a) === m.key));
  const falseHits = sc.filter((a) => !gm.some((m) => m.doc === a.doc && overlaps(a, m))).map((a) => text[a.doc].slice(a.start, a.end));
  const missed = gm.filter((m) => !found.includes(m)).map((m) => text[m.doc].slice(m.start, m.end));
  const p = sc.length ? correct.length / sc.length : 0, r = gm.length ? found.length / gm.length : 0;
  metrics.countries = { gold: gm.length, system: sc.length, precision: round(p), recall: round(r), f1: round(f1(p, r)), falseHits: [...new Set(falseHits)].slice(0, 12), missed: [...new Set(missed)].slice(0, 12) };
}
// ---- turns ----
{
  const st = anns.filter((a) => a.kind === 'turn' && a.doc === 'transcript');
  let ok = 0; const wrong = [];
  // Gold turns are in order, and openings repeat ("Thank you."): find each after the previous one.
  let from = 0;
  const isRole = (who) => !(who in gold.persons) && who !== 'Question';
  for (const g of gold.turns) {
    const at = text.transcript.indexOf(g.starts, from);
    if (at < 0) throw new Error(`gold turn not found in order in transcript: ${g.starts}`);
    from = at + 1;
    const t = st.find((a) => a.start <= at + 2 && a.end > at + 2);
    const who = t ? (t.speaker ? goldPersonOf(t.speaker) : null) : undefined;
    const labels = t ? `${t.label ?? ''} ${entityNames(t.speaker).join(' ')}` : '';
    const good = t && (g.speaker === 'Question' ? !who && /question|journalist|reporter|audience|media|\bQ\b/i.test(labels)
      : isRole(g.speaker) ? !who && norm(labels).includes(norm(g.speaker))   // a role such as "Interpreter", "Moderator"
      : who === g.speaker);
    if (good) ok++; else wrong.push(`${g.starts.slice(0, 40)} (gold ${g.speaker}; system ${t ? (who ?? (t.label || 'no speaker')) : 'no turn'})`);
  }
  metrics.turns = { gold: gold.turns.length, system: st.length, accuracy: round(ok / gold.turns.length), wrong };
}
// ---- quotes: claim covering the quote with the right speaker ----
{
  const claims = anns.filter((a) => a.kind === 'claim' && a.doc === 'news');
  let covered = 0, attributed = 0; const wrong = [];
  for (const q of gold.quotes) {
    const span = spanOf('news', q.exact);
    const c = claims.filter((a) => overlaps(a, span));
    if (c.length) covered++;
    if (c.some((a) => a.speaker && goldPersonOf(a.speaker) === q.speaker)) attributed++; else wrong.push(q.exact.slice(0, 50));
  }
  metrics.quotes = { gold: gold.quotes.length, covered: round(covered / gold.quotes.length), attributed: round(attributed / gold.quotes.length), wrong };
}
// ---- cross-references ----
{
  const xs = (sys.crossReferences ?? []).map((x) => {
    const a = { ...x.from, doc: roleOf[x.from?.document] }, b = { ...x.to, doc: roleOf[x.to?.document] };
    return a.doc === 'news' ? { n: a, t: b } : { n: b, t: a };
  }).filter((x) => x.n.doc === 'news' && x.t.doc === 'transcript');
  let hit = 0; const missed = [];
  const judged = [];
  for (const g of gold.crossrefs) {
    const ns = spanOf('news', g.news), ts = g.transcript.map((s) => spanOf('transcript', s));
    judged.push({ ns, ts });
    if (xs.some((x) => overlaps(x.n, ns) && ts.some((t) => overlaps(x.t, t)))) hit++; else missed.push(g.news.slice(0, 60));
  }
  const um = gold.unmatched.map((s) => spanOf('news', s));
  // precision over links whose news side touches a judged passage
  let tp = 0, fp = 0;
  for (const x of xs) {
    const j = judged.filter((g) => overlaps(x.n, g.ns));
    if (j.length) { if (j.some((g) => g.ts.some((t) => overlaps(x.t, t)))) tp++; else fp++; }
    else if (um.some((u) => overlaps(x.n, u))) fp++;
  }
  const unlinked = um.filter((u) => !xs.some((x) => overlaps(x.n, u))).length;
  const flagged = um.filter((u) => (sys.unmatched ?? []).some((m) => roleOf[m.document] === 'news' && overlaps(m, u))).length;
  // precision of "unsupported": of the system's unmatched report passages that touch a judged passage,
  // the share that the gold also calls unsupported (not one the transcript supports)
  let uTrue = 0, uFalse = 0;
  for (const m of (sys.unmatched ?? []).filter((m) => roleOf[m.document] === 'news')) {
    if (um.some((u) => overlaps(m, u))) uTrue++;
    else if (judged.some((g) => overlaps(m, g.ns))) uFalse++;
  }
  const r = hit / gold.crossrefs.length, p = tp + fp ? tp / (tp + fp) : 0;
  metrics.crossrefs = { gold: gold.crossrefs.length, system: xs.length, recall: round(r), precision: round(p), f1: round(f1(p, r)), unmatchedLeftUnlinked: round(unlinked / um.length), unmatchedFlagged: round(flagged / um.length), unsupportedPrecision: uTrue + uFalse ? round(uTrue / (uTrue + uFalse)) : 1, falselyUnsupported: uFalse, missed };
}
// ---- offsets sanity: every annotation's text equals its slice ----
{
  const bad = anns.filter((a) => typeof a.text === 'string' && text[a.doc].slice(a.start, a.end) !== a.text).length;
  metrics.offsets = { annotations: anns.length, textMismatches: bad };
}
return metrics;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [pairDir, exportFile] = process.argv.slice(2);
  console.log(JSON.stringify(scorePair(pairDir, JSON.parse(fs.readFileSync(exportFile, 'utf8'))), null, 1));
}
