import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCountryMentions } from '../../../../src/core/annotators/countries/find';
import { findPersons } from '../../../../src/core/annotators/persons/find';
import { tokenize } from '../../../../src/core/text/tokens';

/** Person-name candidates of `text` as "name evidence" strings. */
const candidates = (text: string) => findPersons(text, tokenize(text), findCountryMentions(text)).map((p) => `${p.text} ${p.evidence}`);

test('should take a verb of saying after a name as evidence of a person', () => {
  assert.deepEqual(candidates('Later Guterres said the talks would resume.'), ['Guterres strong']);
  assert.deepEqual(candidates('Okafor has also told reporters it was over.'), ['Okafor strong']);
});

test('should not take a group of speakers for a person ("Analysts said")', () => {
  assert.deepEqual(candidates('Analysts said the aid was likely to grow. Critics say it is late.'), []);
  assert.deepEqual(candidates('Republicans argued that the bill was too costly.'), []);
  // a verb agreeing with a plural subject is no evidence of one person; a list of names is
  assert.deepEqual(candidates('Q  Unionists say the plan is late.'), ['Unionists weak']);
  assert.deepEqual(candidates('Q  Unionists reply that the plan is late.'), ['Unionists weak']);
  assert.deepEqual(candidates('Q  Okafor replies that the plan is late.'), ['Okafor strong']);
  assert.deepEqual(candidates('Later Rossi and Holm say the plan is late.'), ['Rossi weak', 'Holm strong']);
  // a surname met only before "said" stays a name
  assert.deepEqual(candidates('Salas said his government would not accept it.'), ['Salas strong']);
});

test('should take a verb of saying after an apposition as evidence ("Maria Lopez, a Colombian analyst, said")', () => {
  assert.deepEqual(candidates('Maria Lopez, a Colombian analyst in Bogotá, said it would pass.'), ['Maria Lopez strong', 'Bogotá weak']);
  assert.deepEqual(candidates('Peskov, 56, told reporters it was over.'), ['Peskov strong']);
  assert.deepEqual(candidates('In Geneva, where talks were held, he said nothing.'), ['Geneva weak']);
});

test('should take a weak verb of saying as evidence only when it opens speech', () => {
  assert.deepEqual(candidates('The talks in Geneva would continue next week.'), ['Geneva weak']);
  assert.deepEqual(candidates('Both Caribbean states reported losses.'), ['Caribbean weak']);
  assert.deepEqual(candidates('Okafor noted that the vote was close.'), ['Okafor strong']);
  assert.deepEqual(candidates('Okafor continued: “We will not give up.”'), ['Okafor strong']);
});

test('should leave a portfolio after "Minister for" out of the name', () => {
  assert.deepEqual(candidates('He met the Minister for Defence Sarah Whitlock in Canberra.'), ['Sarah Whitlock strong', 'Canberra weak']);
  assert.deepEqual(candidates('THE NEW ENVOY FOR THE LIBYAN SETTLEMENT AS A MATTER OF URGENCY'), ['SETTLEMENT AS A MATTER OF URGENCY weak']);
});

test('should take a title after the name, set off by a comma, as evidence and role', () => {
  const text = 'Daily press briefing by Amara Osei, Spokesperson for the Secretary-General';
  const [osei] = findPersons(text, tokenize(text), []).filter((p) => p.text === 'Amara Osei');
  assert.equal(osei?.evidence, 'strong');
  assert.equal(osei?.role, 'spokes');
  const deputy = 'The talks were opened by Ana Lima, Deputy Prime Minister of Brazil.';
  assert.equal(findPersons(deputy, tokenize(deputy), findCountryMentions(deputy)).find((p) => p.text === 'Ana Lima')?.role, 'premier');
  // a clause after the comma, not a title of the name: "the minister said"
  assert.deepEqual(candidates('Talks were held in Addis Ababa, the minister said.'), ['Talks weak', 'Addis Ababa weak']);
  // the title belongs to the name after it
  assert.deepEqual(candidates('Talks were held in Addis Ababa, Secretary Blinken said.'), ['Talks weak', 'Addis Ababa weak', 'Blinken strong']);
});

test('should take a title after a spaced dash as evidence and role, but not a clause after it', () => {
  const text = 'Contributors\n\n• Petra Vanterpool - Prime Minister\n';
  const [p] = findPersons(text, tokenize(text), []).filter((x) => x.text === 'Petra Vanterpool');
  assert.equal(p?.evidence, 'strong');
  assert.equal(p?.role, 'premier');
  assert.deepEqual(candidates('They met at Lake Orla - the minister said it was calm.'), ['Lake Orla weak']);
});

test('should read an escaped underscore between a title and a name as a space', () => {
  assert.deepEqual(candidates('Remarks by President\\_Hart at the Opening'), ['Hart strong', 'Opening weak']);
  // an identifier with underscores is not a title and a name
  assert.deepEqual(candidates('The file is named report_Hart here.'), ['Hart weak']);
});

test('should end a name before a headline verb, not before a name ending in "-ing"', () => {
  assert.deepEqual(candidates('Remarks by President Hart Announcing the Water Budget'), ['Hart strong', 'Announcing weak', 'Water Budget weak']);
  assert.deepEqual(candidates('Premier Wu Jinping said the talks went well.'), ['Wu Jinping strong']);
  assert.deepEqual(candidates('Senator Ada Fleming, a lawyer, spoke.'), ['Ada Fleming strong']);
});

test('should not take a contraction at a sentence start for a name', () => {
  assert.deepEqual(candidates('We’ve said it before. I’ll tell you again. Don’t worry, they said. You\'d agree, Ode said.'), ['Ode strong']);
  // names with an apostrophe stay names
  assert.deepEqual(candidates('Siobhan O’Neill said she would stay. D\'Arcy Lund said so too.'), ['Siobhan O’Neill strong', 'D\'Arcy Lund strong']);
});

test('should take two capitalised words opening with a common given name as a person', () => {
  assert.deepEqual(candidates('But look, Colin Pemberly has done the work here.'), ['Colin Pemberly strong']);
  assert.deepEqual(candidates('(Reporting by Sarah Quill; Editing by Noah Brandt)'), ['Reporting weak', 'Sarah Quill strong', 'Editing weak', 'Noah Brandt strong']);
});

test('should not take a firm, a place or a group opening with a given-name homonym for a person', () => {
  assert.deepEqual(candidates('He sat on the board of Star Mining until 2010.'), ['Star Mining weak']);
  assert.deepEqual(candidates('They walked to Colin Park after lunch.'), ['Colin Park weak']);
  assert.deepEqual(candidates('She spoke at Victoria Station on the way.'), []);
});

test('should not take an acronym, possessive or not, for a person', () => {
  assert.deepEqual(candidates('The senator told CNN’s morning show that he agreed.'), []);
  // a title makes a short upper-case word a name
  assert.deepEqual(candidates('Minister ODE said so.'), ['ODE strong']);
});

test('should take a name that opens with a given name after an institution name', () => {
  assert.deepEqual(candidates('He met the head of the executive, River Commission Colin Ashdown, on Friday.'), ['Colin Ashdown strong']);
  // an institution whose last words are not a person's name stays out
  assert.deepEqual(candidates('He met the River Commission Harbour Board on Friday.'), []);
});
