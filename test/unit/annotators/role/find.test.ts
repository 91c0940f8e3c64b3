/**
 * The account's role (src/core/annotators/role/find.ts): a transcript has two speaker labels
 * or more, or one after an opening statement under a title; anything else is a report.
 * Invented texts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectRole } from '../../../../src/core/annotators/role/find';
import { findSpeakerLabels } from '../../../../src/core/annotators/speakerLabels/find';
import { buildTurns } from '../../../../src/core/annotators/turns/find';
import { splitParagraphs } from '../../../../src/core/text/paragraphs';

function roleOf(text: string) {
  const labels = findSpeakerLabels(text);
  return detectRole(labels, buildTurns(text, labels, splitParagraphs(text, labels.map((l) => l.start))));
}

test('should read two speaker labels as a transcript', () => {
  assert.equal(roleOf('MS. ODE: We open the pier today.\n\nQ: When does the ferry start?\n'), 'transcript');
});

test('should read one label after an opening statement under a title as a transcript', () => {
  const text = 'Remarks by the Harbour Master at the Opening of the New Pier\n\nGood morning, everyone. We have waited a long time for this pier and I am glad to open it.\n\nQ: When does the ferry start?\n';
  assert.equal(roleOf(text), 'transcript');
});

test('should read one label with nothing spoken before it as a report', () => {
  assert.equal(roleOf('MS. ODE: We open the pier today, and the ferry starts next spring.\n'), 'report');
});

test('should read prose without labels as a report', () => {
  assert.equal(roleOf('The harbour master opened the new pier on Monday.\n\n“We waited a long time,” Ode said.\n'), 'report');
  assert.equal(detectRole([], []), 'report');
});
