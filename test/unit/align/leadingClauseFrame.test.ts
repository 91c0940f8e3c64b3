/**
 * An attribution frame after a leading clause ("As the ice broke up in the bay, Holm told
 * the trawler crews, “…”"): the frame says who spoke and to whom, so it is not checked
 * against the transcript (its words would link to any look-alike that tells of the same
 * people); the leading clause is checked on its own when it has words enough. A quote
 * after a comma closes a frame as a colon does. A frame ending its line with a colon, the
 * quote opening the next line, may say at length to whom and where it was said.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignPart } from './alignedReport';

const QUOTE = 'The harbour stays open all winter.';
const LOOK_ALIKE = 'We told the trawler crews about the new quotas in May.';
const STORM = 'The storm closed the northern harbour for a whole week.';
const transcript = `MS. LUND: Good morning. The minister will take a few questions.\n\nMINISTER HOLM: Thank you. ${STORM} ${LOOK_ALIKE} ${QUOTE}\n\nQ: And the ferries?\n\nMINISTER HOLM: They run as usual.\n`;
const report = (lead: string): string => `Harbour to stay open\n\nErik Holm, the fisheries minister, visited the port on Monday. ${lead}, Holm told the trawler crews, “${QUOTE}”\n`;

test('frames after a leading clause', async (t) => {
  await t.test('should not link the frame to a look-alike that tells of the same people', () => {
    const lead = 'As the ice broke up in the bay';
    const { links } = alignPart(report(lead), transcript, `${lead}, Holm told the trawler crews`);
    assert.deepEqual(links, []);
  });

  await t.test('should still link the quote after it', () => {
    const lead = 'As the ice broke up in the bay';
    // A faithful quote's link points at the words it quotes.
    assert.deepEqual(alignPart(report(lead), transcript, QUOTE).links, [{ match: 'verbatim', to: 'The harbour stays open all winter' }]);
  });

  await t.test('should check the leading clause on its own when it has words enough', () => {
    const lead = 'After the storm closed the northern harbour for a whole week';
    const { links } = alignPart(report(lead), transcript, lead);
    assert.deepEqual(links.map((l) => l.to), [STORM]);
  });

  await t.test('should not check a long frame ending its line with a colon before the quote on the next line', () => {
    const lead = 'After the storm closed the northern harbour for a whole week';
    const frame = 'Holm told the trawler crews waiting on the quay of the old fishing village of Ness';
    const news = `Harbour to stay open\n\nErik Holm, the fisheries minister, visited the port on Monday.\n${lead}, ${frame}:\n“${QUOTE}”\n`;
    assert.deepEqual(alignPart(news, transcript, frame).links, []);
    assert.deepEqual(alignPart(news, transcript, lead).links, [{ match: 'close', to: STORM }]);
  });

  await t.test('should check a long colon frame that says more than who spoke (a second verb of saying)', () => {
    const lead = 'After the storm closed the northern harbour for a whole week';
    const frame = 'Holm told the trawler crews on the quay of Ness about the quotas and said';
    const news = `Harbour to stay open\n\nErik Holm, the fisheries minister, visited the port on Monday.\n${lead}, ${frame}:\n“${QUOTE}”\n`;
    assert.ok(alignPart(news, transcript, 'about the quotas').links.some((l) => l.to === LOOK_ALIKE));
  });

  await t.test('should check a last clause that is no frame (no quote after it)', () => {
    const told = 'As the ice broke up in the bay, Holm told the trawler crews about the new quotas in May.';
    const news = `Harbour to stay open\n\nErik Holm, the fisheries minister, visited the port on Monday. ${told}\n`;
    assert.deepEqual(alignPart(news, transcript, told).links.map((l) => l.to), [LOOK_ALIKE]);
  });
});
