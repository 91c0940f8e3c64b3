/**
 * Stage 4 of the pipeline: cross-references between the accounts of a set (two or more),
 * added to the set the resolve stage made; then the speaker of an unlabelled statement named
 * from the links (`align/statementSpeaker.ts`).
 */
import { alignAccountsWith, nameStatementSpeakers, type AlignResources } from '../align/index';
import type { AnnotationSet, CancellationToken } from '../model/annotation';

/**
 * `set` with the cross-references and unmatched claims of its accounts (`texts[i]` is the
 * text of `set.documents[i]`; `resources`: what the pipeline keeps between alignments); `set` itself for fewer than two accounts; undefined when
 * cancelled.
 */
export function alignStage(set: AnnotationSet, texts: readonly string[], resources: AlignResources, log: (message: string) => void, token: CancellationToken): AnnotationSet | undefined {
  if (texts.length < 2) return set;
  const started = Date.now();
  const alignment = alignAccountsWith(set, texts, resources, token);
  log(`aligned ${texts.length} accounts in ${Date.now() - started} ms`);
  if (token.isCancellationRequested) return undefined;
  // an unlabelled statement's unnamed speaker: the person the report credits with its linked words
  return nameStatementSpeakers({ ...set, crossReferences: alignment.crossReferences, unmatched: alignment.unmatched, unconfirmed: alignment.unconfirmed });
}
