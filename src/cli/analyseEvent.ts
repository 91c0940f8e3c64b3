/**
 * One event from its files: the accounts analysed (annotateFiles.ts), the transcript
 * found, and the coverage of it by every report (core/coverage).
 */
import { basename } from 'node:path';
import { type AccountRole, type AnnotationSet, buildCoverage, type Coverage, findTranscript } from '../core/index';
import { annotateFiles } from './annotateFiles';
import { InputError } from './readAccountFile';

/** An analysed event. */
export interface AnalysedEvent {
  readonly set: AnnotationSet;
  readonly texts: Readonly<Record<string, string>>;
  readonly coverage: Coverage;
  /** The file name of each account by document id. */
  readonly names: Readonly<Record<string, string>>;
  /** Person names by entity id. */
  readonly persons: ReadonlyMap<string, string>;
}

/**
 * Analyses `files` (roles forced where `roles` says) as one event. Throws `InputError`
 * when a file cannot be read, when the accounts hold no transcript or several, or no report.
 */
export async function analyseEvent(files: readonly string[], roles: readonly (AccountRole | undefined)[], warn: (message: string) => void): Promise<AnalysedEvent> {
  const { set, texts } = await annotateFiles(files, roles, warn);
  const names = Object.fromEntries(set.documents.map((d, i) => [d.id, basename(files[i]!)]));
  const transcript = findTranscript(set);
  if (!transcript) {
    const found = set.documents.filter((d) => d.role === 'transcript').map((d) => names[d.id]!);
    const what = found.length === 0 ? 'none of them reads as a transcript (speaker-labelled turns)' : `${found.length} of them read as transcripts (${found.join(', ')})`;
    throw new InputError(`Of ${files.map((f) => basename(f)).join(', ')}, ${what}: name the transcript's file so that it says "transcript" (e.g. transcript.txt), or give it first to report.`);
  }
  if (set.documents.length < 2) throw new InputError(`${names[transcript]} has no report beside it: an event is a transcript and one or more reports of it.`);
  return { set, texts, coverage: buildCoverage(set, texts, transcript), names, persons: new Map(set.entities.map((e) => [e.id, e.name])) };
}
