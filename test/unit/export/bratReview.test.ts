/**
 * brat export of reviews: `Verdict` attributes, the note in AnnotatorNotes, `R` lines for
 * cross-references inside one account, and an annotation.conf that declares them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bratAnnotationConf, bratVerdict, toBrat } from '../../../src/core/export/brat';
import type { AnnotationSet } from '../../../src/core/model/annotation';
import { TEXTS } from './fixture';
import { HOSTILE_NOTE, reviewedSet } from './reviewedFixture';

/** brat's line grammar for the line kinds the export writes. */
const LINE = /^(T\d+\t\w+ \d+ \d+(;\d+ \d+)*\t[^\n]*|A\d+\t\w+ T\d+( [^\s]+)?|R\d+\t\w+ Arg1:T\d+ Arg2:T\d+|#\d+\tAnnotatorNotes T\d+\t[^\t\n]*)$/;

test('toBrat with reviews', async (t) => {
  const files = toBrat(reviewedSet(), TEXTS);
  const report = files.find((f) => f.name === 'report one.ann')!.content;
  const transcript = files.find((f) => f.name === 'transcript.ann')!.content;
  const conf = files.find((f) => f.name === 'annotation.conf')!.content;

  await t.test('should keep to brat\'s line grammar', () => {
    for (const line of [...report.split('\n'), ...transcript.split('\n')].filter((l) => l !== '')) assert.match(line, LINE);
  });

  await t.test('should write verdicts as Verdict attributes, spaces as underscores, declared in annotation.conf', () => {
    const tidOf = (text: string) => /^(T\d+)\tClaim /m.exec(report.split('\n').filter((l) => l.endsWith(`\t${text}`)).join('\n'))![1];
    const quote = tidOf('"=cmd|\' /C calc\'!A0, <b>&amp;"');
    assert.ok(report.includes(`\tVerdict ${quote} misquoted\n`));
    assert.match(report, /\tVerdict T\d+ out_of_context\n/);
    assert.match(conf, /^Verdict\tArg:Claim, Value:accurate\|misquoted\|out_of_context\|unsupported\|needs_checking$/m);
    assert.match(conf, /^Counterpart\tArg1:Claim\|Passage\|Turn, Arg2:Claim\|Passage\|Turn$/m);
    assert.equal(bratVerdict('  half   true '), 'half_true');
    assert.match(bratAnnotationConf(['accurate', 'half true', 'accurate']), /Value:accurate\|half_true$/m);
  });

  await t.test('should write the note and reviewer as JSON strings in AnnotatorNotes, and a link\'s review beside it', () => {
    const note = report.split('\n').find((l) => l.includes('AnnotatorNotes') && l.includes('note "'))!;
    const m = /\tnote ("(?:[^"\\]|\\.)*") reviewer ("(?:[^"\\]|\\.)*")/.exec(note)!;
    assert.equal(JSON.parse(m[1]!), HOSTILE_NOTE);
    assert.equal(JSON.parse(m[2]!), 'Dana Reviewer');
    assert.match(transcript, /counterpart report one\.txt T\d+ close 0\.81 verdict "accurate" note "same words" reviewer "Lee"/);
  });

  await t.test('should write R lines only for cross-references inside one account', () => {
    assert.doesNotMatch(report + transcript, /^R\d+/m, 'report ↔ transcript links cannot be brat relations');
    const set = reviewedSet();
    const a4 = set.annotations.find((a) => a.id === 'a4')!;
    const a2 = set.annotations.find((a) => a.id === 'a2')!;
    const inside: AnnotationSet = { ...set, crossReferences: [...set.crossReferences, { id: 'x3', from: { document: 'd1', start: a4.start, end: a4.end }, to: { document: 'd1', start: a2.start, end: a2.end }, score: 0.5, match: 'partial' }] };
    const ann = toBrat(inside, TEXTS).find((f) => f.name === 'report one.ann')!.content;
    const tid = (a: typeof a2) => ann.split('\n').find((l) => l.startsWith('T') && l.includes(`\tClaim ${a.start} `))!.split('\t')[0];
    assert.match(ann, new RegExp(`^R1\\tCounterpart Arg1:${tid(a4)} Arg2:${tid(a2)}$`, 'm'));
  });
});
