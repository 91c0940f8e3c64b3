/**
 * The arithmetic of the virtualised list: item heights (measured once drawn, estimated
 * before), their running offsets, and which items a viewport shows. Pure, no DOM.
 *
 * Notes: offsets are recomputed lazily after a height changes; with 2,000–10,000 items that
 * is a few microseconds, far cheaper than laying out the rows it saves drawing.
 */

/** Heights of the list's items, by index. */
export class ItemHeights {
  readonly #heights: Float64Array;
  readonly #measured: Uint8Array;
  #offsets: Float64Array | undefined;

  /** `estimate(i)` gives the height of item `i` until it is measured. */
  constructor(count: number, estimate: (index: number) => number) {
    this.#heights = new Float64Array(count);
    this.#measured = new Uint8Array(count);
    for (let i = 0; i < count; i++) this.#heights[i] = Math.max(1, estimate(i));
  }

  get count(): number {
    return this.#heights.length;
  }

  /** Records the drawn height of item `index`; returns true when it differs from the known one. */
  measure(index: number, height: number): boolean {
    if (index < 0 || index >= this.count || !(height > 0)) return false;
    this.#measured[index] = 1;
    if (Math.abs(this.#heights[index] - height) < 0.5) return false;
    this.#heights[index] = height;
    this.#offsets = undefined;
    return true;
  }

  /** True once item `index` has been drawn and measured. */
  isMeasured(index: number): boolean {
    return this.#measured[index] === 1;
  }

  /** Top of item `index` (or the total height for `index === count`). */
  offsetOf(index: number): number {
    return this.#ensureOffsets()[Math.max(0, Math.min(index, this.count))];
  }

  /** Height of the whole list. */
  get total(): number {
    return this.offsetOf(this.count);
  }

  /** Index of the item at vertical position `y` (clamped to the list). */
  indexAt(y: number): number {
    const offsets = this.#ensureOffsets();
    let lo = 0;
    let hi = this.count - 1;
    if (hi < 0) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (offsets[mid] <= y) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  #ensureOffsets(): Float64Array {
    if (!this.#offsets) {
      const offsets = new Float64Array(this.count + 1);
      for (let i = 0; i < this.count; i++) offsets[i + 1] = offsets[i] + this.#heights[i];
      this.#offsets = offsets;
    }
    return this.#offsets;
  }
}

/** Half-open range of item indices to draw. */
export interface VisibleRange {
  readonly first: number;
  readonly end: number;
}

/**
 * The items a viewport `[scrollTop, scrollTop + viewportHeight)` shows, widened by
 * `overscan` pixels on each side so that scrolling a little never shows a gap.
 */
export function visibleRange(heights: ItemHeights, scrollTop: number, viewportHeight: number, overscan = 400): VisibleRange {
  if (heights.count === 0) return { first: 0, end: 0 };
  const first = heights.indexAt(Math.max(0, scrollTop - overscan));
  const last = heights.indexAt(scrollTop + Math.max(viewportHeight, 1) + overscan);
  return { first, end: Math.min(heights.count, last + 1) };
}

/**
 * The scrollTop that brings item `index` fully into a viewport currently at `scrollTop`,
 * moving as little as possible; `scrollTop` itself when the item is already visible.
 */
export function scrollToReveal(heights: ItemHeights, index: number, scrollTop: number, viewportHeight: number): number {
  const top = heights.offsetOf(index);
  const bottom = heights.offsetOf(index + 1);
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.min(top, bottom - viewportHeight);
  return scrollTop;
}
