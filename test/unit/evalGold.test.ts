// The dev set's gold (test/eval/pairs/<pair>/gold.json, format in ../shared/eval/GOLD-FORMAT.md)
// is written by hand. This test catches the mechanical slips that make a gold string unusable
// before `npm run eval` is run: a string that is not a character-for-character substring
// (curly quotes, NBSPs, line wraps), a crossref or unmatched passage that occurs more than once,
// turns out of order, a quote by someone who is not a gold person, or a passage that is both
// linked and listed as unsupported. The test says nothing about the judgements themselves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

/** The parts of gold.json this check reads. */
interface Gold {
  persons: Record<string, string[]>;
  turns: { speaker: string; starts: string }[];
  quotes: { exact: string; speaker: string }[];
  countries: Record<string, string[]>;
  notCountries: string[];
  crossrefs: { news: string; transcript: string[] }[];
  unmatched: string[];
}

/** How often `needle` occurs in `hay` (overlapping occurrences counted). */
function occurrences(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}

/** The problems of one pair's gold against its two texts, as readable lines; empty when usable. */
function goldProblems(gold: Gold, news: string, transcript: string): string[] {
  const out: string[] = [];
  const short = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
  const once = (hay: string, s: string, what: string) => {
    const n = occurrences(hay, s);
    if (n !== 1) out.push(`${what} occurs ${n} times: ${short(s)}`);
  };
  let from = 0;
  for (const t of gold.turns) {
    const at = transcript.indexOf(t.starts, from);
    if (at < 0) out.push(`turn not found after the previous one: ${short(t.starts)}`);
    else from = at + 1;
  }
  for (const q of gold.quotes) {
    if (!news.includes(q.exact)) out.push(`quote not in news: ${short(q.exact)}`);
    if (!(q.speaker in gold.persons)) out.push(`quote speaker is not a gold person: ${q.speaker}`);
  }
  for (const x of gold.crossrefs) {
    once(news, x.news, 'crossref news passage');
    for (const t of x.transcript) once(transcript, t, 'crossref transcript passage');
  }
  for (const u of gold.unmatched) once(news, u, 'unmatched passage');
  const span = (s: string) => ({ start: news.indexOf(s), end: news.indexOf(s) + s.length });
  for (const u of gold.unmatched.filter((s) => news.includes(s)).map(span)) {
    const x = gold.crossrefs.find((c) => news.includes(c.news) && span(c.news).start < u.end && u.start < span(c.news).end);
    if (x) out.push(`unmatched passage overlaps crossref ${short(x.news)}`);
  }
  const forms = [...Object.values(gold.persons).flat(), ...Object.values(gold.countries).flat(), ...gold.notCountries];
  for (const f of forms) if (!news.includes(f) && !transcript.includes(f)) out.push(`surface form in neither text: ${short(f)}`);
  for (const code of Object.keys(gold.countries)) if (!/^[A-Z]{2}$/.test(code)) out.push(`country key is not ISO 3166-1 alpha-2: ${code}`);
  return out;
}

test('dev-set gold check', async (t) => {
  const news = 'Ms Ada said “we will act” on Monday.\nOthers disagreed.';
  const transcript = 'ADA:\u00a0 We will act.\nQ\u00a0 And then?\nADA:\u00a0 Monday.';
  const good: Gold = {
    persons: { 'Ada Lovelace': ['Ada', 'ADA'] },
    turns: [{ speaker: 'Ada Lovelace', starts: 'ADA:\u00a0 We will' }, { speaker: 'Question', starts: 'Q\u00a0 And' }],
    quotes: [{ exact: 'we will act', speaker: 'Ada Lovelace' }],
    countries: {},
    notCountries: [],
    crossrefs: [{ news: 'Ms Ada said “we will act” on Monday.', transcript: ['We will act.'] }],
    unmatched: ['Others disagreed.'],
  };

  await t.test('should accept a gold whose strings are exact, unique and in order', () => {
    assert.deepEqual(goldProblems(good, news, transcript), []);
  });

  await t.test('should report straight quotes for curly ones, a lost NBSP, turns out of order and overlaps', () => {
    const bad: Gold = {
      ...good,
      turns: [...good.turns].reverse().concat([{ speaker: 'Ada Lovelace', starts: 'ADA: Monday' }]),
      quotes: [{ exact: '"we will act"', speaker: 'Ada' }],
      crossrefs: [{ news: 'Ms Ada said "we will act" on Monday.', transcript: ['ADA'] }],
      unmatched: ['Others disagreed.', 'disagreed'],
      countries: { FRA: ['Ada'] },
    };
    bad.crossrefs.push({ news: 'Others', transcript: ['Monday.'] });
    assert.deepEqual(goldProblems(bad, news, transcript), [
      'turn not found after the previous one: "ADA:\u00a0 We will"',
      'turn not found after the previous one: "ADA: Monday"',
      'quote not in news: "\\"we will act\\""',
      'quote speaker is not a gold person: Ada',
      'crossref news passage occurs 0 times: "Ms Ada said \\"we will act\\" on Monday."',
      'crossref transcript passage occurs 2 times: "ADA"',
      'unmatched passage overlaps crossref "Others"',
      'country key is not ISO 3166-1 alpha-2: FRA',
    ]);
  });

  const dir = path.resolve(import.meta.dirname, '../eval/pairs');
  const pairs = fs.readdirSync(dir).filter((name) => fs.existsSync(path.join(dir, name, 'gold.json'))).sort();
  await t.test('should find the dev set', () => {
    assert.ok(pairs.length >= 6, `only ${pairs.length} pairs under ${dir}`);
  });
  for (const name of pairs) {
    await t.test(`pair ${name} should have usable gold and its SOURCE.md`, () => {
      const read = (file: string) => fs.readFileSync(path.join(dir, name, file), 'utf8');
      assert.ok(fs.existsSync(path.join(dir, name, 'SOURCE.md')), 'SOURCE.md is missing');
      assert.deepEqual(goldProblems(JSON.parse(read('gold.json')) as Gold, read('news.txt'), read('transcript.txt')), []);
    });
  }
});
