/**
 * Claims in two steps: found in the unit pass with every name candidate of the unit, given
 * their speakers once names are clustered. A candidate that does not become a person must
 * leave the claims as if it had never been a candidate.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VFile } from 'vfile';
import { mentionOfSubject, type Subject } from '../../../../src/core/annotators/attribution/index';
import { createUnitProcessor } from '../../../../src/core/annotators/index';
import { createAnnotationService, type AnnotationSet } from '../../../../src/core';
import { planAccount } from '../../../../src/core/annotators/planAccount';
import { readUnits } from '../../../../src/core/pipeline/readUnits';
import { NEVER_CANCELLED } from '../../../../src/core/model/annotation';

const service = createAnnotationService();

/** The claims of `text` as "type speaker-name: text" lines. */
function claims(text: string): string[] {
  const set: AnnotationSet = service.analyzeAccount(text, { uri: 'file:///report.txt', role: 'report' });
  const name = (id: string | undefined) => (id ? set.entities.find((e) => e.id === id)?.name : '-');
  return set.annotations.filter((a) => a.kind === 'claim').map((a) => `${a.claimType} ${name(a.speaker)}: ${a.text}`);
}

test('should attribute reported speech to the person a nominal stands for', () => {
  const text = 'Russian Foreign Minister Sergey Lavrov arrived in Geneva on Monday.\n\nThe Russian top diplomat said that the talks would continue next week.';
  assert.deepEqual(claims(text).slice(1), ['reported Sergey Lavrov: the talks would continue next week']);
});

test('should not take a nominal no one in the text holds for a subject (the unit is read again)', () => {
  const text = 'Talks between the delegations resumed on Monday.\n\nThe Russian top diplomat said that the talks would continue next week.';
  // In the unit pass the nominal is a candidate and the sentence reads as reported speech;
  // it resolves to no one, so the sentence is the report's own statement.
  const plan = planAccount(text, 'file:///report.txt', 'report');
  const units = readUnits(createUnitProcessor(), plan.units, NEVER_CANCELLED)!;
  assert.deepEqual(units[1]!.claims.map((c) => [c.claimType, c.subject?.kind]), [['reported', 'person']]);
  assert.deepEqual(claims(text), ['statement -: Talks between the delegations resumed on Monday.', 'statement -: The Russian top diplomat said that the talks would continue next week.']);
});

test('should attribute a question opening with "who" to the speaker of the label before it', () => {
  const text = 'MR. SMITH: Who said that the talks would go on?\n\nMS. JONES: We did, and the talks will go on for a week.';
  const set = service.analyzeAccount(text, { uri: 'file:///t.txt', role: 'transcript' });
  const smith = set.entities.find((e) => e.kind === 'person' && e.name.toUpperCase().includes('SMITH'))!;
  const reported = set.annotations.find((a) => a.kind === 'claim' && a.claimType === 'reported')!;
  assert.equal(reported.text, 'the talks would go on');
  assert.equal(reported.speaker, smith.id);
});

test('should find no claims when the reader gives no setting', () => {
  const processor = createUnitProcessor();
  const file = new VFile({ value: '“We agree on everything,” Lavrov said.' });
  processor.runSync(processor.parse(file), file);
  assert.deepEqual(file.messages.map((m) => m.ruleId).sort(), ['person']);
});

test('should give a person subject the last resolved mention among its candidates', () => {
  // "Sergey Lavrov" (tokens 0..1) and "Lavrov" (1..1) both end at token 1; in mention order
  // the finder met "Lavrov", the last one, whose other end is token 1
  const subject: Subject & { kind: 'person' } = { kind: 'person', other: 1, spans: [0, 13, 0, 7, 13, 1] };
  const full = { start: 0, end: 13, speaker: 'full' };
  const surname = { start: 7, end: 13, speaker: 'surname' };
  assert.equal(mentionOfSubject(subject, [full, surname]), surname);
  // only the full name resolved: it reaches another token than the one the finder met
  assert.equal(mentionOfSubject(subject, [full]), undefined);
  assert.equal(mentionOfSubject(subject, []), undefined);
  // a resolved mention that is no candidate of the subject does not count
  assert.equal(mentionOfSubject(subject, [{ start: 20, end: 25, speaker: 'other' }]), undefined);
});

test('should attribute a quote to the subject of "called" before it', () => {
  const text = 'German Chancellor Anna Weber signed the deal on Tuesday.\n\nOpposition leader Marta Ruiz called the deal “a gift to foreign corporations”.';
  assert.ok(claims(text).includes('quote Marta Ruiz: a gift to foreign corporations'), claims(text).join('\n'));
});

test('should attribute a quote in a clause to the verb of saying that ends its sentence', () => {
  // fires: "…, Minister Erik Holm said Wednesday."
  const text = 'Norway and Denmark agreed to take “swift and decisive action” against any attack, Minister Erik Holm said Wednesday.';
  assert.ok(claims(text).includes('quote Erik Holm: swift and decisive action'), claims(text).join('\n'));
  // must not: the verb of a relative clause, or one followed by more of the sentence
  for (const other of [
    'Lars Berg met fishermen on Monday. The plan for “swift and decisive action”, which Erik Holm said was costly, was dropped.',
    'Lars Berg met fishermen on Monday. The plan for “swift and decisive action” was dropped, Erik Holm said, because it cost too much.',
  ]) assert.ok(claims(other).includes('quote -: swift and decisive action'), claims(other).join('\n'));
});

test('should not attribute a quote to a verb at its sentence end that reports a clause of its own', () => {
  // "said it would fail" reports its own words: the quote before the comma is not them
  for (const other of [
    'Lars Berg met fishermen on Monday. The council backed the “fair share for all” plan, Erik Holm said it would fail.',
    'Lars Berg met fishermen on Monday. The council backed the “fair share for all” plan, Erik Holm said the vote was rushed.',
  ]) assert.ok(claims(other).includes('quote -: fair share for all'), claims(other).join('\n'));
});

test('should not attribute a quote to a name at its sentence end that is not the subject of the verb', () => {
  // "a lawyer for Erik Holm said": the lawyer speaks; the title before a name is the name's own
  for (const other of [
    'Lars Berg met fishermen on Monday. The council backed the “fair share for all” plan, a lawyer for Erik Holm said.',
    'Lars Berg met fishermen on Monday. The council backed the “fair share for all” plan, critics of Erik Holm said.',
  ]) assert.ok(claims(other).includes('quote -: fair share for all'), claims(other).join('\n'));
  const titled = 'Lars Berg met fishermen on Monday. The council backed the “fair share for all” plan, the fisheries minister Erik Holm said.';
  assert.ok(claims(titled).includes('quote Erik Holm: fair share for all'), claims(titled).join('\n'));
});

test('should not take the name after an inverted verb of saying for reported speech', () => {
  const text = '“Floods don’t stop at borders and neither should our warnings,” said Tran Van Minh, Vietnam’s prime minister.';
  assert.deepEqual(claims(text), ['quote Tran Van Minh: Floods don’t stop at borders and neither should our warnings']);
});

test('should keep the clause after "said" when the subject stands before the verb', () => {
  const text = 'German Chancellor Anna Becker arrived in Seoul.\n\nThe Chancellor said she is grateful for the hospitality.';
  assert.ok(claims(text).includes('reported Anna Becker: she is grateful for the hospitality'), claims(text).join('\n'));
});

test('should take "the Finance Minister" before a verb of saying for the person just named', () => {
  const text = 'Finance Minister Lucia Prado presented the budget on Monday.\n\nThe Finance Minister said that spending would stay within the limits.';
  assert.ok(claims(text).includes('reported Lucia Prado: spending would stay within the limits'), claims(text).join('\n'));
});

test('should give the words of a group ("analysts said") no speaker, and keep the running speaker', () => {
  const text = 'Foreign Minister Anna Berg said the talks went well. Analysts said the aid was likely to grow. She added that more talks were planned.\n\n“It is far too late for that,” critics said.';
  assert.deepEqual(claims(text), [
    'reported Anna Berg: the talks went well',
    'reported -: the aid was likely to grow',
    'reported Anna Berg: more talks were planned',
    'quote -: It is far too late for that',
  ]);
});

test('should attribute past an apposition or a relative clause to the one it describes', () => {
  const text = 'Prime Minister Kaja Kallas met Finnish President Sauli Niinistö.\n\nKallas, who met Niinistö on Friday, added that they would act together. “We see no grounds for optimism,” Dmitry Peskov, 56, told reporters.';
  assert.deepEqual(claims(text).slice(-2), ['reported Kaja Kallas: they would act together', 'quote Dmitry Peskov: We see no grounds for optimism']);
});

test('should give the words of "X\'s spokesman" to the spokesman, not to X', () => {
  assert.deepEqual(claims('“The sanctions will stay,” said Olaf Scholz’s spokesman, Steffen Hebestreit.'), ['quote Steffen Hebestreit: The sanctions will stay']);
  assert.deepEqual(claims('Chancellor Olaf Scholz met him. “The sanctions will stay,” said Scholz’s spokesman.').slice(-1), ['quote -: The sanctions will stay']);
});

test('should resolve a pronoun to the person named before it in the same paragraph', () => {
  const text = 'President Emmanuel Macron arrived late. “This is a historic day for Europe,” the French leader said.';
  assert.deepEqual(claims(text).slice(-1), ['quote Emmanuel Macron: This is a historic day for Europe']);
});

test('should attribute a quote to the name after a title that follows it', () => {
  const text = '“He calls on the parties to cease hostilities immediately,” U.N. spokesman Stephane Dujarric told reporters. “It is over,” Kremlin spokesman Dmitry Peskov said.';
  assert.deepEqual(claims(text), ['quote Stephane Dujarric: He calls on the parties to cease hostilities immediately', 'quote Dmitry Peskov: It is over']);
});

test('should give the words of a body ("the Kremlin said", "a joint statement said") no speaker', () => {
  const text = 'Kremlin spokesman Dmitry Peskov spoke first. The Kremlin said the talks would continue. He added that nothing was agreed.\n\n“The talks were useful,” the Foreign Ministry said. “It is over,” Kremlin spokesman Dmitry Peskov said.';
  assert.deepEqual(claims(text).slice(1), [
    'reported -: the talks would continue',
    'reported Dmitry Peskov: nothing was agreed',
    'quote -: The talks were useful',
    'quote Dmitry Peskov: It is over',
  ]);
});

test('should give the words of "the Secretary" to the one person the text titles so', () => {
  const text = 'Secretary Antony J. Blinken met with Chinese Foreign Minister Wang Yi today in Beijing. The Secretary reaffirmed that the United States will continue to compete vigorously.';
  assert.deepEqual(claims(text).slice(-1), ['reported Antony J. Blinken: the United States will continue to compete vigorously']);
});

test('should cut a relative clause between the subject and its verb of saying out of the reported speech', () => {
  const text = 'Mayor Anna Voss, who announced her resignation last week, told reporters that the new bridge would open in May.';
  assert.deepEqual(claims(text), ['reported Anna Voss: the new bridge would open in May']);
  // no verb of saying after the clause: the clause's own verb carries the reported speech
  const own = claims('Mayor Anna Voss, who announced that the new bridge would open in May, left the harbour early.');
  assert.equal(own.length, 1);
  assert.ok(own[0]!.startsWith('reported Anna Voss: the new bridge would open in May'), own[0]);
});

test('should take the clause after a listener and a subject pronoun as reported speech', () => {
  assert.deepEqual(claims('Mayor Anna Voss told the harbour council she hoped the new bridge would open in May.'), ['reported Anna Voss: she hoped the new bridge would open in May']);
  // no pronoun after the listener: no reported clause (the report's own statement)
  assert.deepEqual(claims('Mayor Anna Voss told the harbour council about the new bridge and its opening in May.'), ['statement -: Mayor Anna Voss told the harbour council about the new bridge and its opening in May.']);
});

test('should end reported speech at a second attribution, which gets a claim of its own', () => {
  const text = 'After Mayor Anna Voss said the new bridge was safe, Governor Tomas Hale told reporters that the state would pay for it.';
  assert.deepEqual(claims(text), ['reported Anna Voss: the new bridge was safe', 'reported Tomas Hale: the state would pay for it']);
  // a comma with no attribution after it: one claim to the end of the sentence
  assert.deepEqual(claims('Mayor Anna Voss said on Monday that the new bridge was safe, and the council agreed with her.'), ['reported Anna Voss: the new bridge was safe, and the council agreed with her']);
});

test('should end reported speech before an apposition after a spaced dash', () => {
  const text = 'Mayor Anna Voss said that the new bridge "will never close" -- a remark that surprised the harbour council on Monday.';
  assert.deepEqual(claims(text), ['reported Anna Voss: the new bridge "will never close"', 'quote Anna Voss: will never close']);
  // paired dashes inside the clause (no article after the first) stay in it
  assert.deepEqual(claims('Mayor Anna Voss said that the new bridge -- long delayed -- would open in May.'), ['reported Anna Voss: the new bridge -- long delayed -- would open in May']);
});

test('should give "…, adding that …" and "… and added that …" a second claim of the same speaker', () => {
  const two = ['reported Anna Voss: the new bridge was safe', 'reported Anna Voss: the state would pay for it'];
  assert.deepEqual(claims('Mayor Anna Voss said the new bridge was safe, adding that the state would pay for it.'), two);
  assert.deepEqual(claims('Mayor Anna Voss said the new bridge was safe and added that the state would pay for it.'), two);
  // "and" joining two verbs of one clause, no verb of saying: one claim
  assert.deepEqual(claims('Mayor Anna Voss said the new bridge and the old road were safe and would stay open.'), ['reported Anna Voss: the new bridge and the old road were safe and would stay open']);
});

test('should keep the speaker of a quotation split by its attribution for its second part', () => {
  const text = '"The new bridge is a disgrace," Mayor Anna Voss said. "It should never have been built."';
  assert.deepEqual(claims(text), ['quote Anna Voss: The new bridge is a disgrace', 'quote Anna Voss: It should never have been built.']);
  const set = service.analyzeAccount(text, { uri: 'file:///report.txt', role: 'report' });
  assert.deepEqual(set.annotations.filter((a) => a.kind === 'claim').map((a) => a.rule), ['claim/said-after-quote', 'claim/quote-resumed-after-attribution']);
  // another sentence between the parts that is no attribution: the second part is not resumed
  const other = service.analyzeAccount('"The new bridge is a disgrace," Mayor Anna Voss said. Her deputy disagreed: "It should never have been closed."', { uri: 'file:///report.txt', role: 'report' });
  assert.ok(!other.annotations.some((a) => a.rule === 'claim/quote-resumed-after-attribution'));
});

test('should not give the running speaker a quotation an unnamed official says', () => {
  const text = '"We are proud of it," Mayor Anna Voss said of the bridge.\n\n"The new bridge is a disgrace," a senior official said.';
  assert.deepEqual(claims(text).slice(1), ['quote -: The new bridge is a disgrace']);
  // a named speaker after the quote keeps the quote
  assert.deepEqual(claims('"We are proud of it," Mayor Anna Voss said of the bridge.\n\n"The new bridge is a triumph," she said.').slice(1), ['quote Anna Voss: The new bridge is a triumph']);
});

test('should take an unnamed speaker past the phrase that places it ("a senior official in the harbour office said")', () => {
  const text = '"We are proud of it," Mayor Anna Voss said of the bridge.\n\n"The new bridge is a disgrace," a senior official in the harbour office said.';
  const set = service.analyzeAccount(text, { uri: 'file:///report.txt', role: 'report' });
  const quote = set.annotations.find((a) => a.kind === 'claim' && a.text === 'The new bridge is a disgrace')!;
  assert.equal(quote.rule, 'claim/said-after-quote');
  assert.equal(quote.speaker, undefined);
  // no verb of saying after the phrase: no attribution there (the quote stays unattributed)
  const none = service.analyzeAccount('"We are proud of it," Mayor Anna Voss said of the bridge.\n\n"The new bridge is a disgrace," a senior official in the harbour office walked out of the meeting.', { uri: 'file:///report.txt', role: 'report' });
  assert.equal(none.annotations.find((a) => a.kind === 'claim' && a.text === 'The new bridge is a disgrace')?.rule, 'claim/unattributed-quote');
});

test('should read a discourse adverb set off by commas between the verb and "that" as an aside', () => {
  const text = 'Harbour master Ingrid Solberg spoke on Monday.\n\nShe reiterated, however, that the quay would stay open through the winter.';
  assert.deepEqual(claims(text).slice(1), ['reported Ingrid Solberg: the quay would stay open through the winter']);
});

test('should not read a phrase set off by commas after the verb as an aside', () => {
  const text = 'Harbour master Ingrid Solberg spoke on Monday.\n\nShe reiterated, in the harbour office, that the quay would stay open through the winter.';
  assert.deepEqual(claims(text).slice(1).map((c) => c.split(':')[0]), ['statement -']);
});

test('should not take the "that" of a clause a subject pronoun has opened for the verb\'s complementiser', () => {
  assert.deepEqual(claims('Mayor Anna Voss said she would back a plan that cuts the harbour fees.'), ['reported Anna Voss: she would back a plan that cuts the harbour fees']);
  // no pronoun between the verb and "that": "that" opens the reported clause
  assert.deepEqual(claims('Mayor Anna Voss told the harbour council on Monday that the new bridge would open in May.'), ['reported Anna Voss: the new bridge would open in May']);
  // a word of stance before "that" takes it: "that" opens the reported words
  assert.deepEqual(claims('Mayor Anna Voss said she was certain that the new bridge would open in May.'), ['reported Anna Voss: the new bridge would open in May']);
  // a noun subject and its finite verb open the clause as the pronoun does; not a relative's ("who had")
  assert.deepEqual(claims('Mayor Anna Voss said the council would back a plan that cuts the harbour fees.'), ['reported Anna Voss: the council would back a plan that cuts the harbour fees']);
  assert.deepEqual(claims('Mayor Anna Voss wrote the families who had waited that the new bridge would open in May.'), ['reported Anna Voss: the new bridge would open in May']);
  // a pronoun that opens a clause of time or reason ("after she met …") is not the reported clause's: "that" opens it
  assert.deepEqual(claims('Mayor Anna Voss said after she met the unions that the deal was fair.'), ['reported Anna Voss: the deal was fair']);
  assert.deepEqual(claims('Mayor Anna Voss told reporters as they left the hall that the deal was fair.'), ['reported Anna Voss: the deal was fair']);
});

test('should give "… and argued it …" (a subject pronoun after the verb) a second claim of the same speaker', () => {
  assert.deepEqual(claims('Mayor Anna Voss said the talks were “very useful,” and argued it must be a new start for the harbour.'), ['reported Anna Voss: the talks were “very useful,”', 'reported Anna Voss: it must be a new start for the harbour']);
  // an apostrophe in the clause ("council’s") is no closing quotation mark: the ” is kept
  assert.deepEqual(claims('Mayor Anna Voss said the council’s talks were “very useful,” and argued it must be a new start for the harbour.'), ['reported Anna Voss: the council’s talks were “very useful,”', 'reported Anna Voss: it must be a new start for the harbour']);
  // "it" as the second verb's object ("explained it to …"): one claim
  assert.deepEqual(claims('Mayor Anna Voss said the fees were too high and explained it to the council in detail.'), ['reported Anna Voss: the fees were too high and explained it to the council in detail']);
  // a noun after the second verb may be its own subject's: one claim
  assert.deepEqual(claims('Mayor Anna Voss said the council had met the unions and said the deal was fair.'), ['reported Anna Voss: the council had met the unions and said the deal was fair']);
});

test('should find reported speech before the attribution of a quote that makes most of its sentence', () => {
  const text = 'Mayor Anna Voss said she had spoken of the flood with regret, saying: “The water came too fast for the old walls and the pumps, and we must build them again before the next winter comes.”';
  assert.deepEqual(claims(text), ['reported Anna Voss: she had spoken of the flood with regret', 'quote Anna Voss: The water came too fast for the old walls and the pumps, and we must build them again before the next winter comes.']);
  // only the attribution before the quote: no reported speech
  assert.deepEqual(claims('Mayor Anna Voss said: “The water came too fast for the old walls and the pumps, and we must build them again before the next winter comes.”'), ['quote Anna Voss: The water came too fast for the old walls and the pumps, and we must build them again before the next winter comes.']);
});

test('should not take a possessive before a noun that is a verb form ("Ruiz\'s remark") for the speaker', () => {
  // fires: the remark is the quote's topic; the senator who told the committee speaks
  const text = 'Senator Tom Hale told the committee on Sunday that Mayor Ruiz’s remark “helps the smugglers and hurts the farmers.”';
  assert.ok(claims(text).includes('quote Tom Hale: helps the smugglers and hurts the farmers.'), claims(text).join('\n'));
  // must not: a name with no possessive before the same verb is its subject
  const own = 'Senator Tom Hale met the committee on Sunday. Mayor Ruiz remarked that “the smugglers will win.”';
  assert.ok(claims(own).includes('quote Ruiz: the smugglers will win.'), claims(own).join('\n'));
});

test('should credit a headline ending in a colon and a name to that person', () => {
  // fires: the words before the colon are the named person's
  const text = 'Not clear how ‘new facts’ will change the harbour ruling: Voss\n\nHARBOURTOWN — Mayor Anna Voss said the city would respond to the appeal.';
  assert.equal(claims(text)[0], 'reported Anna Voss: Not clear how ‘new facts’ will change the harbour ruling');
  // must not: a colon before words that are no person's name, or a name not at the end
  assert.equal(claims('Harbour tolls and the winter: a guide\n\nMayor Anna Voss met the council on Monday.')[0], 'statement -: Harbour tolls and the winter: a guide');
  assert.equal(claims('Mayor Anna Voss met the council. The agenda: Voss and the tolls.').at(-1), 'statement -: The agenda: Voss and the tolls.');
});

test('should credit a headline opening with a person and a verb of saying in the present to that person', () => {
  // fires: "calls … ‘unfair’" in a headline of one line
  const text = 'Mayor Anna Voss calls tolls ‘unfair’ in harbour row\n\nHARBOURTOWN — The mayor met the council on Monday.';
  assert.equal(claims(text)[0], 'reported Anna Voss: tolls ‘unfair’ in harbour row');
  // must not: a sentence of the body (closed by a period), or a verb before which more than the subject stands
  assert.equal(claims('Mayor Anna Voss calls tolls unfair in the harbour row.')[0], 'statement -: Mayor Anna Voss calls tolls unfair in the harbour row.');
  assert.equal(claims('Council that Mayor Anna Voss calls unfair meets in harbour\n\nThe mayor met the council.')[0], 'statement -: Council that Mayor Anna Voss calls unfair meets in harbour');
});
