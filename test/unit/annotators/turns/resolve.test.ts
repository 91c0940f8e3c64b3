/**
 * Turn speakers resolved over the account (src/core/annotators/turns/resolve.ts): a label's
 * name, a title label's one holder, an interview's interviewee, a journalist's question, the
 * transcript's main speaker for an opening statement; and a transcript whose head names its
 * speaker by office alone ("Press Conference by the Prime Minister …") and whose speech
 * never names them: the speaker is the one holder of that office the report names and the
 * transcript does not. Invented texts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnotationService, type AnnotationSet } from '../../../../src/core';
import { resolvePersons } from '../../../../src/core/annotators/persons/resolve';
import { resolveTurns } from '../../../../src/core/annotators/turns/resolve';
import { readAccounts, resolvedNames } from '../readings';

const transcript = [
  'Press Conference by the Prime Minister following the Coastal Summit',
  'June 2, 2024',
  '(On the outcome of the Coastal Summit)',
  'I held frank talks with Prime Minister Ostrander on the fisheries dispute. We agreed that our coast guards will meet every month.',
  'I believe we understand each other better now.',
  '(On the visit to the northern islands)',
  'Yes, I intend to go. I will listen to the people of the islands and report to the Diet.',
  '(On relations with Prime Minister Ostrander)',
  'We have met three times this year. I think our trust has grown with each meeting.',
  '',
].join('\n');

const service = createAnnotationService();

function answerSpeakers(set: AnnotationSet): (string | undefined)[] {
  const doc = set.documents.find((d) => d.uri.endsWith('transcript.txt'))!;
  return set.annotations
    .filter((a) => a.kind === 'turn' && a.document === doc.id && !a.label)
    .map((a) => set.entities.find((e) => e.id === a.speaker)?.name);
}

test('the office in the head is the one premier the report names and the transcript does not', () => {
  const report = 'Prime Minister Keiko Nakahara met Prime Minister Lars Ostrander on Sunday.\n\nNakahara told reporters the two had agreed on monthly coast guard meetings.\n';
  const set = service.annotateAccounts([{ uri: 'file:///news.txt', text: report }, { uri: 'file:///transcript.txt', text: transcript }]);
  assert.deepEqual(answerSpeakers(set), ['Keiko Nakahara', 'Keiko Nakahara', 'Keiko Nakahara']);
});

test('the office in the head is the premier the report names when the transcript names no other', () => {
  // the head's own "the Prime Minister" stands for that premier: it does not count as the transcript naming her
  const alone = transcript.replaceAll('Prime Minister Ostrander', 'our neighbours');
  const report = 'Prime Minister Keiko Nakahara spoke after the Coastal Summit on Sunday.\n\nNakahara told reporters the coast guards would meet monthly.\n';
  const set = service.annotateAccounts([{ uri: 'file:///news.txt', text: report }, { uri: 'file:///transcript.txt', text: alone }]);
  assert.deepEqual(answerSpeakers(set), ['Keiko Nakahara', 'Keiko Nakahara', 'Keiko Nakahara']);
});

test('two premiers the transcript does not name leave the speaker unresolved', () => {
  const report = 'Prime Minister Keiko Nakahara and Prime Minister Aiko Benning met Prime Minister Lars Ostrander on Sunday.\n\nNakahara told reporters the talks went well.\n';
  const set = service.annotateAccounts([{ uri: 'file:///news.txt', text: report }, { uri: 'file:///transcript.txt', text: transcript }]);
  assert.deepEqual(answerSpeakers(set), [undefined, undefined, undefined]);
});

test('the transcript on its own: no one to name', () => {
  const set = service.analyzeAccount(transcript, { uri: 'file:///transcript.txt' });
  assert.equal(set.documents[0]!.role, 'transcript');
  assert.deepEqual(answerSpeakers(set), [undefined, undefined, undefined]);
});

/** The turns of the first of `texts` as "label → speaker (rule)" strings, names and labels resolved (no nominals). */
function turnsOf(...texts: string[]): string[] {
  const readings = readAccounts(texts);
  const { perAccount, clusters } = resolvePersons(readings);
  return resolveTurns(readings[0]!, resolvedNames(perAccount[0]!), clusters).map((t) => `${t.label ?? '-'} → ${t.speaker ? clusters.get(t.speaker)!.name : '?'} (${t.rule})`);
}

test('should give a labelled turn the person its label names, and none to an unnamed label', () => {
  const text = 'MS. ANNA VOSS: We open the pier today.\n\nQ: When does the ferry start?\n\nMS. ANNA VOSS: Next spring.\n';
  assert.deepEqual(turnsOf(text), ['MS. ANNA VOSS → Anna Voss (turn/speaker-label)', 'Question → ? (turn/speaker-label)', 'MS. ANNA VOSS → Anna Voss (turn/speaker-label)']);
});

test('should give a title label the one person of the account with that title', () => {
  const text = 'Remarks by President Anna Voss at the Opening of the Pier\n\nTHE PRESIDENT: Thank you all for coming.\n\nQ: When does the ferry start?\n\nTHE PRESIDENT: Next spring.\n';
  assert.deepEqual(turnsOf(text), ['THE PRESIDENT → Anna Voss (turn/speaker-label)', 'Question → ? (turn/speaker-label)', 'THE PRESIDENT → Anna Voss (turn/speaker-label)']);
});

test('should leave a title label unresolved when two persons hold the title and the head names neither', () => {
  const text = 'Remarks at the Opening of the Pier\n\nTHE PRESIDENT: I thank President Anna Voss and President Erik Lund for coming.\n\nQ: When does the ferry start?\n\nTHE PRESIDENT: Next spring.\n';
  assert.deepEqual(turnsOf(text), ['THE PRESIDENT → ? (turn/speaker-label)', 'Question → ? (turn/speaker-label)', 'THE PRESIDENT → ? (turn/speaker-label)']);
});

test('should give an opening statement under a title naming no one to the main speaker (turn/opening-statement)', () => {
  const text = 'Remarks at the Opening of the New Pier in the Harbour\n\nGood morning, everyone. We have waited a long time for this pier and I am glad to open it.\n\nMS. ANNA VOSS: Thank you all.\n\nQ: When does the ferry start?\n\nMS. ANNA VOSS: Next spring.\n';
  assert.deepEqual(turnsOf(text)[0], '- → Anna Voss (turn/opening-statement)');
});

test('should give an unlabelled statement the person its heading names (the possessive one first), and no one the heading does not name', () => {
  const body = '\n\nI came to the harbour today to open the new pier. I am glad we built it together.\n\nI thank the workers who finished it before the winter. I know it was hard work.\n\nI hope the ferry will start in spring. I will come back to see it.\n';
  assert.deepEqual(turnsOf(`Peter Holm’s Remarks at the Harbour with Anna Voss${body}`), ['- → Peter Holm (turn/unlabelled-statement)']);
  assert.deepEqual(turnsOf(`Remarks by Anna Voss at the Harbour with Peter Holm${body}`), ['- → Anna Voss (turn/unlabelled-statement)']);
  // names in the speech, after the heading, are not the heading's
  assert.deepEqual(turnsOf(`Remarks at the Harbour${body}Anna Voss and Peter Holm were there.\n`), ['- → ? (turn/unlabelled-statement)']);
});

test('should give the answers of an interview to the one its title names as interviewed', () => {
  const text = 'Interview with Anna Voss on the New Pier\n\nQ: When does the ferry start?\n\nA: Next spring, if the weather holds.\n\nQ: And the cost?\n\nA: We kept to the budget.\n';
  assert.deepEqual(turnsOf(text), ['Question → ? (turn/speaker-label)', 'A → Anna Voss (turn/speaker-label)', 'Question → ? (turn/speaker-label)', 'A → Anna Voss (turn/speaker-label)']);
});

test('should label every turn of an outlet that asks a question "Question (<outlet>)", and leave a label that never asks as it is', () => {
  const text = 'MS. ANNA VOSS: We open the pier today.\n\nNORDRADIO: When does the ferry start?\n\nMS. ANNA VOSS: Next spring.\n\nNORDRADIO: Thank you.\n';
  assert.deepEqual(turnsOf(text), ['MS. ANNA VOSS → Anna Voss (turn/speaker-label)', 'Question (NORDRADIO) → ? (turn/speaker-label)', 'MS. ANNA VOSS → Anna Voss (turn/speaker-label)', 'Question (NORDRADIO) → ? (turn/speaker-label)']);
  // a label that never asks stays as it is
  assert.deepEqual(turnsOf(text.replace('When does the ferry start?', 'The ferry starts soon.')).filter((t) => t.includes('NORDRADIO')), ['NORDRADIO → ? (turn/speaker-label)', 'NORDRADIO → ? (turn/speaker-label)']);
  // a question asked before the outlet's turns, by someone else, is not theirs
  const asked = 'MS. ANNA VOSS: Who asks first? We open the pier today.\n\nNORDRADIO: The ferry starts soon.\n\nMS. ANNA VOSS: Next spring.\n\nNORDRADIO: Thank you.\n';
  assert.deepEqual(turnsOf(asked).filter((t) => t.includes('NORDRADIO')), ['NORDRADIO → ? (turn/speaker-label)', 'NORDRADIO → ? (turn/speaker-label)']);
});

test('should end a questioner\'s turn with its question when an answer with no label follows, and give the answer to the one speaker the question names (turn/answer-after-question)', () => {
  const text = 'MINISTER VOSS:\n\nWe open the pier today.\n\nMINISTER LUND:\n\nAnd we are glad to be here.\n\nJOURNALIST:\n\nMinister Voss, will the ferry start in spring?\n\nIt will, if the weather holds. We have the boats ready.\n\nJOURNALIST:\n\nMinister Voss and Minister Lund, what about the cost?\n\nWe kept to the budget.\n';
  assert.deepEqual(turnsOf(text), [
    'MINISTER VOSS → Voss (turn/speaker-label)',
    'MINISTER LUND → Lund (turn/speaker-label)',
    'JOURNALIST → ? (turn/speaker-label)',
    '- → Voss (turn/answer-after-question)',
    'JOURNALIST → ? (turn/speaker-label)',
    // the question names two speakers: no one named
    '- → ? (turn/answer-after-question)',
  ]);
});

test('should keep a questioner\'s follow-up question and a question with no paragraph after it in the questioner\'s turn', () => {
  const followUp = 'MINISTER VOSS:\n\nWe open the pier today.\n\nJOURNALIST:\n\nMinister Voss, will the ferry start in spring?\n\nAnd will it run in winter?\n\nMINISTER VOSS:\n\nYes to both.\n';
  assert.deepEqual(turnsOf(followUp), ['MINISTER VOSS → Voss (turn/speaker-label)', 'JOURNALIST → ? (turn/speaker-label)', 'MINISTER VOSS → Voss (turn/speaker-label)']);
  // a speaker's own question and the words after it stay the speaker's: only questioners' turns are cut
  const rhetorical = 'MINISTER VOSS:\n\nWhat did we promise?\n\nA pier, and here it is.\n\nMINISTER LUND:\n\nIt is a fine pier.\n';
  assert.deepEqual(turnsOf(rhetorical), ['MINISTER VOSS → Voss (turn/speaker-label)', 'MINISTER LUND → Lund (turn/speaker-label)']);
});

test('should cut a questioner\'s turn whose question stands on the label\'s line, and end an answer before a later question of the floor', () => {
  const inline = 'MINISTER VOSS: We open the pier today.\n\nMINISTER LUND: And we are glad to be here.\n\nJOURNALIST: Minister Voss, will the ferry start in spring?\n\nIt will, if the weather holds.\n';
  assert.deepEqual(turnsOf(inline).slice(2), ['JOURNALIST → ? (turn/speaker-label)', '- → Voss (turn/answer-after-question)']);
  // the second question is the floor's, not the answer's: the answer ends before it
  const twice = 'MINISTER VOSS:\n\nWe open the pier today.\n\nJOURNALIST:\n\nMinister Voss, will the ferry start in spring?\n\nIt will, if the weather holds.\n\nMinister Voss, and in winter?\n\nNot before next year.\n';
  const readings = readAccounts([twice]);
  const { perAccount, clusters } = resolvePersons(readings);
  const answer = resolveTurns(readings[0]!, resolvedNames(perAccount[0]!), clusters).find((t) => t.rule === 'turn/answer-after-question')!;
  assert.equal(twice.slice(answer.start, answer.end), 'It will, if the weather holds.');
});

test('should read a question closed by Markdown emphasis ("**Reporter: …?**") as a question, and give the bare answers of an interview where only questioners are labelled to the one its title names (front matter title)', () => {
  const page = (title: string) => `---\n${title}permalink: /news/pier/\n---\n\n**Reporter: Minister, will the ferry start in spring?**\n\nIt will, if the weather holds. We have the boats ready.\n\n**Reporter:    Minister, what about the cost?**\n\nWe kept to the budget, and the builders did careful work.\n`;
  const interview = page("title: 'Transcript of Media Interview with Ms Anna Voss, Minister for Transport, on the Pier'\n");
  assert.deepEqual(turnsOf(interview), [
    'Reporter → ? (turn/speaker-label)',
    '- → Anna Voss (turn/answer-after-question)',
    'Reporter → ? (turn/speaker-label)',
    '- → Anna Voss (turn/answer-after-question)',
  ]);
  // no title naming anyone: the answers are still answers, spoken by no one named
  assert.deepEqual(turnsOf(page('')), ['Reporter → ? (turn/speaker-label)', '- → ? (turn/answer-after-question)', 'Reporter → ? (turn/speaker-label)', '- → ? (turn/answer-after-question)']);
  // a follow-up closed by emphasis is still the questioner's: no answer turn
  const followUp = 'MINISTER VOSS:\n\nWe open the pier today.\n\n**JOURNALIST: Minister Voss, will the ferry start in spring?**\n\n**And will it run in winter?**\n\nMINISTER VOSS:\n\nYes to both.\n';
  assert.deepEqual(turnsOf(followUp), ['MINISTER VOSS → Voss (turn/speaker-label)', 'JOURNALIST → ? (turn/speaker-label)', 'MINISTER VOSS → Voss (turn/speaker-label)']);
});

test('should not give bare answers to the interviewee when another speaker has labelled turns: the question names the answerer', () => {
  const text = "---\ntitle: 'Media Interview with Ms Anna Voss on the Pier'\n---\n\nMINISTER LUND:\n\nWe open the pier today.\n\n**Reporter: Minister Lund, will the ferry start in spring?**\n\nIt will, if the weather holds.\n";
  assert.deepEqual(turnsOf(text).slice(-2), ['Reporter → ? (turn/speaker-label)', '- → Lund (turn/answer-after-question)']);
});
