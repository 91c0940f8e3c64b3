import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import fc from 'fast-check';
import { retext } from 'retext';
import * as countries from '../../../../src/core/annotators/countries/find';
import retextCountries, { findCountryMentions, type CountryMention } from '../../../../src/core/annotators/countries/find';
import { COUNTRY_FORMS } from '../../../../src/core/data/gazetteer';

const root = path.resolve(__dirname, '../../../..');
const fixtures = path.join(root, 'test/fixtures/countries');

/** `[text, iso]` of each mention, in order. */
const pairs = (text: string): [string, string][] => findCountryMentions(text).map((m) => [m.text, m.iso]);
/** Only the mention texts. */
const texts = (text: string): string[] => findCountryMentions(text).map((m) => m.text);

/** The invariants every result must keep. */
function assertWellFormed(input: string, mentions: readonly CountryMention[]): void {
  let last = 0;
  for (const m of mentions) {
    assert.ok(m.start >= last, `sorted and non-overlapping at ${m.start}`);
    assert.ok(m.end > m.start && m.end <= input.length, `in bounds: ${m.start}-${m.end}`);
    assert.equal(input.slice(m.start, m.end), m.text);
    assert.match(m.iso, /^[A-Z]{2}$/);
    assert.ok(m.name.length > 0);
    last = m.end;
  }
}

test('countries', async (t) => {
  await t.test('should expose findCountryMentions and a default retext plugin', () => {
    assert.deepEqual(Object.keys(countries).sort(), ['default', 'findCountryMentions']);
    assert.equal(typeof retextCountries, 'function');
  });

  await t.test('should keep the committed gazetteer in step with its generator', () => {
    execFileSync(process.execPath, [path.join(root, 'scripts/build-gazetteer.mjs'), '--check'], { cwd: root, stdio: 'pipe' });
    assert.ok(COUNTRY_FORMS.length > 1000);
    assert.ok(fs.statSync(path.join(root, 'src/core/data/gazetteer.json')).size < 100_000, 'gazetteer stays small');
  });

  await t.test('should find common, official and alternative names', () => {
    assert.deepEqual(pairs('The Russian Federation, the Republic of Korea and the Republic of Turkey met Turkey and Türkiye.'), [
      ['Russian Federation', 'RU'], ['Republic of Korea', 'KR'], ['Republic of Turkey', 'TR'], ['Turkey', 'TR'], ['Türkiye', 'TR'],
    ]);
    assert.deepEqual(pairs('Talks on Côte d’Ivoire, Cote d\'Ivoire and Ivory Coast; the Philippines and Filipino workers.'), [
      ['Côte d’Ivoire', 'CI'], ["Cote d'Ivoire", 'CI'], ['Ivory Coast', 'CI'], ['Philippines', 'PH'], ['Filipino', 'PH'],
    ]);
  });

  await t.test('should find abbreviations case-sensitively', () => {
    assert.deepEqual(pairs('The U.S. and the US, the UK and the U.K., the USA and the UAE.'), [
      ['U.S.', 'US'], ['US', 'US'], ['UK', 'GB'], ['U.K.', 'GB'], ['USA', 'US'], ['UAE', 'AE'],
    ]);
    assert.deepEqual(texts('Tell us what is obstacle for us. Us too.'), []);
    assert.deepEqual(texts('LET US KNOW. THE US SANCTIONS'), ['US']);
  });

  await t.test('should find demonyms, adjectives and their plurals', () => {
    assert.deepEqual(pairs('Turkish, Azerbaijani and Cypriot officials met Ukrainians, Azerbaijanis and Cypriots.'), [
      ['Turkish', 'TR'], ['Azerbaijani', 'AZ'], ['Cypriot', 'CY'], ['Ukrainians', 'UA'], ['Azerbaijanis', 'AZ'], ['Cypriots', 'CY'],
    ]);
    assert.deepEqual(pairs('British, Dutch, Swiss and Filipino nurses; Britons and Filipinos.'), [
      ['British', 'GB'], ['Dutch', 'NL'], ['Swiss', 'CH'], ['Filipino', 'PH'], ['Britons', 'GB'], ['Filipinos', 'PH'],
    ]);
    // variant spellings English uses beside the package's demonym; a word that only begins like one is none
    assert.deepEqual(pairs('Chilean, Argentinean, Salvadorean and Belorussian growers; Argentineans and Argentinians.'), [
      ['Chilean', 'CL'], ['Argentinean', 'AR'], ['Salvadorean', 'SV'], ['Belorussian', 'BY'], ['Argentineans', 'AR'], ['Argentinians', 'AR'],
    ]);
    assert.deepEqual(texts('The argentinean-style Belorussianist wrote on Salvadoreanism.'), []);
  });

  await t.test('should split hyphenated compounds into one mention per country', () => {
    assert.deepEqual(pairs('Russian-Turkish relations and the Russia-Turkey centre, a Russia-supported conference.'), [
      ['Russian', 'RU'], ['Turkish', 'TR'], ['Russia', 'RU'], ['Turkey', 'TR'], ['Russia', 'RU'],
    ]);
    assert.deepEqual(pairs('A Moscow-backed militia fought the Tripoli-based administration.'), [['Moscow', 'RU']]);
    assert.deepEqual(texts('Russia–Turkey talks, Moscow–Ankara ties and the Washington-Moscow hotline.'), ['Russia', 'Turkey', 'Moscow', 'Ankara', 'Washington', 'Moscow']);
  });

  await t.test('should take capitals for the state where the text uses them so', () => {
    assert.deepEqual(texts('We welcome Ankara’s striving to help.'), ['Ankara']);
    assert.deepEqual(texts('It faces continued pressure from Washington.'), ['Washington']);
    assert.deepEqual(texts('Is this a factor in the dialogue between Moscow and Ankara? Do Moscow and Ankara agree?'), ['Moscow', 'Ankara', 'Moscow', 'Ankara']);
    assert.deepEqual(texts('Beijing said it would retaliate, and Canberra also warned Wellington.'), ['Beijing', 'Canberra', 'Wellington']);
    assert.deepEqual(texts('The Kremlin accused Kyiv of sabotage, and Ottawa urged Delhi to act.'), ['Kyiv', 'Ottawa']);
    assert.deepEqual(texts('Officials said talks with Tehran were stalled.'), ['Tehran']);
    assert.deepEqual(texts('The pact, likely to anger Beijing, also snubbed Moscow.'), ['Beijing', 'Moscow']);
    assert.deepEqual(texts('The Kiev authorities and Baku officials disagreed with the Yerevan leadership.'), ['Kiev', 'Baku', 'Yerevan']);
    assert.deepEqual(texts('Changing the government in Ankara was never an aim, and the regime in Hanoi knew it.'), ['Ankara', 'Hanoi']);
    assert.deepEqual(texts('What is needed for Canberra and Wellington to agree? Lima now faces sanctions.'), ['Canberra', 'Wellington', 'Lima']);
    assert.deepEqual(texts('He will brief Ankara tomorrow.'), ['Ankara']);
  });

  await t.test('should keep capitals as places after "in" and "for" in other constructions', () => {
    assert.deepEqual(texts('Officials met in Ankara on Monday. Delegations in Hanoi waited.'), []);
    assert.deepEqual(texts('He left for Canberra to the dismay of his staff. Flights for Lima to the north were full.'), []);
  });

  await t.test('should not take capitals used as places or inside names', () => {
    const text = [
      'After visits to Washington and a conference in Damascus, he flew to Paris.',
      'The Berlin Conference and the Minsk agreements were discussed, as was the Astana format.',
      'The Washington Post and The Moscow Times reported it from London.',
      'Representatives of Tripoli, Tobruk and Benghazi attended. Ferries between Kinshasa and Brazzaville ran.',
      'He lives in Damascus, Syria.',
    ].join('\n');
    assert.deepEqual(pairs(text), [['Syria', 'SY']]);
  });

  await t.test('should not take organisations, regions or the West', () => {
    const text = 'NATO, the EU, the UN, the European Union and the United Nations discussed Nagorno-Karabakh, the Balkans, the Black Sea, '
      + 'the Middle East, North Africa, the Eastern Mediterranean, Latin America, Latin American markets, New Mexico, Northern Ireland '
      + 'and the Indian Ocean with Western partners and the West.';
    assert.deepEqual(texts(text), []);
  });

  await t.test('should not take names that merely contain a country word', () => {
    const text = 'She read The Washington Post and Russia Today, then flew Turkish Airlines. USA Today agreed. '
      + 'The Niger Delta and the Congo River were calm.';
    assert.deepEqual(texts(text), []);
  });

  await t.test('should not take person names that collide with countries', () => {
    assert.deepEqual(texts('Michael Jordan visited. Chad Smith said so. Later, Jordan and Chad signed a pact.'), ['Jordan', 'Chad']);
    assert.deepEqual(texts('George Washington and Denzel Washington. Tom Holland and India Knight.'), []);
    assert.deepEqual(texts('Mr. Holland and Gen. Jordan met in Jordan. U.S. Chile exports rose.'), ['Jordan', 'U.S.', 'Chile']);
    // the name abbreviations are the person annotator's list: "Mme." and "Messrs." too
    assert.deepEqual(texts('Mme. Jordan and Messrs. Chad met in Chad.'), ['Chad']);
    assert.deepEqual(texts("Jordan's King Abdullah met the President of Russia Vladimir Putin."), ['Jordan', 'Russia']);
    assert.deepEqual(texts('Sofia said she would come. Victoria agreed. Sofia and Bucharest signed; pressure from Sofia grew.'), ['Sofia', 'Bucharest', 'Sofia']);
    assert.deepEqual(texts('The Bank of America and the Voice of America; a family reunion. Reunion plans were made.'), []);
  });

  await t.test('should tell Georgia the country from Georgia the US state by context', () => {
    assert.deepEqual(texts('Georgia and Armenia signed a deal in Tbilisi.'), ['Georgia', 'Armenia']);
    assert.deepEqual(texts('Voters in Georgia backed the Republicans; the governor of Georgia conceded in Atlanta.'), []);
    assert.deepEqual(texts('The state of Georgia sued.'), []);
  });

  await t.test('should tell apart countries whose names overlap', () => {
    assert.deepEqual(pairs('Niger and Nigeria; Nigerien and Nigerian troops.'), [['Niger', 'NE'], ['Nigeria', 'NG'], ['Nigerien', 'NE'], ['Nigerian', 'NG']]);
    assert.deepEqual(pairs('Dominica and the Dominican Republic.'), [['Dominica', 'DM'], ['Dominican Republic', 'DO']]);
    assert.deepEqual(pairs('Guinea, Guinea-Bissau, Equatorial Guinea and Papua New Guinea, but not the island of New Guinea.'), [
      ['Guinea', 'GN'], ['Guinea-Bissau', 'GW'], ['Equatorial Guinea', 'GQ'], ['Papua New Guinea', 'PG'],
    ]);
    assert.deepEqual(pairs('The Democratic Republic of the Congo, the Republic of the Congo and the DRC.'), [
      ['Democratic Republic of the Congo', 'CD'], ['Republic of the Congo', 'CG'], ['DRC', 'CD'],
    ]);
    assert.deepEqual(pairs('North Korea, South Korea and the DPRK.'), [['North Korea', 'KP'], ['South Korea', 'KR'], ['DPRK', 'KP']]);
    assert.deepEqual(pairs('Britain, Great Britain and the United Kingdom; Holland and the Netherlands.'), [
      ['Britain', 'GB'], ['Great Britain', 'GB'], ['United Kingdom', 'GB'], ['Holland', 'NL'], ['Netherlands', 'NL'],
    ]);
  });

  await t.test('should resolve forms shared by two countries from the rest of the text', () => {
    assert.deepEqual(pairs('Korea and Korean exporters; Congo; Dominican fans.'), [['Korea', 'KR'], ['Korean', 'KR'], ['Congo', 'CG'], ['Dominican', 'DO']]);
    assert.deepEqual(pairs('Pyongyang said the DPRK would answer; Korean state media agreed, and North Korea fired.').map(([, iso]) => iso), ['KP', 'KP', 'KP', 'KP']);
    assert.deepEqual(pairs('Kinshasa said the DRC and Congo would talk; Congolese troops withdrew.').slice(2), [['Congo', 'CD'], ['Congolese', 'CD']]);
    assert.deepEqual(pairs('In Brazzaville, the Republic of the Congo said Congolese troops withdrew.'), [['Republic of the Congo', 'CG'], ['Congolese', 'CG']]);
  });

  await t.test('should match across hard wraps, typographic spaces and all-caps text', () => {
    assert.deepEqual(pairs('the United\nStates and the Russian\u00a0Federation'), [['United\nStates', 'US'], ['Russian\u00a0Federation', 'RU']]);
    assert.deepEqual(pairs('the United\n\nStates'), []);
    assert.deepEqual(pairs('RUSSIA AND TURKEY SIGN DEAL\r\nin Sochi, Russia\r\n'), [['RUSSIA', 'RU'], ['TURKEY', 'TR'], ['Russia', 'RU']]);
  });

  await t.test('should not match inside longer words or lower-case common nouns', () => {
    assert.deepEqual(texts('The TurkStream pipeline, roast turkey, fine china and Russians.'), ['Russians']);
  });

  await t.test('should not take locale tags, URLs, e-mail addresses or acronyms of other things', () => {
    const text = 'See https://example.org/Russia/report and en-US or ru-RU pages; mail press@Turkey.example. RSA keys and anti-US protests.';
    assert.deepEqual(texts(text), ['US']);
    assert.deepEqual(texts('Thanks to AJ Jordan and Finn Wolfhard; NATO ally Turkey.'), ['Turkey']);
  });

  await t.test('should find exactly the expected mentions in each fixture', () => {
    const names = fs.readdirSync(fixtures).filter((f) => f.endsWith('.txt'));
    assert.ok(names.length >= 3);
    for (const name of names) {
      const text = fs.readFileSync(path.join(fixtures, name), 'utf8');
      const expected = JSON.parse(fs.readFileSync(path.join(fixtures, name.replace(/\.txt$/, '.expected.json')), 'utf8')) as { mentions: [string, string][] };
      assert.deepEqual(pairs(text), expected.mentions, name);
    }
  });

  await t.test('should return well-formed mentions for any text', () => {
    const samples = path.join(root, 'samples');
    const files = [
      ...fs.readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => path.join(fixtures, f)),
      ...(fs.existsSync(samples) ? fs.readdirSync(samples).filter((f) => f.endsWith('.txt')).map((f) => path.join(samples, f)) : []),
    ];
    const sample = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.nat(sample.length), fc.nat(400), fc.boolean(), (noise, at, span, upper) => {
        const input = sample.slice(at, at + span) + noise + sample.slice(at + span, at + 2 * span);
        assertWellFormed(input, findCountryMentions(input));
        const mutated = upper ? input.toUpperCase() : input.replace(/ /g, '\n').replace(/'/g, '’');
        assertWellFormed(mutated, findCountryMentions(mutated));
      }),
      { numRuns: 300 },
    );
    assert.deepEqual(findCountryMentions(''), []);
    assertWellFormed('\uFEFF🇹🇷 Turkey‮ Iran', findCountryMentions('\uFEFF🇹🇷 Turkey‮ Iran'));
  });

  await t.test('should report each mention as a vfile message with its place, rule id, code and name', () => {
    const file = retext().use(retextCountries).processSync('Talks between Moscow and Ankara.\n\nThe US agreed.');
    assert.deepEqual(file.messages.map((m) => [m.reason, m.ruleId, m.source, m.place, (m as unknown as { iso: string }).iso, m.actual]), [
      ['Russia (RU)', 'country/capital-for-state', 'transcript-annotator', { start: { line: 1, column: 15, offset: 14 }, end: { line: 1, column: 21, offset: 20 } }, 'RU', 'Moscow'],
      ['Türkiye (TR)', 'country/capital-for-state', 'transcript-annotator', { start: { line: 1, column: 26, offset: 25 }, end: { line: 1, column: 32, offset: 31 } }, 'TR', 'Ankara'],
      ['United States (US)', 'country/abbreviation', 'transcript-annotator', { start: { line: 3, column: 5, offset: 38 }, end: { line: 3, column: 7, offset: 40 } }, 'US', 'US'],
    ]);
    assert.equal((file.messages[2] as unknown as { name: string }).name, 'United States');
  });

  // The sample pair with its gold (outside the repository; skipped in a bare clone).
  const seed = path.resolve(root, '../shared/eval/seed');
  await t.test('should reach F1 >= 0.95 on the sample pair, scored like score.mjs', { skip: !fs.existsSync(path.join(seed, 'gold.json')) }, () => {
    const gold = JSON.parse(fs.readFileSync(path.join(seed, 'gold.json'), 'utf8')) as { countries: Record<string, string[]>; notCountries: string[] };
    const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
    const occurrences = (hay: string, form: string) => {
      const out: { start: number; end: number }[] = [];
      for (let i = hay.indexOf(form); i >= 0; i = hay.indexOf(form, i + 1)) if (!isWord(hay[i - 1]) && !isWord(hay[i + form.length])) out.push({ start: i, end: i + form.length });
      return out;
    };
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
    let goldCount = 0, systemCount = 0, found = 0, correct = 0;
    for (const doc of ['news.txt', 'transcript.txt']) {
      const text = fs.readFileSync(path.join(seed, doc), 'utf8');
      const taken = gold.notCountries.flatMap((f) => occurrences(text, f));
      const forms = Object.entries(gold.countries).flatMap(([iso, fs]) => fs.map((f) => [iso, f] as const)).sort((a, b) => b[1].length - a[1].length);
      const gm: { start: number; end: number; iso: string }[] = [];
      for (const [iso, form] of forms) {
        for (const sp of occurrences(text, form)) {
          if (gm.some((m) => overlaps(m, sp)) || taken.some((x) => overlaps(x, sp) && x.end - x.start > sp.end - sp.start)) continue;
          gm.push({ ...sp, iso });
        }
      }
      const sys = findCountryMentions(text);
      goldCount += gm.length;
      systemCount += sys.length;
      found += gm.filter((m) => sys.some((a) => overlaps(a, m) && a.iso === m.iso)).length;
      correct += sys.filter((a) => gm.some((m) => overlaps(a, m) && a.iso === m.iso)).length;
    }
    const p = correct / systemCount, r = found / goldCount;
    const f1 = (2 * p * r) / (p + r);
    assert.ok(f1 >= 0.95, `countries F1 ${f1.toFixed(3)} (P ${p.toFixed(3)}, R ${r.toFixed(3)})`);
  });
});
