/**
 * The thorough check of a claim nothing supports scores "every passage": with `prefilter`
 * (the default) only the passages that share a term with it (`ReferenceIndex.sharing`),
 * since the others score zero. The result must be the one of scoring every passage, on
 * pairs generated from our own vocabulary: a transcript of labelled turns, and a report
 * that copies, rewords (near forms too) or invents sentences from the same words (claims nothing supports
 * are where the thorough check and the nearest passage are used), as quotes of a speaker,
 * of someone absent, reported speech and plain statements, with names, figures and "not".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createAnnotationService } from '../../../src/core/index';
import { alignAccounts, alignAccountsWith } from '../../../src/core/align/alignAccounts';
import { buildReferenceIndex } from '../../../src/core/align/referenceIndex';
import { referencePassages, viewAccount } from '../../../src/core/align/passages';
import { newTermKeyCache } from '../../../src/core/align/terms';
import type { AnnotationSet } from '../../../src/core/model/annotation';

const WORDS = ['harbour', 'fleet', 'contracts', 'closures', 'treaty', 'council', 'grain', 'railway', 'border', 'talks', 'sanctions', 'fishing', 'pipeline', 'inspect', 'expand', 'fund', 'block', 'welcome', 'sign', 'northern', 'coastal', 'regional', 'winter', 'families', 'partners', 'Norway', 'Chile', 'Peru', '12', 'three', 'million'] as const;
/** Near forms (same first six letters, another stem): a rewording may use them. */
const NEAR_FORMS: Readonly<Record<string, string>> = { contracts: 'contractors', inspect: 'inspectors', partners: 'partnership', regional: 'regionally' };
const GLUE = ['the', 'of', 'and', 'to', 'in', 'that', 'for', 'with', 'we', 'will', 'have', 'not', 'no', 'our', 'their', 'a'] as const;

/** A sentence: 5 to 12 words, a third of them glue, ending in a full stop. */
const sentenceArb = fc.array(fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...GLUE) }), { minLength: 5, maxLength: 12 }).map((ws) => {
  const s = ws.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
});

/** How a report sentence is made: a copy, a copy with words dropped and swapped, or a sentence of its own. */
type Making = 'copy' | 'reword' | 'fresh';
/** How it is written: a quote of a speaker or of someone absent, reported speech, a plain statement. */
type Framing = 'quote-holm' | 'quote-absent' | 'reported' | 'plain';

const pairArb = fc.record({
  turns: fc.array(fc.tuple(fc.boolean(), fc.array(sentenceArb, { minLength: 1, maxLength: 4 })), { minLength: 2, maxLength: 5 }),
  report: fc.array(fc.record({ making: fc.constantFrom<Making>('copy', 'reword', 'fresh'), framing: fc.constantFrom<Framing>('quote-holm', 'quote-absent', 'reported', 'plain'), pick: fc.nat(), fresh: sentenceArb, drops: fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }) }), { minLength: 2, maxLength: 8 }),
});

/** The transcript and the report of one generated pair. */
function buildPair(value: typeof pairArb extends fc.Arbitrary<infer T> ? T : never): { transcript: string; report: string } {
  const said = value.turns.flatMap(([, ss]) => ss);
  const transcript = `BRIEFING ON THE HARBOUR TALKS\n\n${value.turns.map(([holm, ss]) => `${holm ? 'MR. HOLM' : 'MS. RIVERA'}:  ${ss.join(' ')}`).join('\n\n')}\n`;
  const lines = value.report.map(({ making, framing, pick, fresh, drops }) => {
    const source = said[pick % said.length]!.replace(/\.$/, '');
    let words = making === 'fresh' ? fresh.replace(/\.$/, '').split(' ') : source.split(' ');
    if (making === 'reword') {
      words = words.filter((_, i) => !drops[i % drops.length]).map((w) => NEAR_FORMS[w] ?? w);
      if (words.length > 2) [words[0], words[1]] = [words[1]!, words[0]!];
    }
    const body = words.join(' ') || 'talks';
    if (framing === 'quote-holm') return `“${body},” Holm said.`;
    if (framing === 'quote-absent') return `“${body},” Ingrid Dahl said.`;
    if (framing === 'reported') return `Holm said that ${body.toLowerCase()}.`;
    return `${body[0]!.toUpperCase()}${body.slice(1)}.`;
  });
  return { transcript, report: `Norwegian minister Erik Holm met reporters on Monday.\n\n${lines.join(' ')}\n` };
}

/** The set and texts of a generated pair, annotated as the extension does. */
function annotated(transcript: string, report: string): { set: AnnotationSet; texts: string[] } {
  const set = createAnnotationService().annotateAccounts([
    { uri: 'file:///gen/news.txt', text: report },
    { uri: 'file:///gen/transcript.txt', text: transcript, role: 'transcript' },
  ]);
  const texts = set.documents.map((d) => (d.uri.endsWith('news.txt') ? report : transcript));
  return { set: { ...set, crossReferences: [], unmatched: [] }, texts };
}

test('prefilter of the thorough check (property)', async (t) => {
  await t.test('should give the alignment of scoring every passage', () => {
    // Worth something only if the thorough check ran: claims nothing supports, with a nearest passage.
    let nearest = 0;
    fc.assert(
      fc.property(pairArb, (value) => {
        const { transcript, report } = buildPair(value);
        const { set, texts } = annotated(transcript, report);
        const every = alignAccountsWith(set, texts, { prefilter: false });
        assert.deepEqual(alignAccounts(set, texts), every, `--- transcript\n${transcript}--- report\n${report}`);
        assert.deepEqual(alignAccountsWith(set, texts, { bruteForce: true }), alignAccountsWith(set, texts, { bruteForce: true, prefilter: false }));
        nearest += every.unmatched.filter((u) => u.nearest).length;
      }),
      { numRuns: 60, seed: 1616 },
    );
    assert.ok(nearest >= 20, `only ${nearest} unmatched claims with a nearest passage`);
  });
});

test('ReferenceIndex.sharing', async (t) => {
  const transcript = 'MR. HOLM:  The harbour talks will resume in winter. We have no contracts for the fleet.\n\nMS. RIVERA:  Norway will sign the treaty.\n';
  const set = createAnnotationService().annotateAccounts([{ uri: 'file:///t.txt', text: transcript, role: 'transcript' }]);
  const keys = newTermKeyCache();
  const view = viewAccount(set, set.documents[0]!.id, transcript, new Map(set.entities.map((e) => [e.id, e])), keys);
  const index = buildReferenceIndex(referencePassages(view), keys);
  const textOf = (p: { passage: { start: number; end: number } }): string => transcript.slice(p.passage.start, p.passage.end);
  const query = (text: string) => {
    const q: AnnotationSet = { ...set, documents: [{ id: 'd2', uri: 'file:///r.txt', role: 'report', length: text.length }], annotations: [] };
    const table = viewAccount(q, 'd2', text, new Map(), keys).terms;
    return { table, from: 0, to: table.length };
  };

  await t.test('should list, in order, the passages holding a content word or its near form, and no other', () => {
    const passages = index.sharing(query('Contracts and treaties.'));
    assert.deepEqual(passages.map(textOf), ['We have no contracts for the fleet.', 'Norway will sign the treaty.']);
    assert.deepEqual(index.sharing(query('Treaty talks.')).map(textOf), ['The harbour talks will resume in winter.', 'Norway will sign the treaty.']);
  });

  await t.test('should list the passages of one speaker only, given one', () => {
    const holm = index.passages.find((p) => p.passage.speaker)!.passage.speaker!;
    assert.deepEqual(index.sharing(query('The treaty and the fleet.'), holm).map(textOf), ['We have no contracts for the fleet.']);
  });

  await t.test('should list nothing for words no passage holds', () => {
    assert.deepEqual(index.sharing(query('Railway pipeline.')), []);
  });
});
