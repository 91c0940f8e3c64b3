import { test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import schema from '../../../schema/web-annotation.schema.json';
import { toWebAnnotation, toWebAnnotationCollection } from '../../../src/core/export/webAnnotation';
import type { SpecificTarget, WebAnnotation } from '../../../src/core/export/webAnnotationTypes';
import { hostileSet, TEXTS } from './fixture';

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const targets = (a: WebAnnotation): SpecificTarget[] => (Array.isArray(a.target) ? [...a.target] : [a.target as SpecificTarget]);

test('toWebAnnotation', async (t) => {
  const collection = toWebAnnotationCollection(hostileSet(), TEXTS);
  const items = collection.first.items;

  await t.test('should validate against the Web Annotation schema', () => {
    const validate = validator();
    const parsed = JSON.parse(toWebAnnotation(hostileSet(), TEXTS));
    assert.ok(validate(parsed), JSON.stringify(validate.errors, null, 2));
  });

  await t.test('should reject a document that breaks the model (the schema can fail)', () => {
    const validate = validator();
    const broken = structuredClone(collection) as any;
    broken.first.items[0].motivation = 'liking';
    assert.equal(validate(broken), false);
    const noContext = structuredClone(collection) as any;
    delete noContext['@context'];
    assert.equal(validate(noContext), false);
  });

  await t.test('should write one annotation per span, link and unsupported claim', () => {
    const set = hostileSet();
    assert.equal(items.length, set.annotations.length + set.crossReferences.length + set.unmatched.length);
    assert.equal(collection.total, items.length);
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
  });

  await t.test('should give every target a quote that is the exact text at its position', () => {
    const texts = new Map([['file:///tmp/pair/report%20one.txt', TEXTS.d1], ['file:///tmp/pair/transcript.txt', TEXTS.d2]]);
    for (const item of items) {
      for (const target of targets(item)) {
        const [quote, position] = target.selector;
        const text = texts.get(target.source)!;
        assert.equal(text.slice(position.start, position.end), quote.exact);
        assert.equal(text.slice(Math.max(0, position.start - 32), position.start), quote.prefix);
      }
    }
  });

  await t.test('should identify every mention of one entity with one body IRI', () => {
    const persons = items.filter((i) => i.body?.some((b) => b.purpose === 'tagging' && b.value === 'person'));
    const ids = new Set(persons.map((p) => p.body!.find((b) => b.purpose === 'identifying')!.id));
    assert.equal(persons.length, 2);
    assert.equal(ids.size, 1);
    assert.equal(persons[0].motivation, 'identifying');
    const country = items.find((i) => i.body?.some((b) => b.value === 'country'))!;
    assert.deepEqual(country.body!.map((b) => [b.purpose, b.value]), [['tagging', 'country'], ['identifying', 'Chile'], ['classifying', 'CL']]);
  });

  await t.test('should link cross-references with both passages as targets', () => {
    const links = items.filter((i) => i.motivation === 'linking');
    assert.equal(links.length, 2);
    for (const l of links) assert.equal(targets(l).length, 2);
    assert.deepEqual(links[0].body!.map((b) => b.value), ['close', '0.81']);
    assert.equal(links[1].creator?.type, 'Person');
  });

  await t.test('should mark a hand annotation as made by a person', () => {
    const hand = items.find((i) => targets(i)[0].selector[1].start === TEXTS.d1.indexOf('in Chile.') && i.motivation === 'tagging');
    assert.equal(hand?.creator?.type, 'Person');
  });

  await t.test('should produce the same ids for the same input', () => {
    assert.equal(toWebAnnotation(hostileSet(), TEXTS), toWebAnnotation(hostileSet(), TEXTS));
    assert.match(items[0].id, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  await t.test('should explain a missing account text', () => {
    assert.throws(() => toWebAnnotation(hostileSet(), { d1: TEXTS.d1 }), /text of account d2 .*transcript\.txt/);
  });
});
