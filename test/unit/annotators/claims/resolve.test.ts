/**
 * A report that names the speaker only by role ("the prime minister said", then "she said")
 * resolves through the transcript's labels ("PRIME MINISTER ODEGAARD:"), when one person of
 * the pair holds that role and the report names no one who does. Invented texts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnotationService, type AnnotationSet } from '../../../../src/core';

const service = createAnnotationService();

const report = 'The prime minister said on Friday that fishing quotas would not change this year.\n\n"The quotas stay," she said.\n';

function claimSpeakers(set: AnnotationSet): (string | undefined)[] {
  return set.annotations.filter((a) => a.kind === 'claim' && a.document === 'd1').map((a) => set.entities.find((e) => e.id === a.speaker)?.name);
}

test('the role and the pronoun after it go to the one premier the transcript labels', () => {
  const transcript = 'PRIME MINISTER ODEGAARD:  Good afternoon. We have agreed a new harbour treaty today.\n\nQ:  Will the quotas change?\n\nPRIME MINISTER ODEGAARD:  Not this year, the quotas stay.\n';
  const set = service.annotateAccounts([{ uri: 'file:///news.txt', text: report }, { uri: 'file:///transcript.txt', text: transcript }]);
  assert.deepEqual(claimSpeakers(set), ['Odegaard', 'Odegaard']);
});

test('two premiers labelled in the transcript leave the role unresolved', () => {
  const transcript = 'PRIME MINISTER ODEGAARD:  Good afternoon. We have agreed a new harbour treaty today.\n\nPRIME MINISTER LINDQVIST:  Thank you. The quotas stay as they are.\n\nPRIME MINISTER ODEGAARD:  Not this year, the quotas stay.\n';
  const set = service.annotateAccounts([{ uri: 'file:///news.txt', text: report }, { uri: 'file:///transcript.txt', text: transcript }]);
  assert.deepEqual(claimSpeakers(set), [undefined, undefined]);
});

test('the report on its own: no one holds the role', () => {
  const set = service.analyzeAccount(report, { uri: 'file:///news.txt' });
  assert.deepEqual(claimSpeakers(set), [undefined, undefined]);
});
