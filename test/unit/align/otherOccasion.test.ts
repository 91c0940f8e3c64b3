/**
 * Words of another occasion: reported speech the report dates by another year than the
 * transcript's dateline ("At the 2015 fair in Lenz, Varga told Brel that …" under a
 * transcript dated 2019) was not said at this event: the look-alike passage of the
 * transcript is not linked, and the words are listed as context. Not when the year is the
 * event's, bounds a span ("since 2015"), or the transcript gives no dateline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignPart } from './alignedReport';
import { datelineYears, otherOccasions } from '../../../src/core/align/otherOccasion';
import type { Annotation } from '../../../src/core/model/annotation';

const SAID = 'Our ferries will carry twice as many passengers across the lake by the autumn.';
const TRANSCRIPT = (dateline: string): string => [
  'Press statements after the talks with Chancellor Tomas Brel',
  '',
  ...(dateline ? [dateline, ''] : []),
  'Lenz',
  '',
  'CHANCELLOR VARGA: Good afternoon. Chancellor Brel and I discussed the lake.',
  '',
  `${SAID} The new pier at Dornau is open.`,
  '',
  'CHANCELLOR BREL: Thank you. We are grateful for the talks.',
  '',
].join('\n');
const CLAIM = 'the ferries would carry twice as many passengers across the lake by the autumn';

function run(lead: string, dateline = '4 May 2019') {
  const news = `Varga and Brel meet in Lenz\n\nChancellor Ilse Varga hosted Chancellor Tomas Brel on Saturday.\n\n${lead} ${CLAIM}.\n`;
  return alignPart(news, TRANSCRIPT(dateline), CLAIM);
}

test('words of another occasion', async (t) => {
  await t.test('should not link reported speech dated by another year than the event, and list it as context', () => {
    const out = run('At a trade fair in Lenz in 2015, Varga told Brel that');
    assert.deepEqual(out.links, []);
    assert.deepEqual(out.unmatched, [CLAIM]);
  });
  await t.test('should link reported speech dated by the event\'s year', () => {
    assert.ok(run('At the talks in Lenz in 2019, Varga told Brel that').links.some((l) => l.to.startsWith(SAID)));
  });
  await t.test('should link reported speech with a year that bounds a span', () => {
    assert.ok(run('Varga, in office since 2015, told Brel that').links.some((l) => l.to.startsWith(SAID)));
  });
  await t.test('should link reported speech with a year when the transcript has no dateline', () => {
    assert.ok(run('At a trade fair in Lenz in 2015, Varga told Brel that', '').links.some((l) => l.to.startsWith(SAID)));
  });
  await t.test('should link reported speech whose year names no time of saying (a thing, a count)', () => {
    for (const lead of ['Asked about the 2021 budget, Varga told Brel that', 'Looking ahead to the 2022 lake regatta, Varga told Brel that', 'Before some 2000 guests at the pier, Varga told Brel that']) {
      assert.ok(run(lead).links.some((l) => l.to.startsWith(SAID)), lead);
    }
  });
  await t.test('should read a year as a time after "in", in a date, or before the event it names', () => {
    for (const lead of ['In 2015, Varga told Brel that', 'On 4 May 2015, Varga told Brel that', 'On May 4, 2015, Varga told Brel that', 'At the 2015 Lenz summit, Varga told Brel that', 'In a 2015 interview, Varga told Brel that']) {
      const out = run(lead);
      assert.deepEqual(out.links, [], lead);
      assert.deepEqual(out.unmatched, [CLAIM], lead);
    }
  });
  await t.test('should read the years of the short lines at the head of a transcript only', () => {
    assert.deepEqual([...datelineYears('Remarks by the Chancellor\n\nThursday, 7 April 2016\n\nCHANCELLOR: In 2012 and 2014 we built the pier.\n')], ['2016']);
    assert.deepEqual([...datelineYears('CHANCELLOR: In 2012 and 2014 we built the pier, and in 2016 we opened it to every ferry on the lake.\n')], []);
  });
  await t.test('should not read a year in a relative clause before the words reported', () => {
    const text = 'Brel, who took office in 2015, said that the pier was open.';
    const claim = { kind: 'claim', claimType: 'reported', start: text.indexOf('the pier'), end: text.length - 1 } as unknown as Annotation;
    assert.deepEqual(otherOccasions(text, [claim], new Set(['2019'])), []);
    assert.equal(otherOccasions(text.replace(', who took office in 2015,', ' in 2015'), [{ ...claim, start: claim.start - 15, end: claim.end - 15 }], new Set(['2019'])).length, 1);
  });
});
