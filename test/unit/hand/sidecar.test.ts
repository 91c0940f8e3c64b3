import { test } from 'node:test';
import assert from 'node:assert/strict';
import { handTargetFor } from '../../../src/core/hand/create';
import type { HandAnnotation } from '../../../src/core/hand/model';
import { createSidecarCodec, sidecarNameFor, SIDECAR_VERSION } from '../../../src/core/hand/sidecar';
import { SidecarError } from '../../../src/core/hand/sidecarError';

const REPORT = 'Prime Minister Tomas Berg told Norway\'s parliament "we will "cut" taxes, & soon".';
const TRANSCRIPT = 'BERG: We will cut taxes soon.';
const R = 'file:///data/pair/report.txt';
const T = 'file:///data/pair/transcript.txt';
const span = (text: string, needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });

function sample(): HandAnnotation[] {
  const created = '2026-01-02T03:04:05.000Z';
  return [
    { id: 'urn:uuid:00000000-0000-4000-8000-000000000001', created, action: 'tag', kind: 'person', entity: 'Tomas Berg', target: handTargetFor(R, R, REPORT, span(REPORT, 'Tomas Berg')) },
    { id: 'urn:uuid:00000000-0000-4000-8000-000000000002', created, action: 'tag', kind: 'country', entity: 'Norway', iso: 'NO', target: handTargetFor(R, R, REPORT, span(REPORT, 'Norway')) },
    { id: 'urn:uuid:00000000-0000-4000-8000-000000000003', created, action: 'tag', kind: 'claim', speaker: 'Tomas Berg', claimType: 'quote', target: handTargetFor(R, R, REPORT, span(REPORT, '"we will "cut" taxes, & soon"')) },
    { id: 'urn:uuid:00000000-0000-4000-8000-000000000004', created, action: 'reject', kind: 'person', target: handTargetFor(R, R, REPORT, span(REPORT, 'Prime Minister')) },
    { id: 'urn:uuid:00000000-0000-4000-8000-000000000005', created, action: 'setSpeaker', speaker: 'Tomas Berg', target: handTargetFor(R, R, REPORT, span(REPORT, 'told')) },
    { id: 'urn:uuid:00000000-0000-4000-8000-000000000006', created, action: 'link', match: 'close', target: handTargetFor(R, R, REPORT, span(REPORT, 'we will')), counterpart: handTargetFor(R, T, TRANSCRIPT, span(TRANSCRIPT, 'We will cut taxes soon.')) },
    { id: 'urn:uuid:00000000-0000-4000-8000-000000000007', created, action: 'unlink', target: handTargetFor(R, R, REPORT, span(REPORT, 'we will')), counterpart: handTargetFor(R, T, TRANSCRIPT, span(TRANSCRIPT, 'BERG')) },
  ];
}

test('sidecar', async (t) => {
  const codec = createSidecarCodec();

  await t.test('should name the sidecar after the account', () => {
    assert.equal(sidecarNameFor('report.txt'), 'report.annotations.json');
    assert.equal(sidecarNameFor('notes'), 'notes.annotations.json');
  });

  await t.test('should round-trip every kind of hand annotation', () => {
    const text = codec.serialize({ account: 'report.txt', annotations: sample(), preserved: [] });
    const back = codec.parse(text);
    assert.deepEqual(back.annotations, sample());
    assert.equal(back.account, 'report.txt');
  });

  await t.test('should write readable, stable, diff-friendly JSON with relative sources', () => {
    const text = codec.serialize({ account: 'report.txt', annotations: sample(), preserved: [] });
    assert.equal(text, codec.serialize(codec.parse(text)));
    assert.match(text, /^\{\n {2}"format": "transcript-annotator\/hand",\n {2}"version": 1,\n {2}"account": "report.txt",\n {2}"annotations": \[\n {4}\{\n {6}"@context": "http:\/\/www.w3.org\/ns\/anno.jsonld",/);
    assert.ok(text.endsWith('}\n'));
    const file = JSON.parse(text);
    assert.equal(file.annotations[5].motivation, 'linking');
    assert.deepEqual(file.annotations[5].target.map((x: { source: string }) => x.source), ['report.txt', 'transcript.txt']);
    assert.equal(file.annotations[0].target.selector[0].type, 'TextQuoteSelector');
    assert.equal(file.annotations[0].target.selector[1].type, 'TextPositionSelector');
  });

  await t.test('should refuse a corrupt file with an actionable typed error', () => {
    const text = codec.serialize({ account: 'report.txt', annotations: sample(), preserved: [] });
    for (const broken of [text.slice(0, text.length / 2), `<<<<<<< HEAD\n${text}=======\n>>>>>>> other\n`, '']) {
      assert.throws(() => codec.parse(broken, 'report.annotations.json'), (e: unknown) => e instanceof SidecarError && e.code === 'corrupt' && /report\.annotations\.json.*left untouched/.test(e.message));
    }
  });

  await t.test('should refuse a newer version and say to update', () => {
    const file = JSON.parse(codec.serialize({ account: 'report.txt', annotations: sample(), preserved: [] }));
    file.version = SIDECAR_VERSION + 1;
    file.annotations[0].motivation = 'something-new';
    assert.throws(() => codec.parse(JSON.stringify(file)), (e: unknown) => e instanceof SidecarError && e.code === 'newer-version' && e.version === SIDECAR_VERSION + 1 && /update the extension/.test(e.message));
  });

  await t.test('should refuse other JSON and schema violations', () => {
    assert.throws(() => codec.parse('{"items": []}'), (e: unknown) => e instanceof SidecarError && e.code === 'not-a-sidecar');
    const file = JSON.parse(codec.serialize({ account: 'report.txt', annotations: sample(), preserved: [] }));
    file.annotations[1].target.selector[1].start = -4;
    assert.throws(() => codec.parse(JSON.stringify(file)), (e: unknown) => e instanceof SidecarError && e.code === 'invalid' && /annotations\/1/.test(e.message));
  });

  await t.test('should refuse values the annotation set cannot take, naming the entry and the reason', () => {
    const cases: Array<[(f: { annotations: Array<{ body: Array<{ value: string }>; target: { selector: Array<{ start?: number; end?: number }> } }> }) => void, RegExp]> = [
      [(f) => (f.annotations[1]!.body[2]!.value = 'usa<script>'), /ISO code "usa<script>", which is not two letters/],
      [(f) => (f.annotations[1]!.body.splice(2, 1)), /country with no ISO 3166-1 code/],
      [(f) => (f.annotations[0]!.body[1]!.value = '  '), /person with a blank name/],
      [(f) => (f.annotations[2]!.body[1]!.value = ''), /blank speaker/],
      [(f) => (f.annotations[4]!.body[1]!.value = ' '), /blank speaker/],
      [(f) => (f.annotations[0]!.target.selector[1]!.end = 0), /ends \(0\) before it starts/],
    ];
    for (const [spoil, reason] of cases) {
      const file = JSON.parse(codec.serialize({ account: 'report.txt', annotations: sample(), preserved: [] }));
      spoil(file);
      assert.throws(() => codec.parse(JSON.stringify(file), 'report.annotations.json'), (e: unknown) => e instanceof SidecarError && e.code === 'invalid' && reason.test(e.message) && /report\.annotations\.json: annotation urn:uuid:/.test(e.message) && /left untouched/.test(e.message), String(reason));
    }
  });

  await t.test('should keep valid entries it cannot apply and write them back', () => {
    const file = JSON.parse(codec.serialize({ account: 'report.txt', annotations: sample(), preserved: [] }));
    file.annotations[0].motivation = 'bookmarking';
    const parsed = codec.parse(JSON.stringify(file));
    assert.equal(parsed.annotations.length, sample().length - 1);
    assert.equal(parsed.preserved.length, 1);
    assert.ok(codec.serialize(parsed).includes('"bookmarking"'));
  });
});

test('applySidecars', async (t) => {
  const { applySidecars } = await import('../../../src/core/hand/applySidecars');
  const codec = createSidecarCodec();
  const set = {
    format: 'transcript-annotator/1' as const,
    documents: [{ id: 'd1', uri: R, role: 'report' as const, length: REPORT.length }],
    entities: [],
    annotations: [],
    crossReferences: [],
    unmatched: [],
  };
  await t.test('should apply a sidecar given as text and report an unreadable one without failing', () => {
    const sidecarText = codec.serialize({ account: 'report.txt', annotations: sample().slice(0, 2), preserved: [] });
    const applied = applySidecars(set, [{ docId: 'd1', uri: R, text: REPORT, sidecarText }]);
    assert.deepEqual(applied.set.annotations.map((a) => [a.kind, a.text, a.origin]), [['person', 'Tomas Berg', 'hand'], ['country', 'Norway', 'hand']]);
    assert.deepEqual(applied.set.entities.map((e) => e.name), ['Tomas Berg', 'Norway']);
    const broken = applySidecars(set, [{ docId: 'd1', uri: R, text: REPORT, sidecarText: '{', sidecarName: 'report.annotations.json' }]);
    assert.equal(broken.set.annotations.length, 0);
    assert.equal(broken.problems[0]?.code, 'corrupt');
  });
});
