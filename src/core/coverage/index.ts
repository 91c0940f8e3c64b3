/**
 * Coverage of one event: how each report ("outlet") rendered each passage of the
 * transcript, per-outlet figures, quotes grouped across outlets. Re-exports only.
 */
export { buildCoverage, findTranscript } from './buildCoverage';
export { transcriptSentences, type SentenceGroup } from './transcriptSentences';
export { turnBodyStart } from '../align/passages';
export * from './model';
export { summaryCsv, summaryRows, SUMMARY_COLUMNS, type SummaryEvent } from './summaryCsv';
