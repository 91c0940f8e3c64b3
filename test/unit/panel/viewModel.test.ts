import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PanelSnapshot } from '../../../src/shared/panelProtocol';
import { buildPanelSnapshot } from '../../../src/shared/panelSnapshot';
import { buildListModel, foldForSearch, itemsAt, type ListItem } from '../../../src/webview/viewModel';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/webview/viewState';
import { fixtureSet, REPORT, REPORT_URI, span, TEXTS, TRANSCRIPT_URI } from './fixture';

function snapshot(): PanelSnapshot {
  const r = buildPanelSnapshot({ set: fixtureSet(), texts: TEXTS });
  assert.ok(r.ok);
  return r.snapshot;
}

const state = (patch: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });
/** The list as readable lines: `# heading (n)` and `  row-id`. */
const outline = (items: readonly ListItem[]) => items.map((i) => (i.kind === 'heading' ? `# ${i.label} (${i.count})` : `  ${i.row.id}`));

test('buildListModel', async (t) => {
  await t.test('should list rows in report order with unsupported claims last under their own heading', () => {
    const m = buildListModel(snapshot(), state());
    assert.deepEqual(outline(m.items), [
      '# Cross-references in report order (2)',
      '  x1',
      '  x2',
      '# Report claims the transcript does not support (1)',
      '  a7',
    ]);
    assert.deepEqual([m.shown, m.total], [3, 3]);
    assert.deepEqual(m.byClass, { verbatim: 0, close: 1, paraphrase: 1, partial: 0, unsupported: 1, context: 0, unconfirmed: 0 });
  });

  await t.test('should list claims not confirmed apart, between the unsupported ones and context, in a quiet group with its own class', () => {
    const s = snapshot();
    const nearest = { uri: TRANSCRIPT_URI, start: 0, end: 5, text: 'Hello' };
    const withBoth: PanelSnapshot = {
      ...s,
      unsupported: [...s.unsupported, { ...s.unsupported[0]!, id: 'a9', reason: 'context' }, { ...s.unsupported[0]!, id: 'a4', reason: 'unconfirmed', nearest, similarity: 0.3 }],
    };
    const m = buildListModel(withBoth, state());
    assert.deepEqual(outline(m.items).slice(-6), [
      '# Report claims the transcript does not support (1)',
      '  a7',
      '# Not confirmed: a transcript passage is alike, without supporting it (1)',
      '  a4',
      "# Context: the report's own background, not from this event (1)",
      '  a9',
    ]);
    const heading = m.items.find((i) => i.kind === 'heading' && i.unconfirmed);
    assert.ok(heading && heading.kind === 'heading' && !heading.unsupported && !heading.context);
    assert.deepEqual([m.byClass.unsupported, m.byClass.unconfirmed, m.byClass.context], [1, 1, 1]);
    const only = buildListModel(withBoth, state({ classes: ['unconfirmed'] }));
    assert.deepEqual(outline(only.items), ['# Not confirmed: a transcript passage is alike, without supporting it (1)', '  a4']);
  });

  await t.test('should list context last, in its own quiet group with its own class', () => {
    const s = snapshot();
    const withContext: PanelSnapshot = { ...s, unsupported: [...s.unsupported, { ...s.unsupported[0]!, id: 'a9', reason: 'context' }] };
    const m = buildListModel(withContext, state());
    assert.deepEqual(outline(m.items).slice(-4), [
      '# Report claims the transcript does not support (1)',
      '  a7',
      "# Context: the report's own background, not from this event (1)",
      '  a9',
    ]);
    assert.equal(m.items.find((i) => i.kind === 'heading' && i.context)?.key, 'c');
    assert.deepEqual([m.byClass.unsupported, m.byClass.context, m.total], [1, 1, 4]);
    const onlyContext = buildListModel(withContext, state({ classes: ['context'] }));
    assert.deepEqual(outline(onlyContext.items), ["# Context: the report's own background, not from this event (1)", '  a9']);
  });

  await t.test('should group by speaker', () => {
    const m = buildListModel(snapshot(), state({ grouping: 'speaker' }));
    assert.deepEqual(outline(m.items), [
      '# Amara Okafor (1)',
      '  x1',
      '# Ingrid Holm (1)',
      '  x2',
      '# Report claims the transcript does not support (1)',
      '  a7',
    ]);
  });

  await t.test('should group by country, a row in each of its countries, rows without one last', () => {
    const m = buildListModel(snapshot(), state({ grouping: 'country' }));
    assert.deepEqual(outline(m.items), [
      '# Nigeria (1)',
      '  x1',
      '# Norway (1)',
      '  x1',
      '# No country (1)',
      '  x2',
      '# Report claims the transcript does not support (1)',
      '  a7',
    ]);
    assert.equal(new Set(m.items.map((i) => i.key)).size, m.items.length, 'keys are unique');
    assert.equal(m.shown, 3, 'a row shown twice counts once');
  });

  await t.test('should filter by match class, and count classes before that filter', () => {
    const m = buildListModel(snapshot(), state({ classes: ['close'] }));
    assert.deepEqual(outline(m.items), ['# Cross-references in report order (1)', '  x2']);
    assert.equal(m.byClass.paraphrase, 1);
    assert.equal(m.byClass.unsupported, 1);
  });

  await t.test('should filter by speaker and by country', () => {
    assert.deepEqual(outline(buildListModel(snapshot(), state({ speaker: 'p2' })).items).filter((l) => l.startsWith('  ')), ['  x2', '  a7']);
    assert.deepEqual(outline(buildListModel(snapshot(), state({ country: 'c1' })).items).filter((l) => l.startsWith('  ')), ['  x1']);
  });

  await t.test('should search both passages, speaker and country names, all terms, ignoring case and accents', () => {
    const rows = (search: string) => buildListModel(snapshot(), state({ search })).items.flatMap((i) => (i.kind === 'row' ? [i.row.id] : []));
    assert.deepEqual(rows('DOUBLE'), ['x2'], 'transcript side');
    assert.deepEqual(rows('triple'), ['x2'], 'report side');
    assert.deepEqual(rows('okafor accord'), ['x1'], 'speaker name and text');
    assert.deepEqual(rows('okafor emissions'), []);
    assert.deepEqual(rows('holm'), ['x2', 'a7'], 'speaker name only');
    assert.deepEqual(rows('emissions'), ['a7']);
  });

  await t.test('should fold diacritics for search', () => {
    assert.equal(foldForSearch('Côte d’Ivoire ÉLYSÉE'), 'cote d’ivoire elysee');
  });

  await t.test('should restrict to the rows at a place in an account', () => {
    const s = snapshot();
    const at = { uri: REPORT_URI, offset: span(REPORT, 'emissions').start };
    assert.deepEqual(outline(buildListModel(s, state({ at })).items), ['# Report claims the transcript does not support (1)', '  a7']);
    const atTranscript = { uri: TRANSCRIPT_URI, offset: s.rows[0].transcript.end };
    assert.deepEqual(buildListModel(s, state({ at: atTranscript })).items.flatMap((i) => (i.kind === 'row' ? [i.row.id] : [])), ['x1']);
  });

  await t.test('should restrict to the rows starting in a section (a CodeLens paragraph) when the place has an end', () => {
    const s = snapshot();
    const firstLine = { uri: REPORT_URI, offset: 0, end: REPORT.indexOf('\n') };
    assert.deepEqual(buildListModel(s, state({ at: firstLine })).items.flatMap((i) => (i.kind === 'row' ? [i.row.id] : [])), ['x1']);
    const lastTwoLines = { uri: REPORT_URI, offset: REPORT.indexOf('\n') + 1, end: REPORT.length };
    assert.deepEqual(buildListModel(s, state({ at: lastTwoLines })).items.flatMap((i) => (i.kind === 'row' ? [i.row.id] : [])), ['x2', 'a7']);
    assert.deepEqual(buildListModel(s, state({ at: { uri: REPORT_URI, offset: 0, end: 1 } })).items, [], 'no passage starts in [0, 1)');
  });

  await t.test('should show nothing when every class is off', () => {
    const m = buildListModel(snapshot(), state({ classes: [] }));
    assert.deepEqual([m.items.length, m.shown, m.total], [0, 0, 3]);
  });
});

test('itemsAt', async (t) => {
  await t.test('should give the keys of rows whose passage holds the offset, in list order', () => {
    const s = snapshot();
    const m = buildListModel(s, state({ grouping: 'country' }));
    const offset = s.rows[0].report.start + 3;
    assert.deepEqual(itemsAt(m.items, REPORT_URI, offset), ['g:c:c1/x1', 'g:c:c2/x1']);
    assert.deepEqual(itemsAt(m.items, 'file:///elsewhere.txt', offset), []);
  });
});
