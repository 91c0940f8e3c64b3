import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCountryMentions } from '../../../../src/core/annotators/countries/find';
import { resolveSharedForms } from '../../../../src/core/annotators/countries/resolve';

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

test('should read "the North" and "the South" as the halves of the divided state the account names', () => {
  // settled in the paragraph that names the pair, or over the account
  assert.deepEqual(settle(['Seoul said North Korea fired two missiles; the North has tested all year and the South answered with drills.']), [['Seoul:KR', 'North Korea:KP', 'North:KP', 'South:KR']]);
  assert.deepEqual(settle(['South Korea held drills on Monday.', 'The North did not answer.']), [['South Korea:KR'], ['North:KP']]);
  assert.deepEqual(settle(['Sudan and South Sudan agreed on oil fees.', 'The South depends on the pipeline.']), [['Sudan:SD', 'South Sudan:SS'], ['South:SS']]);
});

test('should leave "the North" and "the South" alone where no divided state is named or a longer name goes on', () => {
  assert.deepEqual(settle(['The storm moved from the North of England to the South on Monday, and the North was hit hardest.']), [[]]);
  assert.deepEqual(settle(['North Korea tested a missile over the North Pacific.', 'Ships in the South China Sea were warned.']), [['North Korea:KP'], []]);
  assert.deepEqual(settle(['The talks between the North and the South of Italy stalled.']), [['Italy:IT']]);
});
