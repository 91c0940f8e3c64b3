import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSpeakerLabels, titleTextOf } from '../../../../src/core/annotators/speakerLabels/find';

const labelsOf = (text: string) => findSpeakerLabels(text).map((l) => ({ label: l.label, name: l.name?.text, unnamed: l.unnamed }));

test('should read a title-case name label', () => {
  assert.deepEqual(labelsOf('Sergey Lavrov: We agreed.\n\nQuestion: Why?'), [
    { label: 'Sergey Lavrov', name: 'Sergey Lavrov', unnamed: false },
    { label: 'Question', name: undefined, unnamed: true },
  ]);
});

test('should read upper-case labels with honorifics and titles', () => {
  assert.deepEqual(labelsOf('MR. SMITH: Thanks.\n\nSECRETARY JONES: Yes.\n\nTHE INTERPRETER: He agrees.'), [
    { label: 'MR. SMITH', name: 'SMITH', unnamed: false },
    { label: 'SECRETARY JONES', name: 'JONES', unnamed: false },
    { label: 'THE INTERPRETER', name: undefined, unnamed: true },
  ]);
});

test('should take the name after a title of several words, and a title alone as unnamed', () => {
  const names = (labels: string[]) => labels.map((l) => {
    const [found] = findSpeakerLabels(`${l}: Thank you.`);
    return found?.unnamed ? '(unnamed)' : found?.name?.text;
  });
  assert.deepEqual(
    names(['PRIME MINISTER KISHIDA', 'DEPUTY PRIME MINISTER NOVAK', 'NATIONAL SECURITY ADVISOR SULLIVAN', 'SECRETARY OF STATE BLINKEN', 'MINISTER OF FOREIGN AFFAIRS SERGEY LAVROV', 'PRESS SECRETARY JEAN-PIERRE']),
    ['KISHIDA', 'NOVAK', 'SULLIVAN', 'BLINKEN', 'SERGEY LAVROV', 'JEAN-PIERRE'],
  );
  assert.deepEqual(names(['PRIME MINISTER', 'SECRETARY OF STATE', 'THE VICE PRESIDENT', 'NATIONAL SECURITY ADVISOR', 'MR. PRESIDENT']), Array(5).fill('(unnamed)'));
  // a surname that is also a title word
  assert.deepEqual(names(['MR. KING', 'MARTIN LUTHER KING']), ['KING', 'MARTIN LUTHER KING']);
});

test('should leave the country of a title out of the name, and not count its words against a label\'s length', () => {
  const text = [
    'President of Norway Ada Lund: Welcome.',
    'President of the Argentine Republic Tomas Vidal (retranslated): Thank you.',
    'Foreign Minister of the Republic of Korea Min Ha-eun: We agreed.',
    'Prime Minister of the Kingdom of Alvaria Piet Roos: Good morning.',
  ].join('\n\n');
  assert.deepEqual(labelsOf(text), [
    { label: 'President of Norway Ada Lund', name: 'Ada Lund', unnamed: false },
    { label: 'President of the Argentine Republic Tomas Vidal', name: 'Tomas Vidal', unnamed: false },
    { label: 'Foreign Minister of the Republic of Korea Min Ha-eun', name: 'Min Ha-eun', unnamed: false },
  ]);
  // Words that name no country stay counted (a label of seven words is prose) and stay in the name.
  assert.deepEqual(labelsOf('President of the Lake Club Ada Mia Lund: Hello.'), []);
  assert.deepEqual(labelsOf('Director of Lund Ada Lund: Hello.').map((l) => l.name), ['Lund Ada Lund']);
});

test('should put "(As interpreted.)" after the colon in the label, not in the speech', () => {
  const text = 'PRESIDENT LEE: (As interpreted.) Thank you.';
  const [l] = findSpeakerLabels(text);
  assert.equal(l!.label, 'PRESIDENT LEE');
  assert.equal(text.slice(l!.bodyStart), 'Thank you.');
});

test('should read parentheticals before the colon', () => {
  assert.deepEqual(labelsOf('Question (addressed to both ministers): Is it?\n\nAnna Becker (retranslated): Yes.').map((l) => l.label), ['Question', 'Anna Becker']);
});

test('should read a Q opening a paragraph, with or without a colon', () => {
  assert.deepEqual(labelsOf('Q Jake, will you go?\n\nQ: And then?\n\nQ.  Last one?').map((l) => l.label), ['Question', 'Question', 'Question']);
});

test('should read markdown-bold and indented labels, with markdown escapes in the speech', () => {
  const text = '**MR. PRICE:** \\[Laughter.\\] Good afternoon.\n\n    Maria Zakharova: An indented turn with a\\_word.';
  const labels = findSpeakerLabels(text);
  assert.deepEqual(labels.map((l) => l.label), ['MR. PRICE', 'Maria Zakharova']);
  assert.equal(text.slice(labels[0]!.bodyStart, labels[0]!.bodyStart + 2), '\\[');
  assert.equal(text.slice(labels[1]!.start, labels[1]!.start + 5), 'Maria');
});

test('should not take prose, times or notes for labels', () => {
  assert.deepEqual(labelsOf('Note: this is a summary.\n\nThe meeting began at 10:30 and ended late.\n\nRussia and Turkey: a partnership\n\nUpdated: Monday'), []);
});

test('should take a single-word label only when it labels several turns', () => {
  assert.deepEqual(labelsOf('Lavrov: One.\n\nHeadline: Two.'), []);
  assert.deepEqual(labelsOf('Lavrov: One.\n\nBlinken: Two.\n\nLavrov: Three.').map((l) => l.label), ['Lavrov', 'Lavrov']);
});

test('should read a label alone on its line that gives a name and an affiliation', () => {
  assert.deepEqual(labelsOf('Beth Rigby, Sky News:\n\nPrime Minister, do you accept that?'), [{ label: 'Beth Rigby, Sky News', name: 'Beth Rigby', unnamed: false }]);
  // not a single place or a clause with a comma
  assert.deepEqual(labelsOf('Moscow, Russia:\n\nText.\n\nHowever, in London:\n\nthey said.'), []);
});

test('should read abbreviated titles and initials glued to the surname', () => {
  assert.deepEqual(labelsOf('ADM. KIRBY: So.\n\nS.Lavrov: Yes.\n\nS.Lavrov: No.').map((l) => [l.label, l.name]), [['ADM. KIRBY', 'KIRBY'], ['S.Lavrov', 'S.Lavrov'], ['S.Lavrov', 'S.Lavrov']]);
});

test('should take a single-word label used once when, among other labels, it asks a question', () => {
  const text = 'Wang Wenbin: Good afternoon.\n\nCCTV: A question?\n\nWang Wenbin: Yes.\n\nBloomberg: Will the talks resume?\n\nWang Wenbin: No.\n\nNote: nothing.\n\nSummary: What now?';
  assert.deepEqual(labelsOf(text).map((l) => l.label), ['Wang Wenbin', 'CCTV', 'Wang Wenbin', 'Bloomberg', 'Wang Wenbin']);
});

test('should read a Q before a dash, an ellipsis or a stage direction', () => {
  assert.deepEqual(labelsOf('Q    — and the tariffs?\n\nQ    (Inaudible.)  Will it pass?\n\nQ … sir?\n\nQ [crosstalk] Thank you.').map((l) => l.label), ['Question', 'Question', 'Question', 'Question']);
});

test('should not take a Q in prose, or before a lower-case word, for a label', () => {
  assert.deepEqual(labelsOf('The Q — as staff call it — was late.\n\nQ (the letter) is rare in the alphabet.').map((l) => l.label), []);
});

test('should read recurring labels alone on their line, without a colon', () => {
  const text = 'Talks in Vell: press conference\n\nGood evening. We met today.\n\nQuestion\n\nMinister, will you resign?\n\nForeign Minister\n\nNo, I will not do that.\n\nQuestion\n\nWhat about the border?\n\nForeign Minister\n\nWe talked about it at length.';
  const labels = findSpeakerLabels(text);
  assert.deepEqual(labels.map((l) => l.label), ['Question', 'Foreign Minister', 'Question', 'Foreign Minister']);
  assert.equal(text.slice(labels[1]!.bodyStart, labels[1]!.bodyStart + 9), 'No, I wil');
  assert.equal(labels[1]!.unnamed, true);
});

test('should not take recurring headings or page chrome alone on their line for labels', () => {
  const report = 'Story Continues\n\nThe mayor said the bridge would open in May.\n\nTop Stories\n\nRain is expected in the north later this week.\n\nStory Continues\n\nThe council will vote on the budget next month.\n\nTop Stories\n\nTraffic was light on the coast road today.';
  assert.deepEqual(labelsOf(report), []);
  // a heading that does not recur
  assert.deepEqual(labelsOf('Question\n\nWhat is the budget for the year?\n\nThe budget is set at five million.'), []);
});

test('should put stage directions after a label in the label, not in the speech', () => {
  const text = 'MR. ODE: (Speaks Portuguese.) (No translation provided.) Thank you.\n\nQ    (Inaudible.)  Will it pass?\n\nMS. LUND:  [crosstalk] Go ahead.';
  const labels = findSpeakerLabels(text);
  assert.deepEqual(labels.map((l) => text.slice(l.bodyStart, l.bodyStart + 6)), ['Thank ', 'Will i', 'Go ahe']);
});

test('should keep a parenthesis that is not a stage direction in the speech', () => {
  const text = 'MR. ODE: (And I quote the minister here.) We will not sign.';
  const [l] = findSpeakerLabels(text);
  assert.equal(text.slice(l!.bodyStart, l!.bodyStart + 4), '(And');
});

test('should not take a heading with a colon for a label', () => {
  assert.deepEqual(labelsOf('JOINT PRESS CONFERENCE: PRIME MINISTER ODE AND PRESIDENT LUND\n\nPRIME MINISTER ODE: Welcome.\n\nQ: Why now?'), [
    { label: 'PRIME MINISTER ODE', name: 'ODE', unnamed: false },
    { label: 'Question', name: undefined, unnamed: true },
  ]);
  assert.deepEqual(labelsOf('Press Conference: Prime Minister Ode and President Lund at the Summit\n\nAnna Ode: Welcome.\n\nQuestion: Why now?').map((l) => l.label), ['Anna Ode', 'Question']);
});

test('should take a label before words spoken in capitals or title case', () => {
  assert.deepEqual(labelsOf('MR. ODE: THANK YOU.\n\nAnna Lund: Welcome, Minister Ode.\n\nQ: Why?').map((l) => l.label), ['MR. ODE', 'Anna Lund', 'Question']);
});

test('should read a misspelt long title in a label as the title', () => {
  const [l] = findSpeakerLabels('THE PRESDIDENT:  It will.');
  assert.equal(l!.unnamed, true);
  assert.deepEqual(l!.titles, ['the', 'president']);
  assert.equal(titleTextOf('THE PRESDIDENT'), 'the president');
});

test('should keep a surname one letter from a title a name', () => {
  const names = ['MR. MARSHALL', 'ANNA MARSHALL', 'ROSA PREMIERE'].map((t) => findSpeakerLabels(`${t}: Thank you.\n\nQ: Why?`)[0]?.name?.text);
  assert.deepEqual(names, ['MARSHALL', 'ANNA MARSHALL', 'ROSA PREMIERE']);
});
