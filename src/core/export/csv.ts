/**
 * The `csv` export: one row per annotation, Recogito-style columns
 * (uuid, file, quote, anchor, type, entity, iso, speaker, claim type, counterpart, match,
 * verdict, note, creator), RFC 4180 (csv-stringify, CRLF record ends; a cell is quoted
 * when it holds a quote, a comma, or any CR or LF, so a bare line break of the text never
 * ends a record).
 *
 * Notes:
 * - `anchor` is `char-offset:N` (UTF-16 offset of the start), as in Recogito.
 * - `counterpart` is the other account's passage (`file@char-offset:N: text`), several
 *   joined with ` | `; `match` is their match classes, or `unsupported`.
 * - `verdict`, `note` and `creator` are the reviewer's verdict and note on the annotation
 *   (claims) and who gave the last of them; empty when not reviewed.
 * - Cross-references whose passage is no annotation, and cross-references with a review
 *   of their own, get a row of type `cross-reference` (with that review).
 * - Formula-like cells are neutralised (`csvPieces.ts`, CWE-1236).
 */
import type { AnnotationSet, Passage, Review } from '../model/annotation';
import { csvPieces } from './csvPieces';
import { documentFileName } from './documentName';
import { indexPassages } from './passageIndex';
import { stableUuid } from './stableUuid';
import type { AccountTexts } from './types';

/** The header row. */
export const CSV_COLUMNS = ['uuid', 'file', 'quote', 'anchor', 'type', 'entity', 'iso', 'speaker', 'claim type', 'counterpart', 'match', 'verdict', 'note', 'creator'] as const;

export { neutraliseCell } from './csvPieces';

/** The review cells: verdict, note, creator. */
const reviewCells = (review: Review | undefined) => [review?.verdict ?? '', review?.note ?? '', review?.creator ?? ''];

/** Serialises `set` as CSV. `texts` (by document id) gives counterpart passages their text. */
export function toCsv(set: AnnotationSet, texts: AccountTexts): string {
  return [...csvChunks(set, texts)].join('');
}

/** The CSV of `set` in pieces (each ends with CRLF, so the pieces join into the same text). */
export function csvChunks(set: AnnotationSet, texts: AccountTexts): Generator<string> {
  return csvPieces(CSV_COLUMNS, csvRecords(set, texts), { quoted_match: /[\r\n]/ });
}

function* csvRecords(set: AnnotationSet, texts: AccountTexts): Generator<string[]> {
  const entities = new Map(set.entities.map((e) => [e.id, e]));
  const documents = new Map(set.documents.map((d) => [d.id, d]));
  const uriOf = (id: string) => documents.get(id)?.uri ?? id;
  const passageText = (p: Passage) => `${documentFileName(uriOf(p.document))}@char-offset:${p.start}: ${texts[p.document]?.slice(p.start, p.end) ?? ''}`;
  const index = indexPassages(set);
  for (const a of set.annotations) {
    const entity = a.entity ? entities.get(a.entity) : undefined;
    const speaker = a.speaker ? entities.get(a.speaker) : undefined;
    const counterparts = index.counterpartsOf(a);
    const match: string[] = counterparts.map((c) => c.crossReference.match);
    if (index.isUnsupported(a)) match.push('unsupported');
    yield [
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
      ...reviewCells(a.review),
    ];
  }
  const detached = new Set(index.detached);
  for (const x of set.crossReferences) {
    if (!detached.has(x) && !x.review) continue;
    yield [
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
      ...reviewCells(x.review),
    ];
  }
}
