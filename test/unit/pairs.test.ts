import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  counterpartInPairs,
  EMPTY_PAIRS,
  eventName,
  eventOf,
  isRemovedFromEvent,
  orientEvents,
  parsePairsFile,
  serializePairsFile,
  withExcluded,
  withIncluded,
  withPair,
  withReportInEvent,
  withReportRemoved,
  type PairsConfig,
} from '../../src/core/pairs';

function parsed(text: string): PairsConfig {
  const r = parsePairsFile(text);
  assert.ok(r.ok, r.ok ? '' : r.error);
  return r.config;
}

test('workspace file (events)', async (t) => {
  await t.test('should read an empty file as no events', () => {
    assert.deepEqual(parsePairsFile('  \n'), { ok: true, config: EMPTY_PAIRS, readVersion: 2 });
  });

  await t.test('should read the version 1 pairs form as events of one report', () => {
    const r = parsePairsFile(JSON.stringify({ version: 1, pairs: [['b/wire.txt', 'b/hearing.txt']], include: ['x.md'], exclude: [] }));
    assert.ok(r.ok);
    assert.equal(r.readVersion, 1);
    assert.deepEqual(r.config.events, [{ transcript: 'b/hearing.txt', reports: ['b/wire.txt'] }]);
    assert.deepEqual(r.config.include, ['x.md']);
    // The pairing is the same as version 1 gave, from either side.
    assert.equal(counterpartInPairs(r.config, 'b/wire.txt'), 'b/hearing.txt');
    assert.equal(counterpartInPairs(r.config, 'b/hearing.txt'), 'b/wire.txt');
  });

  await t.test('should read a file without version and with pairs as version 1', () => {
    const r = parsePairsFile('{"pairs": [["a.txt", "b.txt"]]}');
    assert.ok(r.ok);
    assert.equal(r.readVersion, 1);
  });

  await t.test('should write the version 2 events form', () => {
    const v1 = parsed(JSON.stringify({ version: 1, pairs: [['wire.txt', 'hearing.txt']] }));
    const text = serializePairsFile(withReportInEvent(v1, 'hearing.txt', 'daily.md'));
    const json = JSON.parse(text);
    assert.equal(json.version, 2);
    assert.deepEqual(json.events, [{ transcript: 'hearing.txt', reports: ['wire.txt', 'daily.md'] }]);
    assert.equal('pairs' in json, false);
    assert.ok(text.endsWith('\n'));
  });

  await t.test('should round-trip through serialise and parse', () => {
    const config = withIncluded(withReportInEvent(withPair(EMPTY_PAIRS, 'b/report.md', './b/hearing.txt'), 'b/hearing.txt', 'c\\other.txt'), 'notes\\x.txt');
    const text = serializePairsFile(config);
    const back = parsed(text);
    assert.deepEqual(back.events, [{ transcript: 'b/hearing.txt', reports: ['b/report.md', 'c/other.txt'] }]);
    assert.deepEqual(back.include, ['notes/x.txt']);
    assert.equal(serializePairsFile(back), text);
  });

  await t.test('should keep members it does not know, at the top and in events', () => {
    const text = JSON.stringify({ version: 2, events: [{ transcript: 't.txt', reports: ['r.txt'], colour: 'teal' }], include: [], exclude: [], reviewers: ['ana'] });
    const config = withReportInEvent(parsed(text), 't.txt', 's.txt');
    const json = JSON.parse(serializePairsFile(config));
    assert.deepEqual(json.reviewers, ['ana']);
    assert.deepEqual(json.events[0], { transcript: 't.txt', reports: ['r.txt', 's.txt'], colour: 'teal' });
  });

  await t.test('should refuse a newer version, saying to update, before judging its shape', () => {
    const r = parsePairsFile(JSON.stringify({ version: 3, events: 'a new shape' }));
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.error : '', /version 3, newer .*left untouched.*Update/);
  });

  await t.test('should refuse a corrupt file with a message saying what to fix', () => {
    const notJson = parsePairsFile('{ "events": [');
    assert.match(!notJson.ok ? notJson.error : '', /not valid JSON.*Fix or delete/);
    const wrongShape = parsePairsFile(JSON.stringify({ version: 2, events: [{ transcript: 't.txt', reports: 'r.txt' }] }));
    assert.match(!wrongShape.ok ? wrongShape.error : '', /\/events\/0\/reports must be array.*left untouched/);
    const badPair = parsePairsFile('{"pairs": [["only-one"]]}');
    assert.match(!badPair.ok ? badPair.error : '', /\/pairs\/0 must NOT have fewer than 2 items/);
    const noTranscript = parsePairsFile(JSON.stringify({ version: 2, events: [{ reports: ['r.txt'] }] }));
    assert.match(!noTranscript.ok ? noTranscript.error : '', /transcript/);
  });

  await t.test('should refuse an account paired with itself', () => {
    for (const pair of [['news.txt', 'news.txt'], ['./news.txt', 'news.txt'], ['a\\news.txt', 'a/news.txt']]) {
      const r = parsePairsFile(JSON.stringify({ version: 1, pairs: [pair] }));
      assert.equal(r.ok, false, JSON.stringify(pair));
      if (!r.ok) assert.match(r.error, /pairs .*news\.txt with itself/);
    }
    const r = parsePairsFile(JSON.stringify({ version: 2, events: [{ transcript: 't.txt', reports: ['./t.txt'] }] }));
    assert.match(!r.ok ? r.error : '', /t\.txt as its own report/);
  });

  await t.test('should give every report the transcript as counterpart, and the transcript its first report', () => {
    const c = withReportInEvent(withReportInEvent(EMPTY_PAIRS, 't.txt', 'a.txt'), 't.txt', 'b.txt');
    assert.equal(counterpartInPairs(c, 'a.txt'), 't.txt');
    assert.equal(counterpartInPairs(c, './b.txt'), 't.txt');
    assert.equal(counterpartInPairs(c, 't.txt'), 'a.txt');
    assert.equal(counterpartInPairs(c, 'c.txt'), undefined);
    assert.equal(eventOf(c, 'b.txt')?.transcript, 't.txt');
  });

  await t.test('should move a report from one event to another', () => {
    const c = withReportInEvent(withReportInEvent(withReportInEvent(EMPTY_PAIRS, 't.txt', 'a.txt'), 't.txt', 'b.txt'), 'u.txt', 'a.txt');
    assert.deepEqual(c.events, [{ transcript: 't.txt', reports: ['b.txt'] }, { transcript: 'u.txt', reports: ['a.txt'] }]);
  });

  await t.test('should remember a report removed from an event until it is added again', () => {
    const removed = withReportRemoved(withReportInEvent(EMPTY_PAIRS, 't.txt', 'a.txt'), 't.txt', 'a.txt');
    assert.deepEqual(removed.events, [{ transcript: 't.txt', reports: [], without: ['a.txt'] }]);
    assert.equal(isRemovedFromEvent(removed, 't.txt', 'a.txt'), true);
    assert.equal(counterpartInPairs(removed, 'a.txt'), undefined);
    // Removing one found automatically (not listed) is remembered too.
    assert.equal(isRemovedFromEvent(withReportRemoved(EMPTY_PAIRS, 't.txt', 'z.txt'), 't.txt', 'z.txt'), true);
    const back = withReportInEvent(removed, 't.txt', 'a.txt');
    assert.equal(isRemovedFromEvent(back, 't.txt', 'a.txt'), false);
    assert.deepEqual(back.events[0]!.reports, ['a.txt']);
  });

  await t.test('should keep one event per file when re-pairing', () => {
    const c = withPair(withPair(EMPTY_PAIRS, 'a.txt', 'b.txt'), 'a.txt', 'c.txt');
    assert.deepEqual(c.events, [{ transcript: 'c.txt', reports: ['a.txt'] }]);
  });

  await t.test('should pair a report with a transcript heading an event as its first report, keeping the others', () => {
    const event = withReportInEvent(withReportInEvent(EMPTY_PAIRS, 't.txt', 'a.txt'), 't.txt', 'b.txt');
    const c = withPair(withReportRemoved(event, 't.txt', 'x.txt'), 'x.txt', 't.txt');
    assert.deepEqual(c.events, [{ transcript: 't.txt', reports: ['x.txt', 'a.txt', 'b.txt'] }]);
    assert.equal(counterpartInPairs(c, 't.txt'), 'x.txt');
  });

  await t.test('should turn round an event whose roles are known to be the other way', () => {
    const c = parsed(JSON.stringify({ version: 1, pairs: [['hearing.txt', 'wire.txt'], ['x.txt', 'y.txt']] }));
    const roles: Record<string, 'transcript' | 'report'> = { 'hearing.txt': 'transcript', 'wire.txt': 'report' };
    const oriented = orientEvents(c, (p) => roles[p]);
    assert.deepEqual(oriented.events, [{ transcript: 'hearing.txt', reports: ['wire.txt'] }, { transcript: 'y.txt', reports: ['x.txt'] }]);
    // Nothing known: unchanged, the same object.
    assert.equal(orientEvents(c, () => undefined), c);
  });

  await t.test('should drop events and includes of an excluded file', () => {
    const c = withExcluded(withIncluded(withPair(EMPTY_PAIRS, 'a.txt', 'b.txt'), 'a.txt'), 'a.txt');
    assert.deepEqual(c.events, []);
    assert.deepEqual(c.include, []);
    assert.deepEqual(c.exclude, ['a.txt']);
  });

  await t.test('should name an event by its name, else its folder, else its file', () => {
    assert.equal(eventName('briefings/may/transcript.txt'), 'may');
    assert.equal(eventName('hearing.txt'), 'hearing');
    assert.equal(eventName('hearing.txt', { transcript: 'hearing.txt', reports: [], name: 'Budget hearing' }), 'Budget hearing');
  });
});
