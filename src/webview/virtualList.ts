/**
 * A virtualised list of variable-height items: only the items near the viewport are in
 * the DOM. Heights start as estimates and are replaced by measurements as items are drawn
 * (see `ItemHeights`). The scroller is the element passed in; its content is a sizer whose
 * height is the whole list, holding a window translated to the first drawn item.
 */
import { ItemHeights, scrollToReveal, visibleRange } from './windowing';

/** Draws item `index`. */
export type DrawItem = (index: number) => HTMLElement;

export class VirtualList {
  readonly #scroller: HTMLElement;
  readonly #sizer: HTMLElement;
  readonly #window: HTMLElement;
  #heights = new ItemHeights(0, () => 0);
  #draw: DrawItem = () => document.createElement('div');
  #drawn = new Map<number, HTMLElement>();
  #range = { first: 0, end: 0 };
  #frame = 0;
  readonly #onScroll = () => this.#schedule();
  readonly #resize: ResizeObserver;

  /** Takes over `scroller`'s children; `onRendered` runs after each draw (e.g. to save scrollTop). */
  constructor(scroller: HTMLElement, private readonly onRendered: () => void = () => undefined) {
    this.#scroller = scroller;
    this.#sizer = document.createElement('div');
    this.#sizer.className = 'vl-sizer';
    this.#window = document.createElement('div');
    this.#window.className = 'vl-window';
    this.#sizer.append(this.#window);
    scroller.replaceChildren(this.#sizer);
    scroller.addEventListener('scroll', this.#onScroll, { passive: true });
    // Width changes (side by side ↔ stacked) change every height: re-measure.
    let lastWidth = scroller.clientWidth;
    this.#resize = new ResizeObserver(() => {
      if (scroller.clientWidth !== lastWidth) {
        lastWidth = scroller.clientWidth;
        this.redraw();
      } else this.#schedule();
    });
    this.#resize.observe(scroller);
  }

  /** Replaces the items: `count` of them, drawn by `draw`, with heights guessed by `estimate` until drawn. */
  setItems(count: number, draw: DrawItem, estimate: (index: number) => number): void {
    this.#heights = new ItemHeights(count, estimate);
    this.#draw = draw;
    this.#drawn.clear();
    this.#window.replaceChildren();
    this.render();
  }

  /** Redraws the drawn items (e.g. the active row changed) keeping measured heights. */
  redraw(): void {
    this.#drawn.clear();
    this.#window.replaceChildren();
    this.render();
  }

  /** Redraws the drawn items among `from` … `to - 1` (e.g. their data arrived), keeping the others' elements and the measured heights. */
  redrawItems(from: number, to: number): void {
    for (const [index, node] of this.#drawn) {
      if (index >= from && index < to) {
        node.remove();
        this.#drawn.delete(index);
      }
    }
    this.render();
  }

  /** The items drawn by the last render: `first` … `end - 1` (the viewport and its margins). */
  get drawnRange(): { readonly first: number; readonly end: number } {
    return this.#range;
  }

  /** Number of items. */
  get count(): number {
    return this.#heights.count;
  }

  /** Draws the items the viewport shows now, synchronously; measures them and settles the layout. */
  render(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    // Measuring can change heights, which can change the range: settle in a few passes.
    for (let pass = 0; pass < 3; pass++) {
      const { first, end } = visibleRange(this.#heights, this.#scroller.scrollTop, this.#scroller.clientHeight);
      this.#range = { first, end };
      for (const index of [...this.#drawn.keys()]) {
        if (index < first || index >= end) {
          this.#drawn.get(index)?.remove();
          this.#drawn.delete(index);
        }
      }
      const nodes: HTMLElement[] = [];
      for (let i = first; i < end; i++) {
        let node = this.#drawn.get(i);
        if (!node) {
          node = this.#draw(i);
          node.dataset.index = String(i);
          this.#drawn.set(i, node);
        }
        nodes.push(node);
      }
      this.#window.replaceChildren(...nodes);
      let changed = false;
      for (let i = first; i < end; i++) changed = this.#heights.measure(i, this.#drawn.get(i)!.getBoundingClientRect().height) || changed;
      this.#sizer.style.height = `${this.#heights.total}px`;
      this.#window.style.transform = `translateY(${this.#heights.offsetOf(first)}px)`;
      if (!changed) break;
    }
    this.onRendered();
  }

  /** Scrolls as little as needed to show item `index` whole, and draws. */
  reveal(index: number): void {
    if (index < 0 || index >= this.count) return;
    const target = scrollToReveal(this.#heights, index, this.#scroller.scrollTop, this.#scroller.clientHeight);
    if (target !== this.#scroller.scrollTop) this.#scroller.scrollTop = target;
    this.render();
    // The item's real height is known now; correct once if the estimate was off.
    const corrected = scrollToReveal(this.#heights, index, this.#scroller.scrollTop, this.#scroller.clientHeight);
    if (corrected !== this.#scroller.scrollTop) {
      this.#scroller.scrollTop = corrected;
      this.render();
    }
  }

  /** Scrolls to `top` (e.g. restored from state) and draws. */
  scrollTo(top: number): void {
    this.#scroller.scrollTop = top;
    this.render();
  }

  /** The drawn element of item `index`, if it is drawn. */
  elementAt(index: number): HTMLElement | undefined {
    return this.#drawn.get(index);
  }

  /** Stops listening. */
  dispose(): void {
    this.#scroller.removeEventListener('scroll', this.#onScroll);
    this.#resize.disconnect();
    cancelAnimationFrame(this.#frame);
  }

  #schedule(): void {
    if (!this.#frame) this.#frame = requestAnimationFrame(() => this.render());
  }
}
