import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../../src/core/text/tokens';

test('should read words with possessives, hyphens and abbreviations', () => {
  const text = "Russia’s Secretary-General met Mr. SMITH and the U.S. team's envoy.";
  const tokens = tokenize(text);
  assert.deepEqual(tokens.map((t) => t.text), ['Russia’s', 'Secretary-General', 'met', 'Mr', 'SMITH', 'and', 'the', 'U.S', "team's", 'envoy']);
  assert.equal(tokens[0]!.lower, 'russia');
  assert.ok(tokens[0]!.possessive);
  assert.ok(tokens[4]!.upper && tokens[4]!.capitalised);
  assert.ok(!tokens[2]!.capitalised);
});

test('should read casing of non-ASCII words', () => {
  const [a, b] = tokenize('Çavuşoğlu ÇAVUŞOĞLU');
  assert.ok(a!.capitalised && !a!.upper);
  assert.ok(b!.upper);
  assert.equal(b!.lower, 'çavuşoğlu');
});

