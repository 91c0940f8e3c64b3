/**
 * The core never throws and never produces an annotation outside its text, whatever the
 * input: random text, sample text mutated (CRLF, BOM-like marks, NBSP, tabs, emoji, RTL,
 * cut anywhere), and edge sizes (0 bytes). Property tests with fast-check.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { createAnnotationService, type AnnotationSet } from '../../src/core';

const samples = path.join(__dirname, '..', '..', 'samples');
const news = fs.readFileSync(path.join(samples, 'sochi-2020-news.txt'), 'utf8');
const transcript = fs.readFileSync(path.join(samples, 'sochi-2020-transcript.txt'), 'utf8');
const service = createAnnotationService();

function assertWellFormed(set: AnnotationSet, texts: readonly string[]): void {
  const ids = new Set<string>();
  for (const a of set.annotations) {
    const text = texts[Number(a.document.slice(1)) - 1]!;
    assert.ok(a.start >= 0 && a.start <= a.end && a.end <= text.length, `${a.id} out of bounds`);
    assert.equal(text.slice(a.start, a.end), a.text, `${a.id} text differs from its slice`);
    assert.ok(!ids.has(a.id), `duplicate id ${a.id}`);
    ids.add(a.id);
    if (a.entity) assert.ok(set.entities.some((e) => e.id === a.entity), `${a.id} points at a missing entity`);
    if (a.speaker) assert.ok(set.entities.some((e) => e.id === a.speaker && e.kind === 'person'), `${a.id} has a missing speaker`);
  }
}

/** Inserts, replaces or deletes characters of `base` with awkward ones. */
const mutation = fc.array(
  fc.record({
    at: fc.nat(),
    cut: fc.nat({ max: 40 }),
    insert: fc.constantFrom('\r\n', '\ufeff', '\u00a0', '\t', '😀', '👩‍👩‍👧', 'مرحبا بالعالم', '\u202e', '“', '”', '"', '’', ':', '\n\n', 'Q ', 'MR. SMITH: ', '\\_', '\\[', '', '$', '5,000', '\u0000', '\ud800'),
  }),
  { maxLength: 25 },
);

function mutate(base: string, edits: readonly { at: number; cut: number; insert: string }[]): string {
  let s = base;
  for (const e of edits) {
    const at = s.length ? e.at % (s.length + 1) : 0;
    s = s.slice(0, at) + e.insert + s.slice(at + e.cut);
  }
  return s;
}

test('should keep every annotation inside mutated sample text', () => {
  fc.assert(
    fc.property(mutation, mutation, (a, b) => {
      const texts = [mutate(news, a), mutate(transcript, b)];
      assertWellFormed(service.annotateAccounts(texts.map((text, i) => ({ uri: `u${i}`, text }))), texts);
    }),
    { numRuns: 25 },
  );
});

test('should keep every annotation inside random text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ maxLength: 400 }), (a, b) => {
      const texts = [a, b];
      assertWellFormed(service.annotateAccounts(texts.map((text, i) => ({ uri: `u${i}`, text }))), texts);
    }),
    { numRuns: 100 },
  );
});

test('should keep CRLF offsets into the text as given', () => {
  const crlf = transcript.replace(/\n/g, '\r\n');
  const set = service.analyzeAccount(crlf, { uri: 'crlf' });
  assertWellFormed(set, [crlf]);
  assert.equal(set.annotations.filter((a) => a.kind === 'turn').length, 5);
});

test('should analyse a 0-byte and a whitespace-only account', () => {
  for (const text of ['', ' ', '\n\n\n', '\ufeff']) assertWellFormed(service.analyzeAccount(text, { uri: 'x' }), [text]);
});

test('should analyse a 20 MB account without an exception', () => {
  const pair = `${news}\n\n${transcript}\n\n`;
  const text = pair.repeat(Math.ceil(20_000_000 / pair.length)).slice(0, 20_000_000);
  const set = service.analyzeAccount(text, { uri: 'big' });
  assert.ok(set.annotations.length > 100_000);
  const step = Math.floor(set.annotations.length / 1000);
  for (let i = 0; i < set.annotations.length; i += step) {
    const a = set.annotations[i]!;
    assert.equal(text.slice(a.start, a.end), a.text);
  }
});

test('should cut a text without blank lines into units a parser can take', () => {
  const oneLine = `${news.replace(/\n+/g, ' ')} `.repeat(40);
  const set = service.analyzeAccount(oneLine, { uri: 'one-line' });
  assertWellFormed(set, [oneLine]);
  assert.ok(set.annotations.some((a) => a.kind === 'claim' && a.claimType === 'quote'));
});
