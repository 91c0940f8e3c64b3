/**
 * Of near-equal supports, a long sentence that holds the passage's words scattered among
 * much else (a small share of it about the passage) is not a link of it when a near-equal
 * passage is about the passage: the best by score is dropped for it. When the long
 * sentence is the only support, or the sentences are alike in focus, it stays.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignAccounts } from '../../../src/core/align/alignAccounts';
import { createAnnotationService } from '../../../src/core/index';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

const LONG = 'I cannot say whether the old forum of the river states should meet again soon, but I am sure that when we reach a point where the valley needs firm water guarantees for the farmland downstream, the river states will have to sit down with the engineers, the lawyers and the mayors of every town on the banks.';
const SHORT = 'The valley needs water guarantees.';

function run(transcript: string, report: string) {
  const news = `Talks on the river\n\nMinister Ida Brenner spoke in Lenz on Monday. ${report}\n`;
  const set = createAnnotationService().annotateAccounts([{ uri: 'file:///w/news.txt', text: news }, { uri: 'file:///w/transcript.txt', text: transcript, role: 'transcript' }]);
  const texts = set.documents.map((d) => (d.uri.endsWith('news.txt') ? news : transcript));
  const alignment = alignAccounts(set, texts);
  const part = { start: news.indexOf(report), end: news.indexOf(report) + report.length };
  return alignment.crossReferences.filter((x) => overlaps(x.from, part)).map((x) => transcript.slice(x.to.start, x.to.end));
}

test('a diffuse best support', async (t) => {
  const report = 'Brenner said the valley needs water guarantees and its farmland could only be kept through the law of the river.';
  await t.test('should link the sentence about the passage, not the long one holding its words among others', () => {
    const transcript = `MINISTER BRENNER: Good morning. ${SHORT} ${LONG}\n\nWhat else could we build on but the law of the river?\n`;
    const links = run(transcript, report);
    assert.ok(links.length > 0, 'linked');
    assert.ok(links.includes(SHORT), JSON.stringify(links));
    assert.ok(!links.includes(LONG), JSON.stringify(links));
  });
  await t.test('should keep the long sentence when nothing more focused supports the passage', () => {
    const transcript = `MINISTER BRENNER: Good morning. ${LONG}\n\nWhat else could we build on but the law of the river?\n`;
    const links = run(transcript, report);
    assert.ok(links.includes(LONG), JSON.stringify(links));
  });
});
