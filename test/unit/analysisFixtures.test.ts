/**
 * Each account in test/fixtures/analysis/ with its hand-written expectations
 * (`<name>.expected.json`): role, persons found and not found, name variants clustered,
 * turns (label, speaker, where they start, what they include or leave out), claims.
 * Fixtures use label styles, people and countries other than the samples'.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { createAnnotationService, type Annotation, type AnnotationSet } from '../../src/core';

interface Expected {
  role: string;
  persons: string[];
  notPersons?: string[];
  sameEntity?: string[][];
  turns: { label?: string; speaker?: string; starts: string; includes?: string; excludes?: string }[];
  claims: { type: string; text: string; speaker?: string }[];
}

const dir = path.join(__dirname, '..', 'fixtures', 'analysis');
const service = createAnnotationService();

function entityOf(set: AnnotationSet, form: string) {
  return set.entities.find((e) => e.kind === 'person' && (e.name === form || e.aliases.includes(form)));
}

function nameOf(set: AnnotationSet, id: string | undefined): string | undefined {
  return id ? set.entities.find((e) => e.id === id)?.name : undefined;
}

for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const expectedFile = path.join(dir, file.replace(/\.txt$/, '.expected.json'));
  if (!fs.existsSync(expectedFile)) continue;
  const expected = JSON.parse(fs.readFileSync(expectedFile, 'utf8')) as Expected;
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  test(`fixture ${file}`, async (t) => {
    const set = service.analyzeAccount(text, { uri: `file:///${file}` });
    const of = (kind: Annotation['kind']) => set.annotations.filter((a) => a.kind === kind);

    await t.test('should detect the role', () => assert.equal(set.documents[0]!.role, expected.role));
    await t.test('should find each person', () => {
      for (const p of expected.persons) assert.ok(entityOf(set, p), `person ${p} missing; have ${set.entities.filter((e) => e.kind === 'person').map((e) => e.name).join(', ')}`);
    });
    await t.test('should not take other capitalised words for persons', () => {
      for (const p of expected.notPersons ?? []) assert.equal(entityOf(set, p), undefined, `${p} taken for a person`);
    });
    await t.test('should cluster name variants', () => {
      for (const group of expected.sameEntity ?? []) {
        const ids = new Set(group.map((g) => entityOf(set, g)?.id));
        assert.equal(ids.size, 1, `${group.join(' / ')} not one entity`);
        assert.ok(!ids.has(undefined), `${group.join(' / ')} not found`);
      }
    });
    await t.test('should find the turns with their speakers', () => {
      const turns = of('turn');
      assert.equal(turns.length, expected.turns.length, turns.map((x) => x.text.slice(0, 30)).join(' | '));
      expected.turns.forEach((e, i) => {
        const turn = turns[i]!;
        assert.ok(turn.text.startsWith(e.starts), `turn ${i} starts "${turn.text.slice(0, 40)}"`);
        assert.equal(turn.label, e.label);
        assert.equal(nameOf(set, turn.speaker), e.speaker, `speaker of turn ${i}`);
        if (e.includes) assert.ok(turn.text.includes(e.includes), `turn ${i} lacks "${e.includes}"`);
        if (e.excludes) assert.ok(!turn.text.includes(e.excludes), `turn ${i} swallows "${e.excludes}"`);
      });
    });
    await t.test('should find the claims with their speakers', () => {
      for (const e of expected.claims) {
        const c = of('claim').find((a) => a.claimType === e.type && a.text.includes(e.text));
        assert.ok(c, `no ${e.type} claim "${e.text}"`);
        assert.equal(nameOf(set, c.speaker), e.speaker, `speaker of "${e.text}"`);
      }
    });
    await t.test('should keep every annotation text equal to its slice', () => {
      for (const a of set.annotations) assert.equal(text.slice(a.start, a.end), a.text);
    });
  });
}
