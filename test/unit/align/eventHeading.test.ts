/**
 * The event itself: a report's narration that the event took place ("a joint press
 * conference was given by the two chancellors") is linked to the transcript's heading line that names
 * it; narration that says more than the heading does, or of someone else, is not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignPart } from './alignedReport';
import { HEADING, TRANSCRIPT } from './chancellorsTranscript';
import { headingLines, toldByHeading } from '../../../src/core/align/eventHeading';
import { termTable } from '../../../src/core/align/terms';
import { createAnnotationService } from '../../../src/core/index';

function run(claim: string, transcript = TRANSCRIPT) {
  const news = `Varga hosts Brel\n\nBy a staff writer\n\nLENZ: Chancellor Tomas Brel arrived on Thursday for a one-day visit to Chancellor Ilse Varga. ${claim}\n`;
  return alignPart(news, transcript, claim);
}

test('the event told by the heading', async (t) => {
  await t.test('should read the lines before the first turn as the heading, but front-matter fields other than a title', () => {
    const text = '---\ntitle: "Joint Press Conference"\nsource_url: https://example.org/briefing\n---\n\nState Room\n\nMS. VOSS: Good morning.\n';
    const lines = headingLines(text, termTable(text, [], new Map()), text.indexOf('MS. VOSS'));
    assert.deepEqual(lines.map((l) => text.slice(l.start, l.end)), ['title: "Joint Press Conference"', 'State Room']);
    assert.deepEqual(headingLines(text, termTable(text, [], new Map()), 0), []);
  });

  await t.test('should find the heading line naming the event a narration of the participants tells', () => {
    const text = `${HEADING}\n4 May 2019\n\nA joint press conference was given by the two chancellors on Saturday, following a morning of talks.`;
    const table = termTable(text, [], new Map());
    const lines = headingLines(text, table, text.indexOf('A joint'));
    const told = toldByHeading({ table, from: lines[0]!.terms.to, to: table.length }, new Set(), lines);
    assert.equal(told?.line, 0);
    assert.ok(told!.share > 0 && told!.share < 1);
  });

  await t.test('should link narration that the event took place to the heading line that names it, as partial', () => {
    const claim = 'A joint press conference was given by the two chancellors following a morning of talks.';
    const { links, unmatched } = run(claim);
    assert.deepEqual(unmatched, []);
    assert.deepEqual(links, [{ match: 'partial', to: HEADING }]);
  });

  await t.test('should link as partial however much of the narration the heading line holds', () => {
    const claim = 'A joint press conference was given by the two chancellors.';
    assert.deepEqual(run(claim).links, [{ match: 'partial', to: HEADING }]);
  });

  await t.test('should link narration dated by a day, month or year of the heading\'s date', () => {
    // 4 May 2019 was a Saturday.
    for (const claim of ['A joint press conference was given by the two chancellors on Saturday.', 'In May 2019, a joint press conference was given by the two chancellors.']) {
      assert.deepEqual(run(claim).links, [{ match: 'partial', to: HEADING }], claim);
    }
    // A heading that names the weekday, with no full date.
    const named = TRANSCRIPT.replace('4 May 2019', 'Tuesday evening');
    assert.deepEqual(run('A joint press conference was given by the two chancellors on Tuesday.', named).links, [{ match: 'partial', to: HEADING }]);
  });

  await t.test('should not link narration dated by a day, month or year other than the heading\'s', () => {
    for (const claim of ['A joint press conference was given by the two chancellors on Tuesday.', 'In June, a joint press conference was given by the two chancellors.', 'In 2018, a joint press conference was given by the two chancellors.', 'In 2018 both chancellors gave a joint press conference.']) {
      assert.deepEqual(run(claim).links, [], claim);
    }
    // A weekday the heading neither names nor dates: no date at all.
    assert.deepEqual(run('A joint press conference was given by the two chancellors on Saturday.', TRANSCRIPT.replace('4 May 2019', 'Lenz')).links, []);
    // A month of another date ("May" reads as a function word, as the weekdays do).
    assert.deepEqual(run('In May, a joint press conference was given by the two chancellors.', TRANSCRIPT.replace('4 May 2019', '4 June 2019')).links, []);
  });

  await t.test('should not link narration that says more than that the event took place', () => {
    const claim = 'A joint press conference was given by the two chancellors following a morning of talks on fishing quotas.';
    assert.deepEqual(run(claim).links, []);
  });

  await t.test('should not link an event of other people', () => {
    const claim = 'A joint press conference was given by the barge owners following a morning of talks.';
    assert.deepEqual(run(claim).links, []);
  });

  await t.test('should not link an event of another kind than the heading names', () => {
    const claim = 'A joint briefing was given by the two chancellors following a morning of talks.';
    assert.deepEqual(run(claim).links, []);
  });

  await t.test('should not link an event the narration denies', () => {
    const claim = 'A joint press conference was not given by the two chancellors following a morning of talks.';
    assert.deepEqual(run(claim).links, []);
  });

  await t.test('should not link a figure that is neither the event\'s length nor the heading\'s', () => {
    const claim = 'A joint press conference was given by the two chancellors for 40 journalists.';
    assert.deepEqual(run(claim).links, []);
  });

  await t.test('should give after an edit of the heading or of a turn what a new service gives', () => {
    const claim = 'A joint press conference was given by the two chancellors following a morning of talks.';
    const news = `Chancellor Tomas Brel met Chancellor Ilse Varga on Thursday. ${claim}\n`;
    const service = createAnnotationService();
    const at = (transcript: string) => [{ uri: 'file:///w/news.txt', text: news }, { uri: 'file:///w/transcript.txt', text: transcript, role: 'transcript' as const }];
    const linked = (transcript: string) => service.annotateAccounts(at(transcript)).crossReferences.some((x) => transcript.slice(x.to.start, x.to.end) === HEADING);
    assert.equal(linked(TRANSCRIPT), true);
    // the heading names another kind of event, then the event again; a turn's words change after it
    for (const transcript of [TRANSCRIPT.replace('press conference', 'briefing'), TRANSCRIPT, TRANSCRIPT.replace('ferry tariffs', 'barge tolls')]) {
      assert.deepEqual(service.annotateAccounts(at(transcript)), createAnnotationService().annotateAccounts(at(transcript)));
    }
    assert.equal(linked(TRANSCRIPT.replace('ferry tariffs', 'barge tolls')), true);
    assert.equal(linked(TRANSCRIPT.replace('press conference', 'briefing')), false);
    // a heading word whose stem stays while its form changes (the line's length kept): "Talks" names the event, "Talk" does not
    const talks = TRANSCRIPT.replace(HEADING, 'Talks of Chancellor Ilse Varga and Chancellor Tomas Brel');
    const talksClaim = 'Talks were held by the two chancellors.';
    const talksNews = `Chancellor Tomas Brel met Chancellor Ilse Varga on Thursday. ${talksClaim}\n`;
    const talksAt = (transcript: string) => [{ uri: 'file:///w/news.txt', text: talksNews }, { uri: 'file:///w/transcript.txt', text: transcript, role: 'transcript' as const }];
    const toHeading = (transcript: string, set = service.annotateAccounts(talksAt(transcript))) => set.crossReferences.some((x) => transcript.slice(x.to.start, x.to.end).startsWith('Talk'));
    assert.equal(toHeading(talks), true);
    const talk = talks.replace('Talks of Chancellor Ilse Varga and Chancellor Tomas Brel', 'Talk of Chancellor Ilse Varga and Chancellor Tomas Brel.');
    assert.deepEqual(service.annotateAccounts(talksAt(talk)), createAnnotationService().annotateAccounts(talksAt(talk)));
    assert.equal(toHeading(talk), false);
  });

  await t.test('should not link when the transcript has no heading', () => {
    const claim = 'A joint press conference was given by the two chancellors following a morning of talks.';
    assert.deepEqual(run(claim, TRANSCRIPT.slice(TRANSCRIPT.indexOf('CHANCELLOR VARGA:'))).links, []);
  });
});
