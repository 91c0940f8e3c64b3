/**
 * The one word-diff convention of hovers and the panel, always the report against the
 * transcript: words only in the transcript are struck through after a "−", words only in
 * the report are bold after a "+", shared words are plain. Marks, not colour, carry it.
 */
export const DIFF_LEGEND = {
  /** What the legend calls the diff. */
  title: 'Report vs transcript',
  /** Words only in the transcript. */
  dropped: 'said, not in the report',
  /** Words only in the report. */
  added: 'in the report, not said',
} as const;
