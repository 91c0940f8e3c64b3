import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReferenceIndex, clearFlags, HAS_LOOSE, HAS_TERM, loadFlags, patchReferenceIndex } from '../../../src/core/align/referenceIndex';
import { referencePassages, termsIn, viewAccount, type AccountView, type AlignPassage } from '../../../src/core/align/passages';
import { comparableTerms, newTermKeyCache, termsOf, termTable, type TermKeyCache, type TermSpan } from '../../../src/core/align/terms';
import { FORMAT, type Annotation, type AnnotationSet, type Entity } from '../../../src/core/model/annotation';
import { seeded } from '../randomEdits';

/** A transcript view of plain sentences, without annotations. */
function viewOf(text: string, keys: TermKeyCache): AccountView {
  const set: AnnotationSet = { format: FORMAT, documents: [{ id: 'd2', uri: 'file:///t', role: 'transcript', length: text.length }], entities: [], annotations: [], crossReferences: [], unmatched: [] };
  return viewAccount(set, 'd2', text, new Map(), keys);
}

test('buildReferenceIndex', async (t) => {
  // "sanctions" is in every sentence: topical, it must not propose candidates.
  const sentences = Array.from({ length: 40 }, (_, i) => `Sanctions item ${i} concerns topic${i} and detail${i}.`);
  sentences[7] = 'Sanctions on grain exports were lifted in spring.';
  const text = sentences.join(' ');
  const keys = newTermKeyCache();
  const index = buildReferenceIndex(referencePassages(viewOf(text, keys)), keys);
  const span = (q: string): TermSpan => {
    const table = termTable(q, [], new Map(), undefined, keys);
    return { table, from: 0, to: table.length };
  };
  const query = (q: string) => index.candidates(span(q), 10).map((p) => text.slice(p.passage.start, p.passage.end));

  await t.test('should propose only passages sharing a rare term', () => {
    assert.deepEqual(query('Sanctions were discussed.'), []);
    assert.deepEqual(query('The grain sanctions.'), ['Sanctions on grain exports were lifted in spring.']);
  });

  await t.test('should weigh rare terms above common ones', () => {
    const [grain, sanctions] = comparableTerms('grain sanctions', [], new Map(), undefined, keys);
    assert.ok(index.weight(grain!) > index.weight(sanctions!));
  });

  await t.test('should pack each passage\'s ids, flags and word pairs, and leave the flag table clean', () => {
    const passage = index.passages[7]!;
    const ids = Array.from(index.ids.subarray(index.idStart[7], index.idStart[8]));
    const grain = keys.ids.get('grain')!;
    assert.ok(ids.includes(grain));
    assert.equal(index.idFlags[index.idStart[7]! + ids.indexOf(grain)]! & HAS_TERM, HAS_TERM);
    assert.ok(ids.includes(keys.ids.get('~grain')!));
    assert.equal(new Set(ids).size, ids.length);
    const pairs = Array.from(index.pairs.subarray(index.pairStart[7], index.pairStart[8]));
    assert.deepEqual(pairs, [...pairs].sort((a, b) => a - b));
    assert.ok(pairs.length > 0);
    loadFlags(index, passage);
    assert.equal(index.flagTable[keys.ids.get('~grain')!]! & HAS_LOOSE, HAS_LOOSE);
    clearFlags(index, passage);
    assert.ok(index.flagTable.every((f) => f === 0));
  });

  await t.test('should propose for a span asked again (another limit or none) what a fresh index proposes', () => {
    // Sentences of a small vocabulary: many passages share a query's rare words, in several sums.
    const next = seeded(11);
    const words = Array.from({ length: 300 }, (_, i) => `word${i}`);
    const pick = (): string => words[Math.floor(next() * words.length)]!;
    const many = Array.from({ length: 300 }, () => `The ${pick()} ${pick()} ${pick()} ${pick()} ${pick()}.`).join(' ');
    const own = newTermKeyCache();
    const passages = referencePassages(viewOf(many, own));
    const kept = buildReferenceIndex(passages, own);
    const spanOf = (q: string): TermSpan => {
      const table = termTable(q, [], new Map(), undefined, own);
      return { table, from: 0, to: table.length };
    };
    const first = spanOf(`${words[3]} ${words[17]} ${words[40]} ${words[41]}`);
    const second = spanOf(`${words[5]} ${words[17]} ${words[77]}`);
    const at = (list: readonly { at: number }[]): number[] => list.map((p) => p.at);
    for (const [span, limit] of [[first, 4], [first, 200], [first, 12], [second, 200], [first, 200], [second, 3]] as const) {
      const fresh = buildReferenceIndex(passages, own).candidates(span, limit);
      assert.ok(fresh.length > 0);
      assert.deepEqual(at(kept.candidates(span, limit)), at(fresh));
    }
  });

  await t.test('should keep an unlabelled opening statement outside the turns, but not a heading', () => {
    const transcript = 'Press conference in Porto, 3 May\n\nGood morning. We have agreed to open a new consulate in Porto next spring, and our ministries will exchange trainees every year from now on.\n\nQuestion: When?\n\nAna Lee: In April.';
    const q = transcript.indexOf('Question:');
    const a = transcript.indexOf('Ana Lee:');
    const set: AnnotationSet = {
      format: FORMAT,
      documents: [{ id: 'd2', uri: 'file:///t', role: 'transcript', length: transcript.length }],
      entities: [{ id: 'p1', kind: 'person', name: 'Ana Lee', aliases: [] }],
      annotations: [
        { id: 'a1', document: 'd2', kind: 'turn', start: q, end: a - 2, text: transcript.slice(q, a - 2), label: 'Question' },
        { id: 'a2', document: 'd2', kind: 'turn', start: a, end: transcript.length, text: transcript.slice(a), label: 'Ana Lee', speaker: 'p1' },
      ],
      crossReferences: [],
      unmatched: [],
    };
    const texts = referencePassages(viewAccount(set, 'd2', transcript, new Map())).map((p) => transcript.slice(p.start, p.end));
    assert.deepEqual(texts, ['Good morning.', 'We have agreed to open a new consulate in Porto next spring, and our ministries will exchange trainees every year from now on.', 'In April.']);
  });

  await t.test('should propose, for a speaker, only their passages and those of no known speaker', () => {
    const transcript = 'Ana Lee: The grain corridor reopens on Monday.\n\nBo Park: The grain corridor stays closed all winter.\n\nNarrator: The grain corridor report is published.';
    const b = transcript.indexOf('Bo Park:');
    const c = transcript.indexOf('Narrator:');
    const set: AnnotationSet = {
      format: FORMAT,
      documents: [{ id: 'd2', uri: 'file:///t', role: 'transcript', length: transcript.length }],
      entities: [
        { id: 'p1', kind: 'person', name: 'Ana Lee', aliases: [] },
        { id: 'p2', kind: 'person', name: 'Bo Park', aliases: [] },
      ],
      annotations: [
        { id: 'a1', document: 'd2', kind: 'turn', start: 0, end: b - 2, text: transcript.slice(0, b - 2), label: 'Ana Lee', speaker: 'p1' },
        { id: 'a2', document: 'd2', kind: 'turn', start: b, end: c - 2, text: transcript.slice(b, c - 2), label: 'Bo Park', speaker: 'p2' },
        { id: 'a3', document: 'd2', kind: 'turn', start: c, end: transcript.length, text: transcript.slice(c), label: 'Narrator' },
      ],
      crossReferences: [],
      unmatched: [],
    };
    const keys2 = newTermKeyCache();
    const index2 = buildReferenceIndex(referencePassages(viewAccount(set, 'd2', transcript, new Map(), keys2)), keys2);
    const table = termTable('grain corridor', [], new Map(), undefined, keys2);
    const found = (speaker?: string) => index2.candidates({ table, from: 0, to: table.length }, 10, speaker).map((p) => p.passage.speaker ?? '-');
    assert.deepEqual(found().sort(), ['-', 'p1', 'p2']);
    assert.deepEqual(found('p1').sort(), ['-', 'p1']);
    assert.deepEqual(found('p9'), ['-']);
    assert.equal(index2.spokenBy(index2.passages.find((p) => p.passage.speaker === 'p2')!, 'p1'), false);
  });

  await t.test("should leave out question turns, and keep a speaker's own questions", () => {
    const transcript = 'Question: Will the port close? Is that true?\n\nAnna Lee: The port stays open. Why would it close?';
    const set: AnnotationSet = {
      format: FORMAT,
      documents: [{ id: 'd2', uri: 'file:///t', role: 'transcript', length: transcript.length }],
      entities: [{ id: 'p1', kind: 'person', name: 'Anna Lee', aliases: [] }],
      annotations: [
        { id: 'a1', document: 'd2', kind: 'turn', start: 0, end: 44, text: transcript.slice(0, 44), label: 'Question' },
        { id: 'a2', document: 'd2', kind: 'turn', start: 46, end: transcript.length, text: transcript.slice(46), label: 'Anna Lee', speaker: 'p1' },
      ],
      crossReferences: [],
      unmatched: [],
    };
    const passages = referencePassages(viewAccount(set, 'd2', transcript, new Map()));
    assert.deepEqual(passages.map((p) => transcript.slice(p.start, p.end)), ['The port stays open.', 'Why would it close?']);
    assert.equal(passages[0]!.speaker, 'p1');
  });

  await t.test('should keep the questions of an answering turn whose label names no known person, and leave out those outside turns', () => {
    const transcript = 'Who is at fault? Nobody can say.\n\nQ: Will the port close?\n\nHARBOUR OFFICIAL: The port stays open. So the real question is, \u201CWhat will the council do next?\u201D';
    const official = transcript.indexOf('HARBOUR OFFICIAL');
    const q = transcript.indexOf('Q:');
    const set: AnnotationSet = {
      format: FORMAT,
      documents: [{ id: 'd2', uri: 'file:///t', role: 'transcript', length: transcript.length }],
      entities: [],
      annotations: [
        { id: 'a1', document: 'd2', kind: 'turn', start: q, end: official - 2, text: transcript.slice(q, official - 2), label: 'Q' },
        { id: 'a2', document: 'd2', kind: 'turn', start: official, end: transcript.length, text: transcript.slice(official), label: 'HARBOUR OFFICIAL' },
      ],
      crossReferences: [],
      unmatched: [],
    };
    const passages = referencePassages(viewAccount(set, 'd2', transcript, new Map()));
    assert.deepEqual(passages.map((p) => transcript.slice(p.start, p.end)), ['The port stays open.', 'So the real question is, \u201CWhat will the council do next?\u201D']);
  });
});

test('patchReferenceIndex', async (t) => {
  const entities = new Map<string, Entity>([
    ['p1', { id: 'p1', kind: 'person', name: 'Marta Quell', aliases: [] }],
    ['c1', { id: 'c1', kind: 'country', name: 'Veloria', iso: 'VL', aliases: [] }],
  ]);
  const POOL = [
    'Marta Quell said the harbour would not reopen before May.',
    'Veloria signed the grain accord on Monday.',
    'The grain exports grew by 12 percent.',
    'We did not discuss the tariff plan with Veloria.',
    'The harbour plan is ready and the council agreed.',
    'Nobody spoke about the forty thousand workers.',
    'Quell met the ministers on trade and grain.',
    'Exports of fish and grain were lifted in spring.',
    'Grain for the harbour, more grain for Veloria, and grain exported in spring.',
  ];
  /** Passages of `sentences` (turns and speakers given), their terms made with `keys`. */
  const passagesOf = (sentences: readonly string[], turns: readonly number[], speakers: readonly (string | undefined)[], keys: TermKeyCache): AlignPassage[] => {
    const text = sentences.join(' ');
    const mentions: Annotation[] = [];
    for (const [form, entity, kind] of [['Marta Quell', 'p1', 'person'], ['Quell', 'p1', 'person'], ['Veloria', 'c1', 'country']] as const) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) if (!mentions.some((m) => m.start <= at && at < m.end)) mentions.push({ id: `m${mentions.length}`, document: 'd2', kind, start: at, end: at + form.length, text: form, entity });
    }
    const table = termTable(text, mentions, entities, undefined, keys);
    let at = 0;
    return sentences.map((sentence, i) => {
      const range = { start: at, end: at + sentence.length };
      at += sentence.length + 1;
      return { document: 'd2', index: i, start: range.start, end: range.end, terms: termsIn(table, range), turn: turns[i]!, claim: undefined, claimType: undefined, speaker: speakers[i] };
    });
  };
  /** Everything an index holds and answers, to compare two. */
  const contents = (index: ReturnType<typeof buildReferenceIndex>, queries: readonly TermSpan[]) => ({
    passages: index.passages.map((p) => [p.at, p.termCount, p.mass, p.passage.start]),
    ids: Array.from(index.ids),
    idFlags: Array.from(index.idFlags),
    idStart: Array.from(index.idStart),
    pairs: Array.from(index.pairs),
    pairStart: Array.from(index.pairStart),
    negative: Array.from(index.negative),
    postings: [index.source.postings, index.source.loosePostings].map((p) => [Array.from(p.start), Array.from(p.list)]),
    contentCount: index.source.contentCount,
    answers: queries.map((q) => [index.candidates(q, 5).map((p) => p.at), index.candidates(q, 5, 'p1').map((p) => p.at), index.sharing(q).map((p) => p.at)]),
    weights: queries.map((q) => termsOf(q).map((term) => index.weight(term))),
  });
  await t.test('should give the index a fresh build gives, after random edits of passages, turns and speakers', () => {
    const next = seeded(5);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    for (let round = 0; round < 30; round++) {
      const keys = newTermKeyCache();
      const n = 6 + Math.floor(next() * 20);
      let sentences = Array.from({ length: n }, () => pick(POOL));
      let turns = Array.from({ length: n }, (_, i) => Math.floor(i / 3));
      let speakers = Array.from({ length: n }, () => pick(['p1', 'p2', undefined]));
      let index = buildReferenceIndex(passagesOf(sentences, turns, speakers, keys), keys);
      const queries = POOL.slice(0, 4).map((q) => {
        const table = termTable(q, [], entities, undefined, keys);
        return { table, from: 0, to: table.length };
      });
      for (let run = 0; run < 6; run++) {
        const at = Math.floor(next() * n);
        const kind = Math.floor(next() * 4);
        if (kind === 0) sentences = sentences.map((s, i) => (i === at ? pick(POOL) : s));
        else if (kind === 1) turns = turns.map((x, i) => (i === at ? x + 1 : x));
        else if (kind === 2) speakers = speakers.map((x, i) => (i === at ? pick(['p1', 'p2', undefined]) : x));
        else sentences = sentences.map((s, i) => (i === at || i === (at + 3) % n ? `${pick(POOL)} A new word${run}x here.` : s));
        const passages = passagesOf(sentences, turns, speakers, keys);
        const patched = patchReferenceIndex(index, passages, keys);
        assert.deepEqual(contents(patched, queries), contents(buildReferenceIndex(passages, keys), queries), `round ${round}, run ${run}`);
        index = patched;
      }
    }
  });

  await t.test('should make a row again when only a negation changed (the same content words)', () => {
    const keys = newTermKeyCache();
    const sentences = ['We did not discuss the tariff plan.', 'The harbour plan is ready.', 'Veloria signed the grain accord on Monday.'];
    const before = buildReferenceIndex(passagesOf(sentences, [0, 0, 0], ['p1', 'p1', 'p1'], keys), keys);
    const passages = passagesOf(['We did discuss the tariff plan.', ...sentences.slice(1)], [0, 0, 0], ['p1', 'p1', 'p1'], keys);
    assert.deepEqual(contents(patchReferenceIndex(before, passages, keys), []), contents(buildReferenceIndex(passages, keys), []));
  });

  await t.test('should index afresh when the passage count changed', () => {
    const keys = newTermKeyCache();
    const before = buildReferenceIndex(passagesOf(POOL.slice(0, 4), [0, 0, 1, 1], ['p1', 'p1', 'p2', 'p2'], keys), keys);
    const passages = passagesOf(POOL.slice(0, 5), [0, 0, 1, 1, 1], ['p1', 'p1', 'p2', 'p2', 'p2'], keys);
    assert.deepEqual(contents(patchReferenceIndex(before, passages, keys), []), contents(buildReferenceIndex(passages, keys), []));
  });
});
