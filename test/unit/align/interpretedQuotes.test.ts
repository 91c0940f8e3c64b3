/**
 * Direct quotes of words the transcript gives through an interpreter
 * (`isInterpretedRendering` in alignAccounts.ts): the report's quotation is the outlet's own
 * rendering, so a quote that would be unsupported is linked to its nearest passage when that
 * passage, in an interpreted turn, would support the same words as reported speech. Quotes
 * of a speaker whose words are their own stay unsupported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignAccounts } from '../../../src/core/align/alignAccounts';
import { createAnnotationService } from '../../../src/core/index';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const THANKS = "I also want to thank you for Norway's friendship and warmth to Chile and for the help in the search for the missing trawler.";
const HOST = 'We had a long and useful meeting today, and we signed an agreement on fisheries.';

/** A transcript of two leaders; `note` opens the guest's turn (a stage direction), `label` is the guest's label. */
function transcript(note: string, label = 'PRESIDENT ORTEGA'): string {
  return `Press statements following the talks with the President of Chile\n\nPRIME MINISTER HOLM: Good afternoon. ${HOST}\n\n${label}:${note} Thank you, Prime Minister. ${THANKS} We will open a new consulate in Bergen next year.\n`;
}

function run(news: string, claim: string, text: string) {
  const set = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: news }, { uri: 'file:///w/transcript.txt', text, role: 'transcript' }]);
  const texts = set.documents.map((d) => (d.uri.endsWith('news.txt') ? news : text));
  const alignment = alignAccounts(set, texts);
  const span = { start: news.indexOf(claim), end: news.indexOf(claim) + claim.length };
  return {
    links: alignment.crossReferences.filter((x) => overlaps(x.from, span)),
    unmatched: alignment.unmatched.filter((u) => overlaps(u, span)),
  };
}

const report = (quote: string): string => `Chile and Norway sign fisheries deal\n\nChilean President Luis Ortega met Prime Minister Erik Holm in Oslo on Monday.\n\nOrtega thanked Holm for the help with the search for the lost trawler, calling it "${quote}"\n`;
const RENDERED = "yet more proof of Norway's friendship for Chile.";

test('quotes of interpreted words', async (t) => {
  await t.test('should link the outlet\'s rendering of an interpreted passage to it, never as verbatim or close', () => {
    for (const note of [' (As interpreted.)', ' (Via interpreter)', ' (Speaks Spanish.) (As interpreted.)']) {
      const text = transcript(note);
      const { links, unmatched } = run(report(RENDERED), RENDERED, text);
      assert.deepEqual(unmatched, [], note);
      assert.equal(links.length, 1, note);
      assert.equal(text.slice(links[0]!.to.start, links[0]!.to.end), THANKS, note);
      assert.ok(links[0]!.match === 'partial' || links[0]!.match === 'paraphrase', `${note}: ${links[0]!.match}`);
    }
  });

  await t.test('should not call such a rendering verbatim or close, however many words it shares', () => {
    // Credited to the host, the quote is not searched for in the guest's turn but as a near-verbatim copy; its second chance finds it there.
    const quote = "I also want to thank you for Norway's kindness and warmth to Chile.";
    const news = `Chile and Norway sign fisheries deal\n\nPrime Minister Erik Holm met Chilean President Luis Ortega in Oslo on Monday.\n\n"${quote}" Holm said.\n`;
    const text = transcript(' (As interpreted.)');
    const { links, unmatched } = run(news, quote, text);
    assert.deepEqual(unmatched, []);
    assert.equal(links.length, 1);
    assert.ok(links[0]!.fidelity! >= 0.7, `fidelity ${links[0]!.fidelity}`);
    assert.ok(links[0]!.match === 'partial' || links[0]!.match === 'paraphrase', links[0]!.match);
    assert.ok(links[0]!.findings?.some((f) => f.kind === 'misattribution'));
    // Given as the host's own words, it stays unsupported.
    assert.deepEqual(run(news, quote, transcript('')).unmatched.map((u) => u.reason), ['unsupported']);
  });

  await t.test('should read the note in the label (Kremlin style) as well', () => {
    const { links, unmatched } = run(report(RENDERED), RENDERED, transcript('', 'Luis Ortega (retranslated)'));
    assert.deepEqual(unmatched, []);
    assert.equal(links.length, 1);
  });

  await t.test('should read a translation note in a transcript without speaker labels (an address) as well', () => {
    // One speaker, no label: no turn is found, and the note alone says every word is a rendering.
    const address = (note: string): string => `Address of the President of Chile to the people of Norway\n\n${note}Good evening. ${THANKS} We will open a new consulate in Bergen next year.\n\nThe talks went well, and we signed an agreement on fisheries.\n`;
    const translated = run(report(RENDERED), RENDERED, address('[Unofficial Translation]\n\n'));
    assert.deepEqual(translated.unmatched, []);
    assert.equal(translated.links.length, 1);
    assert.ok(translated.links[0]!.match === 'partial' || translated.links[0]!.match === 'paraphrase', translated.links[0]!.match);
    // Without the note the address is the speaker's own words: the quote stays unsupported.
    const own = run(report(RENDERED), RENDERED, address(''));
    assert.deepEqual(own.links, []);
    assert.deepEqual(own.unmatched.map((u) => u.reason), ['unsupported']);
  });

  await t.test('should keep the same quote unsupported when the turn is the speaker\'s own words', () => {
    for (const note of ['', ' (in English)', ' (Laughter.)']) {
      const { links, unmatched } = run(report(RENDERED), RENDERED, transcript(note));
      assert.deepEqual(links, [], note);
      assert.deepEqual(unmatched.map((u) => u.reason), ['unsupported'], note);
    }
  });

  await t.test('should keep a quote unsupported when it holds a figure the interpreted passage lacks', () => {
    const text = transcript(' (As interpreted.)');
    // Without its year, the quote is linked.
    const plain = "Norway's friendship for Chile.";
    assert.equal(run(report(plain), plain, text).links.length, 1);
    const quote = "Norway's friendship for Chile in 1990.";
    const { links, unmatched } = run(report(quote), quote, text);
    assert.deepEqual(links, []);
    assert.deepEqual(unmatched.map((u) => u.reason), ['unsupported']);
  });

  await t.test('should keep unsupported a quote of the uninterpreted speaker whose nearest passage is their own', () => {
    const quote = 'a long and useful day for the two fleets';
    const news = `Chile and Norway sign fisheries deal\n\nPrime Minister Erik Holm met Chilean President Luis Ortega in Oslo on Monday. Holm called it "${quote}".\n`;
    const { links, unmatched } = run(news, quote, transcript(' (As interpreted.)'));
    assert.deepEqual(links, []);
    assert.deepEqual(unmatched.map((u) => u.reason), ['unsupported']);
  });
});

test('findings on quotes of interpreted words', async (t) => {
  const text = [
    'Press statements following the talks with the President of Chile',
    '',
    'PRIME MINISTER HOLM: Good afternoon. We had a long and useful meeting today, and we signed an agreement on fisheries. We will build three new harbours along the coast of Norway with our partners.',
    '',
    'PRESIDENT ORTEGA: (As interpreted.) Thank you, Prime Minister. We will build three new harbours along the coast of Chile with our partners. Peru will join the talks next year.',
    '',
  ].join('\n');
  /** The findings of the links of the guest's and the host's quote, for a quote of the guest (the host's is the same with Norway for Chile). */
  const findingsOf = (quote: string) => {
    const host = quote.replace('Chile', 'Norway');
    const news = `Chile and Norway sign fisheries deal\n\nChilean President Luis Ortega met Prime Minister Erik Holm in Oslo on Monday.\n\n"${quote}," Ortega said.\n\n"${host}," Holm said.\n`;
    const kinds = (claim: string) => run(news, claim, text).links.flatMap((l) => (l.findings ?? []).map((f) => [f.kind, f.from, f.to].filter(Boolean).join(' ')));
    return { guest: kinds(quote), host: kinds(host) };
  };

  await t.test('should say a quote renders interpreted words and not list its wording as altered', () => {
    const { guest, host } = findingsOf('We will construct three new harbours along the coast of Chile with our partners');
    assert.deepEqual(guest, ['interpreted-quote']);
    // The same change of wording in the host's own words is a change inside quotation marks.
    assert.deepEqual(host, ['altered-quote construct build']);
  });

  await t.test('should still flag a changed figure or name inside a quote of interpreted words', () => {
    assert.deepEqual(findingsOf('We will construct four new harbours along the coast of Chile with our partners').guest, ['changed-figure four three', 'interpreted-quote', 'altered-quote construct four build three']);
    assert.deepEqual(findingsOf('We will construct three new harbours along the coast of Peru with our partners').guest, ['interpreted-quote', 'altered-quote Peru Chile']);
  });

  await t.test('should flag figures or names put in place of each other, though both sides hold each', () => {
    const said = 'We will build three new harbours in Chile and two bridges in Peru with our partners.';
    const swapped = text.replace('We will build three new harbours along the coast of Chile with our partners.', said);
    const kinds = (quote: string) => {
      const news = `Chile and Norway sign fisheries deal\n\nChilean President Luis Ortega met Prime Minister Erik Holm in Oslo on Monday.\n\n"${quote}," Ortega said.\n`;
      return run(news, quote, swapped).links.flatMap((l) => (l.findings ?? []).map((f) => [f.kind, f.from, f.to].filter(Boolean).join(' ')));
    };
    assert.deepEqual(kinds('We will build two new harbours in Chile and three bridges in Peru with our partners'), ['interpreted-quote', 'altered-quote two three', 'altered-quote three two']);
    assert.deepEqual(kinds('We will build three new harbours in Peru and two bridges in Chile with our partners'), ['interpreted-quote', 'altered-quote Peru Chile', 'altered-quote Chile Peru']);
    // The same figures and names in their places, worded otherwise: only the note.
    assert.deepEqual(kinds('We will construct three new harbours in Chile and two bridges in Peru with our partners'), ['interpreted-quote']);
  });

  await t.test('should not flag a figure or name the rendering only moves (both sides hold it)', () => {
    const moved = findingsOf("With our partners, Chile's coast will have three new harbours that we will build");
    assert.deepEqual(moved.guest, ['interpreted-quote']);
    // In the host's own words the same reordering is a change inside quotation marks.
    assert.ok(moved.host.some((f) => f.startsWith('altered-quote')), moved.host.join('; '));
  });
});

test('interpretation notes and kept alignments', async (t) => {
  await t.test('should align as a new service does after a note is added to or taken from a label (the reused units re-checked)', () => {
    const service = createAnnotationService();
    const news = report(RENDERED);
    const versions = [transcript(''), transcript(' (As interpreted.)'), transcript(''), transcript('', 'Luis Ortega (retranslated)')];
    for (const [i, text] of versions.entries()) {
      const accounts = [{ uri: 'file:///w/news.txt', text: news }, { uri: 'file:///w/transcript.txt', text, role: 'transcript' as const }];
      const kept = service.annotateAccounts(accounts);
      const fresh = createAnnotationService().annotateAccounts(accounts);
      assert.deepEqual([kept.crossReferences, kept.unmatched, kept.unconfirmed], [fresh.crossReferences, fresh.unmatched, fresh.unconfirmed], `version ${i}`);
      assert.equal(kept.unmatched.length === 0, i % 2 === 1, `version ${i}: ${kept.unmatched.length} unmatched`);
    }
  });
});
