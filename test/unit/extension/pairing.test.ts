import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseCounterpart, nameSimilarity } from '../../../src/extension/pairing';

test('chooseCounterpart', async (t) => {
  await t.test('should pair a report with the transcript of its folder', () => {
    const got = chooseCounterpart({ path: 'f/oslo-story.md', role: 'report' }, [
      { path: 'f/other-report.md', role: 'report' },
      { path: 'f/oslo-briefing.txt', role: 'transcript' },
    ]);
    assert.equal(got?.path, 'f/oslo-briefing.txt');
  });
  await t.test('should prefer the name sharing most words', () => {
    const got = chooseCounterpart({ path: 'f/lima-2019-transcript.txt', role: 'transcript' }, [
      { path: 'f/accra-2022-report.txt', role: 'report' },
      { path: 'f/lima-2019-report.txt', role: 'report' },
    ]);
    assert.equal(got?.path, 'f/lima-2019-report.txt');
  });
  await t.test('should not pair two reports', () => {
    assert.equal(chooseCounterpart({ path: 'a.md', role: 'report' }, [{ path: 'b.md', role: 'report' }]), undefined);
  });
  await t.test('should pair two transcripts only when they are the only accounts', () => {
    const self = { path: 't1.txt', role: 'transcript' as const };
    assert.equal(chooseCounterpart(self, [{ path: 't2.txt', role: 'transcript' }])?.path, 't2.txt');
    assert.equal(chooseCounterpart(self, [{ path: 't2.txt', role: 'transcript' }, { path: 't3.txt', role: 'transcript' }]), undefined);
  });
  await t.test('should ignore itself among the candidates', () => {
    assert.equal(chooseCounterpart({ path: 'a.txt', role: 'transcript' }, [{ path: 'a.txt', role: 'transcript' }]), undefined);
  });
});

test('nameSimilarity', async (t) => {
  await t.test('should score shared file-name words, ignoring folders and extensions', () => {
    assert.equal(nameSimilarity('a/lima-2019-report.txt', 'b/lima-2019-transcript.md'), 0.5);
    assert.equal(nameSimilarity('x.txt', 'y.txt'), 0);
  });
});
