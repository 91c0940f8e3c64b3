/**
 * How each rendering of a passage is shown wherever coverage is shown: a symbol and a
 * word (readable without colour, and in print), and what it means. One list, so the
 * report, its legend and (later) the panel agree.
 */
import type { Rendering } from '../core/index';

/** The mark of one rendering. */
export interface RenderingMark {
  readonly symbol: string;
  readonly word: string;
  /** What it means, for legends. */
  readonly meaning: string;
}

/** The renderings from the most faithful to absent (the order of `RENDERINGS` in core/coverage/model.ts; shared takes only types from core). */
export const RENDERING_ORDER: readonly Rendering[] = ['verbatim', 'close', 'paraphrase', 'partial', 'absent'];

export const RENDERING_MARKS: Readonly<Record<Rendering, RenderingMark>> = {
  verbatim: { symbol: '≡', word: 'verbatim', meaning: 'word for word' },
  close: { symbol: '≈', word: 'close', meaning: 'nearly word for word' },
  paraphrase: { symbol: '∼', word: 'paraphrase', meaning: 'the same content in other words' },
  partial: { symbol: '◐', word: 'partial', meaning: 'part of it, or with a changed figure or name' },
  absent: { symbol: '—', word: 'absent', meaning: 'not reported' },
};
