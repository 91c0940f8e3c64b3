/**
 * Files the extension owns, which no export may replace: hand-annotation sidecars
 * (`<account>.annotations.json`, the only copy of a user's hand work) and the workspace's
 * pairs file (`.vscode/transcript-annotator.json`). Exports have suffixes of their own,
 * so a proposed name is never one of these. Pure string work on `/`-separated paths or URIs.
 */
import type { ExportFormat } from './index';
import { SIDECAR_SUFFIX } from '../hand/sidecar';
import { PAIRS_FILE } from '../pairs';

/** The suffix of each single-file export (`news.txt` → `news.export.json`). */
export const EXPORT_SUFFIXES: Readonly<Record<Exclude<ExportFormat, 'brat'>, string>> = {
  json: '.export.json',
  w3c: '.w3c.jsonld',
  csv: '.export.csv',
  tei: '.tei.xml',
  'recogito-csv': '.recogito.csv',
  'webanno-tsv': '.webanno.tsv',
  claimreview: '.claimreview.jsonld',
};

/** The proposed file name of an export of `base` (an account's name without extension, or `annotations`). */
export function exportFileName(base: string, format: Exclude<ExportFormat, 'brat'>): string {
  return `${base}${EXPORT_SUFFIXES[format]}`;
}

/**
 * Why `path` (a path or URI, either slash) must not be written by an export, or
 * `undefined` when it may: the reason names the file and what it holds.
 */
export function ownedFileReason(path: string): string | undefined {
  const clean = path.replace(/[?#].*$/, '').replace(/\\/g, '/');
  const name = clean.slice(clean.lastIndexOf('/') + 1);
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // Not URI-encoded.
  }
  if (decoded.toLowerCase().endsWith(SIDECAR_SUFFIX)) {
    return `${decoded} holds hand annotations (a Transcript Annotator sidecar, named *${SIDECAR_SUFFIX}); an export must not replace it`;
  }
  if (`/${clean}`.toLowerCase().endsWith(`/${PAIRS_FILE}`)) {
    return `${PAIRS_FILE} is the workspace's pairs file of Transcript Annotator; an export must not replace it`;
  }
  return undefined;
}
