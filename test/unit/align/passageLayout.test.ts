/**
 * The reference passages of an edited account (`layPassages` with the last version's
 * layout): the passages of the turns an edit left as they were are taken from the last
 * list, moved past the edit; the list must be the one made afresh, whatever the edit
 * (labels added or removed, questions, answers, quotations, prose between turns).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation, AnnotationSet } from '../../../src/core/model/annotation';
import { layPassages, referencePassages, viewAccount, type AccountView, type AlignPassage, type PassageLayout } from '../../../src/core/align/passages';
import { newTermTableMemo, startMemoRun, termAgreement, termsOf } from '../../../src/core/align/terms';
import { sharedStretches } from '../../../src/core/text/sharedStretches';
import { seeded } from '../randomEdits';

/** Paragraphs of an invented transcript: turns of two speakers and a moderator, questions from the floor, answers, prose between turns. */
const PARAGRAPHS = [
  'ANNA BELL: The harbour will reopen in May. We agreed on the new fees.',
  'OLE HART: Thank you. The ferry line runs again next week.',
  'Q: Will the council close the northern pier?',
  'ANNA BELL: No, it will stay open all year.',
  'Q: So when you said, “the pier would close before the winter,” were you wrong?',
  'OLE HART: Yes. The pier stays open and the fees stay low.',
  'Q: You have said that the port would be sold to a private firm. Is that still the plan?',
  'ANNA BELL: I never said that. The port stays public.',
  'MODERATOR: Next question, please.',
  'The meeting went on for an hour. The two ministers left together after the talks with the unions had ended.',
  'The talks were held in the old town hall. Anna Bell and Ole Hart spoke to the press for half an hour after them.',
  'Are the fees final? They are final, and nobody will pay more than last year.',
  'Q: Did Ole Hart sign the accord?',
  'OLE HART: No. Anna Bell signed it.',
  'OLE HART: Is the timber quota fair? Yes, it is fair.',
];

const SPEAKERS: Record<string, string> = { 'ANNA BELL': 'p1', 'OLE HART': 'p2' };

/**
 * Turns from the labels at paragraph starts: each runs over the paragraphs after it up to
 * the next label or a paragraph of narration ("The …"), which is prose between turns.
 */
function turnsOf(text: string): Annotation[] {
  const out: Annotation[] = [];
  let turn: { start: number; end: number; label: string } | undefined;
  const close = (): void => {
    if (!turn) return;
    const speaker = SPEAKERS[turn.label];
    out.push({ id: `t${out.length}`, document: 'd1', kind: 'turn', start: turn.start, end: turn.end, text: '', label: turn.label, ...(speaker ? { speaker } : {}) } as Annotation);
    turn = undefined;
  };
  for (const m of text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]*)*/g)) {
    const label = /^([A-Z][A-Z ]*[A-Z]|Q):/.exec(m[0]);
    if (label || m[0].startsWith('The ')) close();
    if (label) turn = { start: m.index, end: m.index + m[0].length, label: label[1]! };
    else if (turn) turn.end = m.index + m[0].length;
  }
  close();
  return out;
}

/**
 * Mentions of the two speakers' names, one entity each; when `changed` (the persons
 * clustered anew), the first one's of the other's and the second one's not known, so that
 * terms change and their number too away from any edit.
 */
function mentionsOf(text: string, changed: boolean): Annotation[] {
  const out: Annotation[] = [];
  for (const [name, id] of [['Anna Bell', 'p1'], ['Ole Hart', 'p2']] as const) {
    if (changed && id === 'p2') continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) out.push({ id: `m${out.length}`, document: 'd1', kind: 'person', start: at, end: at + name.length, text: name, entity: changed ? 'p2' : id } as Annotation);
  }
  return out;
}

const setOf = (text: string, changed = false): AnnotationSet =>
  ({ format: 'test', documents: [{ id: 'd1', uri: 'file:///t.txt', role: 'transcript', length: text.length }], annotations: [...turnsOf(text), ...mentionsOf(text, changed)].sort((a, b) => a.start - b.start), entities: [], crossReferences: [], unmatched: [] }) as unknown as AnnotationSet;

/** A passage as values (its terms as theirs, not by table). */
const plain = (p: AlignPassage) => [p.index, p.start, p.end, p.turn, p.speaker, p.claimType, termsOf(p.terms).map((t) => [t.start, t.end, t.key, t.negated])];

test('layPassages', async (t) => {
  await t.test('should give the passages made afresh after random edits, taking those of the turns kept', () => {
    const next = seeded(31);
    const pieces = ['\n\n', 'Q: ', 'ANNA BELL: ', 'OLE HART: ', '?', 'No, ', 'Yes. ', '“', '”', 'you said ', ' the pier', '.', ' ', 'x', 'I never said that. ', 'The ', 'Anna Bell'];
    let taken = 0;
    for (let round = 0; round < 60; round++) {
      const memo = newTermTableMemo();
      let text = Array.from({ length: 20 }, () => PARAGRAPHS[Math.floor(next() * PARAGRAPHS.length)]!).join('\n\n');
      let last: { view: AccountView; layout: PassageLayout } | undefined;
      for (let run = 0; run < 10; run++) {
        startMemoRun(memo);
        const changed = next() < 0.15;
        const view = viewAccount(setOf(text, changed), 'd1', text, new Map(), undefined, memo);
        const stretches = last && sharedStretches(last.view.text, text);
        const agreement = last && termAgreement(last.view.terms, view.terms, stretches!.shift);
        const layout = layPassages(view, undefined, last && { layout: last.layout, stretches: stretches!, agreement: agreement! });
        const fresh = referencePassages(viewAccount(setOf(text, changed), 'd1', text, new Map(), memo.keys));
        assert.deepEqual(layout.passages.map(plain), fresh.map(plain), `round ${round}, run ${run}`);
        if (last) taken += layout.passages.filter((p) => last!.layout.passages.some((q) => q.terms.table === p.terms.table && q.terms.table !== last!.view.terms)).length;
        last = { view, layout };
        // Anywhere, or (to reach what a turn's answers read) right after a label.
        const labels = [...text.matchAll(/: /g)];
        const at = next() < 0.4 && labels.length > 0 ? labels[Math.floor(next() * labels.length)]!.index + 2 : Math.floor(next() * text.length);
        const remove = next() < 0.5 ? 0 : Math.floor(next() * 10);
        // A character replaced keeps the length: nothing after the edit moves.
        // A full stop made a question mark keeps the terms too: only the sentences read it.
        const stops = [...text.matchAll(/\./g)];
        if (next() < 0.15 && stops.length > 0) {
          const stop = stops[Math.floor(next() * stops.length)]!.index;
          text = `${text.slice(0, stop)}?${text.slice(stop + 1)}`;
        } else if (next() < 0.25) text = text.slice(0, at) + 'x' + text.slice(at + 1);
        else text = text.slice(0, at) + (next() < 0.3 ? '' : pieces[Math.floor(next() * pieces.length)]!) + text.slice(at + remove);
      }
    }
    // Answered questions of kept turns keep their own tables: some were taken.
    assert.ok(taken > 0);
  });
});
