/**
 * Re-analysis after an edit reads only the changed paragraphs (the service keeps each
 * account's unit findings from its last analysis): the result must be the one a fresh
 * analysis gives, whatever the edit. Random edits (insertions, deletions, replacements,
 * within a paragraph or across paragraph breaks, of speaker labels, quote marks, names,
 * countries and blank lines) are applied in a row to an invented pair; after each, the
 * service that saw the earlier versions must give what a service seeing the text for the
 * first time gives.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { attachFindings, createAnnotationService, createUnitBatchReader, type AccountInput, type AnnotationService, type AnnotationSet, type UnitReader } from '../../../src/core';

const TRANSCRIPT = [
  'Press conference by President Halvard Mossberg and Prime Minister Ines Okafor',
  'PRESIDENT MOSSBERG: Good afternoon. We discussed trade with Norway and the harbour project. "We will open the northern route next spring," I told the minister.',
  'PRIME MINISTER OKAFOR: Thank you. Kenya and Norway signed three agreements today. Our exports grew by 12 percent last year.',
  'Q: Mr President, will you meet the Chinese delegation?',
  'PRESIDENT MOSSBERG: Yes. I expect to meet them in Oslo. The talks were frank and useful.',
  'PRIME MINISTER OKAFOR: We agreed that the new port will be finished in 2026.',
].join('\n\n');

const REPORT = [
  'Norway and Kenya sign trade deals',
  'President Halvard Mossberg said on Tuesday that Norway would "open the northern route next spring". He described the talks as frank.',
  'Prime Minister Ines Okafor said Kenya and Norway had signed four agreements, and that exports grew by 12 percent.',
  'Mossberg added that he expected to meet a Chinese delegation in Oslo. Analysts said the port would not be finished before 2027.',
].join('\n\n');

/** Pieces an edit inserts: labels, quotes, names, countries, paragraph and line breaks, words. */
const PIECES = ['\n\n', '\n', 'PRESIDENT MOSSBERG: ', 'Q: ', 'MINISTER OKAFOR:', '"', '“', '”', ' said ', 'Ines Okafor', 'Halvard', 'Germany', 'the Kenyan minister', 'He said: "No."', ' 40 percent', 'the talks', '.', ' ', 'Norway'];

/** One edit, positions as shares of the text's length (so any edit fits any text). */
interface Edit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  // up to 80 characters: within a paragraph, or across one or two breaks
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 80 })),
  insert: fc.oneof(fc.constant(''), fc.constantFrom(...PIECES), fc.array(fc.constantFrom(...PIECES), { minLength: 2, maxLength: 4 }).map((p) => p.join(''))),
});

function apply(text: string, e: Edit): string {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

/** A fresh analysis of `accounts`: another service, under uris it has never seen, then named back. */
function fresh(service: AnnotationService, accounts: readonly AccountInput[], run: number): AnnotationSet {
  const set = service.annotateAccounts(accounts.map((a) => ({ ...a, uri: `${a.uri}#fresh-${run}` })));
  return { ...set, documents: set.documents.map((d, i) => ({ ...d, uri: accounts[i]!.uri })) };
}

/** A unit reader that reads in this thread with the core's own batch reader (as a worker does). */
function inThreadReader(): UnitReader {
  const readBatch = createUnitBatchReader();
  return { read: async (units) => attachFindings(units, 0, readBatch(units)) };
}

test('incremental re-analysis', async (t) => {
  const reference = createAnnotationService();
  let run = 0;

  await t.test('should give what a fresh analysis gives after random edits to either account', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), edit), { minLength: 1, maxLength: 4 }), (edits) => {
        const service = createAnnotationService();
        const accounts = [{ uri: 'file:///report.txt', text: REPORT }, { uri: 'file:///transcript.txt', text: TRANSCRIPT }];
        service.annotateAccounts(accounts);
        for (const [inTranscript, e] of edits) {
          const i = inTranscript ? 1 : 0;
          accounts[i] = { ...accounts[i]!, text: apply(accounts[i]!.text, e) };
          assert.deepEqual(service.annotateAccounts(accounts), fresh(reference, accounts, run++));
        }
      }),
      {
        numRuns: 60,
        // a title pushed into the first turn: the same paragraph text, now inside a turn
        examples: [[[[true, { at: 0, remove: 0, insert: ' said \nthe Kenyan minister' }], [true, { at: 0, remove: 0, insert: 'He said: "No."Norway\n\n' }]]]],
      },
    );
  });

  await t.test('should give what a new service gives after edits of the transcript only (the report units kept)', () => {
    // A longer transcript (three sittings) and the report unchanged: most of the report's
    // units are reused after each edit (pairMemo), so each edit that could change one —
    // a word, a speaker label, a paragraph deleted, a sentence split — is checked against
    // a service that has never seen any text.
    const long = [TRANSCRIPT, TRANSCRIPT.replace(/Oslo/g, 'Bergen'), TRANSCRIPT.replace(/12 percent/g, '14 percent')].join('\n\n');
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const service = createAnnotationService();
        const accounts = [{ uri: 'file:///report.txt', text: REPORT }, { uri: 'file:///transcript.txt', text: long }];
        service.annotateAccounts(accounts);
        for (const e of edits) {
          accounts[1] = { ...accounts[1]!, text: apply(accounts[1]!.text, e) };
          assert.deepEqual(service.annotateAccounts(accounts), createAnnotationService().annotateAccounts(accounts));
        }
      }),
      {
        numRuns: 12,
        seed: 18,
        examples: [
          // a speaker label changed, a paragraph deleted, a figure's unit word changed
          [[{ at: 0.3, remove: 0, insert: 'PRIME MINISTER OKAFOR: ' }]],
          [[{ at: 0.5, remove: 80, insert: '' }]],
          [[{ at: 0.2, remove: 8, insert: ' 40 percent' }, { at: 0.7, remove: 0, insert: '\n\n' }]],
        ],
      },
    );
  });

  await t.test('should give what a new service gives after one-word edits of the transcript (its sentences kept, their words and weights changed)', () => {
    // A word of a sentence replaced by another word of the transcript, deleted or doubled:
    // the sentences stay, so the report's units are checked again only where the edit
    // reaches, and those checked again take the supports of their last check that the
    // edit left the same (pairMemo `measuredSupport`): a passage whose words changed, or
    // that holds a word whose passage count changed, is measured again; a query holding
    // such a word, or asking about a related word that a passage now holds, is made again.
    const long = [TRANSCRIPT, TRANSCRIPT.replace(/Oslo/g, 'Bergen'), TRANSCRIPT.replace(/12 percent/g, '14 percent')].join('\n\n');
    const report = `${REPORT}\n\nThe minister said the harbour talks with the delegation were long and the northern exports would fall.`;
    const wordEdit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), other: fc.double({ min: 0, max: 1, noNaN: true }), kind: fc.constantFrom('replace', 'delete', 'double') });
    fc.assert(
      fc.property(fc.array(wordEdit, { minLength: 1, maxLength: 5 }), (edits) => {
        const service = createAnnotationService();
        const accounts = [{ uri: 'file:///report.txt', text: report }, { uri: 'file:///transcript.txt', text: long }];
        service.annotateAccounts(accounts);
        for (const e of edits) {
          const text = accounts[1]!.text;
          const words = [...text.matchAll(/\p{Ll}+/gu)];
          const w = words[Math.floor(e.at * words.length) % words.length]!;
          const other = words[Math.floor(e.other * words.length) % words.length]![0];
          const at = w.index!;
          const edited = e.kind === 'replace' ? `${text.slice(0, at)}${other}${text.slice(at + w[0].length)}` : e.kind === 'delete' ? `${text.slice(0, at)}${text.slice(at + w[0].length)}` : `${text.slice(0, at)}${w[0]} ${text.slice(at)}`;
          accounts[1] = { ...accounts[1]!, text: edited };
          assert.deepEqual(service.annotateAccounts(accounts), createAnnotationService().annotateAccounts(accounts));
        }
      }),
      { numRuns: 25, seed: 18 },
    );
  });

  await t.test('should give what a new service gives after an edit of a question premise that a narration claim rests on', () => {
    // The report's narration states a date the transcript holds only in a journalist's
    // question ("… until March 14. Will the ministry appeal?"): it is checked against the
    // question premises, which are no reference passage. An edit of the premise alone (its
    // date, a word, a premise added or removed) must re-check that claim.
    const premise = 'The port authority has put off its ruling on the new ferry terminal until March 14.';
    const transcript = [
      'MS. LUND: Good morning. We will take a few questions.',
      `Q: ${premise} Thank you. Will the ministry appeal?`,
      'MR. OKAFOR: The ministry respects the independence of the port authority and will study the ruling carefully.',
    ].join('\n\n');
    const claim = 'The dispute deepened after harbour regulators delayed the terminal ruling until March 14, angering local ferry operators.';
    const report = `Ferry row grows\n\n${claim}\n\nMr Okafor said the ministry would study the ruling carefully.`;
    const at = transcript.indexOf(premise);
    const edits: [string, (text: string) => string][] = [
      ['the date changed', (x) => x.replace('March 14', 'March 21')],
      ['the date changed back', (x) => x.replace('March 21', 'March 14')],
      ['a word of the premise changed', (x) => x.replace('new ferry terminal', 'old ferry terminal')],
      ['the premise made a question', (x) => x.replace('until March 14.', 'until March 14?')],
      ['a premise added to the first turn', (x) => x.replace('a few questions.', 'a few questions.\n\nQ: Harbour regulators delayed the terminal ruling until March 14, angering local ferry operators. Is that right?')],
    ];
    const service = createAnnotationService();
    let accounts = [{ uri: 'file:///report.txt', text: report }, { uri: 'file:///transcript.txt', text: transcript, role: 'transcript' as const }];
    const first = service.annotateAccounts(accounts);
    // The premise is what the claim rests on before any edit (linked there, or its nearest).
    const claimAt = report.indexOf(claim);
    const onPremise = [...first.crossReferences.filter((x) => x.from.start === claimAt).map((x) => x.to.start), ...(first.unconfirmed ?? []).filter((u) => u.start === claimAt).map((u) => u.nearest.start)];
    assert.deepEqual(onPremise, [at]);
    for (const [what, change] of edits) {
      accounts = [accounts[0]!, { ...accounts[1]!, text: change(accounts[1]!.text) }];
      assert.deepEqual(service.annotateAccounts(accounts), createAnnotationService().annotateAccounts(accounts), what);
    }
  });

  await t.test('should give what a fresh analysis gives when the units are read by a unit reader', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
        const service = createAnnotationService({ unitReader: inThreadReader() });
        let account: AccountInput = { uri: 'file:///transcript.txt', text: TRANSCRIPT };
        await service.analyzeAccountAsync(account.text, account);
        for (const e of edits) {
          account = { ...account, text: apply(account.text, e) };
          assert.deepEqual(await service.analyzeAccountAsync(account.text, account), fresh(reference, [account], run++));
        }
      }),
      { numRuns: 10, seed: 18 },
    );
  });

  await t.test('should read again only the paragraphs an edit changed', () => {
    const logged: string[] = [];
    const service = createAnnotationService({ logger: (m) => logged.push(m) });
    service.analyzeAccount(TRANSCRIPT, { uri: 'file:///t.txt' });
    service.analyzeAccount(TRANSCRIPT.replace('frank and useful', 'frank and long'), { uri: 'file:///t.txt' });
    assert.match(logged.filter((m) => m.startsWith('read '))[1]!, /\(1 of 6 units read/);
  });

  await t.test('should keep the findings of one account apart from another', () => {
    const service = createAnnotationService();
    service.analyzeAccount(TRANSCRIPT, { uri: 'file:///a.txt' });
    // the same paragraph in a report reads differently (role): nothing of the transcript is reused for it
    const asReport = service.analyzeAccount(TRANSCRIPT, { uri: 'file:///a.txt', role: 'report' });
    assert.deepEqual(asReport, fresh(reference, [{ uri: 'file:///a.txt', text: TRANSCRIPT, role: 'report' }], run++));
  });
});
