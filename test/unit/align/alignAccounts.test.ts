import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as align from '../../../src/core/align';
import { alignAccounts, alignAccountsWith, UNCONFIRMED_NEAREST_SCORE } from '../../../src/core/align/alignAccounts';
import { MATCH_CLASSES, type Annotation, type AnnotationSet, type CrossReference } from '../../../src/core/model/annotation';
import { loadFixture, spanOf, type AlignFixture } from './fixtureSet';
import { createAnnotationService } from '../../../src/core/index';
import { checkedUnits, isQuotedTitle, viewAccount } from '../../../src/core/align/passages';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const textOf = (fx: AlignFixture, doc: string): string => fx.texts[Number(doc.slice(1)) - 1]!;
/** The document checked (the one links start from) and the one it is checked against. */
function sides(fx: AlignFixture): { from: string; to: string } {
  const docs = fx.set.documents;
  const transcript = docs.find((d) => d.role === 'transcript');
  return transcript ? { from: docs.find((d) => d.role === 'report')!.id, to: transcript.id } : { from: docs[1]!.id, to: docs[0]!.id };
}

/** Checks one fixture's expected links and unsupported claims. */
function checkFixture(name: string): void {
  const fx = loadFixture(name);
  const { crossReferences, unmatched } = alignAccounts(fx.set, fx.texts);
  const { from, to } = sides(fx);
  for (const link of fx.links) {
    const f = spanOf(textOf(fx, from), link.from, 'expected from');
    const targets = (typeof link.to === 'string' ? [link.to] : link.to).map((s) => spanOf(textOf(fx, to), s, 'expected to'));
    const found = crossReferences.filter((x) => x.from.document === from && overlaps(x.from, f) && targets.some((t) => overlaps(x.to, t)));
    assert.ok(found.length > 0, `${name}: no link from "${link.from}"; got ${JSON.stringify(crossReferences.filter((x) => overlaps(x.from, f)))}`);
    assert.ok(found.some((x) => link.match.includes(x.match)), `${name}: "${link.from}" linked as ${found.map((x) => x.match)}, expected one of ${link.match}`);
  }
  for (const u of fx.unmatched) {
    const span = spanOf(textOf(fx, from), u, 'expected unmatched');
    const linked = crossReferences.filter((x) => x.from.document === from && overlaps(x.from, span));
    assert.deepEqual(linked.map((x) => textOf(fx, to).slice(x.to.start, x.to.end)), [], `${name}: unsupported "${u}" must not be linked`);
    assert.ok(unmatched.some((m) => m.document === from && overlaps(m, span)), `${name}: "${u}" should be listed as unmatched`);
  }
}

test('alignAccounts', async (t) => {
  await t.test('should export the public API from src/core/align', () => {
    for (const key of ['alignAccounts', 'alignAccountsWith', 'entityMentions', 'quoteFidelity', 'diffWordsOf', 'comparableTerms', 'foldTypography', 'tokenizeWords', 'splitSentences', 'splitClauses']) {
      assert.equal(typeof (align as Record<string, unknown>)[key], 'function', key);
    }
  });

  await t.test('should link a press-conference report: verbatim, misquote, paraphrases; leave unsupported claims unlinked', () => checkFixture('lithium-visit'));
  await t.test('should read upper-case labels and hard wraps, and not take a question as support', () => checkFixture('port-briefing'));
  await t.test('should check a second report against the first when there is no transcript', () => checkFixture('two-reports'));
  await t.test('should link one report sentence to the two transcript sentences it combines, and read "ruled out" as a refusal', () => checkFixture('defence-ministers'));
  await t.test('should link hard-wrapped, near-verbatim, shifted and fragmentary renderings, and not veto a link for a name the transcript lacks', () => checkFixture('quota-talks'));
  await t.test('should support a figure written another way where the claim around it is supported, and not a figure from elsewhere', () => checkFixture('flood-relief'));

  await t.test('should give a misquote a word diff with the changed word and a fidelity below 1', () => {
    const fx = loadFixture('lithium-visit');
    const { crossReferences } = alignAccounts(fx.set, fx.texts);
    const x = crossReferences.find((c) => c.match === 'close');
    assert.ok(x?.diff && x.fidelity !== undefined);
    assert.deepEqual(x.diff.filter((p) => p.op === 'changed'), [{ op: 'changed', from: 'threatens', to: 'endangers' }]);
    assert.ok(x.fidelity > 0.8 && x.fidelity < 1, String(x.fidelity));
  });

  await t.test('should only put diffs on quotes and reference the claim annotation', () => {
    const fx = loadFixture('lithium-visit');
    const claims = new Map(fx.set.annotations.filter((a) => a.kind === 'claim').map((a) => [a.id, a]));
    for (const x of alignAccounts(fx.set, fx.texts).crossReferences) {
      const claim = x.annotation ? claims.get(x.annotation) : undefined;
      if (x.annotation) assert.ok(claim && claim.start <= x.from.start && x.from.end <= claim.end, `${x.id} outside its claim`);
      assert.equal(x.diff !== undefined, claim?.claimType === 'quote', `${x.id}: diff only on quotes`);
    }
  });

  await t.test('should list a quote of someone who does not speak in the transcript as unmatched', () => {
    const fx = loadFixture('lithium-visit');
    const { unmatched } = alignAccounts(fx.set, fx.texts);
    const quote = fx.set.annotations.find((a) => a.kind === 'claim' && a.speaker === 'p3')!;
    assert.ok(unmatched.some((u) => u.annotation === quote.id && u.start === quote.start && u.end === quote.end));
  });

  await t.test('should still link a verbatim quote attributed to someone who does not speak (misattribution)', () => {
    const fx = loadFixture('lithium-visit');
    const verbatim = fx.set.annotations.find((a) => a.kind === 'claim' && a.text.startsWith('We have signed'))!;
    const set = { ...fx.set, annotations: fx.set.annotations.map((a) => (a === verbatim ? { ...a, speaker: 'p3' } : a)) };
    const { crossReferences, unmatched } = alignAccounts(set, fx.texts);
    assert.ok(crossReferences.some((x) => x.annotation === verbatim.id && x.match === 'verbatim'));
    assert.ok(!unmatched.some((u) => u.annotation === verbatim.id));
  });

  await t.test('should not link a claim to a sentence that only shares its topic (names and one word)', () => {
    const transcript = 'Ana Ruiz: Peru and Chile discussed sanctions at length today. We will meet again in Lima next month to sign the fisheries accord.';
    const report = 'Peru faces new sanctions from the European Union over illegal fishing by its fleet. Ruiz said the two countries would sign a fisheries accord in Lima next month.';
    const mention = (doc: string, text: string, form: string, entity: string, kind: 'person' | 'country', nth = 0): Annotation => {
      let at = -1;
      for (let i = 0; i <= nth; i++) at = text.indexOf(form, at + 1);
      return { id: `${doc}-${entity}-${at}`, document: doc, kind, start: at, end: at + form.length, text: form, entity };
    };
    const set: AnnotationSet = {
      format: 'transcript-annotator/1',
      documents: [{ id: 'd1', uri: 'file:///r.txt', role: 'report', length: report.length }, { id: 'd2', uri: 'file:///t.txt', role: 'transcript', length: transcript.length }],
      entities: [{ id: 'p1', kind: 'person', name: 'Ana Ruiz', aliases: ['Ruiz'] }, { id: 'c1', kind: 'country', name: 'Peru', iso: 'PE', aliases: [] }, { id: 'c2', kind: 'country', name: 'Chile', iso: 'CL', aliases: [] }],
      annotations: [
        mention('d1', report, 'Peru', 'c1', 'country'), mention('d1', report, 'Ruiz', 'p1', 'person'),
        mention('d2', transcript, 'Ana Ruiz', 'p1', 'person'), mention('d2', transcript, 'Peru', 'c1', 'country'), mention('d2', transcript, 'Chile', 'c2', 'country'),
        { id: 't1', document: 'd2', kind: 'turn', start: 0, end: transcript.length, text: transcript, speaker: 'p1', label: 'Ana Ruiz' },
      ],
      crossReferences: [],
      unmatched: [],
    };
    const { crossReferences } = alignAccounts(set, [report, transcript]);
    const firstSentence = { start: 0, end: report.indexOf('.') + 1 };
    assert.deepEqual(crossReferences.filter((x) => overlaps(x.from, firstSentence)), []);
    const accord = spanOf(transcript, 'We will meet again in Lima', 'accord');
    assert.ok(crossReferences.some((x) => !overlaps(x.from, firstSentence) && overlaps(x.to, accord)));
  });

  await t.test('should be deterministic', () => {
    const fx = loadFixture('port-briefing');
    assert.equal(JSON.stringify(alignAccounts(fx.set, fx.texts)), JSON.stringify(alignAccounts(fx.set, fx.texts)));
  });

  await t.test('should find the same links from index candidates as from all pairs on the fixtures', () => {
    for (const name of ['lithium-visit', 'port-briefing', 'two-reports', 'defence-ministers']) {
      const fx = loadFixture(name);
      const key = (xs: readonly CrossReference[]) => xs.map((x) => `${x.from.start}-${x.from.end}>${x.to.start}-${x.to.end}`).sort();
      assert.deepEqual(key(alignAccounts(fx.set, fx.texts).crossReferences), key(alignAccountsWith(fx.set, fx.texts, { bruteForce: true }).crossReferences), name);
    }
  });

  await t.test('should compare two accounts of the same role, the second against the first', () => {
    const fx = loadFixture('two-reports');
    const asTranscripts = { ...fx.set, documents: fx.set.documents.map((d) => ({ ...d, role: 'transcript' as const })) };
    const { crossReferences } = alignAccounts(asTranscripts, fx.texts);
    assert.ok(crossReferences.length > 0);
    for (const x of crossReferences) assert.deepEqual([x.from.document, x.to.document], ['d2', 'd1']);
  });

  await t.test('should check the account that reports against the one that does not, when neither has turns', () => {
    // Both accounts come out as reports (the transcript has no speaker labels): the news
    // report, given first, credits words to a speaker; the record of the speech does not.
    const news = 'Harbour talks near a deal, Holm says\n\nMinister Erik Holm said on Monday that the harbour council had failed to close the port to fishing boats. "We have quite a few contracts in place for the fishing fleet," Holm said. Critics said the talks were stalled.\n';
    const speech = 'Good afternoon. Let me say a few words about the harbour talks. The council set out to close the port to fishing boats, and it failed at that. We have quite a few contracts in place for the fishing fleet. Thank you.\n';
    const set = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: news }, { uri: 'file:///w/speech.txt', text: speech }]);
    assert.deepEqual(set.documents.map((d) => d.role), ['report', 'report']);
    const { crossReferences } = alignAccounts(set, [news, speech]);
    assert.ok(crossReferences.length > 0);
    for (const x of crossReferences) assert.deepEqual([x.from.document, x.to.document], ['d1', 'd2']);
    // Given the other way round, the same direction.
    const swapped = createAnnotationService().annotateAccounts([{ uri: 'file:///w/speech.txt', text: speech }, { uri: 'file:///w/news.txt', text: news }]);
    for (const x of alignAccounts(swapped, [speech, news]).crossReferences) assert.deepEqual([x.from.document, x.to.document], ['d2', 'd1']);
  });

  await t.test('should link a quote to where it was said word for word, not to look-alikes said elsewhere', () => {
    const transcript = 'MS. RIVERA: Good afternoon.\n\nMR. HOLM: I was voicing the deep anger I felt about the harbour closure. We will talk again.\n\nQ Minister, what did you mean?\n\nMR. HOLM: It means that I would hope — I just was voicing my anger. The closure must end.\n';
    const news = 'Erik Holm defended his words on Monday. "I just was voicing my anger," Holm said.\n';
    const set = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: news }, { uri: 'file:///w/transcript.txt', text: transcript, role: 'transcript' }]);
    const quote = news.indexOf('I just was');
    const links = alignAccounts(set, [news, transcript]).crossReferences.filter((x) => x.from.start <= quote && quote < x.from.end);
    assert.equal(links.length, 1, JSON.stringify(links.map((x) => transcript.slice(x.to.start, x.to.end))));
    assert.match(transcript.slice(links[0]!.to.start, links[0]!.to.end), /I just was voicing my anger/);
  });

  await t.test('should keep look-alikes of a quote when no passage holds its words', () => {
    const transcript = 'MS. RIVERA: Good afternoon.\n\nMR. HOLM: I was voicing the deep anger I felt about the harbour closure. We will talk again.\n\nQ Minister, what did you mean?\n\nMR. HOLM: I voiced anger, the anger I felt, about the closure of the harbour. The closure must end.\n';
    const news = 'Erik Holm defended his words on Monday. "I was voicing anger about the harbour closure," Holm said.\n';
    const set = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: news }, { uri: 'file:///w/transcript.txt', text: transcript, role: 'transcript' }]);
    const quote = news.indexOf('I was voicing');
    const links = alignAccounts(set, [news, transcript]).crossReferences.filter((x) => x.from.start <= quote && quote < x.from.end);
    assert.equal(links.length, 2, JSON.stringify(links.map((x) => transcript.slice(x.to.start, x.to.end))));
  });

  /** The transcript passages a report passage is linked to, with the report and transcript given. */
  const linkedTo = (news: string, transcript: string, from: string): string[] => {
    const set = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: news }, { uri: 'file:///w/transcript.txt', text: transcript, role: 'transcript' }]);
    const at = news.indexOf(from);
    return alignAccounts(set, [news, transcript]).crossReferences.filter((x) => x.from.start <= at && at < x.from.end).map((x) => transcript.slice(x.to.start, x.to.end));
  };
  await t.test('should check a denial and the occasion it refers to ("… when she had told …") as two clauses', () => {
    const transcript = 'MS. OKAFOR:  Good morning. I was not proposing a change in the fishing quotas. At the rally in Bergvik I told the foreign trawler crews they should pack up and leave, and I stand by it.\n\nQ  Will you apologise?\n\nMS. OKAFOR:  No.\n';
    const news = 'Fisheries minister Ada Okafor said on Friday that she was not proposing a change in fishing quotas when she had told a crowded harbour rally in the coastal town of Bergvik that foreign trawler crews "should pack up and leave".\n';
    const set = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: news }, { uri: 'file:///w/transcript.txt', text: transcript, role: 'transcript' }]);
    const links = alignAccounts(set, [news, transcript]).crossReferences.map((x) => [news.slice(x.from.start, x.from.end), transcript.slice(x.to.start, x.to.end), x.match]);
    // Each clause to its own sentence, the denial as close: read as one, it was a partial link to both.
    assert.deepEqual(links.find((l) => l[0] === 'she was not proposing a change in fishing quotas'), ['she was not proposing a change in fishing quotas', 'I was not proposing a change in the fishing quotas.', 'close'], JSON.stringify(links));
    assert.ok(links.some((l) => l[0]!.startsWith('when she had told') && l[1]!.startsWith('At the rally in Bergvik')), JSON.stringify(links));
  });

  await t.test('should not add a near-equal link to a long sentence that holds the words among much else', () => {
    const transcript = 'MS. ABARA:  Good morning.\n\nMR. DALTON:  The islands need ferry subsidies. I cannot tell you today whether the talks will resume in the spring or in the autumn, but I am sure that if the islands ever need ferry subsidies again, the regional council will have to agree on a new budget, a new timetable and new rules for the harbour authority and the operators. What they need is lasting ferry subsidies.\n';
    const news = 'Islands need ferry subsidies: Dalton\n\nTransport minister Sean Dalton spoke to reporters in the harbour town on Friday.\n';
    assert.deepEqual(linkedTo(news, transcript, 'Islands need ferry subsidies'), ['The islands need ferry subsidies.']);
  });

  await t.test('should keep near-equal links that are each about the passage', () => {
    const transcript = 'MS. ABARA:  Good morning.\n\nMR. DALTON:  The islands need more ferry subsidies from the state. We have discussed the budget at length.\n\nQ  Minister, is that your final word?\n\nMR. DALTON:  Yes. The state owes the islands ferry subsidies, and soon.\n';
    const news = 'Transport minister Sean Dalton said the state should fund ferry subsidies for the islands.\n';
    assert.deepEqual(linkedTo(news, transcript, 'the state should fund'), ['The islands need more ferry subsidies from the state.', 'The state owes the islands ferry subsidies, and soon.']);
  });

  const briefing = (answer: string) => `MS. RIVERA: Good afternoon, everyone.\n\nQ Minister, will the new quota shrink the northern fishing fleet?\n\nMR. HOLM: ${answer} We have quite a few contracts in place.\n`;

  await t.test('should read a yes/no question and the "no" that answers it as one denial', () => {
    const news = 'Erik Holm, the fisheries minister, spoke on Monday. Holm said the new quota would not shrink the northern fishing fleet.\n';
    assert.deepEqual(linkedTo(news, briefing('No, it will not.'), 'would not shrink').length, 1);
    // "yes" answers it the other way: the question's words, unnegated.
    const yes = 'Erik Holm, the fisheries minister, spoke on Monday. Holm said the new quota would shrink the northern fishing fleet.\n';
    assert.deepEqual(linkedTo(yes, briefing('Yes, it will.'), 'would shrink').length, 1);
  });

  await t.test('should not take a question as support when no yes or no settles it, nor a denial as its opposite', () => {
    const news = 'Erik Holm, the fisheries minister, spoke on Monday. Holm said the new quota would not shrink the northern fishing fleet.\n';
    assert.deepEqual(linkedTo(news, briefing('We will see.'), 'would not shrink'), []);
    const opposite = 'Erik Holm, the fisheries minister, spoke on Monday. Holm said the new quota would shrink the northern fishing fleet.\n';
    assert.deepEqual(linkedTo(opposite, briefing('No, it will not.'), 'would shrink'), []);
  });

  await t.test('should read words further in a negation\'s reach as agreeing with a sentence that negates too, not with one that negates nothing', () => {
    const transcript = 'MS. RIVERA: Good afternoon, everyone.\n\nMR. HOLM: Thank you. It is impossible for the islands to enjoy all the advantages of the fishing union without any of the obligations of the union. The harbour stays open.\n';
    // Fires: "could not enjoy all the advantages ... without the obligations" says what the
    // transcript says with "impossible" (not a negation word here): the advantages, the
    // union and the obligations are not contradictions.
    const news = 'Erik Holm, the fisheries minister, spoke on Monday. Holm said the islands could not enjoy all the advantages of the fishing union without the obligations.\n';
    assert.equal(linkedTo(news, transcript, 'could not enjoy').length, 1);
    // Must not: the same words where the transcript negates nothing ("will enjoy all the
    // advantages") stay a contradiction.
    const plain = 'MS. RIVERA: Good afternoon, everyone.\n\nMR. HOLM: Thank you. The islands will enjoy all the advantages of the fishing union and the obligations of the union. The harbour stays open.\n';
    assert.deepEqual(linkedTo(news, plain, 'could not enjoy'), []);
  });

  await t.test('should not list a figure the transcript does not give when its sentence is linked to passages without figures, and list it when they hold another', () => {
    const news = 'Erik Holm, the fisheries minister, spoke on Monday. Holm won the backing of 14 other governments for what he said was a fair fishing quota for the northern fleet.\n';
    const figure = { start: news.indexOf('14 other'), end: news.indexOf('14 other') + '14 other governments'.length };
    const run = (said: string) => {
      const transcript = `MS. RIVERA: Good afternoon, everyone.\n\nMR. HOLM: Thank you. ${said} The harbour stays open.\n`;
      const set = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: news }, { uri: 'file:///w/transcript.txt', text: transcript, role: 'transcript' }]);
      const { crossReferences, unmatched } = alignAccounts(set, [news, transcript]);
      assert.equal(crossReferences.filter((x) => x.from.start > figure.end).length, 1, 'the claim around the figure is linked');
      return unmatched.filter((u) => overlaps(u, figure));
    };
    // Fires: the linked passage has no figure; the number is a detail around supported words.
    assert.deepEqual(run('Yesterday I secured a fair fishing quota for our northern fleet.'), []);
    // Must not: the linked passage holds a figure, so "14" may be a changed one.
    assert.equal(run('Yesterday I secured a fair fishing quota from 12 governments for our northern fleet.').length, 1);
  });

  await t.test('should link a figure inside a linked sentence where that sentence was said, not to other sentences with the same figure', () => {
    const transcript = 'MS. RIVERA: Good afternoon, everyone.\n\nMR. HOLM: Thank you. Last year the ministry spent at least 40 million euros on harbour repairs for the southern coast. The harbour stays open.\n\nMS. BERG: This year we will invest at least 40 million euros in new trawlers for the northern fleet, which the fishermen have asked for.\n';
    const opening = 'Fisheries minister Erik Holm and his deputy Anna Berg spoke on Monday. ';
    // Where the links that cover the figure lead (by the first words of their passage).
    const figureLinks = (news: string) => [...new Set(linkedTo(news, transcript, 'at least 40 million euros').map((t) => t.slice(0, 9)))].sort();
    // Fires: the quoted sentence was said in the second turn; its figure goes there only.
    assert.deepEqual(figureLinks(`${opening}"This year we will invest at least 40 million euros in new trawlers for the northern fleet," Berg said.\n`), ['This year']);
    // Must not: a figure in a sentence that is linked nowhere keeps the passages it found itself.
    assert.deepEqual(figureLinks(`${opening}Their rivals said at least 40 million euros was wasted by somebody.\n`), ['Last year', 'This year']);
  });

  await t.test('should find words a question quotes back to the speaker', () => {
    const transcript = 'MS. RIVERA: Good afternoon, everyone.\n\nQ Minister, when you said, “the harbour stays open for every boat,” did you mean the trawlers?\n\nMR. HOLM: I meant every boat that fishes there.\n';
    const news = 'Erik Holm, the fisheries minister, spoke in May. "The harbour stays open for every boat," Holm said.\n';
    assert.deepEqual(linkedTo(news, transcript, 'The harbour stays'), ['the harbour stays open for every boat']);
    // The question's own words are not a quote of anyone's.
    const asked = 'Erik Holm, the fisheries minister, spoke in May. "I meant the trawlers," Holm said.\n';
    assert.ok(!linkedTo(asked, transcript, 'I meant the trawlers').some((t) => /trawlers/.test(t)));
  });

  await t.test('should link reported speech to words a question tells back unquoted, but not a direct quote', () => {
    const transcript = 'MS. RIVERA: Good afternoon, everyone.\n\nQ Minister, last week you said a ban on night trawling would close the northern harbour. Is that still the plan?\n\nMR. HOLM: We are looking at every option.\n';
    const reported = 'Erik Holm, the fisheries minister, spoke in May. Holm had said a ban on night trawling would close the northern harbour, critics recalled.\n';
    assert.deepEqual(linkedTo(reported, transcript, 'a ban on night'), ['a ban on night trawling would close the northern harbour']);
    // The journalist's wording is no source of a direct quote.
    const quoted = 'Erik Holm, the fisheries minister, spoke in May. "A ban on night trawling would close the northern harbour," Holm said.\n';
    assert.deepEqual(linkedTo(quoted, transcript, 'A ban on night'), []);
    // Told to someone: the listener is part of what the question tells back.
    const told = transcript.replace('you said a ban', 'you told fishermen a ban');
    assert.deepEqual(linkedTo(reported.replace('had said a ban', 'had told fishermen a ban'), told, 'a ban on night'), ['fishermen a ban on night trawling would close the northern harbour']);
    // A question about words ("you asked whether …") tells back no one's words.
    const asked = transcript.replace('you said a ban', 'you asked whether a ban');
    assert.deepEqual(linkedTo(reported, asked, 'a ban on night'), []);
  });

  await t.test('should class a link to words a question tells back as paraphrase at best, never verbatim', () => {
    const transcript = 'MS. RIVERA: Good afternoon, everyone.\n\nQ Minister, last week you said a ban on night trawling would close the northern harbour. Is that still the plan?\n\nMR. HOLM: We are looking at every option.\n';
    const reported = 'Erik Holm, the fisheries minister, spoke in May. Holm had said a ban on night trawling would close the northern harbour, critics recalled.\n';
    const set = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: reported }, { uri: 'file:///w/transcript.txt', text: transcript, role: 'transcript' }]);
    const at = reported.indexOf('a ban on night');
    const links = alignAccounts(set, [reported, transcript]).crossReferences.filter((x) => x.from.start <= at && at < x.from.end);
    // The same words, but the journalist's: no verbatim record of the minister's.
    assert.deepEqual(links.map((x) => [transcript.slice(x.to.start, x.to.end), x.match]), [['a ban on night trawling would close the northern harbour', 'paraphrase']]);
    // The same words in the minister's own turn are verbatim.
    const said = 'MS. RIVERA: Good afternoon, everyone.\n\nMR. HOLM: A ban on night trawling would close the northern harbour.\n';
    const own = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: reported }, { uri: 'file:///w/transcript.txt', text: said, role: 'transcript' }]);
    assert.deepEqual(alignAccounts(own, [reported, said]).crossReferences.filter((x) => x.from.start <= at && at < x.from.end).map((x) => x.match), ['verbatim']);
  });

  await t.test('should not take words a question tells back as support when the answer opens by denying them', () => {
    const asked = 'MS. RIVERA: Good afternoon, everyone.\n\nQ Minister, is it true, as the mayor claimed, that you said a ban on night trawling would close the northern harbour?\n\nMR. HOLM: ANSWER The trawlers stay in port until June.\n';
    const reported = 'Erik Holm, the fisheries minister, spoke in May. Holm had said a ban on night trawling would close the northern harbour, critics recalled.\n';
    for (const denial of ['I never said that.', 'No, I didn\u2019t say that.', 'That is not what I said.', 'Well -- I did not say that.']) {
      assert.deepEqual(linkedTo(reported, asked.replace('ANSWER', denial), 'a ban on night'), [], denial);
    }
    // An answer that does not deny them leaves them told back; so does a denial later in the answer.
    for (const answer of ['We are looking at every option.', 'It might. I never said that it would close before June.']) {
      assert.deepEqual(linkedTo(reported, asked.replace('ANSWER', answer), 'a ban on night'), ['a ban on night trawling would close the northern harbour'], answer);
    }
  });

  await t.test('should take a quotation after "you said that" as quoted words only, not as words told back as well', () => {
    const transcript = 'MS. RIVERA: Good afternoon, everyone.\n\nQ Minister, in April you said that "a ban on night trawling would close the northern harbour". Is that still the plan?\n\nMR. HOLM: We are looking at every option.\n';
    const reported = 'Erik Holm, the fisheries minister, spoke in May. Holm had said a ban on night trawling would close the northern harbour, critics recalled.\n';
    // One passage, one link (read as told back too, the sentence had two identical links).
    assert.deepEqual(linkedTo(reported, transcript, 'a ban on night'), ['a ban on night trawling would close the northern harbour']);
    // Unquoted after "that", the words are told back.
    assert.deepEqual(linkedTo(reported, transcript.replace(/"/g, ''), 'a ban on night'), ['a ban on night trawling would close the northern harbour']);
  });

  await t.test('should link reported speech that keeps one word and a name of what was said, but not a quote', () => {
    const transcript = 'MS. RIVERA: Good afternoon, everyone.\n\nMR. HOLM: Thank you. We will also discuss this with the Danes, our Swedish friends, the trawler owners of the north and the harbour pilots. The harbour stays open.\n';
    const news = 'Erik Holm, the fisheries minister, spoke on Monday. Holm said he would discuss the talks with Denmark. Critics were unconvinced.\n';
    assert.equal(linkedTo(news, transcript, 'he would discuss').length, 1);
    const quoted = 'Erik Holm, the fisheries minister, spoke on Monday. "We discuss Denmark," Holm said.\n';
    assert.deepEqual(linkedTo(quoted, transcript, 'We discuss Denmark'), []);
  });

  await t.test('should link a paraphrase the lexicon knows beside an exact match, with less credit than the words themselves', () => {
    const transcript = 'MS. RIVERA: Good afternoon, everyone.\n\nMR. HOLM: The council decided to defer the harbour decision until the spring. The fleet is ready.\n';
    const news = 'Erik Holm, the fisheries minister, spoke on Monday. Holm said the council would postpone the harbour decision until the spring.\n';
    const set = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: news }, { uri: 'file:///w/transcript.txt', text: transcript, role: 'transcript' }]);
    const at = news.indexOf('would postpone');
    const texts = [news, transcript];
    const withLexicon = alignAccountsWith(set, texts, { paraphrases: true }).crossReferences.filter((x) => x.from.start <= at && at < x.from.end);
    const without = alignAccountsWith(set, texts, { paraphrases: false }).crossReferences.filter((x) => x.from.start <= at && at < x.from.end);
    assert.equal(withLexicon.length, 1);
    assert.match(transcript.slice(withLexicon[0]!.to.start, withLexicon[0]!.to.end), /defer the harbour decision/);
    // The exact words score higher than their paraphrase.
    const same = news.replace('postpone', 'defer');
    const sameSet = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: same }, { uri: 'file:///w/transcript.txt', text: transcript, role: 'transcript' }]);
    const exact = alignAccountsWith(sameSet, [same, transcript], { paraphrases: true }).crossReferences.filter((x) => x.from.start <= at && at < x.from.end);
    assert.ok(exact[0]!.score > withLexicon[0]!.score, `${exact[0]?.score} vs ${withLexicon[0]!.score}`);
  });

  await t.test('should not link on paraphrases alone, nor on a paraphrase of a negated word', () => {
    const transcript = 'MS. RIVERA: Good afternoon, everyone.\n\nMR. HOLM: We decided to defer it. The fleet is ready.\n';
    const news = 'Erik Holm, the fisheries minister, spoke on Monday. Holm said they would postpone the harbour vote.\n';
    const set = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: news }, { uri: 'file:///w/transcript.txt', text: transcript, role: 'transcript' }]);
    const at = news.indexOf('would postpone');
    assert.deepEqual(alignAccountsWith(set, [news, transcript], { paraphrases: true }).crossReferences.filter((x) => x.from.start <= at && at < x.from.end), []);
    const negated = 'Erik Holm, the fisheries minister, spoke on Monday. Holm said the council would not postpone the harbour decision.\n';
    const transcript2 = 'MS. RIVERA: Good afternoon, everyone.\n\nMR. HOLM: The council decided to defer the harbour decision. The fleet is ready.\n';
    const set2 = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: negated }, { uri: 'file:///w/transcript.txt', text: transcript2, role: 'transcript' }]);
    const at2 = negated.indexOf('would not');
    const links = alignAccountsWith(set2, [negated, transcript2], { paraphrases: true }).crossReferences.filter((x) => x.from.start <= at2 && at2 < x.from.end);
    const plain = alignAccountsWith(set2, [negated, transcript2], { paraphrases: false }).crossReferences.filter((x) => x.from.start <= at2 && at2 < x.from.end);
    assert.deepEqual(links.map((x) => x.score), plain.map((x) => x.score), 'a negated word earns no paraphrase credit');
  });

  await t.test('should leave a paraphrase like a transcript passage unconfirmed, and keep a quote, a contradiction or a changed figure unsupported', () => {
    const transcript = 'MS. RIVERA: Good afternoon, everyone.\n\nMR. HOLM: We signed a fishing agreement with the northern ports last week. The fleet will stay in the harbour this winter.\n';
    const run = (news: string, claim: string) => {
      const set = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: news }, { uri: 'file:///w/transcript.txt', text: transcript, role: 'transcript' }]);
      const { crossReferences, unmatched } = alignAccounts(set, [news, transcript]);
      const span = { start: news.indexOf(claim), end: news.indexOf(claim) + claim.length };
      return { linked: crossReferences.some((x) => overlaps(x.from, span)), flagged: unmatched.filter((u) => overlaps(u, span)) };
    };
    // Fires: reported speech whose nearest passage shares its topic words, no more.
    const paraphrase = run('Erik Holm, the fisheries minister, spoke on Monday. Holm said the fishing agreement would bring new trawlers to the capital next spring.\n', 'the fishing agreement would bring');
    assert.deepEqual(paraphrase, { linked: false, flagged: [] });
    // Must not: the same words as a direct quote (a claim of exact words) ...
    const quote = run('Erik Holm, the fisheries minister, spoke on Monday. Holm said: "The fishing agreement will bring new trawlers to the capital next spring."\n', 'The fishing agreement will bring');
    assert.equal(quote.linked, false);
    assert.deepEqual(quote.flagged.map((u) => u.reason), ['unsupported']);
    assert.ok((quote.flagged[0]!.nearest?.score ?? 0) >= UNCONFIRMED_NEAREST_SCORE, 'the quote is as near as the paraphrase');
    // ... nor a claim the nearest passage contradicts, nor one with a figure it lacks.
    const contradicted = run('Erik Holm, the fisheries minister, spoke on Monday. Holm said the northern ports had rejected a fishing agreement with the capital.\n', 'the northern ports had rejected');
    assert.deepEqual(contradicted.flagged.map((u) => u.reason), ['unsupported']);
    const figure = run('Erik Holm, the fisheries minister, spoke on Monday. Holm said the northern ports had rejected a fishing agreement worth 40 million euros.\n', 'the northern ports had rejected');
    assert.ok(figure.flagged.some((u) => u.reason === 'unsupported'));
    // ... nor narration whose nearest passage shares one common word, however short it is.
    const unrelated = run('Erik Holm, the fisheries minister, spoke on Monday. A new bakery opened near the harbour on Saturday.\n', 'A new bakery');
    assert.deepEqual(unrelated.flagged.map((u) => u.reason), ['context']);
    assert.ok((unrelated.flagged[0]!.nearest?.score ?? 0) >= UNCONFIRMED_NEAREST_SCORE, `${unrelated.flagged[0]!.nearest?.score}: as near as the paraphrase by score`);
  });

  await t.test('should link a report sentence that joins two adjacent sentences of one turn to both as one passage, and not sentences apart', () => {
    const news = 'Erik Holm, the fisheries minister, spoke on Monday. Holm said pensions of former lighthouse keepers would rise.\n';
    const run = (transcript: string) => {
      const set = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: news }, { uri: 'file:///w/transcript.txt', text: transcript, role: 'transcript' }]);
      const at = news.indexOf('pensions');
      return alignAccounts(set, [news, transcript]).crossReferences.filter((x) => x.from.start <= at && at < x.from.end).map((x) => transcript.slice(x.to.start, x.to.end));
    };
    // Fires: neither sentence alone supports the claim; read together they do.
    assert.deepEqual(run('MS. RIVERA: Good afternoon, everyone.\n\nMR. HOLM: The old lighthouse keepers asked for help. Their pensions will rise by a tenth. We also met the union.\n'), ['The old lighthouse keepers asked for help. Their pensions will rise by a tenth.']);
    // Must not: the same sentences in two turns, or with another sentence between them.
    assert.deepEqual(run('MS. RIVERA: Good afternoon, everyone.\n\nMR. HOLM: The old lighthouse keepers asked for help. We also met the union.\n\nMS. RIVERA: Their pensions will rise by a tenth.\n'), []);
    assert.deepEqual(run('MS. RIVERA: Good afternoon, everyone.\n\nMR. HOLM: The old lighthouse keepers asked for help. We also met the union. Their pensions will rise by a tenth.\n'), []);
  });

  await t.test('should neither link nor flag a quoted title, and still check a quote around it', () => {
    assert.equal(isQuotedTitle('“State of the Union”'), true);
    assert.equal(isQuotedTitle('"Meet the Press,"'), true);
    for (const quote of ['“Norway has already won”', '“no more closures”', '“We Will Win.”', '“NO DEAL TODAY”', '“Harbour”', '“Fish is for all of us”']) assert.equal(isQuotedTitle(quote), false, quote);
    const transcript = 'MS. RIVERA: Good afternoon.\n\nMR. HOLM: I spoke about it on the Harbour Hour programme. We have quite a few contracts in place for the fishing fleet.\n';
    const news = 'Erik Holm told the “Harbour Hour Programme” on Sunday: “We have quite a few contracts in place for the fishing fleet.”\n';
    const set = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: news }, { uri: 'file:///w/transcript.txt', text: transcript, role: 'transcript' }]);
    const { crossReferences, unmatched } = alignAccounts(set, [news, transcript]);
    const title = { start: news.indexOf('Harbour Hour'), end: news.indexOf('Programme') + 9 };
    assert.deepEqual(crossReferences.filter((x) => overlaps(x.from, title)), []);
    assert.deepEqual(unmatched.filter((u) => overlaps(u, title)), []);
    assert.ok(crossReferences.some((x) => news.slice(x.from.start, x.from.end).includes('contracts in place')));
  });

  await t.test('should compare a claim without the words that only attribute it, and keep a clause that says more', () => {
    const unitsOf = (news: string) => {
      const set = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: news }, { uri: 'file:///w/transcript.txt', text: 'MR. HOLM: Thank you.\n', role: 'transcript' }]);
      return checkedUnits(viewAccount(set, 'd1', news, new Map(set.entities.map((e) => [e.id, e])))).map((u) => news.slice(u.start, u.end));
    };
    const framed = unitsOf('Erik Holm spoke in Oslo. Holm told European fisheries ministers on Tuesday that the northern quota would rise by a third next year.\n');
    assert.ok(!framed.some((u) => /told European fisheries ministers/.test(u)), JSON.stringify(framed));
    assert.ok(framed.some((u) => /northern quota would rise/.test(u)), JSON.stringify(framed));
    const more = unitsOf('Erik Holm spoke in Oslo. He said Norway’s fishing interests coincide with those of Denmark in that both countries want the northern ports open all year.\n');
    assert.ok(more.some((u) => /fishing interests coincide/.test(u)), JSON.stringify(more));
  });

  await t.test('should link the sentences of one quote to passages said in a row, of near-equal look-alikes', () => {
    const transcript = 'MS. RIVERA: Good afternoon.\n\nMR. HOLM: The northern fleet needs guarantees of its quota and its harbour. We will talk to Denmark. The talks were long.\n\nQ Minister, what about the south?\n\nMR. HOLM: I have the impression that the southern ports share this view. All the fleet needs is quota guarantees. Everyone must think about this together.\n';
    const quote = '“I was given the impression that the southern ports share the same view. And the fleet needs guarantees of its quota, that is all.”';
    const news = `Erik Holm spoke on Monday. ${quote} Holm said.\n`;
    assert.deepEqual(linkedTo(news, transcript, 'And the fleet needs'), ['All the fleet needs is quota guarantees.']);
    // The same sentence alone has nothing to be said in a row with: both look-alikes stay.
    const alone = 'Erik Holm spoke on Monday. “The fleet needs guarantees of its quota, that is all,” Holm said.\n';
    assert.equal(linkedTo(alone, transcript, 'The fleet needs').length, 2);
  });

  await t.test('should return empty lists when cancelled', () => {
    const fx = loadFixture('lithium-visit');
    assert.deepEqual(alignAccounts(fx.set, fx.texts, { isCancellationRequested: true }), { crossReferences: [], unmatched: [], unconfirmed: [] });
  });

  await t.test('should say how to call it when texts and documents disagree', () => {
    const fx = loadFixture('lithium-visit');
    assert.throws(() => alignAccounts(fx.set, fx.texts.slice(0, 1)), /texts\[i\] for set\.documents\[i\]/);
  });

  await t.test('should keep every passage inside its document (property)', () => {
    const words = ['alpha', 'harbour', 'minister', 'signed', 'grain', 'deal', 'ports', 'talks', 'not', 'will', 'the', '2024', '3,000', 'Norway', 'Peru', '“', '”', '—', '\n', '\n\n', ',', '.', '?'];
    const textArb = fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 120 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(textArb, textArb, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('quote', 'statement', 'reported') as fc.Arbitrary<'quote' | 'statement' | 'reported'>), { maxLength: 6 }), (report, transcript, claimSpecs) => {
        const annotations: Annotation[] = [];
        for (const [a, b, claimType] of claimSpecs) {
          if (report.length === 0) break;
          const start = a % report.length;
          const end = start + 1 + (b % (report.length - start));
          annotations.push({ id: `a${annotations.length + 1}`, document: 'd1', kind: 'claim', start, end, text: report.slice(start, end), claimType, speaker: 'p1' });
        }
        for (const [doc, text] of [['d1', report], ['d2', transcript]] as const) {
          for (let i = text.indexOf('Norway'); i >= 0; i = text.indexOf('Norway', i + 1)) {
            annotations.push({ id: `a${annotations.length + 1}`, document: doc, kind: 'country', start: i, end: i + 6, text: 'Norway', entity: 'c1' });
          }
        }
        const set: AnnotationSet = {
          format: 'transcript-annotator/1',
          documents: [{ id: 'd1', uri: 'file:///r.txt', role: 'report', length: report.length }, { id: 'd2', uri: 'file:///t.txt', role: 'transcript', length: transcript.length }],
          entities: [{ id: 'p1', kind: 'person', name: 'Ann Lee', aliases: [] }, { id: 'c1', kind: 'country', name: 'Norway', iso: 'NO', aliases: [] }],
          annotations,
          crossReferences: [],
          unmatched: [],
        };
        const texts = { d1: report, d2: transcript } as Record<string, string>;
        const { crossReferences, unmatched } = alignAccounts(set, [report, transcript]);
        for (const x of crossReferences) {
          for (const p of [x.from, x.to]) assert.ok(p.start >= 0 && p.start < p.end && p.end <= texts[p.document]!.length, JSON.stringify(x));
          assert.ok(x.score >= 0 && x.score <= 1 && MATCH_CLASSES.includes(x.match));
          if (x.fidelity !== undefined) assert.ok(x.fidelity >= 0 && x.fidelity <= 1);
        }
        for (const u of unmatched) {
          const claim = annotations.find((a) => a.id === u.annotation);
          assert.ok(claim && claim.start <= u.start && u.end <= claim.end && u.start < u.end, JSON.stringify(u));
        }
      }),
      { numRuns: 200 },
    );
  });
});
