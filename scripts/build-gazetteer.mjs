#!/usr/bin/env node
// Builds src/core/data/gazetteer.json, the country gazetteer of the country annotator,
// from the maintained `world-countries` package (names, official names, alternative
// spellings, English demonyms, capitals) plus a small set of general English derivations.
//
//   node scripts/build-gazetteer.mjs          rewrite the JSON
//   node scripts/build-gazetteer.mjs --check  exit 1 if the committed JSON is stale
//
// The generated file is committed (it is small), so a fresh clone needs no build step.
// Review its diff after upgrading `world-countries`.
//
// Output: { source, countries: [[iso, name], …], forms: [[form, countryIndex, kind], …] }
//   kind: "n" name (common, official, alternative spelling and forms derived from them)
//         "d" demonym / adjective (and its plural)
//         "a" abbreviation (UK, USA, U.S.): matched case-sensitively, exempt from name rules
//         "c" capital: a country only where the text uses it for the state
//         "x" blocker (countryIndex -1): a region or name that contains a country word
//             ("New Mexico", "Latin America"); the longest match wins, so it hides the
//             country word inside it
//   flags (optional 4th element): "s" = also a US state name (resolved by context),
//         "p" = a capital that is also a common given name (needs stronger evidence)
//   alternatives (optional 5th element): indexes of other independent countries the form may
//         stand for ("Congo", "Korea", "Dominican"); the other mentions of the text decide
//
// Notes on the derivations (all general English, none specific to any text):
// - "Republic of X", "Kingdom of the X", … also give "X" (the package has "Republic of
//   Turkey" but not "Turkey"); when two countries derive the same X, the one with the
//   shorter stripped prefix wins ("Republic of Korea" over "Democratic People's Republic
//   of Korea").
// - Initialisms: all-caps alternative spellings (UK, UAE, USA, DPRK, DRC) other than the
//   ISO code; the ISO code itself only when it is the initialism of the common name and
//   the official name starts with the same words (US, NZ), and the country is independent.
//   Each initialism of 2–4 letters also gets its dotted form (U.S., U.K., U.A.E.).
// - Plural demonyms: +s, except invariant forms (-ese, -ss, -ish, -tch, -nch, -x).
// - Capitals of independent states only, except seats of organisations (Brussels: the EU);
//   a capital named after its country ("Mexico City") is a blocker: a place (territories' capitals are mostly common words or
//   names: Hamilton, Douglas, The Valley); "Washington D.C." also gives "Washington".
// - Forms are also added without diacritics (Côte d'Ivoire -> Cote d'Ivoire); non-Latin
//   scripts and inverted forms ("Korea, Republic of") are dropped.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const pkg = require('world-countries/package.json');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outFile = path.join(root, 'src/core/data/gazetteer.json');

/**
 * English exonyms and noun/adjective demonyms that `world-countries` lacks. General
 * language data (any English text uses them), not a list of any sample's countries.
 */
const SUPPLEMENT = {
  // nouns that are also common first names (Finn, Dane, Brit) only in the plural
  GB: { n: ['Britain'], d: ['Briton', 'Brits'] },
  US: { n: ['America'] },
  // initialisms of official names used in diplomatic English
  CN: { a: ['PRC'] },
  KR: { a: ['ROK'] },
  TR: { d: ['Turk'] },
  PH: { d: ['Philippine'] },
  AZ: { d: ['Azeri'] },
  DK: { d: ['Danes'] },
  SE: { d: ['Swede'] },
  FI: { d: ['Finns'] },
  PL: { d: ['Poles'] },
  ES: { d: ['Spaniard'] },
  TJ: { d: ['Tajik'] },
  KG: { d: ['Kyrgyz', 'Kyrgyzstani'] },
  KZ: { d: ['Kazakh'] },
  UZ: { d: ['Uzbek'] },
  EC: { d: ['Ecuadorian'] },
  CV: { d: ['Cape Verdean'] },
  MV: { d: ['Maldivian'] },
  SI: { d: ['Slovenian'] },
  SR: { d: ['Surinamese'] },
  KM: { d: ['Comorian'] },
  GW: { d: ['Bissau-Guinean'] },
  SA: { d: ['Saudi'], a: ['KSA'] },
  AR: { d: ['Argentinian', 'Argentinean'] },
  SV: { d: ['Salvadorean'] },
  BY: { d: ['Belorussian'] },
  NP: { d: ['Nepali'] },
  IS: { d: ['Icelandic'] },
  RS: { d: ['Serb'] },
  HR: { d: ['Croat'] },
  DJ: { d: ['Djiboutian'] },
  BW: { d: ['Botswanan'] },
  UA: { c: ['Kiev'] },
  MN: { c: ['Ulaanbaatar'] },
};

/**
 * Alternative spellings in the package that are ordinary English words or names, and
 * would match far more often as those ("Island" for Iceland, "Mann" for the Isle of Man).
 */
const EXCLUDE_ALT = new Set(['Island', 'Mann', 'Emirates', 'Dominique', 'Portuguesa', 'Prathet', 'Viti', 'Timor']);

/** Initialisms far more common as something else in English text (RSA encryption, "BF"). */
const EXCLUDE_INITIALISMS = new Set(['RSA', 'BF']);

/** Regions and names that contain a country word but are not that country. */
const BLOCKERS = [
  'New Mexico', 'Gulf of Mexico', 'New Jersey', 'New Guinea', 'Northern Ireland',
  'Latin America', 'Latin American', 'Latin Americans', 'South America', 'South American', 'South Americans',
  'North America', 'North American', 'North Americans', 'Central America', 'Central American', 'Central Americans',
  'Americas', 'Native American', 'Native Americans', 'American Indian', 'American Indians',
  'Indian Ocean', 'Indian Subcontinent', 'Korean Peninsula', 'Irish Sea', 'British Columbia', 'British Isles',
  'Sea of Japan', 'Jordan River', 'Jordan Valley', 'Congo River', 'Congo Basin', 'Niger Delta', 'Niger River',
  'Bank of America', 'Voice of America', 'Captain America', 'Miss America',
];

/**
 * Capitals that English news uses for an international organisation seated there far more
 * often than for their own state ("Brussels weighs enlargement" is the EU, not Belgium).
 */
const ORGANISATION_SEATS = new Set(['Brussels']);

/** Country names that are also names of US states; resolved by context at run time. */
const US_STATE_HOMONYMS = new Set(['Georgia']);

/** Capitals that are common given names: they need more than "<capital> said" to be a state. */
const GIVEN_NAME_CAPITALS = new Set(['Victoria', 'Sofia', 'Santiago', 'Moroni']);

/** Spellings without diacritics that are English words ("Reunion" for Réunion, "Male" for Malé). */
const UNSAFE_FOLDS = new Set(['Reunion', 'Male']);

const STATE_PREFIX = /^(?:(?:Islamic|Federal|Democratic|People's|Arab|Socialist|United|Plurinational|Bolivarian|Co-operative|Oriental|Hashemite|Independent|Sovereign|Most Serene|Federative|Hellenic|Lebanese|Gabonese|Togolese|Swiss|Kyrgyz|Slovak|Czech|Argentine|Portuguese|Italian|French|Syrian|Tunisian)\s+)*(Republic|Kingdom|State|Commonwealth|Principality|Sultanate|Federation|Union|Grand Duchy|Co-operative Republic)\s+of\s+(?:the\s+)?(.+)$/;

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const isLatin = (s) => /^[\p{Script=Latin}\s'’.\-()]+$/u.test(s) && /\p{L}/u.test(s);
const words = (s) => s.split(/[\s-]+/).filter(Boolean);
const initialism = (s) => words(s).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

function pluralOf(d) {
  // invariant demonyms (the Chinese, the Swiss, the French) and adjective-only forms
  if (/(?:ese|ss|ish|tch|nch|x|s|ic|z|y)$/.test(d) || d === d.toUpperCase()) return null;
  return `${d}s`;
}

/** @type {Map<string, {iso: string, kind: string, rank: number, flags?: string}[]>} */
const candidates = new Map();
function add(form, iso, kind, rank, flags) {
  form = form.trim().replace(/\s+/g, ' ').replace(/^The\s+/, '');
  if (!form || !isLatin(form) || form.includes(',')) return;
  for (const f of new Set([form, fold(form)])) {
    if (UNSAFE_FOLDS.has(f)) continue;
    if (!/^\p{Lu}/u.test(f)) continue; // every form starts with a capital letter: the scan relies on it
    const list = candidates.get(f) ?? [];
    list.push({ iso, kind, rank, flags });
    candidates.set(f, list);
  }
}

const list = countries.filter((c) => c.cca2 && c.name?.common);
const blockers = [...BLOCKERS];
for (const c of list) {
  const iso = c.cca2;
  const independent = c.independent !== false;
  const sup = SUPPLEMENT[iso] ?? {};
  const flags = (f) => (US_STATE_HOMONYMS.has(f) ? 's' : undefined);
  // rank: lower wins when two countries share a form
  add(c.name.common, iso, 'n', 0, flags(c.name.common));
  add(c.name.official.replace(/\s*\(.*\)\s*/g, ' '), iso, 'n', 1);
  for (const n of sup.n ?? []) add(n, iso, 'n', 1);
  for (const alt of c.altSpellings ?? []) {
    if (EXCLUDE_ALT.has(alt) || alt === iso) continue;
    if (/^\p{Lu}{2,5}$/u.test(alt)) {
      if (!EXCLUDE_INITIALISMS.has(alt)) add(alt, iso, 'a', 2);
    }
    else add(alt.replace(/\s*\(.*\)\s*/g, ' '), iso, 'n', 2);
  }
  // "Republic of X" -> "X"
  for (const long of [c.name.official, ...(c.altSpellings ?? [])]) {
    const m = STATE_PREFIX.exec(long.replace(/\s*\(.*\)\s*/g, ' ').trim());
    if (m) add(m[2], iso, 'n', 3 + long.length - m[2].length);
  }
  for (const a of sup.a ?? []) add(a, iso, 'a', 2);
  // ISO code as an abbreviation: only where it is the initialism of the name (US, NZ)
  const init = initialism(c.name.common);
  if (independent && init === iso && !EXCLUDE_INITIALISMS.has(iso) && words(c.name.common).length > 1 && c.name.official.startsWith(c.name.common)) add(iso, iso, 'a', 2);
  // demonyms (+ plural)
  const dem = c.demonyms?.eng ?? {};
  for (const d of new Set([dem.m, dem.f, ...(sup.d ?? [])].filter(Boolean).flatMap((d) => d.split(/,\s*|\s+or\s+/)))) {
    add(d, iso, 'd', independent ? 4 : 6);
    const p = list.some((o) => o.name.common === d) ? null : pluralOf(d);
    if (p) add(p, iso, 'd', independent ? 4 : 6);
  }
  // capitals of independent states
  if (independent) {
    for (const cap of [...(c.capital ?? []), ...(sup.c ?? [])]) {
      if (ORGANISATION_SEATS.has(cap)) continue;
      // "Mexico City", "Kuwait City", "City of San Marino": the city named after the country
      // is a place; as a blocker it also hides the country name inside it
      if (cap !== c.name.common && new RegExp(`\\b${c.name.common}\\b`).test(cap)) {
        blockers.push(cap);
        continue;
      }
      add(cap, iso, 'c', 5, GIVEN_NAME_CAPITALS.has(cap) ? 'p' : undefined);
      const base = cap.replace(/,?\s+D\.C\.$/, '');
      if (base !== cap) add(base, iso, 'c', 5);
    }
  }
}
// "North X" and "South X" both countries (the Koreas): "X" and its demonym belong to either,
// by default to the one whose own name gives "X" most directly ("Republic of Korea")
for (const north of list.filter((c) => c.name.common.startsWith('North '))) {
  const base = north.name.common.slice('North '.length);
  const south = list.find((c) => c.name.common === `South ${base}`);
  if (!south) continue;
  for (const c of [north, south]) {
    const rank = Math.min(...(candidates.get(base) ?? []).filter((x) => x.iso === c.cca2).map((x) => x.rank), 50);
    for (const d of [c.demonyms?.eng?.m ?? ''].filter((d) => /^(?:North|South) /.test(d))) {
      const demonym = d.replace(/^(?:North|South) /, '');
      add(demonym, c.cca2, 'd', 4 + rank);
      add(pluralOf(demonym) ?? demonym, c.cca2, 'd', 4 + rank);
    }
  }
}
// dotted initialisms: UK -> U.K.
for (const [form, cands] of [...candidates]) {
  if (/^\p{Lu}{2,4}$/u.test(form) && cands.some((x) => x.kind === 'a')) {
    for (const x of cands.filter((x) => x.kind === 'a')) add(form.split('').join('.') + '.', x.iso, 'a', x.rank);
  }
}

const isoIndex = new Map(list.map((c, i) => [c.cca2, i]));
const area = (iso) => list[isoIndex.get(iso)].area ?? 0;
const indep = (iso) => list[isoIndex.get(iso)].independent !== false;
const kindRank = { n: 0, a: 0, d: 1, c: 2 };

const forms = [];
for (const [form, cands] of candidates) {
  // a form that names a country wins over the same string as a demonym or a capital
  // (Singapore, Luxembourg, Djibouti); then: rank, independent states, larger area
  cands.sort((a, b) => kindRank[a.kind] - kindRank[b.kind] || a.rank - b.rank || indep(b.iso) - indep(a.iso) || area(b.iso) - area(a.iso));
  let best = cands[0];
  // an alternative spelling that is also the country's demonym is used as one ("Saudi officials", "Thai")
  if (best.kind === 'n' && best.rank >= 2) best = cands.find((x) => x.kind === 'd' && x.iso === best.iso) ?? best;
  const row = [form, isoIndex.get(best.iso), best.kind];
  const flags = cands.find((x) => x.iso === best.iso && x.flags)?.flags;
  // other independent states the form may stand for ("Congo", "Korean", "Dominican"); the
  // text decides at run time. Not for a country's own common name ("China" stays CN).
  const alternatives = best.rank === 0 && best.kind === 'n'
    ? []
    : [...new Set(cands.filter((x) => x.iso !== best.iso && indep(x.iso) && x.kind === best.kind).map((x) => x.iso))];
  if (flags || alternatives.length) row.push(flags ?? '');
  if (alternatives.length) row.push(alternatives.map((iso) => isoIndex.get(iso)));
  forms.push(row);
}
for (const b of new Set(blockers)) if (!candidates.has(b)) forms.push([b, -1, 'x']);
forms.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

const out = {
  source: `world-countries@${pkg.version} (ODbL-1.0) + scripts/build-gazetteer.mjs`,
  countries: list.map((c) => [c.cca2, c.name.common]),
  forms,
};
const json = `${JSON.stringify(out, null, 0).replace(/\],\[/g, '],\n[')}\n`;

if (process.argv.includes('--check')) {
  const current = fs.existsSync(outFile) ? fs.readFileSync(outFile, 'utf8') : '';
  if (current !== json) {
    console.error(`${path.relative(root, outFile)} is stale: run \`node scripts/build-gazetteer.mjs\` and commit it.`);
    process.exit(1);
  }
} else {
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, json);
  console.log(`${path.relative(root, outFile)}: ${out.countries.length} countries, ${forms.length} forms, ${json.length} bytes`);
}
