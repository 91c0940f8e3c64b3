/**
 * The coverage hover of a transcript sentence (src/extension/coverageHoverContent.ts):
 * every report's rendering, only for events of two or more reports, document text escaped.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCoverage, findTranscript } from '../../../src/core/coverage/index';
import { createAnnotationService } from '../../../src/core/index';
import { buildCoverageHover, sentenceAt } from '../../../src/extension/coverageHoverContent';
import { ALTERED, ENGINEER_ONLY, FAITHFUL, TRANSCRIPT } from '../coverage/eventFixture';

function hoverInput(reports: Record<string, string>) {
  const accounts = [{ uri: 'file:///e/transcript.txt', text: TRANSCRIPT }, ...Object.entries(reports).map(([name, text]) => ({ uri: `file:///e/${name}`, text }))];
  const set = createAnnotationService().annotateAccounts(accounts);
  const texts = Object.fromEntries(set.documents.map((d, i) => [d.id, accounts[i]!.text]));
  const names = Object.fromEntries(set.documents.map((d) => [d.id, d.uri.slice('file:///e/'.length)]));
  return { coverage: buildCoverage(set, texts, findTranscript(set)!), texts, names, persons: new Map(set.entities.map((e) => [e.id, e.name])) };
}

const at = (needle: string) => TRANSCRIPT.indexOf(needle);

test('buildCoverageHover', async (t) => {
  const input = hoverInput({ 'gazette.txt': FAITHFUL, 'coastal.txt': ALTERED, 'engineers.txt': ENGINEER_ONLY });

  await t.test('should list every report\'s rendering of the sentence, with fidelity and findings', () => {
    const hover = buildCoverageHover({ ...input, offset: at('northern harbour wall') })!;
    const lines = hover.markdown.split('  \n');
    assert.equal(lines[0], '**Reported by 2 of 3 reports**');
    assert.match(lines[1]!, /^≡ gazette\\\.txt: \*\*verbatim\*\*, fidelity 100% — “The council will rebuild/);
    assert.match(lines[2]!, /^≈ coastal\\\.txt: \*\*close\*\*, fidelity 77% — “.*summer tourists.*” _\(.*quote altered/);
    assert.equal(lines[3], '— engineers\\.txt: absent');
    assert.equal(TRANSCRIPT.slice(hover.start, hover.end), 'The council will rebuild the northern harbour wall before the winter storms arrive.');
  });

  await t.test('should name the event first when it has a name, escaped', () => {
    const hover = buildCoverageHover({ ...input, offset: at('northern harbour wall'), event: 'Harbour *renewal*' })!;
    assert.equal(hover.markdown.split('  \n')[0], 'Event “Harbour \\*renewal\\*”: **Reported by 2 of 3 reports**');
  });

  await t.test('should say nothing where no report renders the sentence, or outside sentences', () => {
    assert.equal(buildCoverageHover({ ...input, offset: at('Good morning') }), undefined);
    assert.equal(buildCoverageHover({ ...input, offset: at('MAYOR LINDQVIST') }), undefined, 'a label is no sentence');
  });

  await t.test('should say nothing for an event of one report (the pair hover says it)', () => {
    const one = hoverInput({ 'gazette.txt': FAITHFUL });
    assert.equal(buildCoverageHover({ ...one, offset: at('northern harbour wall') }), undefined);
  });

  await t.test('should escape the report words and names', () => {
    const hostile = hoverInput({ 'a[x](command:evil).txt': FAITHFUL.replace('Tuesday', '[click](command:workbench.action.quit)'), 'b.txt': ALTERED });
    const hover = buildCoverageHover({ ...hostile, offset: at('northern harbour wall') })!;
    assert.doesNotMatch(hover.markdown, /\[x\]\(command/);
    assert.match(hover.markdown, /a\\\[x\\\]\\\(command\\:evil\\\)\\\.txt/);
  });
});

test('sentenceAt', async (t) => {
  await t.test('should find the sentence holding an offset, and none between sentences', () => {
    const { coverage } = hoverInput({ 'gazette.txt': FAITHFUL });
    assert.equal(TRANSCRIPT.slice(sentenceAt(coverage, at('metres higher'))!.start, sentenceAt(coverage, at('metres higher'))!.end), 'The new wall will be two metres higher than the old one.');
    assert.equal(sentenceAt(coverage, at('HARBOUR RENEWAL')), undefined);
  });
});
