/**
 * Of near-equal supports, a long sentence that holds the passage's words scattered among
 * much else (a small share of it about the passage) is not a link of it when a near-equal
 * passage is about the passage: the best by score is dropped for it. When the long
 * sentence is the only support, or the sentences are alike in focus, it stays.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignPart } from './alignedReport';


const LONG = 'I cannot say whether the old forum of the river states should meet again soon, but I am sure that when we reach a point where the valley needs firm water guarantees for the farmland downstream, the river states will have to sit down with the engineers, the lawyers and the mayors of every town on the banks.';
const SHORT = 'The valley needs water guarantees.';

function run(transcript: string, report: string) {
  const news = `Talks on the river\n\nMinister Ida Brenner spoke in Lenz on Monday. ${report}\n`;
  return alignPart(news, transcript, report).links.map((l) => l.to);
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
