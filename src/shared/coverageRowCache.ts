/**
 * The coverage view's rows as they arrive (coverageProtocol.ts paging): the head's first
 * rows, then the pages the view asks for as it scrolls. Says which pages to ask for so
 * that the rows drawn, and a margin on each side, are held, and asks for none twice.
 * Pure: no DOM (the view's drawing is src/webview/coverageView.ts).
 */
import type { CoverageViewRow } from './coverageProtocol';
import { MAX_ROWS_ASKED } from './coverageProtocol';
import { ROW_PAGE } from './coveragePages';

/** Rows `from` … `to - 1` to ask for. */
export interface RowSpan {
  readonly from: number;
  readonly to: number;
}

export class CoverageRowCache {
  /** How many rows the matrix has. */
  readonly count: number;
  readonly #page: number;
  readonly #rows: (CoverageViewRow | undefined)[];
  /** Pages asked for and not yet filled. */
  readonly #asked = new Set<number>();

  /** `count` rows of which `first` are held (from row 0); asked for in pages of `page` rows. */
  constructor(count: number, first: readonly CoverageViewRow[], page = ROW_PAGE) {
    this.count = count;
    this.#page = Math.max(1, Math.min(page, MAX_ROWS_ASKED));
    this.#rows = new Array<CoverageViewRow | undefined>(count);
    this.put(0, first);
  }

  /** Row `index`, or `undefined` while it has not arrived. */
  get(index: number): CoverageViewRow | undefined {
    return this.#rows[index];
  }

  /** Stores `rows` from row `from` (those past the end are dropped); returns the span stored. */
  put(from: number, rows: readonly CoverageViewRow[]): RowSpan {
    const start = Math.max(0, Math.min(from, this.count));
    const end = Math.min(this.count, start + rows.length);
    for (let i = start; i < end; i++) this.#rows[i] = rows[i - start];
    for (let p = Math.floor(start / this.#page); p * this.#page < end; p++) if (this.#held(p)) this.#asked.delete(p);
    return { from: start, to: end };
  }

  /**
   * What to ask for so that rows `first` … `end - 1`, and `margin` rows on each side, are
   * held: whole pages neither held nor already asked for, neighbours joined into one span.
   * They count as asked for from now on.
   */
  ask(first: number, end: number, margin = Math.ceil(this.#page / 2)): RowSpan[] {
    const from = Math.max(0, first - margin);
    const to = Math.min(this.count, end + margin);
    const spans: RowSpan[] = [];
    for (let p = Math.floor(from / this.#page); p * this.#page < to; p++) {
      if (this.#asked.has(p) || this.#held(p)) continue;
      this.#asked.add(p);
      const start = p * this.#page;
      const stop = Math.min(this.count, start + this.#page);
      const last = spans[spans.length - 1];
      if (last && last.to === start && stop - last.from <= MAX_ROWS_ASKED) spans[spans.length - 1] = { from: last.from, to: stop };
      else spans.push({ from: start, to: stop });
    }
    return spans;
  }

  #held(page: number): boolean {
    const end = Math.min(this.count, (page + 1) * this.#page);
    for (let i = page * this.#page; i < end; i++) if (this.#rows[i] === undefined) return false;
    return true;
  }
}
