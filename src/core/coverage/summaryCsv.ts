/**
 * The summary of a batch of events (`summary.csv`): one row per event and outlet with
 * that outlet's coverage figures (./model.ts), and one row for an event that failed,
 * saying why. RFC 4180 through csv-stringify, cells made safe for spreadsheets as in the
 * CSV export (`neutraliseCell`). Shares are written as decimals (0.423), counts as integers.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { neutraliseCell } from '../export/csv';
import type { Coverage, SpeakerCount } from './model';

/** The header row. */
export const SUMMARY_COLUMNS = [
  'event', 'status', 'transcript', 'report', 'same text as', 'output',
  'sentences', 'sentences covered', 'share covered', 'verbatim', 'close', 'paraphrase', 'partial',
  'quotes', 'quotes accurate', 'quotes altered', 'quotes not found', 'quotes misattributed',
  'changed figures', 'added names', 'claims', 'claims unsupported', 'claims context', 'speakers quoted', 'sentences covered per speaker',
] as const;

/** One event of the batch: analysed, or failed with a message. */
export type SummaryEvent =
  | {
      readonly name: string;
      readonly coverage: Coverage;
      /** Display name (file name) per document id. */
      readonly names: Readonly<Record<string, string>>;
      /** Person names by entity id. */
      readonly persons: ReadonlyMap<string, string>;
      /** The file written for the event, relative to the output folder. */
      readonly output: string;
    }
  | { readonly name: string; readonly error: string };

/** "Anna Lindqvist=3; unattributed=1" (`unnamed` names the count of no known person). */
function speakers(counts: readonly SpeakerCount[], persons: ReadonlyMap<string, string>, unnamed: string): string {
  return counts.map((c) => `${c.speaker ? persons.get(c.speaker) ?? c.speaker : unnamed}=${c.count}`).join('; ');
}

/** The rows of one event (without the header). */
export function summaryRows(event: SummaryEvent): string[][] {
  if ('error' in event) return [[event.name, `failed: ${event.error}`, ...SUMMARY_COLUMNS.slice(2).map(() => '')]];
  const { coverage: c, names, persons } = event;
  const transcript = names[c.transcript.id] ?? c.transcript.uri;
  if (c.outlets.length === 0) return [[event.name, 'no reports', transcript, ...SUMMARY_COLUMNS.slice(3).map(() => '')]];
  return c.stats.map((s, i) => {
    const o = c.outlets[i]!;
    const q = s.quotes;
    return [
      event.name, 'ok', transcript, names[o.id] ?? o.uri, o.sameTextAs ? names[o.sameTextAs] ?? o.sameTextAs : '', event.output,
      String(c.sentences.length), String(s.sentencesCovered), s.share.toFixed(3),
      String(s.renderings.verbatim), String(s.renderings.close), String(s.renderings.paraphrase), String(s.renderings.partial),
      String(q.total), String(q.accurate), String(q.altered), String(q.notFound), String(q.misattributed),
      String(s.changedFigures), String(s.addedNames), String(s.claims), String(s.unsupported), String(s.context),
      speakers(s.speakersQuoted, persons, 'unattributed'),
      speakers(s.speakersCovered, persons, 'no named speaker'),
    ];
  });
}

/** The whole summary file: the header, then every event's rows in the order given. */
export function summaryCsv(events: readonly SummaryEvent[]): string {
  const rows: string[][] = [[...SUMMARY_COLUMNS]];
  for (const e of events) for (const r of summaryRows(e)) rows.push(r.map(neutraliseCell));
  return stringify(rows, { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}
