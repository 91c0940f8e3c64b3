/**
 * The account pass (src/core/annotators/resolveAccount.ts): persons clustered over all
 * accounts, then, account by account, nominals, turns, claims and countries resolved, in
 * that order, each from what the one before gave. Invented texts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveReadings, type RereadClaims } from '../../../src/core/annotators/index';
import { readAccounts, reread } from './readings';

const TRANSCRIPT = 'MS. ANNA VOSS: We open the new pier today, and the ferry starts in the spring.\n\nQ: When will the islands get a second boat?\n\nMS. ANNA VOSS: Not before next year, I am afraid.\n';
const REPORT = 'Foreign Minister Anna Voss opened the new pier on Monday.\n\n“The ferry starts in the spring,” the foreign minister said. Voss added that a second boat would come next year.\n';

test('should cluster a person named in two accounts into one, with one key in both', () => {
  const { clusters, accounts } = resolveReadings(readAccounts([TRANSCRIPT, REPORT]), reread);
  const keys = accounts.map((a) => new Set(a.persons.map((p) => p.speaker)));
  assert.equal(keys[0]!.size, 1);
  assert.deepEqual(keys[1], keys[0]);
  assert.equal(clusters.get([...keys[0]!][0]!)!.name, 'Anna Voss');
});

test('should merge names and resolved nominals into one list of persons, by start', () => {
  const text = 'Norwegian Foreign Minister Anna Voss arrived in the morning.\n\nThe talks were useful, the Norwegian top diplomat said.\n';
  const [account] = resolveReadings(readAccounts([text]), reread).accounts;
  assert.deepEqual(account!.persons.map((p) => `${text.slice(p.start, p.end)}${p.nominal ? ' (nominal)' : ''} ${p.rule}`), ['Anna Voss person/title-before-name', 'the Norwegian top diplomat (nominal) person/role-nominal-same-country']);
  assert.equal(new Set(account!.persons.map((p) => p.speaker)).size, 1);
});

test("should give a transcript's statements the speaker its turns resolved to", () => {
  const [account] = resolveReadings(readAccounts([TRANSCRIPT]), reread).accounts;
  const voss = account!.turns[0]!.speaker;
  assert.ok(voss);
  assert.deepEqual(account!.turns.map((t) => t.speaker), [voss, undefined, voss]);
  // the statements of her turns are hers; the question is no claim
  assert.deepEqual(
    account!.claims.map((c) => `${TRANSCRIPT.slice(c.start, c.end)} ${c.rule} ${c.speaker === voss ? 'Voss' : c.speaker}`),
    ['We open the new pier today, and the ferry starts in the spring. claim/turn-statement Voss', 'Not before next year, I am afraid. claim/turn-statement Voss'],
  );
});

test('should give a quote the person its nominal subject resolved to', () => {
  const [, report] = resolveReadings(readAccounts([TRANSCRIPT, REPORT]), reread).accounts;
  const quote = report!.claims.find((c) => c.claimType === 'quote')!;
  assert.equal(REPORT.slice(quote.start, quote.end), 'The ferry starts in the spring');
  assert.equal(quote.rule, 'claim/said-after-quote');
  assert.equal(quote.speaker, report!.persons[0]!.speaker);
});

test('should settle a form shared by two states by the one the account names, or leave it out', () => {
  const countries = (text: string) => resolveReadings(readAccounts([text]), reread).accounts[0]!.countries.flat().map((c) => `${c.text} ${c.iso}`);
  assert.deepEqual(countries('South Korea and Japan met on Monday.\n\nThe Korean delegation left early.\n'), ['South Korea KR', 'Japan JP', 'Korean KR']);
  assert.deepEqual(countries('South Korea and North Korea met on Monday.\n\nThe Korean delegation left early.\n'), ['South Korea KR', 'North Korea KP']);
});

test('should read a unit again only when a person its claims met did not resolve as met', () => {
  let rereads = 0;
  const counting: RereadClaims = (unit, mentions) => {
    rereads++;
    return reread(unit, mentions);
  };
  resolveReadings(readAccounts([TRANSCRIPT, REPORT]), counting);
  assert.equal(rereads, 0);
});
