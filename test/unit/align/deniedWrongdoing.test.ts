/**
 * A denial of wrongdoing: a report's "Varga denied any wrongdoing over …" is linked to
 * where Varga denies it in other words ("there was never any hint of misconduct"),
 * though the two share no content word. Not to wrongdoing she does not deny, not to
 * another speaker's denial, and not for a denier who is no speaker of the event.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignPart } from './alignedReport';
import { denierOf, deniesWrongdoing } from '../../../src/core/align/deniedWrongdoing';
import { termTable } from '../../../src/core/align/terms';
import { termsIn } from '../../../src/core/align/passages';

const DENIES = 'There was never any hint of misconduct on my part.';
const transcript = (varga: string, brel = 'We will look at the harbour accounts next week.'): string => [
  'Doorstop, Lenz harbour',
  '',
  `CHANCELLOR VARGA: Good morning. The ferry company was a small firm on the lake. ${varga} Now to the harbour.`,
  '',
  'Q: Chancellor, will the audit go on?',
  '',
  `MINISTER BREL: ${brel} The audit goes on.`,
  '',
].join('\n');
const CLAIM = 'Chancellor Ilse Varga on Friday denied any wrongdoing over the sale of her shares in a ferry company.';

function linksOf(text: string, claim = CLAIM): string[] {
  const news = `Varga named in ferry audit\n\nLENZ: The harbour audit was published on Thursday.\n\n${claim}\n\nMinister Tomas Brel said the audit would go on.\n`;
  return alignPart(news, text, claim).links.map((l) => l.to);
}

test('a denial of wrongdoing', async (t) => {
  await t.test("should link the report's denial to the speaker's own denial in other words", () => {
    assert.deepEqual(linksOf(transcript(DENIES)), [DENIES]);
  });
  await t.test('should not link to wrongdoing the speaker does not deny', () => {
    const admits = 'There was some impropriety in the old board.';
    assert.ok(!linksOf(transcript(admits)).includes(admits));
  });
  await t.test("should not link to another speaker's denial", () => {
    const other = 'There was never any hint of misconduct by the minister.';
    assert.ok(!linksOf(transcript('The books are open to all.', other)).includes(other));
  });
  await t.test('should not link a denial by someone who does not speak at the event', () => {
    const claim = 'Harbour master Olaf Dune on Friday denied any wrongdoing over the sale of his shares in a ferry company.';
    assert.ok(!linksOf(transcript(DENIES), claim).includes(DENIES));
  });
  await t.test('should read the denier and the denial', () => {
    const span = (s: string) => termsIn(termTable(s, [], new Map()), { start: 0, end: s.length });
    assert.equal(deniesWrongdoing(span(DENIES)), true);
    assert.equal(deniesWrongdoing(span('I did nothing improper.')), true);
    assert.equal(deniesWrongdoing(span('We did not wait, because it was illegal.')), false);
    // a negation ends at clause punctuation: what follows it is affirmed
    assert.equal(deniesWrongdoing(span('No, the old board was corrupt.')), false);
    // an idiom of speech denies nothing; a plain "nothing wrong" does
    assert.equal(deniesWrongdoing(span("Don't get me wrong, the old board was wrong to sell the quay.")), false);
    assert.equal(deniesWrongdoing(span('We did nothing wrong.')), true);
    assert.equal(deniesWrongdoing(span('We did not wait, it was illegal.')), false);
    assert.equal(deniesWrongdoing(span('Not at all; the deal was improper.')), false);
    assert.equal(denierOf(span('the board denied any wrongdoing'), new Set()), undefined);
  });
});
