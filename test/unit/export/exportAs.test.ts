import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLValidator } from 'fast-xml-parser';
import { EXPORT_FORMATS, exportAs, exportText } from '../../../src/core/export/index';
import type { Annotation, AnnotationSet } from '../../../src/core/model/annotation';

/** A set of `n` sentences, each with a person, a country and a claim that crosses the next sentence's person. */
function largeSet(n: number): { set: AnnotationSet; text: string } {
  const sentence = 'Ana Vale said France grew. ';
  const text = sentence.repeat(n);
  const annotations: Annotation[] = [];
  for (let i = 0; i < n; i++) {
    const at = i * sentence.length;
    const span = (start: number, end: number) => ({ document: 'd1', start: at + start, end: at + end, text: text.slice(at + start, at + end) });
    annotations.push({ id: `a${3 * i + 1}`, kind: 'person', ...span(0, 8), entity: 'p1' });
    annotations.push({ id: `a${3 * i + 2}`, kind: 'country', ...span(14, 20), entity: 'c1' });
    if (i + 1 < n) annotations.push({ id: `a${3 * i + 3}`, kind: 'claim', ...span(9, sentence.length + 4), speaker: 'p1', claimType: 'reported' });
  }
  return {
    text,
    set: {
      format: 'transcript-annotator/1',
      documents: [{ id: 'd1', uri: 'file:///large.txt', role: 'report', length: text.length }],
      entities: [
        { id: 'p1', kind: 'person', name: 'Ana Vale', aliases: [] },
        { id: 'c1', kind: 'country', name: 'France', aliases: [], iso: 'FR' },
      ],
      annotations: annotations.sort((a, b) => a.start - b.start),
      crossReferences: [],
      unmatched: [],
    },
  };
}

test('exportAs', async (t) => {
  const { set, text } = largeSet(4000);

  await t.test('should make each file export in pieces of bounded length, never one string (issue 14: w3c of 20 MB is longer than a string can be)', () => {
    for (const format of EXPORT_FORMATS) {
      const output = exportAs(format, set, { d1: text });
      if (output.kind !== 'file') continue;
      let total = 0;
      let longest = 0;
      let pieces = 0;
      for (const piece of output.chunks()) {
        total += piece.length;
        longest = Math.max(longest, piece.length);
        pieces++;
      }
      assert.ok(pieces > 1, `${format}: one piece`);
      assert.ok(longest < 500_000, `${format}: a piece of ${longest} of ${total} characters`);
    }
  });

  await t.test('should split claims that cross names into well-formed TEI fragments, thousands of times', () => {
    const output = exportAs('tei', set, { d1: text });
    assert.equal(output.kind, 'file');
    const xml = output.kind === 'file' ? exportText(output) : '';
    assert.equal(XMLValidator.validate(xml), true);
    // Each claim but the last crosses the next sentence's person: one fragment pair per claim.
    assert.equal(xml.match(/ next="#d1-a\d+-2"/g)?.length, 3999);
    assert.equal(xml.match(/ prev="#d1-a\d+"/g)?.length, 3999);
  });
});
