/**
 * The analysis pipeline: one runner that owns the annotator processor and runs the stages
 * in order, plan → read units → resolve the account(s) → align:
 *
 *   plan.ts      speaker labels, role, turns, parse units (one scan of each text)
 *   read.ts      each parse unit read by the annotator processor (here or on the host's workers),
 *                except those whose findings the unit cache keeps (unitCache.ts: incremental)
 *   resolve.ts   names clustered across accounts, speakers resolved, one numbered annotation set
 *   align.ts     cross-references between the accounts of a set
 *
 * All state lives in the runner (made by `createPipeline`: the processor, the paraphrase
 * lexicon, the label scans, the last clustering of persons, the alignment's memos, the unit cache), none in modules. Lone CRs are read
 * as line ends (see lineFeeds.ts); annotations keep the text as given.
 */
import type { AccountInput, AnnotationServiceOptions } from '../api';
import { createParaphraseLexicon, newRunMemo, newTermTableMemo, type AlignResources } from '../align/index';
import { createUnitProcessor, newPersonMemo, type AccountReading, type RereadClaims } from '../annotators/index';
import type { AnnotationSet, CancellationToken } from '../model/annotation';
import { alignStage } from './align';
import { emptySet } from './emptySet';
import { withLineFeeds, withTextsAsGiven } from './lineFeeds';
import { newPlanMemo, planStage } from './plan';
import { createReadStage } from './read';
import { rereadClaims } from './readUnits';
import { resolveStage } from './resolve';
import { createUnitCache } from './unitCache';
import { newStretchMemo } from '../text/sharedStretches';

/** Runs the stages over a set of accounts. */
export interface Pipeline {
  /** The annotation set of `accounts`, every unit read in this thread; empty when cancelled. */
  run(accounts: readonly AccountInput[], token: CancellationToken): AnnotationSet;
  /** As `run`, with the units read by the host's unit reader when it has one. */
  runAsync(accounts: readonly AccountInput[], token: CancellationToken): Promise<AnnotationSet>;
}

/** Creates a pipeline with its own processor. */
export function createPipeline(options: AnnotationServiceOptions = {}): Pipeline {
  const processor = createUnitProcessor();
  const log = options.logger ?? (() => undefined);
  // the comparisons of each account's last and new text, made once per run for every stage
  const stretches = newStretchMemo();
  const planMemo = newPlanMemo(stretches);
  const personMemo = newPersonMemo();
  // the annotation ids made so far (`a1`, `a2`, …), taken again by every analysis (as many
  // as the largest set analysed has annotations: ~200k short strings at 10 MB)
  const ids: string[] = [];
  const reading = createReadStage(processor, options.unitReader, createUnitCache(stretches), log);
  const reread: RereadClaims = (unit, mentions) => rereadClaims(processor, unit, mentions);
  // The alignment's memos: terms and sentences re-read only where an edit changed the text,
  // the transcript's indexes kept while only the other account changes.
  const resources: AlignResources = { lexicon: createParaphraseLexicon(), termMemo: { ...newTermTableMemo(), stretches }, sentenceMemo: { ...newRunMemo(), stretches }, referenceMemo: newRunMemo(), pairMemo: { ...newRunMemo(), stretches } };

  /** Resolve and align `readings` (undefined: cancelled while reading). */
  function finish(inputs: readonly AccountInput[], readings: readonly AccountReading[] | undefined, token: CancellationToken): AnnotationSet {
    if (!readings || token.isCancellationRequested) return emptySet(inputs);
    const set = resolveStage(readings, reread, personMemo, ids);
    return alignStage(set, readings.map((r) => r.text), resources, log, token) ?? emptySet(inputs);
  }

  return {
    run(given, token) {
      stretches.made.length = 0;
      try {
        return runNow(given, token);
      } finally {
        stretches.made.length = 0;
      }
    },
    async runAsync(given, token) {
      stretches.made.length = 0;
      try {
        return await runAsyncNow(given, token);
      } finally {
        stretches.made.length = 0;
      }
    },
  };

  /** One run of `run` (the run's comparisons emptied around it). */
  function runNow(given: readonly AccountInput[], token: CancellationToken): AnnotationSet {
    const inputs = given.map(withLineFeeds);
    const readings: AccountReading[] = [];
    for (const input of inputs) {
      const read = token.isCancellationRequested ? undefined : reading.read(planStage(input, planMemo), token);
      if (!read) return withTextsAsGiven(emptySet(inputs), given, inputs);
      readings.push(read);
    }
    return withTextsAsGiven(finish(inputs, readings, token), given, inputs);
  }

  /** One run of `runAsync`. */
  async function runAsyncNow(given: readonly AccountInput[], token: CancellationToken): Promise<AnnotationSet> {
    const inputs = given.map(withLineFeeds);
    const readings: AccountReading[] = [];
    for (const input of inputs) {
      const read = token.isCancellationRequested ? undefined : await reading.readAsync(planStage(input, planMemo), token);
      if (!read) return withTextsAsGiven(emptySet(inputs), given, inputs);
      readings.push(read);
    }
    return withTextsAsGiven(finish(inputs, readings, token), given, inputs);
  }
}
