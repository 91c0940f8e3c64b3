/**
 * Readings of invented accounts for the tests of the account pass: each text planned and its
 * units read by the unit processor, as the pipeline does before it resolves them.
 */
import { createUnitProcessor, planAccount, type AccountReading, type RereadClaims } from '../../../src/core/annotators/index';
import type { KeyedMention, ResolvedMention } from '../../../src/core/annotators/persons/index';
import { NEVER_CANCELLED } from '../../../src/core/model/annotation';
import { readUnits, rereadClaims } from '../../../src/core/pipeline/readUnits';

const processor = createUnitProcessor();

/** The reading of each of `texts` (uri `file:///account-<i>.txt`), roles detected. */
export function readAccounts(texts: readonly string[]): AccountReading[] {
  return texts.map((text, i) => {
    const plan = planAccount(text, `file:///account-${i}.txt`, undefined);
    return { ...plan, units: readUnits(processor, plan.units, NEVER_CANCELLED)! };
  });
}

/** The pipeline's second reading of a unit's claims. */
export const reread: RereadClaims = (unit, mentions) => rereadClaims(processor, unit, mentions);

/** The name mentions that clustered into a person, as resolved mentions (as `resolveAccount` makes them). */
export function resolvedNames(mentions: readonly KeyedMention[]): ResolvedMention[] {
  return mentions.flatMap((m) => (m.key ? [{ start: m.start, end: m.end, speaker: m.key, rule: m.rule }] : []));
}
