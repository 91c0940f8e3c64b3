/**
 * Re-analysis after edits of the kinds that reach the reference side's layout and the
 * term memo's copied runs (`layPassages`, `termTableMemo`): an edit inside a speaker
 * label, one that merges two turns or splits one, at the very start or end of the text,
 * deleting everything, a speaker renamed (persons renumbered), a question mark added or
 * removed, an edit undone (the same text back), CRLF line ends, two documents of the same
 * text. After each, the service that saw the earlier versions must give what a new
 * service gives.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnotationService } from '../../../src/core';
import { seeded } from '../randomEdits';

const TRANSCRIPT = [
  'Press briefing on the harbour accord',
  'The minister opened the briefing with a statement on the harbour accord and the new fees.',
  'ANNA BELL: Good morning. The harbour will reopen in May. We agreed on the new fees with Norway.',
  'OLE HART: Thank you. The ferry line runs again next week. "We will not raise the fees," I told the council.',
  'Q: Will the council close the northern pier?',
  'ANNA BELL: No, it will stay open all year.',
  'Q: You said that the port would be sold to a private firm. Is that still the plan?',
  'OLE HART: I never said that. The port stays public.',
  'Q: Did Anna Bell sign the accord with Kenya?',
  'ANNA BELL: Yes. I signed it on Tuesday in Oslo.',
  'END',
  'The briefing ended after an hour. Reporters said the fees would rise in June.',
].join('\n\n');

const REPORT = [
  'Harbour to reopen in May',
  'Anna Bell said the harbour would reopen in May and that she had agreed on new fees with Norway.',
  'Ole Hart said the ferry line would run again next week, and that "we will not raise the fees".',
  'Bell said the northern pier would stay open all year. Hart denied that the port would be sold to a private firm.',
  'Bell said she signed the accord with Kenya on Monday in Oslo.',
].join('\n\n');

type Edit = (text: string, next: () => number) => string;
const pick = <T>(xs: readonly T[], next: () => number): T => xs[Math.floor(next() * xs.length)]!;
const splice = (text: string, at: number, remove: number, insert: string): string => text.slice(0, at) + insert + text.slice(at + remove);
const labels = (text: string) => [...text.matchAll(/(?:^|\n)([A-Z][A-Z. ]*[A-Z]|Q): /g)].map((m) => ({ at: m.index + m[0].length - m[1]!.length - 2, length: m[1]!.length + 2 }));

const EDITS: readonly Edit[] = [
  // inside a label: a letter changed, added or removed
  (t, n) => { const ls = labels(t); if (ls.length === 0) return t; const l = pick(ls, n); const at = l.at + Math.floor(n() * l.length); return splice(t, at, n() < 0.5 ? 1 : 0, n() < 0.5 ? '' : 'X'); },
  // two turns merged (the break and the next label removed) or one split (a break and a label added)
  (t, n) => { const ls = labels(t).slice(1); if (ls.length === 0) return t; const l = pick(ls, n); const br = t.lastIndexOf('\n\n', l.at); return br < 0 ? t : splice(t, br, l.at + l.length - br, ' '); },
  (t, n) => { const dots = [...t.matchAll(/\. /g)]; if (dots.length === 0) return t; return splice(t, pick(dots, n).index + 1, 1, `\n\n${pick(['ANNA BELL: ', 'OLE HART: ', 'Q: '], n)}`); },
  // the very start or end
  (t, n) => (n() < 0.5 ? splice(t, 0, Math.floor(n() * 4), pick(['', 'Q: ', 'OLE HART: ', 'X', '\n\n'], n)) : splice(t, Math.max(0, t.length - Math.floor(n() * 4)), 4, pick(['', '?', '.', ' Yes.', '\n\nQ: Why?'], n))),
  // a speaker renamed everywhere (persons clustered anew) or in one label
  (t, n) => (n() < 0.5 ? t.replaceAll('OLE HART', 'OLE HARTMANN').replaceAll('Ole Hart', 'Ole Hartmann') : t.replaceAll('OLE HARTMANN', 'OLE HART').replaceAll('Ole Hartmann', 'Ole Hart')),
  (t, n) => { const ls = labels(t); if (ls.length === 0) return t; const l = pick(ls, n); return splice(t, l.at, l.length - 2, pick(['ANNA BELL', 'OLE HART', 'Q', 'MODERATOR'], n)); },
  // the end of the transcript moved ("END": the prose after the turns), or a turn ended
  (t, n) => { const e = t.indexOf('\n\nEND'); if (e >= 0 && n() < 0.5) return splice(t, e, 5, ''); const ls = labels(t); return ls.length === 0 ? t : splice(t, pick(ls, n).at, 0, 'END\n\nThe talks went on. '); },
  // a question mark added or removed
  (t, n) => { const qs = [...t.matchAll(/\?/g)]; if (qs.length > 0 && n() < 0.5) return splice(t, pick(qs, n).index, 1, '.'); const ds = [...t.matchAll(/\./g)]; return ds.length === 0 ? t : splice(t, pick(ds, n).index, 1, '?'); },
  // anywhere: a piece inserted or characters removed
  (t, n) => splice(t, Math.floor(n() * (t.length + 1)), n() < 0.5 ? 0 : Math.floor(n() * 12), pick(['', '\n\n', ' not', 'Norway', '"', 'Yes. ', 'No, ', '?', 'Anna Bell'], n)),
];

function check(crlf: boolean, seed: number, runs: number, steps: number): void {
  const next = seeded(seed);
  const eol = (s: string): string => (crlf ? s.replace(/\r?\n/g, '\r\n') : s);
  for (let run = 0; run < runs; run++) {
    const service = createAnnotationService();
    // Two transcripts of the same text (the second edited apart from the first now and then).
    const accounts = [
      { uri: 'file:///report.txt', text: eol(REPORT) },
      { uri: 'file:///transcript.txt', text: eol(TRANSCRIPT) },
      { uri: 'file:///copy.txt', text: eol(TRANSCRIPT) },
    ];
    service.annotateAccounts(accounts);
    const history: string[] = [];
    for (let step = 0; step < steps; step++) {
      const i = next() < 0.75 ? 1 : next() < 0.5 ? 2 : 0;
      const before = accounts[i]!.text;
      const r = next();
      // undone (the text of two versions ago back), everything deleted, or an edit of a kind above
      const text = r < 0.1 && history.length > 1 ? history[history.length - 2]! : r < 0.13 ? '' : r < 0.16 ? eol(TRANSCRIPT) : eol(pick(EDITS, next)(before.replace(/\r\n/g, '\n'), next));
      history.push(before);
      accounts[i] = { ...accounts[i]!, text };
      const got = service.annotateAccounts(accounts);
      const want = createAnnotationService().annotateAccounts(accounts);
      assert.deepEqual(got, want, `seed ${seed}, run ${run}, step ${step}: ${JSON.stringify(before)} -> ${JSON.stringify(text)}`);
    }
  }
}

test('re-analysis after edits of turns, labels, questions and whole texts', async (t) => {
  await t.test('should give what a new service gives (LF)', () => check(false, 7, 5, 12));
  await t.test('should give what a new service gives (CRLF)', () => check(true, 8, 3, 12));
});
