/**
 * Role nominals resolved over the account (src/core/annotators/nominals/resolve.ts): to the
 * person of that country and role named nearest, to the one person of the account with that
 * role, or to the one holder of it the other accounts name; each with its rule id, and left
 * out when no one or several fit. Invented texts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveNominals } from '../../../../src/core/annotators/nominals/resolve';
import { resolvePersons } from '../../../../src/core/annotators/persons/resolve';
import { readAccounts, resolvedNames } from '../readings';

/** The resolved nominals of the first of `texts` as "text → person (rule)" strings. */
function nominalsOf(...texts: string[]): string[] {
  const readings = readAccounts(texts);
  const { perAccount, clusters } = resolvePersons(readings);
  const text = readings[0]!.text;
  return resolveNominals(readings[0]!, resolvedNames(perAccount[0]!), clusters).map((n) => `${text.slice(n.start, n.end)} → ${clusters.get(n.speaker)!.name} (${n.rule})`);
}

test('should resolve a nominal with a country to the person of that country and role (person/role-nominal-same-country)', () => {
  const text = 'Norwegian Foreign Minister Anna Voss arrived in the morning.\n\nThe talks were useful, the Norwegian top diplomat said.\n';
  assert.deepEqual(nominalsOf(text), ['the Norwegian top diplomat → Anna Voss (person/role-nominal-same-country)']);
});

test('should take the person named last before the nominal when several fit', () => {
  const text = 'Norwegian Foreign Minister Anna Voss met Norwegian Foreign Minister Erik Lund, her predecessor.\n\nThe Norwegian foreign minister said the talks were useful.\n';
  assert.deepEqual(nominalsOf(text), ['The Norwegian foreign minister → Erik Lund (person/role-nominal-same-country)']);
});

test('should not resolve a nominal with a country no person of the account has', () => {
  const text = 'Norwegian Foreign Minister Anna Voss arrived in the morning.\n\nThe talks were useful, the Swedish foreign minister said.\n';
  assert.deepEqual(nominalsOf(text), []);
});

test('should resolve a nominal without a country to the one person with that role (person/role-nominal-unique-role)', () => {
  const text = 'Prime Minister Erik Lund opened the new pier on Monday.\n\nThe prime minister said the ferry would start in the spring.\n';
  assert.deepEqual(nominalsOf(text), ['The prime minister → Erik Lund (person/role-nominal-unique-role)']);
});

test('should not resolve a nominal without a country when two persons hold the role', () => {
  const text = 'Prime Minister Erik Lund met Prime Minister Jonas Berg on Monday.\n\nThe prime minister said the ferry would start in the spring.\n';
  assert.deepEqual(nominalsOf(text), []);
});

test('should resolve a role no one in the account holds to its one holder in the other accounts (person/role-nominal-holder-elsewhere)', () => {
  const report = 'The prime minister said on Monday that the ferry would start in the spring.\n';
  const transcript = 'PRIME MINISTER ERIK LUND: The ferry starts in the spring.\n\nQ: And the pier?\n\nPRIME MINISTER ERIK LUND: It is finished.\n';
  assert.deepEqual(nominalsOf(report, transcript), ['The prime minister → Erik Lund (person/role-nominal-holder-elsewhere)']);
  // two holders elsewhere: no one
  const two = 'PRIME MINISTER ERIK LUND: The ferry starts in the spring.\n\nPRIME MINISTER JONAS BERG: And the pier is finished.\n';
  assert.deepEqual(nominalsOf(report, two), []);
});
