/**
 * The `recogito-csv` export: one row per annotation with the columns of Recogito's CSV
 * download (pelagios/recogito2, `AnnotationsToCSV`), so sheets and scripts made for
 * Recogito read it:
 *
 * | column                | here                                                          |
 * |-----------------------|---------------------------------------------------------------|
 * | `UUID`                | the annotation's stable UUID (as in the `csv` and `w3c` exports) |
 * | `FILE`                | the account's file name                                        |
 * | `QUOTE_TRANSCRIPTION` | the span's text, tabs and line breaks as one space (as Recogito) |
 * | `ANCHOR`              | `char-offset:N` (UTF-16 offset of the start, as Recogito)      |
 * | `TYPE`                | `PERSON` (person), `PLACE` (country), empty for claims, turns and links (Recogito's entity types) |
 * | `URI`                 | the entity's IRI, shared with the `w3c` export                 |
 * | `VOCAB_LABEL`         | the entity's canonical name                                    |
 * | `LAT`, `LNG`          | empty (the gazetteer holds no coordinates)                     |
 * | `PLACE_TYPE`          | `country` for countries                                        |
 * | `VERIFICATION_STATUS` | the reviewer's verdict                                         |
 * | `TAGS`                | `|`-joined: kind, claim type, `speaker:NAME`, `unsupported`, `hand`; links: `cross-reference`, match class |
 * | `COMMENTS`            | `|`-joined: the reviewer's note, then each counterpart (`counterpart FILE char-offset:N: TEXT`) |
 *
 * Cross-references reviewed by hand get a row of their own (anchored at the report side)
 * with their verdict and note. Cells are always quoted (as Recogito writes them), records
 * end with CRLF, and formula-like cells are neutralised (`csvPieces.ts`).
 */
import type { AnnotationSet, Passage } from '../model/annotation';
import { csvPieces } from './csvPieces';
import { documentFileName } from './documentName';
import { indexPassages } from './passageIndex';
import { stableUuid } from './stableUuid';
import type { AccountTexts } from './types';
import { entityIri } from './webAnnotation';

/** Recogito's header row. */
export const RECOGITO_COLUMNS = ['UUID', 'FILE', 'QUOTE_TRANSCRIPTION', 'ANCHOR', 'TYPE', 'URI', 'VOCAB_LABEL', 'LAT', 'LNG', 'PLACE_TYPE', 'VERIFICATION_STATUS', 'TAGS', 'COMMENTS'] as const;

const oneLine = (text: string) => text.replace(/[\t\n\r]+/g, ' ');

/** Serialises `set` as Recogito CSV (see module notes). */
export function toRecogitoCsv(set: AnnotationSet, texts: AccountTexts): string {
  return [...recogitoCsvChunks(set, texts)].join('');
}

/** The Recogito CSV of `set` in pieces (each ends with CRLF, so the pieces join into the same text). */
export function recogitoCsvChunks(set: AnnotationSet, texts: AccountTexts): Generator<string> {
  return csvPieces(RECOGITO_COLUMNS, recogitoRecords(set, texts), { quoted: true, quoted_empty: true });
}

function* recogitoRecords(set: AnnotationSet, texts: AccountTexts): Generator<string[]> {
  const entities = new Map(set.entities.map((e) => [e.id, e]));
  const uriOf = (id: string) => set.documents.find((d) => d.id === id)?.uri ?? id;
  const textOf = (p: Passage) => texts[p.document]?.slice(p.start, p.end) ?? '';
  const counterpart = (p: Passage) => `counterpart ${documentFileName(uriOf(p.document))} char-offset:${p.start}: ${oneLine(textOf(p))}`;
  const index = indexPassages(set);
  for (const a of set.annotations) {
    const entity = a.entity ? entities.get(a.entity) : undefined;
    const speaker = a.speaker ? entities.get(a.speaker) : undefined;
    const tags = [a.kind === 'person' || a.kind === 'country' ? '' : a.kind, a.claimType ?? '', speaker ? `speaker:${speaker.name}` : '', index.isUnsupported(a) ? 'unsupported' : '', a.origin === 'hand' ? 'hand' : ''];
    const comments = [a.review?.note ?? '', ...index.counterpartsOf(a).map((c) => counterpart(c.other))];
    yield [
      stableUuid('annotation', uriOf(a.document), a.id, a.kind, a.start, a.end),
      documentFileName(uriOf(a.document)),
      oneLine(a.text),
      `char-offset:${a.start}`,
      a.kind === 'person' ? 'PERSON' : a.kind === 'country' ? 'PLACE' : '',
      entity ? entityIri(entity) : '',
      entity?.name ?? '',
      '',
      '',
      a.kind === 'country' ? 'country' : '',
      a.review?.verdict ?? '',
      tags.filter((t) => t !== '').join('|'),
      comments.filter((c) => c !== '').join('|'),
    ];
  }
  for (const x of set.crossReferences) {
    if (!x.review) continue;
    yield [
      stableUuid('link', uriOf(x.from.document), x.id, x.from.start, x.from.end, x.to.start, x.to.end),
      documentFileName(uriOf(x.from.document)),
      oneLine(textOf(x.from)),
      `char-offset:${x.from.start}`,
      '',
      '',
      '',
      '',
      '',
      '',
      x.review.verdict ?? '',
      ['cross-reference', x.match, x.origin === 'hand' ? 'hand' : ''].filter((t) => t !== '').join('|'),
      [x.review.note ?? '', counterpart(x.to)].filter((c) => c !== '').join('|'),
    ];
  }
}
