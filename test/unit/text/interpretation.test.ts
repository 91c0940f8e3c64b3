/**
 * Reading interpretation notes (`readInterpretation`, `isInterpretationNote`): which turns
 * give a speaker's words through an interpreter or a translation, in the label styles of
 * public transcripts, and whether the document says it is a translation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { interpretationReading, isInterpretationNote, readInterpretation, type TurnLike } from '../../../src/core/text/interpretation';
import { sharedStretches } from '../../../src/core/text/sharedStretches';

/** Turns of `text`: one per paragraph that opens with `Label:` (label as given). */
function turnsOf(text: string, labels: readonly string[]): TurnLike[] {
  const starts = labels.map((l) => {
    const at = text.indexOf(`\n${l}`);
    assert.ok(at >= 0, `label ${l} not in the text`);
    return { at: at + 1, label: l };
  });
  return starts.map((s, i) => ({ start: s.at, end: i + 1 < starts.length ? starts[i + 1]!.at - 1 : text.length, label: s.label }));
}

test('interpretation notes', async (t) => {
  await t.test('should read the notes of public transcript styles as interpretation', () => {
    for (const note of ['As interpreted.', 'Via interpreter', 'Through an interpreter', 'retranslated', 'Speaks Spanish.', 'spoke in French', 'in Portuguese', 'interpretation from Arabic', 'Questioned in Hindi; Approximate Translation: Sir, I am from the Daily', 'Provisional translation', 'Translated from Korean']) {
      assert.equal(isInterpretationNote(note), true, note);
    }
  });

  await t.test('should not read other stage directions, the transcript\'s own language or places as interpretation', () => {
    for (const note of ['Laughter.', 'Applause.', 'inaudible', 'in English', 'Speaks English.', 'in person', 'in Washington', 'No translation provided.', 'crosstalk', 'and I quote']) {
      assert.equal(isInterpretationNote(note), false, note);
    }
  });
});

test('interpreted turns', async (t) => {
  const text = [
    'Joint press conference of President Lee and Chancellor Becker',
    '',
    'PRESIDENT LEE: (As interpreted.) We agreed to expand trade.',
    '',
    'CHANCELLOR BECKER: Thank you, Mr. President. We are close partners.',
    '',
    'THE INTERPRETER: The Chancellor said she is grateful for the hospitality.',
    '',
    'Mr. Dupont (France) (spoke in French): The council should act.',
    '',
    'Mr. Grant (in English): I agree with that.',
    '',
    'MINISTER RUIZ: (Speaks Spanish.) (As interpreted.) We will sign next week.',
    '',
    'Question (to both leaders): Will you meet again (in person) next year?',
    '',
  ].join('\n');
  const labels = ['PRESIDENT LEE', 'CHANCELLOR BECKER', 'THE INTERPRETER', 'Mr. Dupont', 'Mr. Grant', 'MINISTER RUIZ', 'Question'];
  const turns = turnsOf(text, labels);

  await t.test('should mark the turns whose label or opening notes say interpreted, and no other', () => {
    const read = readInterpretation(text, turns);
    assert.deepEqual(labels.filter((_, i) => read.turns[i]), ['PRESIDENT LEE', 'THE INTERPRETER', 'Mr. Dupont', 'MINISTER RUIZ']);
    assert.equal(read.translated, false);
  });

  await t.test('should read a retranslated turn (Kremlin style) as interpreted, and the document as a translation', () => {
    const kremlin = 'Press statements following talks\n\nPresident of Russia Ivan Sokolov: Good afternoon.\n\nAnna Becker (retranslated): Yes, we discussed the situation in detail.\n';
    const read = readInterpretation(kremlin, turnsOf(kremlin, ['President of Russia Ivan Sokolov', 'Anna Becker']));
    assert.deepEqual(read.turns, [false, true]);
    assert.equal(read.translated, true);
  });

  await t.test('should not read a parenthesis inside the words spoken', () => {
    const spoken = 'Opening\n\nMR. HOLM: We asked for help (as translated by the embassy, the letter was clear) and got it.\n';
    const read = readInterpretation(spoken, turnsOf(spoken, ['MR. HOLM']));
    assert.deepEqual(read.turns, [false]);
  });

  await t.test('should read a document that says it is a translation', () => {
    for (const head of ['[Translation]', '[Provisional Translation]', 'This is a provisional translation by an external company for reference purpose only.', '(Unofficial translation)', 'Note: This is an approximate translation of the press statement.']) {
      const doc = `Press Conference by the Prime Minister\n\n${head}\n\nPRIME MINISTER ODE: Good evening.\n`;
      assert.equal(readInterpretation(doc, turnsOf(doc, ['PRIME MINISTER ODE'])).translated, true, head);
    }
  });

  await t.test('should not take a speaker\'s words about a translation, or a long line, for a note on the document', () => {
    const spoken = 'Press Conference by the Prime Minister\n\nPRIME MINISTER ODE: Good evening.\nUnofficial translation of the treaty is not enough for us.\n';
    assert.equal(readInterpretation(spoken, turnsOf(spoken, ['PRIME MINISTER ODE'])).translated, false);
    const prose = 'Press Conference by the Prime Minister\n\nTranslation services for the regional courts were the first subject of the meeting, and the minister spoke of them at length before the questions from the floor began.\n\nPRIME MINISTER ODE: Good evening.\n';
    assert.equal(readInterpretation(prose, turnsOf(prose, ['PRIME MINISTER ODE'])).translated, false);
    const heading = 'Translation services for the courts\n\nPRIME MINISTER ODE: Good evening.\n';
    assert.equal(readInterpretation(heading, turnsOf(heading, ['PRIME MINISTER ODE'])).translated, false);
  });

  await t.test('should read after an edit what a fresh reading reads, taking the turns the edit did not reach from the last reading', () => {
    const base = ['Press statements', '', 'PRESIDENT LEE (through interpreter): Welcome.', '', 'Anna Becker (retranslated): Yes, we agreed.', '', 'MR. HOLM: (Speaks Spanish.) We will sign.', '', 'THE INTERPRETER: He thanks you.', '', 'MS. RUIZ: Thank you all.', ''].join('\n');
    // a text that does not hold "translat" (then only the edited stretch is looked at for it), with a note one deletion away from being one
    const plain = ['Press statements', '', '[Provisional Transl ation]', '', 'PRESIDENT LEE: Welcome.', '', 'MS. RUIZ: (in French) Thank you all.', ''].join('\n');
    const pieces = ['', '\n\n', '(As interpreted.) ', '(retranslated)', ' (in French)', 'THE INTERPRETER: ', 'MS. KAY: ', 'x', ':', '(', ')', 'trans', 'lation', '\n\n[Translation]\n\n'];
    // every paragraph with a colon in its first line is a turn, labelled (every other turn: a label that depends on the turns before it) with what comes before its first parenthesis or colon
    const turnsIn = (text: string): TurnLike[] => {
      const out: TurnLike[] = [];
      let at = 0;
      for (const para of text.split('\n\n')) {
        const line = para.split('\n')[0]!;
        const colon = line.indexOf(':');
        if (colon > 0) out.push(out.length % 2 === 0 ? { start: at, end: at + para.length, label: line.slice(0, colon).split('(')[0]!.trim() } : { start: at, end: at + para.length });
        at += para.length + 2;
      }
      return out;
    };
    /** Edits `text` (at, characters removed, put in) one after the other, each reading compared with a fresh one. */
    const check = (edits: readonly (readonly [number, number, string])[], from = base): void => {
      let text = from;
      let last = interpretationReading(text, turnsIn(text));
      for (const [at, remove, insert] of edits) {
        const next = text.slice(0, at) + insert + text.slice(at + remove);
        const turns = turnsIn(next);
        const read = interpretationReading(next, turns, { reading: last, stretches: sharedStretches(text, next) });
        const fresh = interpretationReading(next, turns);
        assert.deepEqual(read.interpretation, fresh.interpretation);
        assert.deepEqual(read.records, fresh.records);
        assert.equal(read.mentionsTranslation, fresh.mentionsTranslation);
        text = next;
        last = read;
      }
    };
    // a note changed in place (the turn as long as it was), and a turn cut short before its note
    check([[base.indexOf('Spanish'), 'Spanish'.length, 'English']]);
    check([[base.indexOf('(Speaks'), 0, '\n\n']]);
    // the document's note made by joining two words: the word found across the edit's edge
    check([[plain.indexOf('Transl ation') + 'Transl'.length, 1, '']], plain);
    assert.equal(interpretationReading(plain.replace('Transl ation', 'Translation'), []).interpretation.translated, true);
    fc.assert(
      fc.property(fc.constantFrom(base, plain), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 12 }), fc.constantFrom(...pieces)), { minLength: 1, maxLength: 6 }), (from, edits) => {
        let length = from.length;
        check(
          edits.map(([where, remove, insert]) => {
            const at = Math.floor(where * (length + 1));
            length += insert.length - Math.min(remove, length - at);
            return [at, remove, insert] as const;
          }),
          from,
        );
      }),
      { numRuns: 400 },
    );
  });
});
