/**
 * The coverage model: hand-built annotation sets (exact cells, best links, figures) and
 * the real analysis of an invented event with 1, 2 and 5 reports, a report aligned to
 * nothing and the same report filed twice.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCoverage, findTranscript, RENDERINGS, type Coverage } from '../../../src/core/coverage/index';
import { createAnnotationService } from '../../../src/core/index';
import type { Annotation, AnnotationSet, CrossReference, LinkFinding, MatchClass, Unmatched } from '../../../src/core/model/annotation';
import { ALTERED, ENGINEER_ONLY, FAITHFUL, TRANSCRIPT, UNRELATED } from './eventFixture';

// ---------------------------------------------------------------------------------------
// Hand-built sets

const T = 'ALICE: The wall will be rebuilt. It costs ten million.\n\nBOB: Work starts in March. It ends in May.\n';
const SENTENCES = ['The wall will be rebuilt.', 'It costs ten million.', 'Work starts in March.', 'It ends in May.'];

const span = (text: string, needle: string) => {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `"${needle}" not in text`);
  return { start, end: start + needle.length };
};

/** Builds an event set: d1 the transcript `T`, d2… the reports. */
class EventBuilder {
  readonly reports: string[] = [];
  readonly annotations: Annotation[] = [];
  readonly links: Omit<CrossReference, 'id'>[] = [];
  readonly unmatched: Unmatched[] = [];
  #next = 1;

  constructor() {
    const bob = T.indexOf('BOB:');
    this.annotations.push({ id: this.#id(), document: 'd1', kind: 'turn', start: 0, end: bob - 2, text: T.slice(0, bob - 2), label: 'ALICE', speaker: 'p1' });
    this.annotations.push({ id: this.#id(), document: 'd1', kind: 'turn', start: bob, end: T.length - 1, text: T.slice(bob, -1), label: 'BOB', speaker: 'p2' });
  }

  #id(): string {
    return `a${this.#next++}`;
  }

  /** Adds a report; returns its document id. */
  report(text: string): string {
    this.reports.push(text);
    return `d${this.reports.length + 1}`;
  }

  text(doc: string): string {
    return doc === 'd1' ? T : this.reports[Number(doc.slice(1)) - 2]!;
  }

  /** A claim of a report; returns its id. */
  claim(doc: string, needle: string, claimType: Annotation['claimType'], speaker?: string): string {
    const id = this.#id();
    this.annotations.push({ id, document: doc, kind: 'claim', ...span(this.text(doc), needle), text: needle, claimType, ...(speaker ? { speaker } : {}) });
    return id;
  }

  link(doc: string, needle: string, transcriptNeedle: string, match: MatchClass, more: { score?: number; claim?: string; fidelity?: number; findings?: LinkFinding[]; reversed?: boolean } = {}): void {
    const report = { document: doc, ...span(this.text(doc), needle) };
    const transcript = { document: 'd1', ...span(T, transcriptNeedle) };
    const [from, to] = more.reversed ? [transcript, report] : [report, transcript];
    this.links.push({ from, to, score: more.score ?? 0.8, match, ...(more.claim ? { annotation: more.claim } : {}), ...(more.fidelity !== undefined ? { fidelity: more.fidelity, diff: [{ op: 'kept', from: needle, to: transcriptNeedle }] } : {}), ...(more.findings ? { findings: more.findings } : {}) });
  }

  unsupported(doc: string, claim: string, reason: 'unsupported' | 'context'): void {
    const a = this.annotations.find((x) => x.id === claim)!;
    this.unmatched.push({ document: doc, start: a.start, end: a.end, annotation: claim, reason });
  }

  build(): { set: AnnotationSet; texts: Record<string, string> } {
    const documents = [{ id: 'd1', uri: 'file:///e/transcript.txt', role: 'transcript' as const, length: T.length }, ...this.reports.map((r, i) => ({ id: `d${i + 2}`, uri: `file:///e/report-${i + 1}.txt`, role: 'report' as const, length: r.length }))];
    const set: AnnotationSet = {
      format: 'transcript-annotator/1',
      documents,
      entities: [
        { id: 'p1', kind: 'person', name: 'Alice Ames', aliases: ['ALICE'], speaker: true },
        { id: 'p2', kind: 'person', name: 'Bob Burns', aliases: ['BOB'], speaker: true },
      ],
      annotations: this.annotations,
      crossReferences: this.links.map((l, i) => ({ id: `x${i + 1}`, ...l })),
      unmatched: this.unmatched,
    };
    return { set, texts: Object.fromEntries(documents.map((d) => [d.id, this.text(d.id)])) };
  }
}

const cover = (b: EventBuilder): Coverage => {
  const { set, texts } = b.build();
  return buildCoverage(set, texts, 'd1');
};
const rows = (c: Coverage): string[][] => c.sentences.map((s) => s.cells.map((cell) => cell.rendering));

test('rows', async (t) => {
  await t.test('should list each turn and its sentences, without the labels', () => {
    const c = cover(new EventBuilder());
    assert.deepEqual(c.sentences.map((s) => T.slice(s.start, s.end)), SENTENCES);
    assert.deepEqual(c.turns.map((turn) => [turn.label, turn.speaker, turn.sentences]), [['ALICE', 'p1', [0, 1]], ['BOB', 'p2', [2, 3]]]);
    assert.deepEqual(c.sentences.map((s) => s.speaker), ['p1', 'p1', 'p2', 'p2']);
    assert.deepEqual(c.outlets, []);
  });
});

test('N = 1', async (t) => {
  await t.test('should render each sentence by its best link, and the turn by its best sentence', () => {
    const b = new EventBuilder();
    const r = b.report('Alice Ames said "the wall will be rebuilt". Work begins in March, she said.');
    const q = b.claim(r, 'the wall will be rebuilt', 'quote', 'p1');
    b.link(r, 'the wall will be rebuilt', 'The wall will be rebuilt', 'verbatim', { claim: q, score: 1, fidelity: 1 });
    b.link(r, 'Work begins in March', 'Work starts in March.', 'partial', { score: 0.5 });
    b.link(r, 'Work begins in March, she said', 'Work starts in March.', 'paraphrase', { score: 0.7 });
    const c = cover(b);
    assert.deepEqual(rows(c), [['verbatim'], ['absent'], ['paraphrase'], ['absent']]);
    assert.equal(c.sentences[2]!.cells[0]!.links, 2);
    assert.equal(c.sentences[2]!.cells[0]!.best!.match, 'paraphrase');
    assert.deepEqual(c.turns.map((turn) => turn.cells[0]), [{ outlet: r, rendering: 'verbatim', sentencesCovered: 1 }, { outlet: r, rendering: 'paraphrase', sentencesCovered: 1 }]);
    const s = c.stats[0]!;
    assert.equal(s.sentencesCovered, 2);
    const chars = SENTENCES.reduce((n, x) => n + x.length, 0);
    assert.equal(s.share, (SENTENCES[0]!.length + SENTENCES[2]!.length) / chars);
    assert.deepEqual(s.renderings, { verbatim: 1, close: 0, paraphrase: 1, partial: 0, absent: 2 });
    assert.deepEqual(s.quotes, { total: 1, accurate: 1, altered: 0, misattributed: 0, notFound: 0 });
    assert.deepEqual(s.speakersCovered, [{ speaker: 'p1', count: 1 }, { speaker: 'p2', count: 1 }]);
    assert.deepEqual(c.quoteGroups.map((g) => [g.sentence, g.outlets, g.renderings.map((x) => x.claim)]), [[0, 1, [q]]]);
  });

  await t.test('should prefer the higher score between links of one class, and the lower id between equals', () => {
    const b = new EventBuilder();
    const r = b.report('The wall is to be rebuilt. The wall will be rebuilt soon.');
    b.link(r, 'The wall is to be rebuilt', 'The wall will be rebuilt.', 'close', { score: 0.7 });
    b.link(r, 'The wall will be rebuilt soon', 'The wall will be rebuilt.', 'close', { score: 0.9 });
    assert.equal(cover(b).sentences[0]!.cells[0]!.best!.id, 'x2');
    const e = new EventBuilder();
    const r2 = e.report('The wall is to be rebuilt. The wall will be rebuilt soon.');
    e.link(r2, 'The wall is to be rebuilt', 'The wall will be rebuilt.', 'close', { score: 0.9 });
    e.link(r2, 'The wall will be rebuilt soon', 'The wall will be rebuilt.', 'close', { score: 0.9 });
    assert.equal(cover(e).sentences[0]!.cells[0]!.best!.id, 'x1');
  });

  await t.test('should read a link stored transcript → report (by hand) from the report', () => {
    const b = new EventBuilder();
    const r = b.report('Costs: ten million.');
    b.link(r, 'ten million', 'It costs ten million.', 'close', { reversed: true });
    const c = cover(b);
    assert.deepEqual(rows(c)[1], ['close']);
    const best = c.sentences[1]!.cells[0]!.best!;
    assert.equal(best.reportIsFrom, false);
    assert.equal(best.report.document, r);
    assert.equal(best.transcript.document, 'd1');
  });

  await t.test('should mark every sentence a link spans', () => {
    const b = new EventBuilder();
    const r = b.report('Alice said the wall would be rebuilt for ten million.');
    b.link(r, 'the wall would be rebuilt for ten million', 'The wall will be rebuilt. It costs ten million.', 'paraphrase');
    assert.deepEqual(rows(cover(b)), [['paraphrase'], ['paraphrase'], ['absent'], ['absent']]);
  });
});

test('a report aligned to nothing', async (t) => {
  await t.test('should be absent everywhere, cover nothing, and list its unmatched claims by reason', () => {
    const b = new EventBuilder();
    const r = b.report('A bakery opened. "We bake at four," the owner said. Queues were long.');
    const quote = b.claim(r, 'We bake at four,', 'quote');
    const narration = b.claim(r, 'Queues were long.', 'statement');
    b.unsupported(r, quote, 'unsupported');
    b.unsupported(r, narration, 'context');
    const c = cover(b);
    assert.deepEqual(rows(c), [['absent'], ['absent'], ['absent'], ['absent']]);
    assert.ok(c.turns.every((turn) => turn.outlets === 0 && turn.cells[0]!.sentencesCovered === 0));
    const s = c.stats[0]!;
    assert.equal(s.sentencesCovered, 0);
    assert.equal(s.share, 0);
    assert.equal(s.renderings.absent, 4);
    assert.deepEqual(s.quotes, { total: 1, accurate: 0, altered: 0, misattributed: 0, notFound: 1 });
    assert.deepEqual([s.unsupported, s.context], [1, 1]);
    assert.deepEqual(c.unmatched.map((u) => [u.claim, u.reason, u.claimType]), [[quote, 'unsupported', 'quote'], [narration, 'context', 'statement']]);
    assert.deepEqual(c.quoteGroups, []);
  });
});

test('N = 2', async (t) => {
  await t.test('should group the same quote across outlets, with each one\'s fidelity and findings', () => {
    const b = new EventBuilder();
    const r1 = b.report('"The wall will be rebuilt," Alice said.');
    const r2 = b.report('"The wall will be torn down," Alice said, according to Bob.');
    const q1 = b.claim(r1, 'The wall will be rebuilt,', 'quote', 'p1');
    const q2 = b.claim(r2, 'The wall will be torn down,', 'quote', 'p1');
    b.link(r1, 'The wall will be rebuilt', 'The wall will be rebuilt', 'verbatim', { claim: q1, score: 1, fidelity: 1 });
    b.link(r2, 'The wall will be torn down', 'The wall will be rebuilt', 'close', { claim: q2, score: 0.7, fidelity: 0.7, findings: [{ kind: 'altered-quote', from: 'torn down', to: 'rebuilt' }, { kind: 'misattribution', from: 'p1', to: 'p2' }] });
    const c = cover(b);
    assert.deepEqual(rows(c)[0], ['verbatim', 'close']);
    assert.equal(c.sentences[0]!.outlets, 2);
    assert.equal(c.turns[0]!.outlets, 2);
    assert.deepEqual(c.quoteGroups.length, 1);
    const g = c.quoteGroups[0]!;
    assert.equal(g.outlets, 2);
    assert.deepEqual(g.renderings.map((x) => [x.outlet, x.link.fidelity, x.link.findings.map((f) => f.kind)]), [[r1, 1, []], [r2, 0.7, ['altered-quote', 'misattribution']]]);
    assert.deepEqual(T.slice(g.transcript.start, g.transcript.end), 'The wall will be rebuilt');
    assert.deepEqual(c.stats.map((s) => s.quotes), [
      { total: 1, accurate: 1, altered: 0, misattributed: 0, notFound: 0 },
      { total: 1, accurate: 0, altered: 1, misattributed: 1, notFound: 0 },
    ]);
  });

  await t.test('should leave out links between two reports', () => {
    const b = new EventBuilder();
    const r1 = b.report('The wall will be rebuilt.');
    const r2 = b.report('The wall will be rebuilt.');
    b.links.push({ from: { document: r2, start: 0, end: 24 }, to: { document: r1, start: 0, end: 24 }, score: 1, match: 'verbatim' });
    const c = cover(b);
    assert.deepEqual(rows(c)[0], ['absent', 'absent']);
  });

  await t.test('should count quotes and reported speech per person credited, unattributed last', () => {
    const b = new EventBuilder();
    const r = b.report('"A," said Alice. Bob said B. Alice said C. "D," someone said. It rained.');
    b.claim(r, 'A,', 'quote', 'p1');
    b.claim(r, 'Bob said B.', 'reported', 'p2');
    b.claim(r, 'Alice said C.', 'reported', 'p1');
    b.claim(r, 'D,', 'quote');
    b.claim(r, 'It rained.', 'statement');
    const s = cover(b).stats[0]!;
    assert.equal(s.claims, 5);
    assert.deepEqual(s.speakersQuoted, [{ speaker: 'p1', count: 2 }, { speaker: 'p2', count: 1 }, { count: 1 }]);
  });
});

test('N = 5', async (t) => {
  await t.test('should give every sentence one cell per outlet, in document order, and count the outlets', () => {
    const b = new EventBuilder();
    const ids = [0, 1, 2, 3, 4].map((i) => b.report(`Report ${i}: the wall will be rebuilt; work starts in March.`));
    // Outlet i renders sentence i % 4; outlet 4 renders sentences 0 and 2.
    ids.forEach((r, i) => b.link(r, 'the wall will be rebuilt', SENTENCES[i % 4]!, 'paraphrase'));
    b.link(ids[4]!, 'work starts in March', 'Work starts in March.', 'verbatim');
    const c = cover(b);
    assert.deepEqual(c.outlets.map((o) => [o.id, o.index]), ids.map((id, i) => [id, i]));
    assert.ok(c.sentences.every((s) => s.cells.length === 5 && s.cells.every((cell, i) => cell.outlet === ids[i])));
    assert.deepEqual(c.sentences.map((s) => s.outlets), [2, 1, 2, 1]);
    assert.deepEqual(rows(c)[2], ['absent', 'absent', 'paraphrase', 'absent', 'verbatim']);
    for (const s of c.stats) assert.equal(RENDERINGS.reduce((n, r) => n + s.renderings[r], 0), 4);
    assert.deepEqual(c.stats.map((s) => s.sentencesCovered), [1, 1, 1, 1, 2]);
  });
});

test('duplicate reports', async (t) => {
  await t.test('should name the earlier outlet with the same text and give both the same figures', () => {
    const b = new EventBuilder();
    const text = '"The wall will be rebuilt," Alice said.';
    const r1 = b.report(text);
    const r2 = b.report(text);
    for (const r of [r1, r2]) {
      const q = b.claim(r, 'The wall will be rebuilt,', 'quote', 'p1');
      b.link(r, 'The wall will be rebuilt', 'The wall will be rebuilt', 'verbatim', { claim: q, score: 1, fidelity: 1 });
    }
    const c = cover(b);
    assert.equal(c.outlets[0]!.sameTextAs, undefined);
    assert.equal(c.outlets[1]!.sameTextAs, r1);
    const { outlet: _a, ...first } = c.stats[0]!;
    const { outlet: _b, ...second } = c.stats[1]!;
    assert.deepEqual(second, first);
    assert.equal(c.quoteGroups[0]!.outlets, 2);
  });
});

test('findTranscript', async (t) => {
  await t.test('should name the only transcript, and nothing when there are none or several', () => {
    const { set } = new EventBuilder().build();
    assert.equal(findTranscript(set), 'd1');
    assert.equal(findTranscript({ ...set, documents: set.documents.map((d) => ({ ...d, role: 'report' as const })) }), undefined);
    assert.equal(findTranscript({ ...set, documents: [...set.documents, { id: 'd9', uri: 'x', role: 'transcript', length: 1 }] }), undefined);
  });

  await t.test('should throw, saying what to pass, for an unknown transcript or a missing text', () => {
    const { set, texts } = new EventBuilder().build();
    assert.throws(() => buildCoverage(set, texts, 'd7'), /d7 is not a document.*findTranscript/);
    assert.throws(() => buildCoverage(set, {}, 'd1'), /text of d1 .*missing/);
  });
});

// ---------------------------------------------------------------------------------------
// The real analysis of an invented event

/** Analyses the transcript and `reports`, and builds the coverage. */
function analyse(reports: readonly string[]): { coverage: Coverage; set: AnnotationSet } {
  const accounts = [{ uri: 'file:///event/transcript.txt', text: TRANSCRIPT }, ...reports.map((text, i) => ({ uri: `file:///event/report-${i + 1}.txt`, text }))];
  const set = createAnnotationService().annotateAccounts(accounts);
  const texts = Object.fromEntries(set.documents.map((d, i) => [d.id, accounts[i]!.text]));
  const transcript = findTranscript(set);
  assert.ok(transcript, 'the transcript is detected');
  return { coverage: buildCoverage(set, texts, transcript), set };
}

/** The transcript sentence rows (text) an outlet renders in any way. */
const rendered = (c: Coverage, outlet: number): string[] => c.sentences.filter((s) => s.cells[outlet]!.rendering !== 'absent').map((s) => TRANSCRIPT.slice(s.start, s.end));

test('analysed event', async (t) => {
  await t.test('N = 1: should find the quotes of a faithful report verbatim, and leave the question and the title out of its coverage', () => {
    const { coverage: c } = analyse([FAITHFUL]);
    assert.equal(c.outlets.length, 1);
    assert.ok(!c.sentences.some((s) => TRANSCRIPT.slice(s.start, s.end).includes('HARBOUR RENEWAL')), 'a title is no sentence');
    const mooring = c.sentences.find((s) => TRANSCRIPT.slice(s.start, s.end).startsWith('No fisherman'))!;
    assert.equal(mooring.cells[0]!.rendering, 'verbatim');
    assert.ok(!rendered(c, 0).some((s) => s.startsWith('Will fishermen')));
    assert.equal(c.stats[0]!.quotes.altered, 0);
    assert.ok(c.stats[0]!.quotes.accurate >= 2);
    assert.ok(c.stats[0]!.share > 0 && c.stats[0]!.share < 1);
  });

  await t.test('N = 2: should group the mayor\'s quote across both outlets, one accurate and one altered', () => {
    const { coverage: c } = analyse([FAITHFUL, ALTERED]);
    const wall = c.quoteGroups.find((g) => TRANSCRIPT.slice(g.transcript.start, g.transcript.end).includes('northern harbour wall'));
    assert.ok(wall, 'the wall quote is grouped');
    assert.equal(wall.outlets, 2);
    const [faithful, altered] = [wall.renderings.find((r) => r.outlet === c.outlets[0]!.id)!, wall.renderings.find((r) => r.outlet === c.outlets[1]!.id)!];
    assert.ok(faithful.link.fidelity! > altered.link.fidelity!);
    assert.ok(altered.link.findings.some((f) => f.kind === 'altered-quote'));
    assert.ok(c.stats[1]!.quotes.altered >= 1);
    assert.ok(c.stats[1]!.changedFigures >= 1, 'sixty million for forty million');
  });

  await t.test('N = 5: should cover each outlet apart, with a report aligned to nothing and a duplicate', () => {
    const { coverage: c } = analyse([FAITHFUL, ALTERED, UNRELATED, ENGINEER_ONLY, FAITHFUL]);
    assert.equal(c.outlets.length, 5);
    assert.ok(c.sentences.every((s) => s.cells.length === 5));
    // The unrelated report renders nothing.
    assert.deepEqual(rendered(c, 2), []);
    assert.equal(c.stats[2]!.share, 0);
    assert.ok(c.stats[2]!.unsupported + c.stats[2]!.context >= 1);
    // The engineer-only report renders the engineer's turn only.
    const engineer = c.turns.find((turn) => turn.label === 'ENGINEER OKONJO')!;
    assert.ok(engineer.cells[3]!.sentencesCovered >= 1);
    assert.ok(c.turns.filter((turn) => turn !== engineer).every((turn) => turn.cells[3]!.sentencesCovered === 0));
    // The duplicate: the same cells and figures as the first.
    assert.equal(c.outlets[4]!.sameTextAs, c.outlets[0]!.id);
    assert.deepEqual(c.sentences.map((s) => s.cells[4]!.rendering), c.sentences.map((s) => s.cells[0]!.rendering));
    const { outlet: _a, ...first } = c.stats[0]!;
    const { outlet: _b, ...fifth } = c.stats[4]!;
    assert.deepEqual(fifth, first);
  });
});
