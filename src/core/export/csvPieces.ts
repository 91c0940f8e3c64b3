/**
 * What the two CSV exports (`csv`, `recogito-csv`) share: the formula-injection guard and
 * writing records in pieces through csv-stringify (CRLF record ends).
 *
 * Formula injection (CWE-1236): a cell starting with `=`, `+`, `-`, `@`, their fullwidth
 * forms (`＝＋－＠`, which some spreadsheets take as the same), tab, CR or LF is prefixed
 * with `'`, so spreadsheets show it as text. Cells are whole (a line of the text inside a
 * quoted cell is no cell of its own), so each is checked at its start.
 */
import { stringify, type Options } from 'csv-stringify/browser/esm/sync';

const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Makes a cell safe to open in a spreadsheet (see the module notes). */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Records written per call of csv-stringify: one piece of the export. */
const ROWS_PER_PIECE = 500;

/**
 * `header` then `records` as CSV, in pieces of `ROWS_PER_PIECE` records (each ends with
 * CRLF, so the pieces join into the same text); every cell neutralised. `options` add
 * the quoting rules of the flavour.
 */
export function* csvPieces(header: readonly string[], records: Iterable<readonly string[]>, options: Options): Generator<string> {
  let rows: (readonly string[])[] = [header];
  const piece = () => {
    const text = stringify(rows.map((r) => r.map(neutraliseCell)), { ...options, record_delimiter: 'windows' });
    rows = [];
    return text;
  };
  for (const record of records) {
    if (rows.length >= ROWS_PER_PIECE) yield piece();
    rows.push(record);
  }
  if (rows.length > 0) yield piece();
}
