import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCountryMentions } from '../../../src/core/annotators/countries';
import { resolveSharedForms } from '../../../src/core/merge/sharedCountryForms';

/** Each paragraph of `text` read on its own, as the analysis reads units; then settled over all of them. */
const settle = (paragraphs: string[]) => resolveSharedForms(paragraphs.map((p) => findCountryMentions(p))).map((list) => list.map((c) => `${c.text}:${c.iso}`));

test('should give a shared form its paragraph left open to the state the account names most', () => {
  assert.deepEqual(settle(['North Korea and the DPRK envoy met in Vladivostok.', 'The Koreans work well with us.', 'North Korea agreed.']), [
    ['North Korea:KP', 'DPRK:KP'],
    ['Koreans:KP'],
    ['North Korea:KP'],
  ]);
});

test('should leave out a shared form when the account names its states alike or not at all', () => {
  assert.deepEqual(settle(['North Korea and South Korea met.', 'The Korean track was discussed.']), [['North Korea:KP', 'South Korea:KR'], []]);
  assert.deepEqual(settle(['The Korean track was discussed.']), [[]]);
  // a paragraph that names one of the states settles the form itself
  assert.deepEqual(settle(['South Korea said the Korean track was open.']), [['South Korea:KR', 'Korean:KR']]);
});
