/**
 * Reads a CSV export back strictly, with csv-parse: every record the same number of
 * cells, quotes only around whole cells, and any bare CR or LF outside quotes taken as
 * a record end (so a line break that should have been quoted breaks the record).
 */
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';

/** The records of `csv`; throws (with csv-parse's reason) when it is not strict RFC 4180 with CRLF records. */
export function readCsvStrictly(csv: string): string[][] {
  assert.ok(csv === '' || csv.endsWith('\r\n'), 'the last record must end with CRLF');
  return parse(csv, { record_delimiter: ['\r\n', '\n', '\r'], relax_quotes: false, relax_column_count: false, skip_empty_lines: false, bom: false }) as string[][];
}
