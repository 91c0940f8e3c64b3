/**
 * The `csv` export: one row per annotation, Recogito-style columns
 * (uuid, file, quote, anchor, type, entity, iso, speaker, claim type, counterpart, match),
 * RFC 4180 (csv-stringify, CRLF record ends; a cell is quoted when it holds a quote, a
 * comma, or any CR or LF, so a bare line break of the text never ends a record).
 *
 * Notes:
 * - `anchor` is `char-offset:N` (UTF-16 offset of the start), as in Recogito.
 * - `counterpart` is the other account's passage (`file@char-offset:N: text`), several
 *   joined with ` | `; `match` is their match classes, or `unsupported`.
 * - Cross-references whose passage is no annotation get a row of type `cross-reference`.
 * - Formula injection (CWE-1236): a cell starting with `=`, `+`, `-`, `@`, their
 *   fullwidth forms (`＝＋－＠`, which some spreadsheets take as the same), tab, CR or LF
 *   is prefixed with `'`, so spreadsheets show it as text. Cells are whole (a line of the
 *   text inside a quoted cell is no cell of its own), so each is checked at its start.
 */
import { stringify } from 'csv-stringify/sync';
import type { AnnotationSet, Passage } from '../model/annotation';
import { documentFileName } from './documentName';
import { indexPassages } from './passageIndex';
import { stableUuid } from './stableUuid';
import type { AccountTexts } from './types';

/** The header row. */
export const CSV_COLUMNS = ['uuid', 'file', 'quote', 'anchor', 'type', 'entity', 'iso', 'speaker', 'claim type', 'counterpart', 'match'] as const;

const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Makes a cell safe to open in a spreadsheet (see the module notes). */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Rows written per call of csv-stringify: one piece of the export. */
const ROWS_PER_PIECE = 500;

/** Serialises `set` as CSV. `texts` (by document id) gives counterpart passages their text. */
export function toCsv(set: AnnotationSet, texts: AccountTexts): string {
  return [...csvChunks(set, texts)].join('');
}

/** The CSV of `set` in pieces of `ROWS_PER_PIECE` records (each ends with CRLF, so the pieces join into the same text). */
export function* csvChunks(set: AnnotationSet, texts: AccountTexts): Generator<string> {
  const entities = new Map(set.entities.map((e) => [e.id, e]));
  const documents = new Map(set.documents.map((d) => [d.id, d]));
  const uriOf = (id: string) => documents.get(id)?.uri ?? id;
  const passageText = (p: Passage) => `${documentFileName(uriOf(p.document))}@char-offset:${p.start}: ${texts[p.document]?.slice(p.start, p.end) ?? ''}`;
  const index = indexPassages(set);
  const options = { record_delimiter: 'windows', quoted_match: /[\r\n]/ } as const;
  let rows: string[][] = [[...CSV_COLUMNS]];
  const piece = () => {
    const text = stringify(rows.map((r) => r.map(neutraliseCell)), options);
    rows = [];
    return text;
  };
  for (const a of set.annotations) {
    if (rows.length >= ROWS_PER_PIECE) yield piece();
    const entity = a.entity ? entities.get(a.entity) : undefined;
    const speaker = a.speaker ? entities.get(a.speaker) : undefined;
    const counterparts = index.counterpartsOf(a);
    const match: string[] = counterparts.map((c) => c.crossReference.match);
    if (index.isUnsupported(a)) match.push('unsupported');
    rows.push([
      stableUuid('annotation', uriOf(a.document), a.id, a.kind, a.start, a.end),
      documentFileName(uriOf(a.document)),
      a.text,
      `char-offset:${a.start}`,
      a.kind,
      entity?.name ?? '',
      entity?.iso ?? '',
      speaker?.name ?? '',
      a.claimType ?? '',
      counterparts.map((c) => passageText(c.other)).join(' | '),
      match.join(' | '),
    ]);
  }
  for (const x of index.detached) {
    if (rows.length >= ROWS_PER_PIECE) yield piece();
    rows.push([
      stableUuid('link', uriOf(x.from.document), x.id, x.from.start, x.from.end, x.to.start, x.to.end),
      documentFileName(uriOf(x.from.document)),
      texts[x.from.document]?.slice(x.from.start, x.from.end) ?? '',
      `char-offset:${x.from.start}`,
      'cross-reference',
      '',
      '',
      '',
      '',
      passageText(x.to),
      x.match,
    ]);
  }
  if (rows.length > 0) yield piece();
}
