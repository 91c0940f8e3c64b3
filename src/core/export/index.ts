/**
 * The one dispatch point for exports, used by the command line and the extension:
 * `exportAs(format, set, texts)`.
 */
import type { AnnotationSet } from '../model/annotation';
import { toBrat } from './brat';
import { csvChunks } from './csv';
import { jsonExportChunks } from './json';
import { teiChunks } from './tei';
import { claimReviewChunks } from './claimReview';
import { recogitoCsvChunks } from './recogitoCsv';
import { webannoTsvChunks } from './webannoTsv';
import type { AccountTexts, ExportFile } from './types';
import { webAnnotationChunks } from './webAnnotation';

export type { AccountTexts, ExportFile } from './types';

/** Every export format, in the order they are offered. */
export const EXPORT_FORMATS = ['json', 'w3c', 'csv', 'brat', 'tei', 'recogito-csv', 'webanno-tsv', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * What an export produces: one file, or a folder of files (brat). A file comes in pieces,
 * made as they are read (`chunks()` starts again each call): the export of a large account
 * can be longer than a string can be, and is never held whole unless joined
 * (`exportText`).
 */
export type ExportOutput =
  | { readonly kind: 'file'; readonly chunks: () => Iterable<string>; readonly extension: string; readonly mediaType: string }
  | { readonly kind: 'folder'; readonly files: readonly ExportFile[] };

/** A file export of a text already made whole (a report, a summary). */
export function wholeFileOutput(text: string, extension: string, mediaType: string): ExportOutput & { kind: 'file' } {
  return { kind: 'file', chunks: () => [text], extension, mediaType };
}

/** The whole text of a file export (for small outputs and tests; a large one is written piece by piece). */
export function exportText(output: ExportOutput & { kind: 'file' }): string {
  return [...output.chunks()].join('');
}

/** Human descriptions of the formats, for pickers and `--help`. */
export const EXPORT_FORMAT_LABELS: Readonly<Record<ExportFormat, string>> = {
  json: 'JSON annotation set (transcript-annotator/1)',
  w3c: 'W3C Web Annotation (JSON-LD)',
  csv: 'CSV, one row per annotation (Recogito-style columns)',
  brat: 'brat standoff (.ann beside a copy of each .txt, in a folder)',
  tei: 'TEI P5 XML',
  'recogito-csv': 'CSV with Recogito\'s columns (verdicts in VERIFICATION_STATUS, notes in COMMENTS)',
  'webanno-tsv': 'WebAnno TSV 3.3 for INCEpTION (spans and cross-reference relations)',
  claimreview: 'schema.org ClaimReview JSON-LD, one per reviewed report claim',
};

/** True when `value` names an export format. */
export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * Exports `set` in `format`. `texts` gives each account's text keyed by document id
 * (`d1`, …); every format but json needs it. Throws when a text is missing (as the
 * first piece is made, before anything is written).
 */
export function exportAs(format: ExportFormat, set: AnnotationSet, texts: AccountTexts): ExportOutput {
  switch (format) {
    case 'json':
      return { kind: 'file', chunks: () => wholeCodePoints(jsonExportChunks(set)), extension: 'json', mediaType: 'application/json' };
    case 'w3c':
      return { kind: 'file', chunks: () => wholeCodePoints(webAnnotationChunks(set, texts)), extension: 'jsonld', mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' };
    case 'csv':
      return { kind: 'file', chunks: () => wholeCodePoints(csvChunks(set, texts)), extension: 'csv', mediaType: 'text/csv' };
    case 'brat':
      return { kind: 'folder', files: toBrat(set, texts) };
    case 'tei':
      return { kind: 'file', chunks: () => wholeCodePoints(teiChunks(set, texts)), extension: 'xml', mediaType: 'application/tei+xml' };
    case 'recogito-csv':
      return { kind: 'file', chunks: () => wholeCodePoints(recogitoCsvChunks(set, texts)), extension: 'csv', mediaType: 'text/csv' };
    case 'webanno-tsv':
      return { kind: 'file', chunks: () => wholeCodePoints(webannoTsvChunks(set, texts)), extension: 'tsv', mediaType: 'text/tab-separated-values' };
    case 'claimreview':
      return { kind: 'file', chunks: () => wholeCodePoints(claimReviewChunks(set, texts)), extension: 'jsonld', mediaType: 'application/ld+json' };
    default: {
      const unknown: never = format;
      throw new Error(`Unknown export format "${String(unknown)}". Use one of: ${EXPORT_FORMATS.join(', ')}.`);
    }
  }
}

/**
 * `pieces` with a high surrogate that ends one piece moved to the next, so that no piece
 * ends inside a character and each can be encoded alone (a span of a hand annotation may
 * start between the two halves of an emoji).
 */
export function* wholeCodePoints(pieces: Iterable<string>): Generator<string> {
  let carried = '';
  for (const piece of pieces) {
    const text = carried + piece;
    const last = text.charCodeAt(text.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      carried = text.slice(-1);
      if (text.length > 1) yield text.slice(0, -1);
    } else {
      carried = '';
      if (text.length > 0) yield text;
    }
  }
  if (carried) yield carried;
}
