import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonChunks, LazyArray } from '../../../src/core/export/jsonChunks';
import { toJson } from '../../../src/core/export/json';
import { hostileSet } from './fixture';

const join = (pieces: Iterable<string>) => [...pieces].join('');

test('jsonChunks', async (t) => {
  const value = {
    a: 1,
    skipped: undefined,
    nested: { list: [1, 'two\nlines', { deep: [true, null] }], empty: [], none: {} },
    strings: ['"quoted"', '\u2028', '😀'],
    holes: [undefined, 3],
  };

  await t.test('should join to JSON.stringify(value, null, 2) at any depth it descends to', () => {
    for (const depth of [0, 1, 2, 3, 9]) {
      assert.equal(join(jsonChunks(value, (path) => path.length <= depth)), JSON.stringify(value, null, 2), `depth ${depth}`);
    }
  });

  await t.test('should write a lazy array item by item, as the array of its items', () => {
    let made = 0;
    const items = function* () {
      for (let i = 0; i < 3; i++) {
        made++;
        yield { i, text: `item ${i}` };
      }
    };
    const pieces = jsonChunks({ first: { items: new LazyArray(items, false) }, after: 1 }, (path) => path.length <= 1);
    assert.equal(made, 0, 'nothing is made before it is read');
    assert.equal(join(pieces), JSON.stringify({ first: { items: [...items()] }, after: 1 }, null, 2));
    assert.equal(join(jsonChunks({ items: new LazyArray(() => [], true) }, () => true)), JSON.stringify({ items: [] }, null, 2));
  });

  await t.test('should give the json export byte for byte as one JSON.stringify of the set', () => {
    assert.equal(toJson(hostileSet()), `${JSON.stringify(hostileSet(), null, 2)}\n`);
  });
});
