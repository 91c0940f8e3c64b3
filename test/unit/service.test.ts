/**
 * The analysis service end to end on the sample pair (fixtures) and small inline accounts:
 * the public API, roles, turns, quote attribution, entities merged across accounts,
 * determinism, cancellation, and every export valid against the JSON Schema.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import * as core from '../../src/core';
import { createAnnotationService, type AnnotationSet } from '../../src/core';

const samples = path.join(__dirname, '..', '..', 'samples');
const news = fs.readFileSync(path.join(samples, 'sochi-2020-news.txt'), 'utf8');
const transcript = fs.readFileSync(path.join(samples, 'sochi-2020-transcript.txt'), 'utf8');
const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'annotation-set.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);
const service = createAnnotationService();

function speakerName(set: AnnotationSet, id: string | undefined): string | undefined {
  return id ? set.entities.find((e) => e.id === id)?.name : undefined;
}

test('should expose the service factory and the model', () => {
  assert.equal(typeof core.createAnnotationService, 'function');
  assert.equal(core.FORMAT, 'transcript-annotator/1');
  assert.deepEqual(Object.keys(service).sort(), ['analyzeAccount', 'analyzeAccountAsync', 'annotateAccounts', 'annotateAccountsAsync']);
  assert.ok(Object.isFrozen(service));
});

test('the sample pair', async (t) => {
  const set = service.annotateAccounts([
    { uri: 'file:///news.txt', text: news },
    { uri: 'file:///transcript.txt', text: transcript },
  ]);
  await t.test('should validate against the JSON Schema', () => assert.ok(validate(set), JSON.stringify(validate.errors?.slice(0, 3))));
  await t.test('should keep the rule id optional in the schema, and kebab-case', () => {
    assert.ok(set.annotations.every((a) => a.rule), 'every automatic annotation has a rule id');
    const withRule = (rule: string | undefined) => ({ ...set, annotations: set.annotations.map(({ rule: _, ...a }) => (rule === undefined ? a : { ...a, rule })) });
    assert.ok(validate(withRule(undefined)), 'a file from before rule ids still validates');
    assert.ok(validate(withRule('claim/some-later-rule')), 'an id this version does not list still validates');
    assert.equal(validate(withRule('Said After Quote')), false);
  });
  await t.test('should detect the roles', () => assert.deepEqual(set.documents.map((d) => d.role), ['report', 'transcript']));
  await t.test('should find five turns, the first an opening statement by the person the title names', () => {
    const turns = set.annotations.filter((a) => a.kind === 'turn');
    assert.equal(turns.length, 5);
    assert.ok(turns[0]!.text.startsWith('Ladies and gentlemen'));
    assert.equal(turns[0]!.label, undefined);
    assert.ok(speakerName(set, turns[0]!.speaker)?.endsWith('Lavrov'));
    assert.equal(turns[1]!.speaker, undefined);
    assert.equal(turns[1]!.label, 'Question');
    assert.ok(!turns[4]!.text.includes('Additional materials'), 'page chrome swallowed into the last turn');
  });
  await t.test('should make one entity per person across both accounts', () => {
    const lavrov = set.entities.filter((e) => e.kind === 'person' && /Lavrov/.test(e.name));
    assert.equal(lavrov.length, 1);
    assert.ok(lavrov[0]!.aliases.includes('Sergei Lavrov') || lavrov[0]!.name === 'Sergei Lavrov');
    assert.equal(lavrov[0]!.speaker, true);
  });
  await t.test('should attribute the quotes of the report', () => {
    const quote = (s: string) => set.annotations.find((a) => a.kind === 'claim' && a.claimType === 'quote' && a.text.includes(s));
    assert.match(speakerName(set, quote('We prefer to solve all issues')?.speaker) ?? '', /Cavusoglu/);
    assert.match(speakerName(set, quote('They [their relations] are based')?.speaker) ?? '', /Lavrov/);
    assert.match(speakerName(set, quote('Another good example is Syria')?.speaker) ?? '', /Lavrov/);
  });
  await t.test('should keep every annotation inside its document and equal to its slice', () => {
    const texts: Record<string, string> = { d1: news, d2: transcript };
    for (const a of set.annotations) assert.equal(texts[a.document]!.slice(a.start, a.end), a.text);
  });
});

test('should give byte-identical output for the same input', () => {
  const a = JSON.stringify(service.annotateAccounts([{ uri: 'u1', text: news }, { uri: 'u2', text: transcript }]));
  const b = JSON.stringify(createAnnotationService().annotateAccounts([{ uri: 'u1', text: news }, { uri: 'u2', text: transcript }]));
  assert.equal(a, b);
});

test('should return an empty set when cancelled', () => {
  const set = service.annotateAccounts([{ uri: 'u', text: transcript }], { isCancellationRequested: true });
  assert.equal(set.annotations.length, 0);
  assert.equal(set.documents.length, 1);
});

test('should give an account alone, with the role it was found to have, the analysis it had alone', () => {
  // The editor annotates an account without a counterpart with the analysis that recognised it
  // (src/extension/accountRecognizer.ts): that is right only while these are the same.
  const unlabelled = 'We will keep the border open.\n\nThe trade talks go on next week, and we expect a result.\n';
  for (const text of [news, transcript, unlabelled]) {
    const alone = service.analyzeAccount(text, { uri: 'u' });
    const annotated = service.annotateAccounts([{ uri: 'u', text, role: alone.documents[0]!.role }]);
    assert.equal(JSON.stringify(annotated), JSON.stringify(alone));
  }
});

test('should honour a forced role', () => {
  const set = service.analyzeAccount(transcript, { uri: 'u', role: 'report' });
  assert.equal(set.documents[0]!.role, 'report');
  assert.equal(set.annotations.filter((a) => a.kind === 'turn').length, 0);
});

test('should merge name variants across a report and a transcript', () => {
  const report = 'Kyiv – Ukrainian President Volodymyr Zelensky met Chancellor Olaf Scholz. "We need more air defence," Zelensky said.';
  const briefing = 'PRESIDENT ZELENSKYY: (As interpreted.) We need more air defence systems.\n\nQuestion: Mr. Scholz, will Germany help?\n\nCHANCELLOR SCHOLZ: We will.';
  const set = service.annotateAccounts([{ uri: 'r', text: report }, { uri: 't', text: briefing }]);
  const persons = set.entities.filter((e) => e.kind === 'person');
  assert.deepEqual(persons.map((p) => p.name).sort(), ['Olaf Scholz', 'Volodymyr Zelensky']);
  const zelensky = persons.find((p) => p.name === 'Volodymyr Zelensky')!;
  const turn = set.annotations.find((a) => a.kind === 'turn' && a.label === 'PRESIDENT ZELENSKYY');
  assert.equal(turn?.speaker, zelensky.id);
  const quote = set.annotations.find((a) => a.kind === 'claim' && a.claimType === 'quote');
  assert.equal(quote?.speaker, zelensky.id);
});

test('should analyse an empty account without annotations', () => {
  const set = service.analyzeAccount('', { uri: 'empty' });
  assert.equal(set.annotations.length, 0);
  assert.ok(validate(set));
});

test('should read lone-CR line ends (old Mac files) as line ends, offsets and texts as given', async () => {
  const lf = service.annotateAccounts([{ uri: 'n', text: news }, { uri: 't', text: transcript }]);
  const crNews = news.replace(/\n/g, '\r');
  const crTranscript = transcript.replace(/\n/g, '\r');
  for (const cr of [service.annotateAccounts([{ uri: 'n', text: crNews }, { uri: 't', text: crTranscript }]), await service.annotateAccountsAsync([{ uri: 'n', text: crNews }, { uri: 't', text: crTranscript }])]) {
    assert.deepEqual(cr.documents.map((d) => d.role), ['report', 'transcript']);
    assert.equal(cr.annotations.filter((a) => a.kind === 'turn').length, lf.annotations.filter((a) => a.kind === 'turn').length);
    // The same findings at the same offsets; only the line-end characters of the texts differ.
    assert.deepEqual(cr.annotations.map((a) => ({ ...a, text: a.text.replace(/\r/g, '\n') })), lf.annotations);
    assert.deepEqual(cr.crossReferences, lf.crossReferences);
    const texts = [crNews, crTranscript];
    for (const a of cr.annotations) assert.equal(a.text, texts[Number(a.document.slice(1)) - 1]!.slice(a.start, a.end));
  }
  // Mixed: CR LF stays one line end, a lone CR is one too.
  const mixed = transcript.replace(/\n/g, (_, i: number) => (i % 2 ? '\r\n' : '\r'));
  const set = service.analyzeAccount(mixed, { uri: 'm' });
  assert.equal(set.documents[0]!.role, 'transcript');
  for (const a of set.annotations) assert.equal(a.text, mixed.slice(a.start, a.end));
});
