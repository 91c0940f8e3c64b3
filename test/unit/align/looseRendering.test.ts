/**
 * Loose renderings (`isLooseRendering`): a claim in the report's own words that would be
 * unmatched, whose nearest passage is about little else than what it says, is linked
 * there (partial) rather than listed as unsupported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignAccounts } from '../../../src/core/align/alignAccounts';
import { createAnnotationService } from '../../../src/core/index';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const SOURCE = 'Ferry crossings will double next year.';
const TRANSCRIPT = `MS. LUND: Good morning, all.\n\nMR. OKAFOR: Thank you. The budget is balanced and the new bridge opens in June. ${SOURCE} The depots stay open through the winter.\n`;

function run(news: string, claim: string, transcript = TRANSCRIPT) {
  const set = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: news }, { uri: 'file:///w/transcript.txt', text: transcript, role: 'transcript' }]);
  const texts = set.documents.map((d) => (d.uri.endsWith('news.txt') ? news : transcript));
  const alignment = alignAccounts(set, texts);
  const span = { start: news.indexOf(claim), end: news.indexOf(claim) + claim.length };
  return {
    links: alignment.crossReferences.filter((x) => overlaps(x.from, span)),
    unmatched: alignment.unmatched.filter((u) => overlaps(u, span)),
    unconfirmed: alignment.unconfirmed.filter((u) => overlaps(u, span)),
    transcript,
  };
}

test('loose renderings', async (t) => {
  await t.test('should link reported speech that compresses a short passage to it, as partial', () => {
    const claim = 'the ferry crossings would help the fishing villages along the northern coast';
    const { links, unmatched, unconfirmed, transcript } = run(`Tom Okafor, the transport minister, spoke on Tuesday. Okafor said ${claim}.\n`, claim);
    assert.deepEqual(unmatched, []);
    assert.deepEqual(unconfirmed, []);
    assert.equal(links.length, 1);
    assert.equal(transcript.slice(links[0]!.to.start, links[0]!.to.end), SOURCE);
    assert.equal(links[0]!.match, 'partial');
  });

  await t.test('should keep the same words as a direct quote unsupported (a quote claims exact words)', () => {
    const claim = 'The ferry crossings will help the fishing villages along the northern coast.';
    const { links, unmatched } = run(`Tom Okafor, the transport minister, spoke on Tuesday. "${claim}" Okafor said.\n`, claim);
    assert.deepEqual(links, []);
    assert.deepEqual(unmatched.map((u) => u.reason), ['unsupported']);
  });

  await t.test('should not link it where the passage is about much else besides', () => {
    const transcript = 'MS. LUND: Good morning, all.\n\nMR. OKAFOR: Thank you. Ferry crossings, bus fares, tram depots, cycle lanes and taxi licences are all in the budget we present next year.\n';
    const claim = 'the ferry crossings would help the fishing villages along the northern coast';
    const { links } = run(`Tom Okafor, the transport minister, spoke on Tuesday. Okafor said ${claim}.\n`, claim, transcript);
    assert.deepEqual(links, []);
  });

  await t.test('should not link it when it holds a figure the passage lacks', () => {
    const claim = 'the ferry crossings would help 40 fishing villages along the northern coast';
    const { links } = run(`Tom Okafor, the transport minister, spoke on Tuesday. Okafor said ${claim}.\n`, claim);
    assert.deepEqual(links, []);
  });
});

test('claims that share a rare name with their nearest passage', async (t) => {
  const SAID = 'Ada Brennan and I were both on the board for a few years.';
  const transcript = (extra: string): string => `MS. LUND: Good morning, all.\n\nMR. OKAFOR: Thank you. The budget is balanced and the new bridge opens in June. ${SAID} The depots stay open through the winter.${extra}\n`;
  const claim = 'Okafor and the former mayor Ada Brennan joined the board of the Northern Port Authority in 2001.';
  const news = `Minister defends record\n\nTom Okafor, the transport minister, spoke on Tuesday. ${claim}\n`;

  await t.test('should link narration to the one passage that names a person the transcript rarely names', () => {
    const { links, unmatched, transcript: text } = run(news, claim, transcript(''));
    assert.deepEqual(unmatched, []);
    assert.equal(links.length, 1);
    assert.equal(text.slice(links[0]!.to.start, links[0]!.to.end), SAID);
    assert.equal(links[0]!.match, 'partial');
  });

  await t.test('should not when the name shared is a speaker of the transcript', () => {
    const said = 'Lund and I were both on the board for a few years.';
    const text = (chair: string): string => `${chair}: Good morning, all.\n\nMR. OKAFOR: Thank you. The budget is balanced and the new bridge opens in June. ${said} The depots stay open through the winter.\n`;
    const named = 'Okafor and the former mayor Rita Lund joined the board of the Northern Port Authority in 2001.';
    const report = `Minister defends record\n\nTom Okafor, the transport minister, spoke on Tuesday. ${named}\n`;
    // The same words link when the chair of the briefing is someone else.
    assert.equal(run(report, named, text('MS. HOLT')).links.length, 1);
    assert.deepEqual(run(report, named, text('MS. LUND')).links, []);
  });

  await t.test('should link by a country the transcript rarely names, but not by its demonym', () => {
    const said = 'We sat on the board with Norway for a few years.';
    const text = `MS. LUND: Good morning, all.\n\nMR. OKAFOR: Thank you. The budget is balanced and the new bridge opens in June. ${said} The depots stay open through the winter.\n`;
    const report = (claim: string): string => `Minister defends record\n\nTom Okafor, the transport minister, spoke on Tuesday. ${claim}\n`;
    const named = 'Okafor joined the board of the Northern Port Authority with Norway in 2001.';
    const adjective = 'Okafor joined the board of the Northern Port Authority with a Norwegian shipyard in 2001.';
    const byName = run(report(named), named, text);
    assert.equal(byName.links.length, 1);
    assert.equal(text.slice(byName.links[0]!.to.start, byName.links[0]!.to.end), said);
    assert.deepEqual(run(report(adjective), adjective, text).links, []);
  });

  await t.test('should read the whole mention: a name that begins with a demonym is a name, a demonym of two words is a demonym', () => {
    const text = (country: string): string => `MS. LUND: Good morning, all.\n\nMR. OKAFOR: Thank you. The budget is balanced and the new bridge opens in June. We sat on the board with ${country} for a few years. The depots stay open through the winter.\n`;
    const report = (claim: string): string => `Minister defends record\n\nTom Okafor, the transport minister, spoke on Tuesday. ${claim}\n`;
    const claim = (country: string): string => `Okafor joined the board of the Northern Port Authority with ${country} in 2001.`;
    // "Saudi" and "Czech" are demonyms; "Saudi Arabia" and "the Czech Republic" are countries.
    for (const country of ['Saudi Arabia', 'the Czech Republic']) assert.equal(run(report(claim(country)), claim(country), text(country)).links.length, 1, country);
    for (const [adjective, country] of [['a North Korean shipyard', 'North Korea'], ['a Guinea-Bissauan shipyard', 'Guinea-Bissau']] as const) {
      assert.deepEqual(run(report(claim(adjective)), claim(adjective), text(country)).links, [], adjective);
    }
  });

  await t.test('should not when the transcript names that person often', () => {
    const often = ' Ada Brennan was a fine mayor. Ada Brennan built the depots. Ada Brennan opened the bridge.';
    const { links } = run(news, claim, transcript(often));
    assert.deepEqual(links.filter((l) => l.to.start < l.to.end), []);
  });
});
