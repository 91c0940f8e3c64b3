/**
 * The speaker of an unlabelled statement named from the report's links
 * (src/core/align/statementSpeaker.ts, `turn/speaker-from-report`): the one person the
 * report credits with two or more linked claims, none credited to another. Invented texts:
 * the pair through the service, the evidence's edge cases on a set made by hand.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnotationService, type AnnotationSet } from '../../../src/core';
import { nameStatementSpeakers } from '../../../src/core/align/statementSpeaker';
import type { Annotation, CrossReference, MatchClass } from '../../../src/core/model/annotation';
import { SPEECH } from '../annotators/turns/statement';

const service = createAnnotationService();

/** A statement under a head that names no one, its speaker named nowhere in it. */
const STATEMENT = `Remarks to the Press on the New Pier\n\nHarbour, 4 May\n\n${SPEECH}`;

const OPENED = 'Harbour master Anna Voss opened the new pier on Monday.';
const GLAD = '“I am glad that we can open the new pier today,” Voss told reporters.';

function pair(transcript: string, report: string): AnnotationSet {
  return service.annotateAccounts([
    { uri: 'file:///transcript.txt', text: transcript },
    { uri: 'file:///report.txt', text: report },
  ]);
}

/** The transcript's turns as [speaker's name or '-', rule]. */
function turnsOf(set: AnnotationSet): string[][] {
  const transcript = set.documents.find((d) => d.role === 'transcript')!.id;
  return set.annotations.filter((a) => a.kind === 'turn' && a.document === transcript).map((a) => [set.entities.find((e) => e.id === a.speaker)?.name ?? '-', a.rule ?? '']);
}

test('statement speaker from the report', async (t) => {
  await t.test('should name the speaker the report credits with two linked quotes, as the report\'s person', () => {
    const set = pair(STATEMENT, `${OPENED} ${GLAD} “Our town will now welcome the ferry from the islands every week of the year,” she added.`);
    assert.deepEqual(turnsOf(set), [['Anna Voss', 'turn/speaker-from-report']]);
    // one person across the accounts, a speaker
    const voss = set.entities.filter((e) => e.kind === 'person' && e.name === 'Anna Voss');
    assert.equal(voss.length, 1);
    assert.equal(voss[0]!.speaker, true);
    // the statement's sentences are hers, as where the transcript names her
    const own = set.annotations.filter((a) => a.kind === 'claim' && a.rule === 'claim/turn-statement');
    assert.ok(own.length >= 3);
    assert.ok(own.every((a) => a.speaker === voss[0]!.id));
  });

  await t.test('should give a figure in the statement its speaker too, as where the transcript names her', () => {
    const withFigure = STATEMENT.replace('for three years,', 'for three years, the pier cost 12 million euros,');
    const set = pair(withFigure, `${OPENED} ${GLAD} “Our town will now welcome the ferry from the islands every week of the year,” she added.`);
    const voss = set.entities.find((e) => e.kind === 'person' && e.name === 'Anna Voss')!;
    const figures = set.annotations.filter((a) => a.kind === 'claim' && a.claimType === 'statistic' && a.document === 'd1');
    assert.equal(figures.length, 1);
    assert.equal(figures[0]!.speaker, voss.id);
  });

  await t.test('should leave the speaker unnamed when the linked quotes credit two persons', () => {
    const set = pair(STATEMENT, `${OPENED} ${GLAD} “Our town will now welcome the ferry from the islands every week of the year,” said Mayor Piet Lund.`);
    assert.deepEqual(turnsOf(set), [['-', 'turn/unlabelled-statement']]);
    assert.ok(!set.annotations.some((a) => a.kind === 'claim' && a.rule === 'claim/turn-statement' && a.speaker));
  });

  await t.test('should leave the speaker unnamed on a single linked quote', () => {
    const set = pair(STATEMENT, `${OPENED} ${GLAD} The ferry will call every week, the council said.`);
    assert.deepEqual(turnsOf(set), [['-', 'turn/unlabelled-statement']]);
  });

  await t.test('should leave a labelled transcript\'s unnamed turns untouched', () => {
    const labelled = [
      'THE HARBOUR MASTER: Good morning. I am glad that we can open the new pier today.',
      '',
      'Q: When does the ferry come?',
      '',
      'THE HARBOUR MASTER: Our town will now welcome the ferry from the islands every week of the year.',
      '',
    ].join('\n');
    const set = pair(labelled, `${OPENED} ${GLAD} “Our town will now welcome the ferry from the islands every week of the year,” she added.`);
    const turns = turnsOf(set);
    assert.equal(turns.length, 3);
    assert.ok(turns.every(([, rule]) => rule === 'turn/speaker-label'), JSON.stringify(turns));
  });
});

test('statement speaker evidence', async (t) => {
  // a transcript d2 of one unlabelled turn, a report d1 with claims c1, c2 linked into it
  const turn: Annotation = { id: 'a9', document: 'd2', kind: 'turn', start: 0, end: 100, text: '', rule: 'turn/unlabelled-statement' };
  const claim = (id: string, speaker: string): Annotation => ({ id, document: 'd1', kind: 'claim', start: 0, end: 10, text: '', claimType: 'quote', speaker, rule: 'claim/said-after-quote' });
  const link = (annotation: string, match: MatchClass, at: number): CrossReference => ({ id: `x${annotation}`, from: { document: 'd1', start: 0, end: 10 }, to: { document: 'd2', start: at, end: at + 10 }, score: 0.9, match, annotation });
  const setOf = (links: CrossReference[]): AnnotationSet => ({
    format: 'transcript-annotator/1',
    documents: [{ id: 'd1', uri: 'file:///r.txt', role: 'report', length: 10 }, { id: 'd2', uri: 'file:///t.txt', role: 'transcript', length: 100 }],
    entities: [{ id: 'p1', kind: 'person', name: 'Anna Voss', aliases: [], speaker: true }],
    annotations: [claim('c1', 'p1'), claim('c2', 'p1'), turn],
    crossReferences: links,
    unmatched: [],
  });
  const speakerOf = (set: AnnotationSet) => nameStatementSpeakers(set).annotations.find((a) => a.kind === 'turn')!.speaker;

  await t.test('should count two distinct claims linked closely enough', () => {
    assert.equal(speakerOf(setOf([link('c1', 'verbatim', 0), link('c2', 'paraphrase', 40)])), 'p1');
  });
  await t.test('should not count partial links, nor one claim linked twice', () => {
    assert.equal(speakerOf(setOf([link('c1', 'partial', 0), link('c2', 'partial', 40)])), undefined);
    assert.equal(speakerOf(setOf([link('c1', 'verbatim', 0), link('c1', 'verbatim', 40)])), undefined);
  });
  await t.test('should return the set itself when nothing is named', () => {
    const set = setOf([link('c1', 'verbatim', 0)]);
    assert.equal(nameStatementSpeakers(set), set);
  });
});
