import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSemanticTokens, collectTokenSpans, labelRange, layerTokenSpans, TOKEN_MODIFIERS, TOKEN_TYPES, type TokenInput } from '../../../src/extension/tokenSpans';
import { LineIndex } from '../../../src/extension/lineIndex';
import { CONTEXT_SET, ENTITIES, REPORT, SET, STAT, TRANSCRIPT, TURN_2 } from './fixtureSet';

const all = { speakers: true, persons: true, countries: true, claims: true };

function input(doc: 'd1' | 'd2', highlight = all): TokenInput {
  return {
    text: doc === 'd1' ? REPORT : TRANSCRIPT,
    annotations: SET.annotations.filter((a) => a.document === doc),
    entities: new Map(ENTITIES.map((e) => [e.id, e])),
    unsupported: new Set(SET.unmatched.map((u) => u.annotation)),
    highlight,
  };
}

/** Decodes tokens to readable `line:char text type.modifiers` lines. */
function decode(text: string, data: Uint32Array): string[] {
  const lines = new LineIndex(text);
  const out: string[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i]!;
    char = data[i]! === 0 ? char + data[i + 1]! : data[i + 1]!;
    const start = lines.lineStart(line) + char;
    const mods = TOKEN_MODIFIERS.filter((_, b) => data[i + 4]! & (1 << b));
    out.push(`${line}:${char} ${text.slice(start, start + data[i + 2]!)} ${[TOKEN_TYPES[data[i + 3]!], ...mods].join('.')}`);
  }
  return out;
}

test('semantic token spans', async (t) => {
  await t.test('should cut claims around the mentions inside them', () => {
    const tokens = decode(REPORT, buildSemanticTokens(input('d1'), new LineIndex(REPORT)));
    assert.ok(tokens.includes('0:40 "will double aid to  claim.quote'), tokens.join('\n'));
    assert.ok(tokens.includes('0:60 Peru country'));
    assert.ok(tokens.includes('0:64 " claim.quote'));
    assert.ok(tokens.includes('0:11 Ingrid Halvorsen speaker'), 'a person who speaks is a speaker');
  });
  await t.test('should mark claims the other account does not support', () => {
    const tokens = decode(REPORT, buildSemanticTokens(input('d1'), new LineIndex(REPORT)));
    assert.ok(tokens.includes('2:56 Exports rose 12 percent. claim.statistic.unsupported'), tokens.join('\n'));
  });
  await t.test('should give context the quiet context modifier, never the unsupported mark', () => {
    const quiet: TokenInput = { ...input('d1'), unsupported: new Set(), context: new Set(CONTEXT_SET.unmatched.map((u) => u.annotation)) };
    const tokens = decode(REPORT, buildSemanticTokens(quiet, new LineIndex(REPORT)));
    assert.ok(tokens.includes('2:56 Exports rose 12 percent. claim.statistic.context'), tokens.join('\n'));
    assert.ok(!tokens.some((l) => l.includes('unsupported')));
    assert.equal(STAT.start, REPORT.indexOf('Exports'));
  });
  await t.test('should give turn labels the speaker type with the label modifier', () => {
    const tokens = decode(TRANSCRIPT, buildSemanticTokens(input('d2'), new LineIndex(TRANSCRIPT)));
    assert.ok(tokens.includes('0:0 INGRID HALVORSEN speaker.label'));
    assert.ok(tokens.includes('2:0 QUESTION speaker.label'));
  });
  await t.test('should split a claim spanning lines into one token per line', () => {
    const text = 'He said "one\ntwo\r\nthree" today';
    const claim = { id: 'a1', document: 'd1', kind: 'claim' as const, claimType: 'quote' as const, start: 8, end: 24, text: text.slice(8, 24) };
    const tokens = decode(text, buildSemanticTokens({ ...input('d1'), text, annotations: [claim] }, new LineIndex(text)));
    assert.deepEqual(tokens, ['0:8 "one claim.quote', '1:0 two claim.quote', '2:0 three" claim.quote']);
  });
  await t.test('should switch kinds off by setting', () => {
    const spans = collectTokenSpans(input('d1', { ...all, claims: false, countries: false }));
    assert.deepEqual([...new Set(spans.map((s) => s.type))], ['speaker']);
  });
  await t.test('should never emit overlapping pieces', () => {
    const pieces = layerTokenSpans(collectTokenSpans(input('d1')));
    for (let i = 1; i < pieces.length; i++) assert.ok(pieces[i]!.start >= pieces[i - 1]!.end);
  });
  await t.test('should find a label up to the colon', () => {
    assert.deepEqual(labelRange(TRANSCRIPT, TURN_2), { start: TURN_2.start, end: TURN_2.start + 'QUESTION'.length });
    const text = '  Mr\\_Obi (via video): Hello.';
    const turn = { id: 't', document: 'd2', kind: 'turn' as const, start: 0, end: text.length, text, label: 'Mr_Obi (via video)' };
    assert.deepEqual(labelRange(text, turn), { start: 2, end: 21 });
  });
});
