/**
 * Blank-line cuts after an edit (`blankLineCutsAfterEdit`): only the line feeds the edit
 * reached are looked at, and the result must be what `blankLineCuts` gives on the new text,
 * whatever the edit (blank lines made or filled, runs of them, white space of every kind,
 * CR LF line ends). And the units split at given cuts are those split without them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { blankLineCuts, blankLineCutsAfterEdit, splitParagraphs } from '../../../src/core/text/paragraphs';
import { applyEdit } from '../randomEdits';

const TEXT = 'Opening words.\n\nA second paragraph\nwith two lines.\r\n\r\nThird.\n \t\n\n\nFourth, after blank lines.\n\u00a0\nLast';
const PIECES = ['\n', '\n\n', ' ', '\t', '\r\n', '\u3000', 'x', 'words.', '\n \n'];

test('blank line cuts after an edit', async (t) => {
  await t.test('should give the cuts of the new text after random edits', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 6 }), fc.constantFrom('', ...PIECES)), { minLength: 1, maxLength: 8 }), (edits) => {
        let text = TEXT;
        let cuts = blankLineCuts(text);
        for (const [at, remove, insert] of edits) {
          const next = applyEdit(text, at, remove, insert);
          cuts = blankLineCutsAfterEdit(text, cuts, next);
          text = next;
          assert.deepEqual(cuts, blankLineCuts(text));
        }
      }),
      { numRuns: 500 },
    );
  });

  await t.test('should cut at the line feed ending each blank line', () => {
    assert.deepEqual(blankLineCuts('a\n\nb\n \n\nc\nd'), [2, 6, 7]);
  });

  await t.test('should split at given cuts as without them, with breaks in any order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -2, max: TEXT.length + 2 }), { maxLength: 6 }), (breaks) => {
        const units = splitParagraphs(TEXT, breaks);
        assert.deepEqual(splitParagraphs(TEXT, breaks, blankLineCuts(TEXT)), units);
        // a unit starts at each break inside the text that is not white space
        for (const b of breaks) if (b > 0 && b < TEXT.length && TEXT.slice(b).trim() && !/\s/.test(TEXT[b]!)) assert.ok(units.some((u) => u.start === b), `a unit at ${b}`);
      }),
    );
  });
});
