/**
 * Reads W3C Web Annotation JSON(-LD) for import (`mergeImported.ts`): the `w3c` export,
 * a sidecar, an AnnotationCollection or AnnotationPage, an array or one annotation.
 * Annotations made by software (the automatic layer: `creator.type` `Software`) are not
 * hand work and are skipped; the others read as sidecar entries do
 * (`webAnnotationCodec.ts`), for the targets whose `source` is the account: the same URI,
 * or, for a file written elsewhere (a colleague's copy), the same file name. Pure.
 */
import type { WebAnnotation } from '../export/webAnnotationTypes';
import type { HandAnnotation } from './model';
import { relativeSource, resolveSource } from './paths';
import { invalidValueOf } from './sidecar';
import { fileName, ImportError, normaliseUri, type ImportAccount, type ImportNote, type ImportRead } from './importTypes';
import { fromSidecarEntry } from './webAnnotationCodec';

/**
 * Reads W3C Web Annotations for `account` (see module notes). `now` (ISO date-time)
 * stands in for a missing `created`. Throws `ImportError` when the text is no JSON or holds no annotations.
 */
export function readWebAnnotations(json: string, account: ImportAccount, now: string): ImportRead {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ImportError(`it is not valid JSON (${(e as Error).message})`);
  }
  const items = annotationItems(data);
  if (!items) throw new ImportError('it holds no W3C Web Annotations (no "type": "Annotation", AnnotationCollection or transcript-annotator sidecar)');
  const candidates: HandAnnotation[] = [];
  const skipped: ImportNote[] = [];
  const own = normaliseUri(account.uri);
  for (const [i, raw] of items.entries()) {
    const item = raw as WebAnnotation & { creator?: { type?: string; name?: string } };
    const what = `annotation ${typeof item.id === 'string' ? item.id : `#${i + 1}`}`;
    if (item.creator?.type === 'Software') {
      skipped.push({ what, reason: 'made by software (the automatic layer), not by hand' });
      continue;
    }
    const targets = Array.isArray(item.target) ? item.target : [item.target];
    if (targets.some((t) => typeof t !== 'object' || t === null || typeof (t as { source?: unknown }).source !== 'string')) {
      skipped.push({ what, reason: 'has a target without a source and selectors' });
      continue;
    }
    // Sources are made relative to the account, as in its sidecar.
    const relative = targets.map((t) => ({ ...(t as object), source: relativeSource(account.uri, resolveSource(account.uri, (t as { source: string }).source)) }));
    if (normaliseUri(resolveSource(account.uri, relative[0]!.source)) !== own) {
      // Written elsewhere (another machine, a colleague's copy): the account is known by its file name.
      if (fileName(relative[0]!.source) !== fileName(account.uri)) {
        skipped.push({ what, reason: `is about ${fileName(relative[0]!.source)}, not this account` });
        continue;
      }
      relative[0] = { ...relative[0]!, source: fileName(account.uri) };
    }
    const entry = { ...item, target: Array.isArray(item.target) ? relative : relative[0] } as WebAnnotation;
    const hand = typeof item.id === 'string' && item.type === 'Annotation' ? fromSidecarEntry(entry) : `${what} is not a W3C Annotation with an id`;
    if (typeof hand === 'string') {
      skipped.push({ what, reason: hand.replace(/^annotation \S+ /, '') });
      continue;
    }
    const filled = hand.created ? hand : { ...hand, created: now };
    const problem = invalidValueOf(filled);
    if (problem) skipped.push({ what, reason: problem });
    else candidates.push(filled);
  }
  return { candidates, skipped };
}

/** The annotation items of a parsed file, or `undefined` when it is none of the known shapes. */
function annotationItems(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (typeof data !== 'object' || data === null) return undefined;
  const o = data as Record<string, unknown>;
  if (o.format === 'transcript-annotator/hand' && Array.isArray(o.annotations)) return o.annotations;
  if (o.type === 'AnnotationCollection') return ((o.first as { items?: unknown[] } | undefined)?.items ?? []) as unknown[];
  if (o.type === 'AnnotationPage' && Array.isArray(o.items)) return o.items;
  if (o.type === 'Annotation') return [o];
  return undefined;
}
