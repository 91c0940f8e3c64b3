/**
 * An attribution frame after a quote ("“…,” Holm said after talks with the trawler crews
 * in the old harbour."): it says who spoke, when and where, so it is not checked against
 * the transcript (its words would link to any look-alike that tells of the same people
 * and places). A clause it reports ("…, adding that …") is a claim and is checked.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignPart } from './alignedReport';

const QUOTE = 'The harbour stays open all winter.';
const LOOK_ALIKE = 'We held talks with the trawler crews in the old harbour in May.';
const transcript = `MS. LUND: Good morning. The minister will take a few questions.\n\nMINISTER HOLM: Thank you. ${LOOK_ALIKE} ${QUOTE}\n\nQ: And the ferries?\n\nMINISTER HOLM: They run as usual.\n`;
const report = (tail: string): string => `Harbour to stay open\n\nErik Holm, the fisheries minister, visited the port on Monday. “The harbour stays open all winter,” ${tail}\n`;

test('frames after a quote', async (t) => {
  await t.test('should not link the frame to a look-alike that tells of the same people and places', () => {
    const tail = 'Holm said after talks with the trawler crews in the old harbour.';
    const { links, unmatched } = alignPart(report(tail), transcript, tail);
    assert.deepEqual(links, []);
    assert.deepEqual(unmatched, []);
  });

  await t.test('should still link the quote before it', () => {
    const tail = 'Holm said after talks with the trawler crews in the old harbour.';
    assert.deepEqual(alignPart(report(tail), transcript, QUOTE.slice(0, -1)).links, [{ match: 'verbatim', to: 'The harbour stays open all winter' }]);
  });

  await t.test('should check a clause the frame reports', () => {
    const tail = 'Holm said, adding that he held talks with the trawler crews in the old harbour in May.';
    const { links } = alignPart(report(tail), transcript, 'he held talks with the trawler crews');
    assert.deepEqual(links.map((l) => l.to), [LOOK_ALIKE]);
  });
});

test('a frame set off from its quote by a dash', () => {
  // fires: "“…” — Holm said after …" is a frame like "“…,” Holm said after …"
  const tail = 'Holm said after talks with the trawler crews in the old harbour.';
  const dashed = `Harbour to stay open\n\nErik Holm, the fisheries minister, visited the port on Monday. “The harbour stays open all winter” — ${tail}\n`;
  assert.deepEqual(alignPart(dashed, transcript, tail).links, []);
  // must not: a dash before a sentence of the reporter's that only names the speaker
  const told = 'Holm held talks with the trawler crews in the old harbour in May.';
  const narrated = `Harbour to stay open\n\nErik Holm, the fisheries minister, visited the port on Monday. “The harbour stays open all winter” — ${told}\n`;
  assert.deepEqual(alignPart(narrated, transcript, told).links.map((l) => l.to), [LOOK_ALIKE]);
});
