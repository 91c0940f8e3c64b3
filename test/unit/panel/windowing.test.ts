import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ItemHeights, scrollToReveal, visibleRange } from '../../../src/webview/windowing';

test('ItemHeights', async (t) => {
  await t.test('should place items by their estimated heights until measured', () => {
    const h = new ItemHeights(4, (i) => (i + 1) * 10);
    assert.deepEqual([0, 1, 2, 3, 4].map((i) => h.offsetOf(i)), [0, 10, 30, 60, 100]);
    assert.equal(h.total, 100);
    assert.equal(h.isMeasured(1), false);
  });

  await t.test('should move later items when a measured height differs', () => {
    const h = new ItemHeights(3, () => 20);
    assert.equal(h.measure(0, 50), true);
    assert.equal(h.measure(1, 20), false, 'same height: no change');
    assert.equal(h.isMeasured(1), true);
    assert.deepEqual([h.offsetOf(1), h.offsetOf(2), h.total], [50, 70, 90]);
  });

  await t.test('should find the item at a position', () => {
    const h = new ItemHeights(3, (i) => [10, 20, 30][i]);
    assert.deepEqual([-5, 0, 9.9, 10, 29, 30, 59, 500].map((y) => h.indexAt(y)), [0, 0, 0, 1, 1, 2, 2, 2]);
  });

  await t.test('should agree with a linear scan for any heights and position', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 200 }), fc.nat(20000), (heights, y) => {
        const h = new ItemHeights(heights.length, (i) => heights[i]);
        let top = 0;
        let expected = heights.length - 1;
        for (let i = 0; i < heights.length; i++) {
          if (y < top + heights[i]) {
            expected = i;
            break;
          }
          top += heights[i];
        }
        assert.equal(h.indexAt(y), expected);
      }),
    );
  });
});

test('visibleRange', async (t) => {
  await t.test('should cover the viewport plus the overscan', () => {
    const h = new ItemHeights(2000, () => 100);
    assert.deepEqual(visibleRange(h, 50_000, 400, 200), { first: 498, end: 507 });
    assert.deepEqual(visibleRange(h, 0, 400, 0), { first: 0, end: 5 });
  });

  await t.test('should draw a bounded number of items however long the list', () => {
    const h = new ItemHeights(100_000, () => 60);
    const r = visibleRange(h, 3_000_000, 800);
    assert.ok(r.end - r.first < 40, `${r.end - r.first} items`);
  });

  await t.test('should be empty for an empty list', () => {
    assert.deepEqual(visibleRange(new ItemHeights(0, () => 10), 0, 500), { first: 0, end: 0 });
  });
});

test('scrollToReveal', async (t) => {
  const h = new ItemHeights(10, () => 100);
  await t.test('should not move when the item is visible', () => assert.equal(scrollToReveal(h, 3, 250, 300), 250));
  await t.test('should scroll up to an item above', () => assert.equal(scrollToReveal(h, 1, 250, 300), 100));
  await t.test('should scroll down just enough for an item below', () => assert.equal(scrollToReveal(h, 6, 250, 300), 400));
  await t.test('should show the top of an item taller than the viewport', () => assert.equal(scrollToReveal(new ItemHeights(3, () => 900), 1, 0, 300), 900));
});
