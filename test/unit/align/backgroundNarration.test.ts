/**
 * The reporter's background (`narratesNoOne`, `isBackgroundDefinition`): narration that
 * names no one and tells no one's words or acts ("A coastal militia has held the hills …")
 * takes no link from a rare name it shares with a transcript sentence, and one that
 * defines a term for the reader ("The Grey Ridge is the boundary line …") none from two
 * transcript sentences joined. Narration of someone's doings keeps both.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignPart } from './alignedReport';
import { definesTerm } from '../../../src/core/align/definition';
import { newTermKeyCache, termTable } from '../../../src/core/align/terms';

const report = (headline: string, claim: string): string => `${headline}\n\nTom Okafor, the transport minister, spoke on Tuesday. ${claim}\n`;

test('narration that names no one', async (t) => {
  const SAID = 'I am worried about the shelling in the hills near Norway.';
  const transcript = `MS. LUND: Good morning, all.\n\nMR. OKAFOR: Thank you. The budget is balanced and the new bridge opens in June. ${SAID} The depots stay open through the winter.\n`;

  await t.test('should not link by a rare name alone when it names no one', () => {
    const claim = 'A coastal militia has held the hills since the war with Norway ended.';
    const { links, unmatched } = alignPart(report('Minister worried about shelling', claim), transcript, claim);
    assert.deepEqual(links, []);
    assert.deepEqual(unmatched, [claim]);
  });

  await t.test('should still link by a rare name when it tells of a person', () => {
    const claim = 'Okafor has visited the hills twice since the war with Norway ended.';
    const { links } = alignPart(report('Minister worried about shelling', claim), transcript, claim);
    assert.deepEqual(links, [{ match: 'partial', to: SAID }]);
  });
});

test('definitions in the reporter’s words', async (t) => {
  const transcript = 'MS. LUND: Good morning, all.\n\nMR. OKAFOR: Thank you. The budget is balanced. I am worried about the shooting along the Grey Ridge. Border guards from both valleys patrol it day and night. The depots stay open through the winter.\n';

  await t.test('should not link a definition to two transcript sentences joined', () => {
    const claim = 'The Grey Ridge is the boundary line between the two valleys, which border guards patrol.';
    const { links, unmatched } = alignPart(report('Minister worried about shooting', claim), transcript, claim);
    assert.deepEqual(links, []);
    assert.deepEqual(unmatched, [claim]);
  });

  await t.test('should still link narration that is no definition to the two sentences joined', () => {
    const claim = 'The Grey Ridge has seen shooting between the two valleys, which border guards patrol.';
    const { links } = alignPart(report('Minister worried about shooting', claim), transcript, claim);
    assert.deepEqual(links, [{ match: 'paraphrase', to: 'I am worried about the shooting along the Grey Ridge. Border guards from both valleys patrol it day and night.' }]);
  });

  await t.test('should read a definition only at the head of the sentence', () => {
    const defines = (text: string): boolean => {
      const table = termTable(text, [], new Map(), undefined, newTermKeyCache());
      return definesTerm({ table, from: 0, to: table.length });
    };
    assert.equal(defines('The Grey Ridge is the boundary line between the two valleys.'), true);
    assert.equal(defines('Extended cover refers to the pledge to defend an ally.'), true);
    assert.equal(defines('The Grey Ridge is quiet tonight.'), false);
    assert.equal(defines('The guards who came from both valleys after the long winter said the ridge is the line.'), false);
  });
});
