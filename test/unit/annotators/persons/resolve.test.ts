/**
 * The account pass of persons (src/core/annotators/persons/resolve.ts): the name candidates
 * and the speaker labels' names of all accounts clustered into persons, each mention with
 * its cluster key and the rule that found it. Invented texts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolvePersons } from '../../../../src/core/annotators/persons/resolve';
import { readAccounts } from '../readings';

/** The mentions of each account as "text → person (rule)" strings ("-" when no person). */
function personsOf(...texts: string[]): string[][] {
  const readings = readAccounts(texts);
  const { perAccount, clusters } = resolvePersons(readings);
  return perAccount.map((mentions, i) => mentions.map((m) => `${readings[i]!.text.slice(m.start, m.end)} → ${m.key ? clusters.get(m.key)!.name : '-'} (${m.rule})`));
}

test("should take a one-word label's name for a person (person/speaker-label)", () => {
  const text = 'MS. ODE: We open the pier today.\n\nQ: When does the ferry start?\n\nMS. ODE: Next spring.\n';
  assert.deepEqual(personsOf(text), [['ODE → Ode (person/speaker-label)', 'ODE → Ode (person/speaker-label)']]);
});

test('should cluster the mentions of one person across accounts under one key', () => {
  const transcript = 'MS. ANNA VOSS: We open the pier today.\n\nQ: When does the ferry start?\n\nMS. ANNA VOSS: Next spring.\n';
  const report = 'Foreign Minister Anna Voss opened the pier. Voss said the ferry would start in the spring.\n';
  const [t, r] = personsOf(transcript, report);
  // a label's name of two words or more: the person annotator's reading of it, with its rule
  assert.deepEqual(t, ['ANNA VOSS → Anna Voss (person/title-before-name)', 'ANNA VOSS → Anna Voss (person/title-before-name)']);
  assert.deepEqual(r, ['Anna Voss → Anna Voss (person/title-before-name)', 'Voss → Anna Voss (person/name-with-saying-verb)']);
});

test('should leave capitalised words with no evidence anywhere out of the persons', () => {
  const [r] = personsOf('The ferry to Skerry Holm runs in the spring, and Skerry Holm welcomes it.\n');
  assert.ok(r!.every((m) => m.includes('→ -')), r!.join('; '));
});

test('should take a one-word label that asks a question once for no person unless the text names them', () => {
  const text = 'MS. ANNA VOSS: We open the pier today.\n\nNORDRADIO: When does the ferry start?\n\nMS. ANNA VOSS: Next spring.\n';
  assert.ok(personsOf(text)[0]!.some((m) => m === 'NORDRADIO → - (person/speaker-label)'));
});
