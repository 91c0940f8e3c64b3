/**
 * Claims are found in the unit pass with every name candidate of a unit, before names are
 * clustered; a unit is read again only when a person the claim finder met did not resolve as
 * met. The claims must be those a second reading with the resolved mentions gives: forcing
 * that second reading for every unit must change nothing, on the fixtures, the samples and
 * generated accounts full of names, nominals, pronouns and capitalised words that are not
 * names.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Subject } from '../../../src/core/annotators/attribution/index';
import { createUnitProcessor } from '../../../src/core/annotators/index';
import { annotateReadings } from '../../../src/core/merge/annotateReadings';
import { planAccount } from '../../../src/core/annotators/planAccount';
import { NEVER_CANCELLED } from '../../../src/core/model/annotation';
import { readUnits, rereadClaims } from '../../../src/core/pipeline/readUnits';

const processor = createUnitProcessor();
/** A person subject no mention can resolve: the merge must read its unit again. */
const UNRESOLVABLE: Subject = { kind: 'person', other: -1, spans: [] };

function assertSameWithSecondReadings(texts: readonly string[]): void {
  const readings = texts.map((text, i) => {
    const plan = planAccount(text, `file:///account-${i}.txt`, undefined);
    return { ...plan, units: readUnits(processor, plan.units, NEVER_CANCELLED)! };
  });
  const forced = readings.map((r) => ({ ...r, units: r.units.map((u) => ({ ...u, subjectsMet: [UNRESOLVABLE] })) }));
  const reread = (unit: Parameters<typeof rereadClaims>[1], mentions: Parameters<typeof rereadClaims>[2]) => rereadClaims(processor, unit, mentions);
  assert.deepEqual(annotateReadings(forced, reread), annotateReadings(readings, reread));
}

function textsIn(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? textsIn(p) : p.endsWith('.txt') ? [p] : [];
  });
}

test('should give the claims of a second reading on every fixture and sample', () => {
  const root = path.join(__dirname, '..', '..', '..');
  for (const file of [...textsIn(path.join(root, 'test', 'fixtures')), ...textsIn(path.join(root, 'samples'))]) {
    assertSameWithSecondReadings([fs.readFileSync(file, 'utf8')]);
  }
});

const subject = fc.constantFrom(
  'Sergey Lavrov', 'Lavrov', 'He', 'She', 'The minister', 'Russian Foreign Minister Sergey Lavrov', 'The Russian top diplomat', 'His Turkish counterpart',
  'Turkish Foreign Minister Mevlut Cavusoglu', 'Cavusoglu', 'Monday', 'Geneva', 'Critics', 'Officials in Ankara', 'The talks', 'Mr. Smith', 'Hagia Sophia', 'The Secretary-General',
);
const verb = fc.constantFrom('said', 'told reporters', 'added', 'noted that', 'continued', 'stressed that', 'called the deal', 'would continue', 'met Lavrov', 'on Monday said', 'has also said', ', who told reporters,');
const rest = fc.constantFrom(
  '“We will not accept this proposal at all.”', 'the talks would continue next week', 'that 2,000 troops would take part', '“It is a historic day,” he said', 'in Geneva',
  '“a gift to foreign corporations”', 'the plan was “not directed at any country”', '',
);
const sentence = fc.oneof(
  fc.tuple(subject, verb, rest).map(([s, v, r]) => `${s} ${v} ${r}`.replace(/\s+,/g, ',').trim() + '.'),
  fc.tuple(rest, subject).map(([r, s]) => `${r || '“We agree on everything”'}, ${s} said.`),
  fc.tuple(subject, rest).map(([s, r]) => `According to ${s.toLowerCase() === s ? s : s.replace(/^The /, 'the ')}, ${r || 'the talks failed'}.`),
);
const paragraph = fc.tuple(fc.constantFrom('', 'LAVROV: ', 'Question: ', 'MR. SMITH: '), fc.array(sentence, { minLength: 1, maxLength: 4 })).map(([label, s]) => label + s.join(' '));
const account = fc.array(paragraph, { minLength: 1, maxLength: 6 }).map((p) => p.join('\n\n'));

test('should give the claims of a second reading on generated accounts', () => {
  fc.assert(
    fc.property(fc.array(account, { minLength: 1, maxLength: 2 }), (texts) => assertSameWithSecondReadings(texts)),
    { numRuns: 150 },
  );
});

test('should number annotations the same with the ids kept from analyses before, of more annotations or fewer', () => {
  const root = path.join(__dirname, '..', '..', '..');
  const files = textsIn(path.join(root, 'test', 'fixtures')).slice(0, 6);
  const reread = (unit: Parameters<typeof rereadClaims>[1], mentions: Parameters<typeof rereadClaims>[2]) => rereadClaims(processor, unit, mentions);
  const ids: string[] = [];
  for (const file of [...files, ...files.reverse()]) {
    const text = fs.readFileSync(file, 'utf8');
    const plan = planAccount(text, 'file:///account.txt', undefined);
    const readings = [{ ...plan, units: readUnits(processor, plan.units, NEVER_CANCELLED)! }];
    const set = annotateReadings(readings, reread, undefined, ids);
    assert.deepEqual(set, annotateReadings(readings, reread));
    assert.deepEqual(set.annotations.map((a) => a.id), set.annotations.map((_, n) => `a${n + 1}`));
  }
  assert.ok(ids.length > 0 && ids.every((id, n) => id === `a${n + 1}`));
});
