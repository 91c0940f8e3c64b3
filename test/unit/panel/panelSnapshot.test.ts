import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildPanelSnapshot } from '../../../src/shared/panelSnapshot';
import { normaliseDiff } from '../../../src/shared/reportDiff';
import { checkToPanel } from '../../../src/shared/panelProtocol';
import { fixtureSet, REPORT, REPORT_URI, span, TEXTS, TRANSCRIPT, TRANSCRIPT_URI } from './fixture';

function build(maxPassageChars?: number) {
  const result = buildPanelSnapshot({ set: fixtureSet(), texts: TEXTS, maxPassageChars });
  assert.ok(result.ok, result.ok ? '' : result.error);
  return result.snapshot;
}

test('buildPanelSnapshot', async (t) => {
  await t.test('should put the report passage on the report side whichever way the cross-reference points', () => {
    const s = build();
    assert.deepEqual(s.rows.map((r) => r.id), ['x1', 'x2']);
    for (const row of s.rows) {
      assert.equal(row.report.uri, REPORT_URI);
      assert.equal(row.transcript.uri, TRANSCRIPT_URI);
      assert.equal(row.report.text, REPORT.slice(row.report.start, row.report.end));
      assert.equal(row.transcript.text, TRANSCRIPT.slice(row.transcript.start, row.transcript.end));
    }
    assert.equal(s.rows[1].report.text, 'We expect trade to triple within five years.');
  });

  await t.test('should take the speaker from the claim, else from the transcript turn', () => {
    const s = build();
    assert.equal(s.rows[0].speaker, 'p1'); // claim a4
    assert.equal(s.rows[1].speaker, 'p2'); // claim a6 has none: turn a10
    assert.equal(s.rows[1].claimType, 'quote');
  });

  await t.test("should carry the report's attribution and the transcript's speaker apart", () => {
    const s = build();
    assert.deepEqual([s.rows[0].attribution, s.rows[0].transcriptSpeaker], ['p1', 'p1']);
    // The report quote names no one; the transcript turn is p2's: not merged into one chip.
    assert.deepEqual([s.rows[1].attribution, s.rows[1].transcriptSpeaker], [undefined, 'p2']);
    assert.equal(s.unsupported[0].attribution, 'p2');
  });

  await t.test('should list the countries mentioned inside either passage', () => {
    const s = build();
    assert.deepEqual([...s.rows[0].countries].sort(), ['c1', 'c2']);
    assert.deepEqual(s.rows[1].countries, []);
  });

  await t.test('should list unsupported report claims with their speaker and countries', () => {
    const s = build();
    assert.equal(s.unsupported.length, 1);
    assert.equal(s.unsupported[0].id, 'a7');
    assert.equal(s.unsupported[0].speaker, 'p2');
    assert.equal(s.unsupported[0].claimType, 'statistic');
    assert.deepEqual(s.unsupported[0].countries, ['c2']);
    assert.equal(s.unsupported[0].report.text, 'Norway had cut emissions by half');
    assert.equal(s.unsupported[0].reason, 'unsupported');
    assert.equal(s.unsupported[0].nearest, undefined);
  });

  await t.test('should give an unsupported claim its nearest transcript passage and similarity, and list claims not confirmed with theirs', () => {
    const set = fixtureSet();
    const [u] = set.unmatched;
    const near = { document: 'd2', ...span(TRANSCRIPT, 'Norway') };
    const claim = set.annotations.find((a) => a.id === 'a4')!;
    const r = buildPanelSnapshot({
      set: { ...set, unmatched: [{ ...u!, nearest: { ...near, score: 0.123 } }], unconfirmed: [{ document: 'd1', start: claim.start, end: claim.end, annotation: 'a4', nearest: { ...near, score: 0.31 } }] },
      texts: TEXTS,
    });
    assert.ok(r.ok);
    const [unsupported, unconfirmed] = [...r.snapshot.unsupported].sort((a, b) => a.reason.localeCompare(b.reason)).reverse();
    assert.deepEqual([unsupported!.reason, unsupported!.nearest?.text, unsupported!.similarity], ['unsupported', 'Norway', 0.123]);
    assert.deepEqual([unconfirmed!.reason, unconfirmed!.id, unconfirmed!.nearest?.uri, unconfirmed!.nearest?.text, unconfirmed!.similarity], ['unconfirmed', 'a4', TRANSCRIPT_URI, 'Norway', 0.31]);
    assert.equal(unconfirmed!.speaker, 'p1');
    const checked = checkToPanel({ type: 'snapshot', snapshot: r.snapshot });
    assert.ok(checked.ok, checked.ok ? '' : checked.error);
    // Only the report's: an entry of the transcript is not a report claim.
    const other = buildPanelSnapshot({ set: { ...set, unconfirmed: [{ ...near, annotation: 'a9', nearest: { ...near, score: 0.2 } }] }, texts: TEXTS });
    assert.ok(other.ok);
    assert.deepEqual(other.snapshot.unsupported.map((x) => x.reason), ['unsupported']);
  });

  await t.test('should count mentions of each entity per account', () => {
    const s = build();
    const by = new Map(s.entities.map((e) => [e.id, e]));
    assert.deepEqual([by.get('c2')?.reportMentions, by.get('c2')?.transcriptMentions], [2, 1]);
    assert.deepEqual([by.get('p1')?.reportMentions, by.get('p1')?.transcriptMentions], [1, 0]);
    assert.equal(by.get('c3')?.reportMentions, 0);
  });

  await t.test('should turn the word diff round when the transcript is the "from" side', () => {
    const s = build();
    assert.deepEqual(s.rows[1].diff, [
      { op: 'kept', report: 'We expect trade to', transcript: 'We expect trade to' },
      { op: 'changed', report: 'triple', transcript: 'double' },
      { op: 'kept', report: 'within five years.', transcript: 'within five years.' },
      { op: 'dropped', transcript: 'really' },
    ]);
    assert.equal(s.rows[1].fidelity, 0.86);
  });

  await t.test('should keep the diff as it is when the report is the "from" side', () => {
    assert.deepEqual(normaliseDiff([{ op: 'added', from: 'new' }, { op: 'dropped', to: 'old' }], true), [
      { op: 'added', report: 'new' },
      { op: 'dropped', transcript: 'old' },
    ]);
  });

  await t.test('should shorten long passages and say so', () => {
    const s = build(10);
    assert.equal(s.rows[0].report.text.length, 10);
    assert.equal(s.rows[0].report.truncated, true);
    assert.equal(s.rows[0].report.end - s.rows[0].report.start > 10, true);
  });

  await t.test('should name the files by their decoded file names', () => {
    const s = build();
    assert.equal(s.report.name, 'report news.txt');
    assert.equal(s.transcript.name, 'transcript.txt');
  });

  await t.test('should produce a message that passes the panel validator', () => {
    const checked = checkToPanel({ type: 'snapshot', snapshot: build() });
    assert.ok(checked.ok, checked.ok ? '' : checked.error);
  });

  await t.test('should refuse a set without a report and a transcript, saying which roles it has', () => {
    const set = fixtureSet();
    const result = buildPanelSnapshot({ set: { ...set, documents: [set.documents[1]] }, texts: TEXTS });
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.error, /one report and one transcript.*transcript\.txt \(transcript\)/);
  });

  await t.test('should refuse when a text is missing, naming the file', () => {
    const result = buildPanelSnapshot({ set: fixtureSet(), texts: new Map([[REPORT_URI, REPORT]]) });
    assert.match(result.ok ? '' : result.error, /transcript\.txt is not available/);
  });

  await t.test('should skip cross-references within one account', () => {
    const set = fixtureSet();
    const p = span(REPORT, 'Okafor');
    const same = { ...set, crossReferences: [...set.crossReferences, { id: 'x9', from: { document: 'd1', ...p }, to: { document: 'd1', ...p }, score: 1, match: 'verbatim' as const }] };
    const result = buildPanelSnapshot({ set: same, texts: TEXTS });
    assert.deepEqual(result.ok && result.snapshot.rows.map((r) => r.id), ['x1', 'x2']);
  });
});
