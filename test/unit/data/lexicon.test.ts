/**
 * The word lists of `src/core/data/`: each is lower case and trimmed (the annotators look
 * words up with `toLowerCase()`, so a capital or a space would make an entry dead), and the
 * lists meant to be subsets of another stay so.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as abbreviations from '../../../src/core/data/abbreviations';
import * as clauseWords from '../../../src/core/data/clauseWords';
import * as countryContextWords from '../../../src/core/data/countryContextWords';
import * as creditLines from '../../../src/core/data/creditLines';
import * as functionWords from '../../../src/core/data/functionWords';
import * as genders from '../../../src/core/data/genders';
import * as groupSpeakers from '../../../src/core/data/groupSpeakers';
import * as nameParticles from '../../../src/core/data/nameParticles';
import * as negation from '../../../src/core/data/negation';
import * as nonPersonWords from '../../../src/core/data/nonPersonWords';
import * as notAdverbs from '../../../src/core/data/notAdverbs';
import * as roles from '../../../src/core/data/roles';
import * as sayingVerbs from '../../../src/core/data/sayingVerbs';
import * as speakerLabels from '../../../src/core/data/speakerLabels';
import * as stopwords from '../../../src/core/data/stopwords';
import * as titles from '../../../src/core/data/titles';

const modules = { abbreviations, clauseWords, countryContextWords, creditLines, functionWords, genders, groupSpeakers, nameParticles, negation, nonPersonWords, notAdverbs, roles, sayingVerbs, speakerLabels, stopwords, titles };

test('word lists', async (t) => {
  await t.test('should hold only lower-case, trimmed, non-empty entries', () => {
    for (const [file, exports] of Object.entries(modules)) {
      for (const [name, value] of Object.entries(exports)) {
        const entries = value instanceof Set ? [...value] : value instanceof Map ? [...value.keys()] : Array.isArray(value) && typeof value[0] === 'string' ? value : [];
        for (const word of entries) assert.ok(typeof word === 'string' && word !== '' && word === word.trim() && word === word.toLowerCase(), `${file}.${name}: "${word}"`);
      }
    }
  });

  await t.test('should keep the weak verbs of saying among the verbs of saying', () => {
    assert.deepEqual([...sayingVerbs.WEAK_SAYING_VERBS].filter((w) => !sayingVerbs.SAYING_VERBS.has(w)), []);
    assert.deepEqual([...sayingVerbs.LISTENER_SAYING_VERBS].filter((w) => !sayingVerbs.SAYING_VERBS.has(w)), []);
  });

  await t.test('should keep the generic role families among the families of the role phrases', () => {
    const families = new Set(roles.ROLE_NOMINALS.values());
    assert.deepEqual([...roles.GENERIC_ROLE_FAMILIES].filter((f) => !families.has(f)), []);
  });
});
