/**
 * A figure the report gives in its own words (`soleFigure` in alignAccounts.ts): a number of
 * three digits or more, no year, that one passage of the transcript holds and no other is
 * linked there, whatever words carry it ("killing all 143 people aboard" / "143 lives were
 * lost"). A figure two passages hold, a short one and a year stay as they were.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignPart } from './alignedReport';

const LOST = 'I must say that 143 lives were lost in the disaster.';
const transcript = (extra = ''): string => `MS. LUND: Good morning. The minister will take a few questions.\n\nMINISTER HOLM: Thank you. The harbour stays open all winter. ${LOST} Our thoughts are with the families. ${extra}\n\nQ: And the ferries?\n\nMINISTER HOLM: They run as usual.\n`;
const report = (figure: string): string => `Minister visits harbour\n\nErik Holm, the fisheries minister, visited the port on Monday. The visit came days after a trawler went down off the coast, killing all ${figure} aboard.\n`;

test('a figure only one passage holds', async (t) => {
  await t.test('should link the figure to the one passage that holds it', () => {
    assert.deepEqual(alignPart(report('143 people'), transcript(), '143 people').links.map((l) => l.to), [LOST]);
  });

  await t.test('should not link a figure that two passages hold', () => {
    const { links } = alignPart(report('143 people'), transcript('We have also ordered 143 new nets for the fleet.'), '143 people');
    assert.deepEqual(links, []);
  });

  await t.test('should not link a figure of fewer than three digits', () => {
    const text = transcript().replace('143 lives', '14 lives');
    assert.deepEqual(alignPart(report('14 people'), text, '14 people').links, []);
  });
});
