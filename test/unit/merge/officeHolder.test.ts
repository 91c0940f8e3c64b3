/**
 * A transcript whose head names its speaker by office alone ("Press Conference by the Prime
 * Minister …") and whose speech never names them: the speaker is the one holder of that
 * office the report names and the transcript does not. Invented texts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnotationService, type AnnotationSet } from '../../../src/core';

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
