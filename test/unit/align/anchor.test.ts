import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchorSpan, describeSpan, QUOTE_CONTEXT } from '../../../src/core/align/anchor';

const TEXT = [
  'The minister said the border would reopen in spring.',
  'Reporters asked whether the border would reopen in spring or later.',
  'She answered that talks with the neighbours had gone well.',
].join('\n');

/** Random prose: lower-case words, so an upper-case span is unique. */
const wordArb = fc.stringOf(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), { minLength: 1, maxLength: 8 });
const proseArb = fc.array(wordArb, { minLength: 1, maxLength: 60 }).map((w) => w.join(' '));
const spanArb = fc.array(fc.stringOf(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), { minLength: 2, maxLength: 9 }), { minLength: 2, maxLength: 8 }).map((w) => w.join(' '));
const insertArb = fc.stringOf(fc.constantFrom(...'abcdefghij ,.\n'), { maxLength: 40 });

test('anchorSpan', async (t) => {
  await t.test('should describe a span with 32 characters of context either side', () => {
    const start = TEXT.indexOf('talks');
    const s = describeSpan(TEXT, { start, end: start + 5 });
    assert.equal(s.quote.exact, 'talks');
    assert.equal(s.quote.prefix, TEXT.slice(start - QUOTE_CONTEXT, start));
    assert.equal(s.quote.suffix, TEXT.slice(start + 5, start + 5 + QUOTE_CONTEXT));
    assert.deepEqual(s.position, { type: 'TextPositionSelector', start, end: start + 5 });
  });

  await t.test('should reject a range outside the text with an explanation', () => {
    assert.throws(() => describeSpan('abc', { start: 2, end: 9 }), /3 characters long/);
  });

  await t.test('should use the position when the text is unchanged', () => {
    const start = TEXT.indexOf('border');
    const r = anchorSpan(TEXT, describeSpan(TEXT, { start, end: start + 6 }));
    assert.deepEqual(r, { start, end: start + 6, method: 'position', score: 1 });
  });

  await t.test('should choose among repeated quotes by their context', () => {
    const second = TEXT.indexOf('the border would reopen', 60);
    const selectors = describeSpan(TEXT, { start: second, end: second + 23 });
    const edited = 'Summary first. ' + TEXT;
    const r = anchorSpan(edited, selectors);
    assert.equal(r?.method, 'quote');
    assert.equal(r?.start, second + 15);
  });

  await t.test('should find a slightly edited quote near its old position', () => {
    const start = TEXT.indexOf('talks with the neighbours');
    const selectors = describeSpan(TEXT, { start, end: start + 25 });
    const edited = TEXT.replace('talks with the neighbours', 'talks with the neighbors');
    const r = anchorSpan(edited, selectors);
    assert.equal(r?.method, 'fuzzy');
    assert.equal(edited.slice(r!.start, r!.end), 'talks with the neighbors');
    assert.ok(r!.score < 1);
  });

  await t.test('should orphan a span whose text is gone', () => {
    const start = TEXT.indexOf('talks with the neighbours');
    const selectors = describeSpan(TEXT, { start, end: start + 25 });
    assert.equal(anchorSpan(TEXT.replace('talks with the neighbours had gone well', 'nothing'), selectors), null);
    assert.equal(anchorSpan('', selectors), null);
  });

  await t.test('should keep a span anchored exactly after random edits before or after it', () => {
    fc.assert(
      fc.property(proseArb, spanArb, proseArb, fc.boolean(), fc.nat(), fc.nat(), insertArb, (before, span, after, editBefore, a, b, inserted) => {
        const text = `${before} ${span} ${after}`;
        const start = before.length + 1;
        const end = start + span.length;
        const selectors = describeSpan(text, { start, end });
        // Replace [x, y) by `inserted`, entirely on one side of the span.
        const [lo, hi] = editBefore ? [0, start] : [end, text.length];
        const x = lo + (a % (hi - lo + 1));
        const y = x + (b % (hi - x + 1));
        const edited = text.slice(0, x) + inserted + text.slice(y);
        const shift = editBefore ? inserted.length - (y - x) : 0;
        const r = anchorSpan(edited, selectors);
        assert.ok(r, 'an unchanged quote must never be orphaned');
        assert.equal(edited.slice(r.start, r.end), span);
        assert.equal(r.start, start + shift);
      }),
      { numRuns: 300 },
    );
  });

  await t.test('should anchor a span edited inside it to the edited span, or orphan it, never elsewhere', () => {
    fc.assert(
      fc.property(proseArb, spanArb, proseArb, fc.nat(), fc.nat(3), insertArb, (before, span, after, a, len, inserted) => {
        fc.pre(span.length >= 8);
        const text = `${before} ${span} ${after}`;
        const start = before.length + 1;
        const end = start + span.length;
        const selectors = describeSpan(text, { start, end });
        // Strictly inside: an insertion at `start` is an edit before the span.
        const x = start + 1 + (a % (span.length - 1));
        const y = Math.min(end, x + len);
        const small = inserted.slice(0, 3);
        const edited = text.slice(0, x) + small + text.slice(y);
        const mappedEnd = end + small.length - (y - x);
        const r = anchorSpan(edited, selectors);
        if (r === null) return; // orphaned: kept and listed by the caller
        const tolerance = Math.floor(span.length / 4);
        // Inside the edited span, give or take the edits the fuzzy match allows: a match
        // may be as long as the original quote plus those edits, even after a deletion.
        assert.ok(r.start >= start - tolerance, `start ${r.start} vs ${start}`);
        assert.ok(r.end <= Math.max(mappedEnd, start + span.length) + tolerance, `end ${r.end} vs ${mappedEnd}`);
        // Overlaps the edited span by at least half of it.
        const overlap = Math.min(r.end, mappedEnd) - Math.max(r.start, start);
        assert.ok(overlap >= (mappedEnd - start) / 2);
      }),
      { numRuns: 300 },
    );
  });

  await t.test('should orphan a span deleted by an edit, never anchor it elsewhere', () => {
    fc.assert(
      fc.property(proseArb, spanArb, proseArb, insertArb, (before, span, after, inserted) => {
        const text = `${before} ${span} ${after}`;
        const start = before.length + 1;
        const selectors = describeSpan(text, { start, end: start + span.length });
        const edited = `${before} ${inserted} ${after}`;
        assert.equal(anchorSpan(edited, selectors), null);
      }),
      { numRuns: 200 },
    );
  });
});

test('anchorSpan with short quotes', async (t) => {
  await t.test('should orphan a deleted name rather than move it to the same name elsewhere', () => {
    const text = 'Talks with Chile went well. Later, the Peru delegation left. Chile will host the next round.';
    const start = text.indexOf('Peru');
    const selectors = describeSpan(text, { start, end: start + 4 });
    const edited = text.replace('the Peru delegation left', 'the delegation from Lima left') + ' Peru abstained.';
    assert.equal(anchorSpan(edited, selectors), null);
  });

  await t.test('should follow a short quote whose context changed on one side only', () => {
    const text = 'Talks with Chile went well. Later, the Peru delegation left. Chile will host the next round.';
    const start = text.indexOf('Peru');
    const selectors = describeSpan(text, { start, end: start + 4 });
    const edited = text.replace('Talks with Chile went well. Later, the', 'A new opening sentence. The');
    const r = anchorSpan(edited, selectors);
    assert.equal(edited.slice(r!.start, r!.end), 'Peru');
  });

  await t.test('should orphan a short deleted span at the very start of the text, not match it later', () => {
    const text = 'Kenya said yes. Others said no; Kenya again said yes.';
    const selectors = describeSpan(text, { start: 0, end: 5 });
    assert.equal(anchorSpan(text.replace('Kenya said yes. ', 'Somebody said maybe. '), selectors), null);
  });
});

test('anchorSpan with long quotes', async (t) => {
  const sentence = (i: number) => `Sentence ${i} reports that delegation ${i * 7} discussed item ${i * 13} at length. `;
  const text = Array.from({ length: 200 }, (_, i) => sentence(i)).join('');
  const start = text.indexOf(sentence(80));
  const end = text.indexOf(sentence(110));
  const selectors = describeSpan(text, { start, end });

  await t.test('should find a long passage edited inside by its two ends', () => {
    const edited = `Preface. ${text.slice(0, start + 500)}[an inserted remark]${text.slice(start + 520)}`;
    const r = anchorSpan(edited, selectors);
    assert.equal(r?.method, 'fuzzy');
    assert.equal(r?.start, start + 9);
    assert.equal(r?.end, end + 9 + '[an inserted remark]'.length - 20);
  });

  await t.test('should orphan a long passage whose end was deleted', () => {
    const edited = text.slice(0, end - 300) + text.slice(end + 200);
    assert.equal(anchorSpan(edited, selectors), null);
  });
});

test('anchorSpan with long quotes, property', async (t) => {
  const longSpanArb = fc.array(fc.stringOf(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), { minLength: 2, maxLength: 9 }), { minLength: 60, maxLength: 120 }).map((w) => w.join(' '));
  await t.test('should anchor a long span edited inside to the edited span, or orphan it', () => {
    fc.assert(
      fc.property(proseArb, longSpanArb, proseArb, fc.nat(), fc.nat(40), insertArb, (before, span, after, a, len, inserted) => {
        fc.pre(span.length > 300);
        const text = `${before} ${span} ${after}`;
        const start = before.length + 1;
        const end = start + span.length;
        const selectors = describeSpan(text, { start, end });
        // An edit well inside: the first and last 150 characters stay.
        const x = start + 150 + (a % (span.length - 300));
        const y = Math.min(end - 150, x + len);
        const edited = text.slice(0, x) + inserted + text.slice(y);
        const r = anchorSpan(edited, selectors);
        if (r === null) return;
        assert.equal(r.start, start);
        assert.equal(r.end, end + inserted.length - (y - x));
      }),
      { numRuns: 100 },
    );
  });
});
