/**
 * The turns the plan finds (src/core/annotators/turns/find.ts): from speaker labels, the
 * opening statement before the first label, and, in a transcript without labels, one
 * unlabelled statement or answers after question summaries; each with its rule id. Invented
 * texts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findSpeakerLabels } from '../../../../src/core/annotators/speakerLabels/find';
import { buildTurns, buildUnlabelledTurns, isProse, type TurnSpan } from '../../../../src/core/annotators/turns/find';
import { splitParagraphs } from '../../../../src/core/text/paragraphs';
import { SPEECH } from './statement';

/** The labelled turns of `text` as "rule: text" lines. */
function labelledTurns(text: string): string[] {
  const labels = findSpeakerLabels(text);
  return show(text, buildTurns(text, labels, splitParagraphs(text, labels.map((l) => l.start))));
}

function show(text: string, turns: readonly TurnSpan[]): string[] {
  return turns.map((t) => `${t.rule}: ${text.slice(t.start, t.end)}`);
}

const HEAD = 'Remarks by the Harbour Master at the Opening of the New Pier';

test('should make one turn per speaker label, from the label to the next one (turn/speaker-label)', () => {
  const text = 'MS. ODE: We open the pier today.\n\nQ: When does the ferry start?\n\nMS. ODE: Next spring, if the weather holds.\n';
  assert.deepEqual(labelledTurns(text), [
    'turn/speaker-label: MS. ODE: We open the pier today.',
    'turn/speaker-label: Q: When does the ferry start?',
    'turn/speaker-label: MS. ODE: Next spring, if the weather holds.',
  ]);
  const turns = buildTurns(text, findSpeakerLabels(text), splitParagraphs(text));
  assert.equal(text.slice(turns[0]!.bodyStart, turns[0]!.end), 'We open the pier today.');
  assert.equal(turns[0]!.label?.label, 'MS. ODE');
});

test('should not take a line that turns to a second person with a follow-up question for an answer (turn/answer-after-question)', () => {
  const handOn = 'MINISTER VOSS: We open the pier today.\n\nQ: Minister Voss, will the ferry start in spring?\n\nAnd then, Mayor Lind:\n\nWill the town pay for the new road?\n\nMINISTER VOSS: It will start in spring.\n';
  assert.deepEqual(labelledTurns(handOn), [
    'turn/speaker-label: MINISTER VOSS: We open the pier today.',
    'turn/speaker-label: Q: Minister Voss, will the ferry start in spring?\n\nAnd then, Mayor Lind:\n\nWill the town pay for the new road?',
    'turn/speaker-label: MINISTER VOSS: It will start in spring.',
  ]);
  // An answer that opens with a colon, words after it that assert, is still an answer.
  const answer = 'MINISTER VOSS: We open the pier today.\n\nQ: Minister Voss, will the ferry start in spring?\n\nIt will, and I can say this:\n\nThe weather will decide the day.\n\nMINISTER VOSS: Thank you.\n';
  assert.deepEqual(labelledTurns(answer).filter((t) => t.startsWith('turn/answer-after-question')), ['turn/answer-after-question: It will, and I can say this:\n\nThe weather will decide the day.']);
});

test('should make no turn without labels', () => {
  assert.deepEqual(buildTurns('We open the pier today. The ferry starts next spring.', [], splitParagraphs('We open the pier today.')), []);
});

test('should take the speech before the first label, under a title, as the opening statement (turn/opening-statement)', () => {
  const text = `${HEAD}\n\nGood morning, everyone. We have waited a long time for this pier and I am glad to open it.\n\nQ: When does the ferry start?\n\nMR. VOSS: Next spring.\n`;
  const turns = labelledTurns(text);
  assert.equal(turns[0], 'turn/opening-statement: Good morning, everyone. We have waited a long time for this pier and I am glad to open it.');
  assert.equal(turns.length, 3);
});

test('should not take a lede that names the title\'s event by its head noun, in the third person, for an opening statement', () => {
  const title = 'Press statements following the talks with Chancellor Tomas Brel';
  const lede = 'Following the talks on the lake, Ilse Varga and Tomas Brel made statements for the media.';
  assert.deepEqual(labelledTurns(`${title}\n\n${lede}\n\nCHANCELLOR VARGA: Good afternoon.\n`).map((t) => t.split(':')[0]), ['turn/speaker-label']);
  // in the first person, it is speech
  const spoken = 'Following the talks on the lake, we will make statements for the media.';
  assert.equal(labelledTurns(`${title}\n\n${spoken}\n\nCHANCELLOR VARGA: Good afternoon.\n`)[0], `turn/opening-statement: ${spoken}`);
  // naming another event, it is speech too
  const other = 'Following the talks on the lake, Ilse Varga and Tomas Brel visited the pier.';
  assert.equal(labelledTurns(`${title}\n\n${other}\n\nCHANCELLOR VARGA: Good afternoon.\n`)[0], `turn/opening-statement: ${other}`);
});

test('should not take a title alone before the first label for an opening statement', () => {
  const text = `${HEAD}\n\nQ: When does the ferry start?\n\nMR. VOSS: Next spring.\n`;
  assert.deepEqual(labelledTurns(text).map((t) => t.split(':')[0]), ['turn/speaker-label', 'turn/speaker-label']);
});

/** A statement without labels under an event's title, spoken in the first person. */
const STATEMENT = `${HEAD}\n\n${SPEECH}`;

test('should read a first-person speech under an event title as one unlabelled statement (turn/unlabelled-statement)', () => {
  const turns = buildUnlabelledTurns(STATEMENT);
  assert.deepEqual(turns.map((t) => t.rule), ['turn/unlabelled-statement']);
  assert.ok(STATEMENT.slice(turns[0]!.start, turns[0]!.end).startsWith('Good morning.'));
  assert.ok(STATEMENT.slice(turns[0]!.start, turns[0]!.end).endsWith('arrive in the spring.'));
  assert.equal(turns[0]!.headingUnit?.text, HEAD);
});

test('should not read a report telling what others said as a statement', () => {
  const report = [
    HEAD,
    '',
    'The harbour master opened the new pier on Monday, she said in a speech.',
    '',
    'Builders worked on it for three years, the council said.',
    '',
    'The ferry from the islands will call every week, Voss told reporters.',
    '',
    'Residents said they hoped to see the first boat in the spring.',
    '',
  ].join('\n');
  assert.deepEqual(buildUnlabelledTurns(report), []);
  // no event in the title: no statement either
  assert.deepEqual(buildUnlabelledTurns(STATEMENT.replace(HEAD, 'Notes on the New Pier and the Ferry Timetable')), []);
});

test('should read a statement under a head in another language of official pages as one unlabelled statement', () => {
  // an English text under its page's French or Italian title
  for (const head of ['Déclaration du Maître du Port à l’ouverture de la nouvelle jetée', 'Osservazioni del Capitano del Porto alla stampa sulla nuova banchina']) {
    const text = STATEMENT.replace(HEAD, head);
    const turns = buildUnlabelledTurns(text);
    assert.deepEqual(turns.map((t) => t.rule), ['turn/unlabelled-statement'], head);
    assert.equal(turns[0]!.headingUnit?.text, head);
  }
  // a foreign title that names no spoken event: no statement
  assert.deepEqual(buildUnlabelledTurns(STATEMENT.replace(HEAD, 'Notizie del Porto sulla nuova banchina e sul traghetto')), []);
});

/** An address as a translation prints it: hard-wrapped lines, no blank line between paragraphs, a salutation first. */
const WRAPPED_ADDRESS = [
  'Address by the Harbour Master on the Opening of the New Pier',
  '2021.06.25',
  '[Unofficial Translation]',
  'Dear friends and neighbours,',
  'Today we open the pier that our town has waited for since the storm of',
  'the winter before last.',
  'I thank every builder who stood in the cold, and I thank the families who',
  'waited for them at home.',
  'Our ferry will now call every week of the year; we will keep it running.',
  'I hope you will all come to see the first boat arrive in the spring.',
  '',
].join('\n');

test('should read a hard-wrapped address with no blank lines, salutation included, as one unlabelled statement', () => {
  const turns = buildUnlabelledTurns(WRAPPED_ADDRESS);
  assert.deepEqual(turns.map((t) => t.rule), ['turn/unlabelled-statement']);
  const body = WRAPPED_ADDRESS.slice(turns[0]!.start, turns[0]!.end);
  assert.ok(body.startsWith('Dear friends and neighbours,'), body);
  assert.ok(body.endsWith('arrive in the spring.'), body);
});

test('should end a hard-wrapped address before the page chrome that follows it on the next lines', () => {
  const page = `${WRAPPED_ADDRESS}Share this page\nPrint\n`;
  const turns = buildUnlabelledTurns(page);
  assert.deepEqual(turns.map((t) => t.rule), ['turn/unlabelled-statement']);
  assert.ok(page.slice(turns[0]!.start, turns[0]!.end).endsWith('arrive in the spring.'), page.slice(turns[0]!.start, turns[0]!.end));
});

test('should not read a hard-wrapped report with no blank lines as a statement', () => {
  const report = [
    'Harbour Master Opens Pier: Remarks Draw Applause',
    'The harbour master opened the new pier on Monday, she said in a speech',
    'to a crowd of two hundred.',
    'Builders worked on it for three years, the council said.',
    'The ferry will call every week, the harbour master told reporters after',
    'the ceremony.',
    'Residents said they hoped to see the first boat in the spring.',
    '',
  ].join('\n');
  assert.deepEqual(buildUnlabelledTurns(report), []);
  // the same address cut into too few sentences to read as a speech: none
  assert.deepEqual(buildUnlabelledTurns(WRAPPED_ADDRESS.split('\n').slice(0, 6).join('\n')), []);
});

test('should make question turns of question summaries and answer turns of the prose after them (turn/question-summary, turn/answer-after-question-summary)', () => {
  const text = [
    'Press Conference by the Harbour Master after the Opening of the Pier',
    '',
    '(On the ferry timetable)',
    'I expect the first boat in the spring. We will publish the timetable in March.',
    '',
    '(On the cost of the pier)',
    'We kept to the budget, and I am proud of that. Our builders did careful work.',
    '',
    '(On the islands)',
    'I will visit the islands next month. We owe them a good service.',
    '',
  ].join('\n');
  assert.deepEqual(show(text, buildUnlabelledTurns(text)), [
    'turn/question-summary: (On the ferry timetable)',
    'turn/answer-after-question-summary: I expect the first boat in the spring. We will publish the timetable in March.',
    'turn/question-summary: (On the cost of the pier)',
    'turn/answer-after-question-summary: We kept to the budget, and I am proud of that. Our builders did careful work.',
    'turn/question-summary: (On the islands)',
    'turn/answer-after-question-summary: I will visit the islands next month. We owe them a good service.',
  ]);
  assert.ok(buildUnlabelledTurns(text).filter((t) => t.rule === 'turn/question-summary').every((t) => t.question));
});

test('should tell prose from titles and chrome', () => {
  assert.equal(isProse({ start: 0, end: 0, text: 'We open the pier today.' }), true);
  assert.equal(isProse({ start: 0, end: 0, text: 'Good afternoon, everyone,' }), true);
  assert.equal(isProse({ start: 0, end: 0, text: 'Share' }), false);
  assert.equal(isProse({ start: 0, end: 0, text: HEAD }), false);
});

test('should read prose as when every lower-case word was counted (isProse counts up to two)', () => {
  // the definition isProse had when it counted every match: the shortcut must agree on any text
  const everyWord = (text: string): boolean => {
    const n = text.match(/(?:^|\s)[a-z]{2,}(?=[\s,.;:!?]|$)/g)?.length ?? 0;
    const title = !/\n/.test(text) && text.length >= 20 && (!/[.!?]["”]?$/.test(text) || /\b(remarks|statement|speech|briefing|interview|address|answers|press conference|transcript)\b/i.test(text));
    if (title && n > 0 && !/[.!?,:;"”]$/.test(text)) return false;
    return n >= 2 || (n >= 1 && /[,:!]$/.test(text));
  };
  const word = fc.constantFrom('we', 'open', 'a', 'Pier', 'TODAY', 'x', 'remarks', 'of', '2019', 'Ode');
  const gap = fc.constantFrom(' ', ', ', '. ', '\n', ': ', '! ', ' – ', '"');
  const text = fc.tuple(fc.array(fc.tuple(word, gap), { maxLength: 9 }), fc.constantFrom('', '.', ',', ':', '!', '?', '”')).map(([parts, end]) => parts.map(([w, g]) => w + g).join('').trimEnd() + end);
  fc.assert(fc.property(text, (t) => isProse({ start: 0, end: t.length, text: t }) === everyWord(t)), { numRuns: 2000, seed: 18 });
  // and twice in a row on one text: no search carries its place to the next
  assert.equal(isProse({ start: 0, end: 0, text: 'we open' }), true);
  assert.equal(isProse({ start: 0, end: 0, text: 'we open' }), true);
});
