/**
 * The label scan after an edit (`scanSpeakerLabels` with the scan of the version before)
 * rescans only the lines the edit reached: it must give what a scan of the new text alone
 * gives, labels, candidates and how far each read, whatever the edit (labels made, broken or
 * moved, blank lines added or taken away, stage directions cut).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { scanSpeakerLabels, type LabelScan } from '../../../../src/core/annotators/speakerLabels/find';
import { applyEdit } from '../../randomEdits';

const TEXT = [
  'Joint press conference: Harbour Summit',
  'PRESIDENT MOSSBERG: (As interpreted.) Good afternoon. We discussed trade.',
  'PRIME MINISTER OKAFOR:\n(Speaks Swahili.) Thank you.',
  'Q    Will you meet them?',
  'Tanaka: Yes.\nTanaka: And no.',
  'Bloomberg: Will the talks resume?',
  'Beth Rigby, Sky News:\nPrime Minister, a question.',
  'THE INTERPRETER: [inaudible]',
  'Note: the room was full.',
].join('\n\n');

const PIECES = ['\n\n', '\n', ' ', 'MR. SMITH: ', 'Q: ', 'Q ', ':', '(As interpreted.) ', '[crosstalk] ', 'Tanaka:', 'words', '?', '.', '**', 'Rigby, Reuters:\n'];

/** The scan as plain data (candidates' objects compared by value). */
const plain = (r: { labels: unknown; scan: LabelScan }) => ({ labels: r.labels, candidates: r.scan.candidates, reads: r.scan.reads, text: r.scan.text });

test('speaker label scan after an edit', async (t) => {
  await t.test('should give what a fresh scan gives after random edits', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 })), fc.constantFrom('', ...PIECES)), { minLength: 1, maxLength: 6 }), (edits) => {
        let text = TEXT;
        let scan = scanSpeakerLabels(text, undefined).scan;
        for (const [at, remove, insert] of edits) {
          text = applyEdit(text, at, remove, insert);
          const after = scanSpeakerLabels(text, scan);
          assert.deepEqual(plain(after), plain(scanSpeakerLabels(text, undefined)));
          scan = after.scan;
        }
      }),
      { numRuns: 400 },
    );
  });

  await t.test('should take the candidates before and after a one-word edit as they were (moved after it)', () => {
    const text = [TEXT, TEXT, TEXT].join('\n\n');
    const { scan } = scanSpeakerLabels(text, undefined);
    const at = text.indexOf('Thank you', TEXT.length);
    const edited = `${text.slice(0, at)}Many thanks${text.slice(at + 'Thank you'.length)}`;
    const after = scanSpeakerLabels(edited, scan).scan;
    // before the edit: the same objects; after it: moved by the length change
    assert.equal(after.candidates[0], scan.candidates[0]);
    const last = scan.candidates[scan.candidates.length - 1]!;
    assert.equal(after.candidates[after.candidates.length - 1]!.start, last.start + 2);
  });

  await t.test('should scan again a label whose stage directions the edit reached', () => {
    const text = 'PRESIDENT LEE: (As interpreted.) Hello.\n\nMR. SMITH: Yes.';
    const { scan } = scanSpeakerLabels(text, undefined);
    const edited = text.replace('(As interpreted.)', '(and I quote)');
    const after = scanSpeakerLabels(edited, scan);
    assert.equal(after.labels[0]!.bodyStart, 'PRESIDENT LEE: '.length);
  });

  await t.test('should scan again a label when stage directions are put where its words started', () => {
    // on the next line: the label's own line is unchanged
    const text = 'MR. SMITH:\nHello.\n\nMR. JONES: Yes.';
    const { scan } = scanSpeakerLabels(text, undefined);
    const edited = text.replace('MR. SMITH:\n', 'MR. SMITH:\n(As interpreted.) ');
    assert.equal(scanSpeakerLabels(edited, scan).labels[0]!.bodyStart, 'MR. SMITH:\n(As interpreted.) '.length);
  });

  await t.test('should scan again a line after one that became blank', () => {
    // "Q" opens a turn only at a paragraph's start: the line before it decides
    const text = 'Intro\nx \nQ    Will you?\n\nMR. JONES: Yes.';
    const { scan } = scanSpeakerLabels(text, undefined);
    assert.equal(scanSpeakerLabels(text, undefined).labels.length, 1);
    const edited = text.replace('x \n', ' \n');
    assert.deepEqual(scanSpeakerLabels(edited, scan).labels.map((l) => l.label), ['Question', 'MR. JONES']);
  });
});
