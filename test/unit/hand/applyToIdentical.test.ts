import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyHandAnnotations } from '../../../src/core/hand/apply';
import { handTagOrRejectAt, identicalCopies, type EventAccount } from '../../../src/core/hand/applyToIdentical';
import { handTargetFor } from '../../../src/core/hand/create';
import type { HandAnnotation, HandReject, HandTag } from '../../../src/core/hand/model';
import type { AnnotationSet } from '../../../src/core/model/annotation';
import { pairSet } from './handPair';

// Invented pair: "Georgia" is a person (Georgia Blake) and a country; "Jordan" stands alone and inside a name.
const REPORT = 'Georgia said trade with Jordan grew. Georgia also met Michael Jordan. Georgians cheered.';
const TRANSCRIPT = 'MS. BLAKE: Georgia and Jordan signed. Jordan will host.';
const R = 'file:///w/report.txt';
const T = 'file:///w/transcript.txt';
const all = (text: string, needle: string) => [...text.matchAll(new RegExp(needle, 'g'))].map((m) => ({ start: m.index!, end: m.index! + needle.length }));
const ACCOUNTS: EventAccount[] = [
  { docId: 'd1', uri: R, text: REPORT },
  { docId: 'd2', uri: T, text: TRANSCRIPT },
];

function autoSet(): AnnotationSet {
  const [g1, g2] = all(REPORT, 'Georgia');
  return pairSet({ report: REPORT, transcript: TRANSCRIPT, reportUri: R, transcriptUri: T }, {
    entities: [
      { id: 'p1', kind: 'person', name: 'Georgia', aliases: [] },
      { id: 'p2', kind: 'person', name: 'Michael Jordan', aliases: [] },
      { id: 'c1', kind: 'country', name: 'Georgia', iso: 'GE', aliases: [] },
    ],
    annotations: [
      { id: 'a1', document: 'd1', kind: 'person', ...g1!, text: 'Georgia', entity: 'p1' },
      { id: 'a2', document: 'd1', kind: 'person', ...g2!, text: 'Georgia', entity: 'p1' },
      { id: 'a3', document: 'd1', kind: 'person', ...all(REPORT, 'Michael Jordan')[0]!, text: 'Michael Jordan', entity: 'p2' },
      { id: 'a4', document: 'd2', kind: 'country', ...all(TRANSCRIPT, 'Georgia')[0]!, text: 'Georgia', entity: 'c1' },
    ],
  });
}

let n = 0;
const stamp = { newId: () => `urn:uuid:copy-${++n}`, created: '2026-05-06T07:08:09Z', creator: 'Rosa Diaz' };
const entry = { id: 'urn:uuid:first', created: '2026-05-06T07:00:00Z' };
const where = (copies: ReturnType<typeof identicalCopies>) => copies.map((c) => [c.uri, c.annotations.map((h) => h.target.selectors.position.start)]);

test('identicalCopies', async (t) => {
  await t.test('should repeat a retag on every identical mention of the event, and leave those already so alone', () => {
    const [first] = all(REPORT, 'Georgia');
    const tag: HandTag = { ...entry, action: 'tag', kind: 'country', entity: 'Georgia', iso: 'GE', target: handTargetFor(R, R, REPORT, first!) };
    const set = applyHandAnnotations(autoSet(), [{ ...ACCOUNTS[0]!, hand: [tag] }, { ...ACCOUNTS[1]!, hand: [] }]).set;
    const copies = identicalCopies(tag, R, ACCOUNTS, set, stamp);
    // The second "Georgia" of the report (a person); the transcript's is a country already; "Georgians" is another word.
    assert.deepEqual(where(copies), [[R, [all(REPORT, 'Georgia')[1]!.start]]]);
    const copy = copies[0]!.annotations[0]! as HandTag;
    assert.deepEqual([copy.action, copy.kind, copy.entity, copy.iso, copy.creator, copy.created], ['tag', 'country', 'Georgia', 'GE', 'Rosa Diaz', stamp.created]);
    assert.notEqual(copy.id, tag.id);
  });

  await t.test('should tag untagged whole-word occurrences in both accounts, not one inside another mention', () => {
    const [first] = all(REPORT, 'Jordan');
    const tag: HandTag = { ...entry, action: 'tag', kind: 'country', entity: 'Jordan', iso: 'JO', target: handTargetFor(R, R, REPORT, first!) };
    const set = applyHandAnnotations(autoSet(), [{ ...ACCOUNTS[0]!, hand: [tag] }, { ...ACCOUNTS[1]!, hand: [] }]).set;
    // "Michael Jordan" stays a person; both transcript mentions are tagged.
    assert.deepEqual(where(identicalCopies(tag, R, ACCOUNTS, set, stamp)), [[T, all(TRANSCRIPT, 'Jordan').map((r) => r.start)]]);
  });

  await t.test('should repeat a rejection on every annotation of that kind with the same words only', () => {
    const [first] = all(REPORT, 'Georgia');
    const reject: HandReject = { ...entry, action: 'reject', kind: 'person', target: handTargetFor(R, R, REPORT, first!) };
    const set = applyHandAnnotations(autoSet(), [{ ...ACCOUNTS[0]!, hand: [reject] }, { ...ACCOUNTS[1]!, hand: [] }]).set;
    const copies = identicalCopies(reject, R, ACCOUNTS, set, stamp);
    // The other person "Georgia"; not the transcript's country "Georgia".
    assert.deepEqual(where(copies), [[R, [all(REPORT, 'Georgia')[1]!.start]]]);
    // Applied, no person "Georgia" is left and the country stays.
    const after = applyHandAnnotations(autoSet(), [{ ...ACCOUNTS[0]!, hand: [reject, ...copies[0]!.annotations] }, { ...ACCOUNTS[1]!, hand: [] }]).set;
    assert.deepEqual(after.annotations.filter((a) => a.text === 'Georgia').map((a) => a.kind), ['country']);
  });

  await t.test('should find nothing more once applied, and nothing when the words are gone', () => {
    const [first] = all(REPORT, 'Georgia');
    const reject: HandReject = { ...entry, action: 'reject', kind: 'person', target: handTargetFor(R, R, REPORT, first!) };
    const copies = identicalCopies(reject, R, ACCOUNTS, autoSet(), stamp);
    const done = applyHandAnnotations(autoSet(), [{ ...ACCOUNTS[0]!, hand: [reject, ...copies.flatMap((c) => c.annotations)] }, { ...ACCOUNTS[1]!, hand: [] }]).set;
    assert.deepEqual(identicalCopies(reject, R, ACCOUNTS, done, stamp), []);
    const edited = [{ ...ACCOUNTS[0]!, text: 'Nothing of the kind here.' }, ACCOUNTS[1]!];
    assert.deepEqual(identicalCopies(reject, R, edited, autoSet(), stamp), []);
  });
});

test('handTagOrRejectAt', async (t) => {
  const [g1, g2] = all(REPORT, 'Georgia');
  const tag: HandTag = { ...entry, action: 'tag', kind: 'country', entity: 'Georgia', iso: 'GE', target: handTargetFor(R, R, REPORT, g1!) };
  const reject: HandReject = { ...entry, id: 'urn:uuid:second', action: 'reject', kind: 'country', target: handTargetFor(R, R, REPORT, g1!) };
  const verdict = { ...entry, id: 'urn:uuid:third', action: 'assess', verdict: 'accurate', target: handTargetFor(R, R, REPORT, g2!) } as HandAnnotation;

  await t.test('should find the latest tag or rejection whose span holds the offset, ends included', () => {
    assert.equal(handTagOrRejectAt([tag, reject], REPORT, g1!.start), reject);
    assert.equal(handTagOrRejectAt([reject, tag], REPORT, g1!.end), tag);
  });

  await t.test('should find nothing elsewhere, nor a verdict', () => {
    assert.equal(handTagOrRejectAt([tag, verdict], REPORT, g2!.start + 1), undefined);
    assert.equal(handTagOrRejectAt([], REPORT, 0), undefined);
  });

  await t.test('should find a span moved by an edit before it', () => {
    const edited = `Breaking: ${REPORT}`;
    assert.equal(handTagOrRejectAt([tag], edited, g1!.start + 10 + 2), tag);
    assert.equal(handTagOrRejectAt([tag], edited, g1!.start + 2), undefined);
  });
});
