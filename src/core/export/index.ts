/**
 * The one dispatch point for exports, used by the command line and the extension:
 * `exportAs(format, set, texts)`.
 */
import type { AnnotationSet } from '../model/annotation';
import { toBrat } from './brat';
import { toClaimReview } from './claimReview';
import { toCsv } from './csv';
import { toJson } from './json';
import { toRecogitoCsv } from './recogitoCsv';
import { toTei } from './tei';
import { toWebannoTsv } from './webannoTsv';
import type { AccountTexts, ExportFile } from './types';
import { toWebAnnotation } from './webAnnotation';

export type { AccountTexts, ExportFile } from './types';

/** Every export format, in the order they are offered. */
export const EXPORT_FORMATS = ['json', 'w3c', 'csv', 'brat', 'tei', 'recogito-csv', 'webanno-tsv', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What an export produces: one file, or a folder of files (brat). */
export type ExportOutput =
  | { readonly kind: 'file'; readonly content: string; readonly extension: string; readonly mediaType: string }
  | { readonly kind: 'folder'; readonly files: readonly ExportFile[] };

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
 * (`d1`, …); every format but json needs it. Throws when a text is missing.
 */
export function exportAs(format: ExportFormat, set: AnnotationSet, texts: AccountTexts): ExportOutput {
  switch (format) {
    case 'json':
      return { kind: 'file', content: toJson(set), extension: 'json', mediaType: 'application/json' };
    case 'w3c':
      return { kind: 'file', content: toWebAnnotation(set, texts), extension: 'jsonld', mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' };
    case 'csv':
      return { kind: 'file', content: toCsv(set, texts), extension: 'csv', mediaType: 'text/csv' };
    case 'brat':
      return { kind: 'folder', files: toBrat(set, texts) };
    case 'tei':
      return { kind: 'file', content: toTei(set, texts), extension: 'xml', mediaType: 'application/tei+xml' };
    case 'recogito-csv':
      return { kind: 'file', content: toRecogitoCsv(set, texts), extension: 'csv', mediaType: 'text/csv' };
    case 'webanno-tsv':
      return { kind: 'file', content: toWebannoTsv(set, texts), extension: 'tsv', mediaType: 'text/tab-separated-values' };
    case 'claimreview':
      return { kind: 'file', content: toClaimReview(set, texts), extension: 'jsonld', mediaType: 'application/ld+json' };
    default: {
      const unknown: never = format;
      throw new Error(`Unknown export format "${String(unknown)}". Use one of: ${EXPORT_FORMATS.join(', ')}.`);
    }
  }
}
