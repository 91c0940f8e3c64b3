/**
 * Stage 3 of the pipeline: the readings of all accounts resolved into one annotation set
 * (the annotators' account pass, ../annotators/resolveAccount: person names clustered across
 * accounts, nominals, turn speakers and claim speakers resolved; then everything numbered,
 * ../merge/annotateReadings).
 */
import { annotateReadings } from '../merge/annotateReadings';
import type { AccountReading, PersonMemo, RereadClaims } from '../annotators/index';
import type { AnnotationSet } from '../model/annotation';

/**
 * The annotation set of `readings`, without cross-references; `reread` is the read stage's
 * second reading of a unit's claims; `memo` the runner's last clustering of persons; `ids`
 * the runner's annotation ids made so far (see `annotateReadings`).
 */
export function resolveStage(readings: readonly AccountReading[], reread: RereadClaims, memo?: PersonMemo, ids?: string[]): AnnotationSet {
  return annotateReadings(readings, reread, memo, ids);
}
