/**
 * Reviews in the `w3c` export: verdicts as `assessing`, notes as `commenting`, with the
 * reviewer as creator, valid against the Web Annotation schema.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import schema from '../../../schema/web-annotation.schema.json';
import { toWebAnnotation, toWebAnnotationCollection } from '../../../src/core/export/webAnnotation';
import { TEXTS } from './fixture';
import { HOSTILE_NOTE, reviewedSet } from './reviewedFixture';

test('toWebAnnotation with reviews', async (t) => {
  const items = toWebAnnotationCollection(reviewedSet(), TEXTS).first.items;

  await t.test('should validate against the Web Annotation schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(JSON.parse(toWebAnnotation(reviewedSet(), TEXTS))), JSON.stringify(validate.errors, null, 2));
  });

  await t.test('should write a verdict as assessing and a note as commenting, by the reviewer, on the claim or on both passages of a link', () => {
    const reviews = items.filter((i) => i.creator?.type === 'Person' && (i.motivation === 'assessing' || i.motivation === 'commenting'));
    assert.deepEqual(
      reviews.map((i) => [i.motivation, i.body?.[0]?.purpose, i.body?.[0]?.value, i.creator?.name, Array.isArray(i.target) ? 2 : 1]),
      [
        ['assessing', 'assessing', 'misquoted', 'Dana Reviewer', 1],
        ['commenting', 'commenting', HOSTILE_NOTE, 'Dana Reviewer', 1],
        ['assessing', 'assessing', 'out of context', undefined, 1],
        ['assessing', 'assessing', 'needs checking', undefined, 1],
        ['assessing', 'assessing', 'accurate', 'Lee', 2],
        ['commenting', 'commenting', 'same words', 'Lee', 2],
      ],
    );
    assert.equal(reviews[0]!.modified, '2026-03-01T12:00:00.000Z');
    assert.equal(new Set(items.map((i) => i.id)).size, items.length, 'ids are unique');
  });
});
