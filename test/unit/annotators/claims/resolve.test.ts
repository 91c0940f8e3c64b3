/**
 * Claims given their speakers over the account (src/core/annotators/claims/resolve.ts): a
 * draft's subject, the running speaker, the turn's speaker; and a report that names the
 * speaker only by role ("the prime minister said", then "she said") resolves through the
 * transcript's labels ("PRIME MINISTER ODEGAARD:"), when one person of the pair holds that
 * role and the report names no one who does. Invented texts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnotationService, type AnnotationSet } from '../../../../src/core';
import type { Subject } from '../../../../src/core/annotators/attribution/index';
import type { ClaimDraft } from '../../../../src/core/annotators/claims/find';
import { resolveClaimDrafts, resolveClaims, type ClaimSetting } from '../../../../src/core/annotators/claims/resolve';
import type { SpeakerState } from '../../../../src/core/annotators/attribution/resolve';
import { resolvePersons } from '../../../../src/core/annotators/persons/resolve';
import { resolveTurns } from '../../../../src/core/annotators/turns/resolve';
import { readAccounts, reread, resolvedNames } from '../readings';

const service = createAnnotationService();

const report = 'The prime minister said on Friday that fishing quotas would not change this year.\n\n"The quotas stay," she said.\n';

function claimSpeakers(set: AnnotationSet): (string | undefined)[] {
  return set.annotations.filter((a) => a.kind === 'claim' && a.document === 'd1').map((a) => set.entities.find((e) => e.id === a.speaker)?.name);
}

test('the role and the pronoun after it go to the one premier the transcript labels', () => {
  const transcript = 'PRIME MINISTER ODEGAARD:  Good afternoon. We have agreed a new harbour treaty today.\n\nQ:  Will the quotas change?\n\nPRIME MINISTER ODEGAARD:  Not this year, the quotas stay.\n';
  const set = service.annotateAccounts([{ uri: 'file:///news.txt', text: report }, { uri: 'file:///transcript.txt', text: transcript }]);
  assert.deepEqual(claimSpeakers(set), ['Odegaard', 'Odegaard']);
});

test('two premiers labelled in the transcript leave the role unresolved', () => {
  const transcript = 'PRIME MINISTER ODEGAARD:  Good afternoon. We have agreed a new harbour treaty today.\n\nPRIME MINISTER LINDQVIST:  Thank you. The quotas stay as they are.\n\nPRIME MINISTER ODEGAARD:  Not this year, the quotas stay.\n';
  const set = service.annotateAccounts([{ uri: 'file:///news.txt', text: report }, { uri: 'file:///transcript.txt', text: transcript }]);
  assert.deepEqual(claimSpeakers(set), [undefined, undefined]);
});

test('the report on its own: no one holds the role', () => {
  const set = service.analyzeAccount(report, { uri: 'file:///news.txt' });
  assert.deepEqual(claimSpeakers(set), [undefined, undefined]);
});

test('a paragraph that names a person and holds no claim gives the pronoun of the next one its person', () => {
  const set = service.analyzeAccount('Greta Holm\n\n"The quotas stay," she said.\n', { uri: 'file:///news.txt' });
  assert.deepEqual(claimSpeakers(set), ['Greta Holm']);
});

/** A person subject the `speakerOf` below resolves to `key` (its `other` is the key's index in `KEYS`). */
const KEYS = ['voss', 'lund'];
const person = (key: string): Subject => ({ kind: 'person', other: KEYS.indexOf(key), spans: [0, 1, KEYS.indexOf(key)] });
const speakerOf = (s: Subject & { kind: 'person' }) => KEYS[s.other];
const draft = (claimType: ClaimDraft['claimType'], subject: Subject | undefined, rule: ClaimDraft['rule'], holder = -1): ClaimDraft => ({ start: 0, end: 1, claimType, subject, holder, rule });
const outside: ClaimSetting = { index: 0, turn: undefined, mentions: [] };

test('should give a quote the person of its subject and keep its rule', () => {
  const state: SpeakerState = { lastSayerUnit: -10 };
  const [c] = resolveClaimDrafts([draft('quote', person('voss'), 'claim/said-after-quote')], outside, state, speakerOf);
  assert.equal(c!.speaker, 'voss');
  assert.equal(c!.rule, 'claim/said-after-quote');
  // she is now the running speaker
  assert.deepEqual(state, { lastSayerUnit: 0, lastSayer: 'voss' });
});

test("should give a group's words no speaker and leave the running speaker as it was", () => {
  const state: SpeakerState = { lastSayerUnit: 0, lastSayer: 'voss' };
  const [c] = resolveClaimDrafts([draft('reported', { kind: 'group' }, 'claim/reported-speech-that')], { ...outside, index: 1 }, state, speakerOf);
  assert.equal(c!.speaker, undefined);
  assert.deepEqual(state, { lastSayerUnit: 0, lastSayer: 'voss' });
});

test('should give an unattributed quote the next unit\'s running speaker, but not two units on', () => {
  const quote = [draft('quote', undefined, 'claim/unattributed-quote')];
  assert.equal(resolveClaimDrafts(quote, { ...outside, index: 1 }, { lastSayerUnit: 0, lastSayer: 'voss' }, speakerOf)[0]!.speaker, 'voss');
  assert.equal(resolveClaimDrafts(quote, { ...outside, index: 2 }, { lastSayerUnit: 0, lastSayer: 'voss' }, speakerOf)[0]!.speaker, undefined);
  // a later quote of the unit with an attribution speaks for it
  const two = [draft('quote', undefined, 'claim/unattributed-quote'), draft('quote', person('lund'), 'claim/said-after-quote')];
  assert.deepEqual(resolveClaimDrafts(two, outside, { lastSayerUnit: -10 }, speakerOf).map((c) => c.speaker), ['lund', 'lund']);
});

test("should give statements the turn's speaker in a transcript and no one in a report, and a statistic its holder's speaker", () => {
  const drafts = [draft('reported', person('lund'), 'claim/reported-speech-that'), draft('statistic', undefined, 'claim/statistic', 0), draft('statement', undefined, 'claim/turn-statement')];
  const inTurn = resolveClaimDrafts(drafts, { ...outside, turn: { speaker: 'voss' } }, { lastSayerUnit: -10 }, speakerOf);
  assert.deepEqual(inTurn.map((c) => `${c.rule} ${c.speaker}`), ['claim/reported-speech-that lund', 'claim/statistic lund', 'claim/turn-statement voss']);
  const report = resolveClaimDrafts([draft('statement', undefined, 'claim/report-statement')], outside, { lastSayerUnit: -10 }, speakerOf);
  assert.equal(report[0]!.speaker, undefined);
});

test("should resolve an account's claims unit after unit, a pronoun through the running speaker", () => {
  const text = 'Foreign Minister Anna Voss spoke on Monday.\n\n“The pier is ready,” she said.\n\nAnalysts said the ferry would be late.\n';
  const readings = readAccounts([text]);
  const { perAccount, clusters } = resolvePersons(readings);
  const persons = resolvedNames(perAccount[0]!);
  const claims = resolveClaims(readings[0]!, persons, resolveTurns(readings[0]!, persons, clusters), clusters, reread);
  const name = (key: string | undefined) => (key ? clusters.get(key)!.name : '-');
  assert.deepEqual(
    claims.filter((c) => c.claimType !== 'statement').map((c) => `${text.slice(c.start, c.end)} | ${c.rule} | ${name(c.speaker)}`),
    ['The pier is ready | claim/said-after-quote | Anna Voss', 'the ferry would be late | claim/reported-speech-clause | -'],
  );
});

test('an unattributed quote after reported speech in its paragraph is the reporting sentence’s speaker’s', () => {
  // fires: one paragraph (single line breaks), the quote after "Holm said …"
  const oneParagraph = 'Speaking alongside Danish minister Lars Berg in Oslo, Erik Holm said Norway would not give up on a fair settlement.\n"Even if the time is not right to restart talks, my government will not give up on bringing both sides closer together."\n';
  assert.deepEqual(claimSpeakers(service.analyzeAccount(oneParagraph, { uri: 'file:///news.txt' })), ['Erik Holm', 'Erik Holm']);
  // must not: the quote before any reporting sentence of its paragraph takes the earlier paragraph's speaker
  const quoteFirst = 'Lars Berg said the talks were over for now.\n\n"Even if the time is not right to restart talks, my government will not give up on bringing both sides closer together."\nLater, Erik Holm said Norway would not give up on a fair settlement.\n';
  assert.deepEqual(claimSpeakers(service.analyzeAccount(quoteFirst, { uri: 'file:///news.txt' })), ['Lars Berg', 'Lars Berg', 'Erik Holm']);
});

test('a later quote does not speak for an earlier one across the reporter’s own sentences', () => {
  // fires: lines of one paragraph; the later quote is another person's, after narration
  const text = 'Erik Holm said Norway would not give up on a fair settlement.\n"Even if the time is not right to restart talks, my government will not give up on bringing both sides closer together."\nHolm then flew to Bergen for a dinner with the fishermen of the coast.\n"The harbour must stay open to every boat," Lars Berg said after the talks.\n';
  assert.deepEqual(claimSpeakers(service.analyzeAccount(text, { uri: 'file:///news.txt' })), ['Erik Holm', 'Erik Holm', undefined, 'Lars Berg']);
  // must not: quotes with nothing of the reporter's between them share the later attribution
  const joined = '"The harbour stays open." "Every boat may come in," Lars Berg said after the talks.\n';
  assert.deepEqual(claimSpeakers(service.analyzeAccount(joined, { uri: 'file:///news.txt' })), ['Lars Berg', 'Lars Berg']);
});
