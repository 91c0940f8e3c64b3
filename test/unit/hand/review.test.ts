/**
 * Verdicts and notes (hand `assess` / `comment`): stored in the sidecar as W3C
 * `assessing` / `commenting` annotations with a creator, applied onto the set's `review`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { applyHandAnnotations } from '../../../src/core/hand/apply';
import { handTargetFor } from '../../../src/core/hand/create';
import type { HandAnnotation } from '../../../src/core/hand/model';
import { createSidecarCodec, SIDECAR_VERSION } from '../../../src/core/hand/sidecar';
import { SidecarError } from '../../../src/core/hand/sidecarError';
import type { AnnotationSet } from '../../../src/core/model/annotation';
import { pairAccounts, pairSet, spanOf } from './handPair';

const REPORT = 'Mayor Ines Varga said the bridge "will open in May". Critics disagreed.';
const TRANSCRIPT = 'INES VARGA: The bridge will open in June.';
const R = 'file:///w/report.txt';
const T = 'file:///w/transcript.txt';
const PAIR = { report: REPORT, transcript: TRANSCRIPT, reportUri: R, transcriptUri: T };
const span = spanOf;
const quote = span(REPORT, '"will open in May"');
const tClaim = span(TRANSCRIPT, 'The bridge will open in June.');

function autoSet(): AnnotationSet {
  return pairSet(PAIR, {
    entities: [{ id: 'p1', kind: 'person', name: 'Ines Varga', aliases: [], speaker: true }],
    annotations: [
      { id: 'a1', document: 'd1', kind: 'claim', ...quote, text: REPORT.slice(quote.start, quote.end), speaker: 'p1', claimType: 'quote' },
      { id: 'a2', document: 'd2', kind: 'claim', ...tClaim, text: TRANSCRIPT.slice(tClaim.start, tClaim.end), speaker: 'p1', claimType: 'statement' },
    ],
    crossReferences: [{ id: 'x1', from: { document: 'd1', ...quote }, to: { document: 'd2', ...tClaim }, score: 0.7, match: 'close', annotation: 'a1' }],
  });
}

let n = 0;
const base = (creator?: string, created = '2026-03-01T10:00:00.000Z') => ({ id: `urn:uuid:00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, created, ...(creator !== undefined && { creator }) });
const onClaim = () => handTargetFor(R, R, REPORT, quote);
const onLink = () => ({ target: handTargetFor(R, R, REPORT, quote), counterpart: handTargetFor(R, T, TRANSCRIPT, tClaim) });
const accounts = (hand: HandAnnotation[], reportText = REPORT) => pairAccounts(PAIR, hand, reportText);

test('review in the sidecar', async (t) => {
  const codec = createSidecarCodec();

  await t.test('should store a verdict and a note as assessing and commenting annotations with a named creator', () => {
    const hand: HandAnnotation[] = [
      { ...base('Dana'), action: 'assess', verdict: 'misquoted', target: onClaim() },
      { ...base('Dana'), modified: '2026-03-02T09:00:00.000Z', action: 'comment', note: 'Transcript says "June".', ...onLink() },
    ];
    const text = codec.serialize({ account: 'report.txt', annotations: hand, preserved: [] });
    const file = JSON.parse(text);
    assert.equal(file.version, 2);
    assert.deepEqual(
      file.annotations.map((a: { motivation: string; creator: unknown; body: Array<{ purpose: string; value: string }>; target: unknown }) => [a.motivation, a.creator, a.body[0]!.purpose, a.body[0]!.value, Array.isArray(a.target)]),
      [
        ['assessing', { type: 'Person', name: 'Dana' }, 'assessing', 'misquoted', false],
        ['commenting', { type: 'Person', name: 'Dana' }, 'commenting', 'Transcript says "June".', true],
      ],
    );
    assert.equal(file.annotations[1].created, '2026-03-01T10:00:00.000Z');
    assert.equal(file.annotations[1].modified, '2026-03-02T09:00:00.000Z');
    assert.equal(file.annotations[0].modified, undefined);
    assert.deepEqual(codec.parse(text).annotations, hand);
  });

  await t.test('should write version 1 when nothing needs version 2, and read version 1 files as they are', () => {
    const old: HandAnnotation = { ...base(), action: 'tag', kind: 'claim', speaker: 'Ines Varga', target: onClaim() };
    const text = codec.serialize({ account: 'report.txt', annotations: [old], preserved: [] });
    assert.equal(JSON.parse(text).version, 1);
    assert.equal(JSON.parse(text).annotations[0].creator.name, undefined);
    assert.deepEqual(codec.parse(text).annotations, [old]);
    // A creator name needs version 2 (version 1 readers would drop it on writing).
    assert.equal(JSON.parse(codec.serialize({ account: 'report.txt', annotations: [{ ...old, creator: 'Dana' }], preserved: [] })).version, 2);
  });

  await t.test('should refuse a sidecar newer than version 2, untouched', () => {
    const file = JSON.parse(codec.serialize({ account: 'report.txt', annotations: [{ ...base('Dana'), action: 'assess', verdict: 'accurate', target: onClaim() }], preserved: [] }));
    file.version = SIDECAR_VERSION + 1;
    assert.equal(SIDECAR_VERSION, 2);
    assert.throws(() => codec.parse(JSON.stringify(file)), (e: unknown) => e instanceof SidecarError && e.code === 'newer-version');
  });

  await t.test('should refuse a blank verdict, naming the entry', () => {
    const file = JSON.parse(codec.serialize({ account: 'report.txt', annotations: [{ ...base('Dana'), action: 'assess', verdict: 'accurate', target: onClaim() }], preserved: [] }));
    file.annotations[0].body[0].value = '  ';
    assert.throws(() => codec.parse(JSON.stringify(file), 'report.annotations.json'), (e: unknown) => e instanceof SidecarError && e.code === 'invalid' && /blank verdict/.test(e.message));
  });

  await t.test('should read a comment from another tool whose body has no purpose', () => {
    const file = JSON.parse(codec.serialize({ account: 'report.txt', annotations: [{ ...base(), action: 'comment', note: 'x', target: onClaim() }], preserved: [] }));
    file.annotations[0].body = { type: 'TextualBody', value: 'Check the date.' };
    const [hand] = codec.parse(JSON.stringify(file)).annotations;
    assert.equal(hand?.action === 'comment' && hand.note, 'Check the date.');
  });
});

test('review applied to the set', async (t) => {
  await t.test('should give a claim its verdict and note, with the creator and time of the last change', () => {
    const { set, orphans } = applyHandAnnotations(autoSet(), accounts([
      { ...base('Dana', '2026-03-01T10:00:00.000Z'), action: 'assess', verdict: 'needs checking', target: onClaim() },
      { ...base('Dana', '2026-03-01T11:00:00.000Z'), action: 'comment', note: 'Ask the press office.', target: onClaim() },
      { ...base('Lee', '2026-03-01T12:00:00.000Z'), action: 'assess', verdict: 'misquoted', target: onClaim() },
    ]));
    assert.equal(orphans.length, 0);
    assert.deepEqual(set.annotations.find((a) => a.id === 'a1')!.review, { verdict: 'misquoted', note: 'Ask the press office.', creator: 'Lee', modified: '2026-03-01T12:00:00.000Z' });
    assert.equal(set.annotations.find((a) => a.id === 'a2')!.review, undefined);
    const ajv = new Ajv({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'schema', 'annotation-set.schema.json'), 'utf8')));
    assert.ok(validate(set), JSON.stringify(validate.errors));
    assert.equal(validate({ ...set, annotations: [{ ...set.annotations[0], review: { verdict: '' } }] }), false);
  });

  await t.test('should clear a note with an empty one, and drop a review left empty', () => {
    const { set } = applyHandAnnotations(autoSet(), accounts([
      { ...base('Dana'), action: 'comment', note: 'Typo?', target: onClaim() },
      { ...base('Dana'), action: 'comment', note: '', target: onClaim() },
    ]));
    assert.equal(set.annotations.find((a) => a.id === 'a1')!.review, undefined);
  });

  await t.test('should review a cross-reference given from either side', () => {
    const fromTranscript: HandAnnotation = { ...base('Dana'), action: 'assess', verdict: 'misquoted', target: handTargetFor(T, T, TRANSCRIPT, tClaim), counterpart: handTargetFor(T, R, REPORT, quote) };
    const { set, orphans } = applyHandAnnotations(autoSet(), [
      { docId: 'd1', uri: R, text: REPORT, hand: [{ ...base('Dana'), action: 'comment', note: 'May vs June', ...onLink() }] },
      { docId: 'd2', uri: T, text: TRANSCRIPT, hand: [fromTranscript] },
    ]);
    assert.equal(orphans.length, 0);
    assert.deepEqual([set.crossReferences[0]!.review?.verdict, set.crossReferences[0]!.review?.note], ['misquoted', 'May vs June']);
    // The claim itself has no review: the link's verdict is the link's.
    assert.equal(set.annotations.find((a) => a.id === 'a1')!.review, undefined);
  });

  await t.test('should orphan a link verdict when no cross-reference joins the passages now', () => {
    const { set, orphans } = applyHandAnnotations({ ...autoSet(), crossReferences: [] }, accounts([{ ...base('Dana'), action: 'assess', verdict: 'accurate', ...onLink() }]));
    assert.equal(orphans.length, 1);
    assert.match(orphans[0]!.reason, /no cross-reference joins/);
    assert.equal(set.crossReferences.length, 0);
  });

  await t.test('should make a claim of a span that has none when it is given a verdict', () => {
    const critics = span(REPORT, 'Critics disagreed.');
    const { set } = applyHandAnnotations(autoSet(), accounts([{ ...base('Dana'), action: 'assess', verdict: 'unsupported', target: handTargetFor(R, R, REPORT, critics) }]));
    const claim = set.annotations.find((a) => a.start === critics.start && a.kind === 'claim')!;
    assert.deepEqual([claim.origin, claim.review?.verdict], ['hand', 'unsupported']);
  });

  await t.test('should keep the verdict of a claim retagged by hand after it, and follow the text when it moves', () => {
    const edited = `Updated: ${REPORT}`;
    const { set } = applyHandAnnotations(autoSet(), accounts([
      { ...base('Dana'), action: 'assess', verdict: 'accurate', target: onClaim() },
      { ...base('Dana'), action: 'tag', kind: 'claim', claimType: 'reported', target: onClaim() },
    ], edited));
    const claim = set.annotations.find((a) => a.kind === 'claim' && a.document === 'd1' && a.origin === 'hand')!;
    assert.equal(edited.slice(claim.start, claim.end), '"will open in May"');
    assert.deepEqual([claim.claimType, claim.review?.verdict], ['reported', 'accurate']);
  });

  await t.test('should drop the review of a rejected claim', () => {
    const { set } = applyHandAnnotations(autoSet(), accounts([
      { ...base('Dana'), action: 'assess', verdict: 'accurate', target: onClaim() },
      { ...base('Dana'), action: 'reject', kind: 'claim', target: onClaim() },
    ]));
    assert.equal(set.annotations.some((a) => a.review), false);
  });
});

test('reviewEdit', async (t) => {
  const { reviewEdit } = await import('../../../src/core/hand/review');
  await t.test('should replace the same reviewer\'s earlier verdict on the same claim, keeping its created time', () => {
    const first: HandAnnotation = { ...base('Dana', '2026-03-01T10:00:00.000Z'), action: 'assess', verdict: 'needs checking', target: onClaim() };
    const other: HandAnnotation = { ...base('Lee', '2026-03-01T10:30:00.000Z'), action: 'assess', verdict: 'accurate', target: onClaim() };
    const again: HandAnnotation = { ...base('Dana', '2026-03-02T09:00:00.000Z'), action: 'assess', verdict: 'misquoted', target: onClaim() };
    const edit = reviewEdit([first, other], again as Extract<HandAnnotation, { action: 'assess' }>);
    assert.deepEqual(edit.remove, [first.id]);
    assert.deepEqual(edit.add, [{ ...again, created: '2026-03-01T10:00:00.000Z', modified: '2026-03-02T09:00:00.000Z' }]);
  });

  await t.test('should add a verdict on a link beside the verdict on its claim, and a note beside a verdict', () => {
    const onClaimVerdict: HandAnnotation = { ...base('Dana'), action: 'assess', verdict: 'accurate', target: onClaim() };
    const linkVerdict = { ...base('Dana'), action: 'assess' as const, verdict: 'misquoted', ...onLink() };
    assert.deepEqual(reviewEdit([onClaimVerdict], linkVerdict), { add: [linkVerdict] });
    const note = { ...base('Dana'), action: 'comment' as const, note: 'x', target: onClaim() };
    assert.deepEqual(reviewEdit([onClaimVerdict], note), { add: [note] });
  });
});
