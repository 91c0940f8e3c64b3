import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyHandAnnotations } from '../../../src/core/hand/apply';
import { handTargetFor } from '../../../src/core/hand/create';
import type { HandAnnotation } from '../../../src/core/hand/model';
import type { AnnotationSet } from '../../../src/core/model/annotation';
import { pairAccounts, pairSet, spanOf } from './handPair';

const REPORT = 'Minister Lena Ortiz said Peru will "double exports by 2030". Jordan agreed.';
const TRANSCRIPT = 'LENA ORTIZ: We will double exports by 2030.\nQUESTION: And Jordan?';
const R = 'file:///w/report.txt';
const T = 'file:///w/transcript.txt';
const PAIR = { report: REPORT, transcript: TRANSCRIPT, reportUri: R, transcriptUri: T };
const span = spanOf;
const quote = span(REPORT, '"double exports by 2030"');
const tClaim = span(TRANSCRIPT, 'We will double exports by 2030.');

function autoSet(): AnnotationSet {
  return pairSet(PAIR, {
    entities: [
      { id: 'p1', kind: 'person', name: 'Lena Ortiz', aliases: ['LENA ORTIZ'], speaker: true },
      { id: 'p2', kind: 'person', name: 'Jordan', aliases: [] },
      { id: 'c1', kind: 'country', name: 'Peru', iso: 'PE', aliases: [] },
    ],
    annotations: [
      { id: 'a1', document: 'd1', kind: 'person', ...span(REPORT, 'Lena Ortiz'), text: 'Lena Ortiz', entity: 'p1' },
      { id: 'a2', document: 'd1', kind: 'country', ...span(REPORT, 'Peru'), text: 'Peru', entity: 'c1' },
      { id: 'a3', document: 'd1', kind: 'claim', ...quote, text: REPORT.slice(quote.start, quote.end), claimType: 'quote', rule: 'claim/said-before-quote' },
      { id: 'a4', document: 'd1', kind: 'person', ...span(REPORT, 'Jordan'), text: 'Jordan', entity: 'p2' },
      { id: 'a5', document: 'd2', kind: 'claim', ...tClaim, text: TRANSCRIPT.slice(tClaim.start, tClaim.end), speaker: 'p1', claimType: 'statement' },
    ],
    unmatched: [{ document: 'd1', ...quote, annotation: 'a3', reason: 'unsupported' }],
  });
}

let n = 0;
const base = () => ({ id: `urn:uuid:h-${++n}`, created: '2026-01-01T00:00:00Z' });
const accounts = (reportHand: HandAnnotation[], reportText = REPORT, transcriptHand: HandAnnotation[] = []) => pairAccounts(PAIR, reportHand, reportText, transcriptHand);

test('applyHandAnnotations', async (t) => {
  await t.test('should return the set unchanged when there is no hand annotation', () => {
    const set = autoSet();
    assert.equal(applyHandAnnotations(set, accounts([])).set, set);
  });

  await t.test('should retag an automatic person as a country, resolving the entity by ISO code', () => {
    const hand: HandAnnotation = { ...base(), action: 'tag', kind: 'country', entity: 'Jordan', iso: 'JO', target: handTargetFor(R, R, REPORT, span(REPORT, 'Jordan')) };
    const { set, placed, orphans } = applyHandAnnotations(autoSet(), accounts([hand]));
    assert.equal(orphans.length, 0);
    assert.equal(placed[0].range.method, 'position');
    const jordan = set.annotations.filter((a) => a.text === 'Jordan');
    assert.equal(jordan.length, 1);
    assert.equal(jordan[0].kind, 'country');
    assert.equal(jordan[0].origin, 'hand');
    const entity = set.entities.find((e) => e.id === jordan[0].entity)!;
    assert.deepEqual([entity.kind, entity.name, entity.iso], ['country', 'Jordan', 'JO']);
    // The person entity nothing points at any more is kept (it came from the automatic layer).
    assert.ok(set.entities.some((e) => e.id === 'p2'));
  });

  await t.test('should replace the automatic mention a hand tag overlaps, so the mention counts once', () => {
    // "Lena Ortiz" is an automatic person; the user tags "Ortiz" inside it as the person.
    const inner = { start: REPORT.indexOf('Ortiz'), end: REPORT.indexOf('Ortiz') + 'Ortiz'.length };
    const hand: HandAnnotation = { ...base(), action: 'tag', kind: 'person', entity: 'Lena Ortiz', target: handTargetFor(R, R, REPORT, inner) };
    const { set } = applyHandAnnotations(autoSet(), accounts([hand]));
    const persons = set.annotations.filter((a) => a.document === 'd1' && a.kind === 'person' && a.start < inner.end && inner.start < a.end);
    assert.deepEqual(persons.map((a) => [a.text, a.origin]), [['Ortiz', 'hand']]);
    assert.equal(set.annotations.filter((a) => a.entity === 'p1').length, 1);
  });

  await t.test('should keep automatic mentions a hand tag does not overlap, and claims around it', () => {
    const inner = { start: REPORT.indexOf('Ortiz'), end: REPORT.indexOf('Ortiz') + 'Ortiz'.length };
    const hand: HandAnnotation = { ...base(), action: 'tag', kind: 'person', entity: 'Lena Ortiz', target: handTargetFor(R, R, REPORT, inner) };
    const { set } = applyHandAnnotations(autoSet(), accounts([hand]));
    for (const id of ['a2', 'a3', 'a4', 'a5']) assert.ok(set.annotations.some((a) => a.id === id), `${id} is kept`);
  });

  await t.test('should add a person mention to a known entity by alias and record the surface form', () => {
    const text = REPORT.replace('Jordan agreed.', 'Ortiz agreed.');
    const hand: HandAnnotation = { ...base(), action: 'tag', kind: 'person', entity: 'lena ortiz', target: handTargetFor(R, R, text, { start: text.indexOf('Ortiz agreed'), end: text.indexOf('Ortiz agreed') + 5 }) };
    const { set } = applyHandAnnotations(autoSet(), accounts([hand], text));
    const added = set.annotations.find((a) => a.origin === 'hand')!;
    assert.equal(added.entity, 'p1');
    assert.ok(set.entities.find((e) => e.id === 'p1')!.aliases.includes('Ortiz'));
  });

  await t.test('should reject an automatic annotation with its unsupported mark', () => {
    const hand: HandAnnotation = { ...base(), action: 'reject', kind: 'claim', target: handTargetFor(R, R, REPORT, quote) };
    const { set } = applyHandAnnotations(autoSet(), accounts([hand]));
    assert.equal(set.annotations.some((a) => a.id === 'a3'), false);
    assert.equal(set.unmatched.length, 0);
  });

  await t.test('should set the speaker of a claim, adding the person when new', () => {
    const hand: HandAnnotation = { ...base(), action: 'setSpeaker', speaker: 'Rosa Quispe', target: handTargetFor(R, R, REPORT, quote) };
    const { set } = applyHandAnnotations(autoSet(), accounts([hand]));
    const claim = set.annotations.find((a) => a.id === 'a3')!;
    const speaker = set.entities.find((e) => e.id === claim.speaker)!;
    assert.deepEqual([speaker.name, speaker.speaker, claim.origin], ['Rosa Quispe', true, 'hand']);
    assert.equal(claim.rule, undefined, 'a hand annotation has no rule id');
  });

  await t.test('should link a claim to its counterpart and clear its unsupported mark, then unlink it', () => {
    const link: HandAnnotation = { ...base(), action: 'link', match: 'close', target: handTargetFor(R, R, REPORT, quote), counterpart: handTargetFor(R, T, TRANSCRIPT, tClaim) };
    const linked = applyHandAnnotations(autoSet(), accounts([link])).set;
    assert.equal(linked.crossReferences.length, 1);
    assert.deepEqual(linked.crossReferences[0], { id: 'x1', from: { document: 'd1', ...quote }, to: { document: 'd2', ...tClaim }, score: 1, match: 'close', origin: 'hand', annotation: 'a3' });
    assert.equal(linked.unmatched.length, 0);
    const unlink: HandAnnotation = { ...base(), action: 'unlink', target: handTargetFor(R, R, REPORT, quote), counterpart: handTargetFor(R, T, TRANSCRIPT, tClaim) };
    const unlinked = applyHandAnnotations(autoSet(), accounts([link, unlink])).set;
    assert.equal(unlinked.crossReferences.length, 0);
    assert.deepEqual(unlinked.unmatched, [{ document: 'd1', ...quote, annotation: 'a3', reason: 'unsupported' }]);
  });

  await t.test('should store a link made from the transcript as report → transcript', () => {
    const link: HandAnnotation = { ...base(), action: 'link', match: 'verbatim', target: handTargetFor(T, T, TRANSCRIPT, tClaim), counterpart: handTargetFor(T, R, REPORT, quote) };
    const { set } = applyHandAnnotations(autoSet(), accounts([], REPORT, [link]));
    assert.equal(set.crossReferences[0].from.document, 'd1');
    assert.equal(set.crossReferences[0].to.document, 'd2');
  });

  await t.test('should follow a hand annotation after the text moved', () => {
    const hand: HandAnnotation = { ...base(), action: 'tag', kind: 'country', entity: 'Jordan', iso: 'JO', target: handTargetFor(R, R, REPORT, span(REPORT, 'Jordan')) };
    const edited = `Updated. ${REPORT}`;
    const { set, placed } = applyHandAnnotations(autoSet(), accounts([hand], edited));
    assert.equal(placed[0].range.method, 'quote');
    const added = set.annotations.find((a) => a.origin === 'hand')!;
    assert.equal(edited.slice(added.start, added.end), 'Jordan');
  });

  await t.test('should list as orphaned, with a reason, what cannot be placed', () => {
    const gone: HandAnnotation = { ...base(), action: 'tag', kind: 'claim', target: handTargetFor(R, R, REPORT, quote) };
    const elsewhere: HandAnnotation = { ...base(), action: 'link', match: 'close', target: handTargetFor(R, R, REPORT, quote), counterpart: handTargetFor(R, 'file:///w/other/transcript.txt', TRANSCRIPT, tClaim) };
    const text = REPORT.replace('"double exports by 2030"', 'nothing of the sort');
    const { orphans, placed } = applyHandAnnotations(autoSet(), [
      { docId: 'd1', uri: R, text, hand: [gone] },
      { docId: 'd2', uri: T, text: TRANSCRIPT, hand: [] },
    ]);
    assert.equal(placed.length, 0);
    assert.equal(orphans.length, 1);
    assert.match(orphans[0].reason, /no longer in the text/);
    const missing = applyHandAnnotations(autoSet(), accounts([elsewhere])).orphans;
    assert.match(missing[0].reason, /other\/transcript\.txt is not paired/);
  });

  await t.test('should make a hand claim win over the automatic one of the same span, keeping its links', () => {
    const auto = { ...autoSet(), crossReferences: [{ id: 'x1', from: { document: 'd1', ...quote }, to: { document: 'd2', ...tClaim }, score: 0.7, match: 'paraphrase' as const, annotation: 'a3' }], unmatched: [] };
    const hand: HandAnnotation = { ...base(), action: 'tag', kind: 'claim', claimType: 'reported', speaker: 'Lena Ortiz', target: handTargetFor(R, R, REPORT, quote) };
    const { set } = applyHandAnnotations(auto, accounts([hand]));
    const claims = set.annotations.filter((a) => a.kind === 'claim' && a.document === 'd1');
    assert.equal(claims.length, 1);
    assert.deepEqual([claims[0].claimType, claims[0].speaker, claims[0].origin, claims[0].rule], ['reported', 'p1', 'hand', undefined]);
    assert.equal(set.crossReferences[0].annotation, claims[0].id);
  });

  await t.test('should apply hand annotations over a set of 300,000 annotations and cross-references', () => {
    // Math.max(...ids) of that many values threw RangeError (too many arguments).
    const many = 300_000;
    const auto = autoSet();
    const filler = Array.from({ length: many }, (_, i) => ({ id: `a${i + 10}`, document: 'd2', kind: 'person' as const, start: 0, end: 4, text: TRANSCRIPT.slice(0, 4), entity: 'p1' }));
    const links = Array.from({ length: many }, (_, i) => ({ id: `x${i + 1}`, from: { document: 'd1', ...quote }, to: { document: 'd2', ...tClaim }, score: 0.5, match: 'partial' as const }));
    const persons = Array.from({ length: many }, (_, i) => ({ id: `p${i + 10}`, kind: 'person' as const, name: `Person ${i}`, aliases: [] }));
    const big = { ...auto, entities: [...auto.entities, ...persons], annotations: [...auto.annotations, ...filler], crossReferences: links };
    const tag: HandAnnotation = { ...base(), action: 'tag', kind: 'person', entity: 'Nobody Known', target: handTargetFor(R, R, REPORT, span(REPORT, 'Jordan')) };
    const link: HandAnnotation = { ...base(), action: 'link', match: 'close', target: handTargetFor(R, R, REPORT, quote), counterpart: handTargetFor(R, T, TRANSCRIPT, tClaim) };
    const { set } = applyHandAnnotations(big, accounts([tag, link]));
    const added = set.annotations.find((a) => a.origin === 'hand')!;
    assert.equal(added.id, `a${many + 10}`);
    assert.equal(set.entities.find((e) => e.id === added.entity)!.name, 'Nobody Known');
    assert.equal(added.entity, `p${many + 10}`);
    assert.ok(set.crossReferences.some((x) => x.id === `x${many + 1}` && x.origin === 'hand'));
  });
});
