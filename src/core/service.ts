/**
 * The analysis core's service: `createAnnotationService(options)` returns a frozen
 * `AnnotationService` (see ./api.ts). One retext processor is made per service and reused;
 * all per-call state lives in the call. The asynchronous methods read parse units through
 * `options.unitReader` when the host gives one (worker threads), else in this thread.
 */
import { alignAccounts } from './align/index';
import { createUnitProcessor } from './annotators/index';
import type { AccountInput, AnnotationService, AnnotationServiceOptions } from './api';
import type { AccountRole, AnnotationSet, CancellationToken } from './model/annotation';
import { FORMAT, NEVER_CANCELLED } from './model/annotation';
import { annotateReadings } from './merge/annotateReadings';
import { planAccount, type AccountPlan, type AccountReading } from './merge/readAccount';
import { readUnits, type UnitFindings } from './text/readUnits';

/** Creates the analysis service. */
export function createAnnotationService(options: AnnotationServiceOptions = {}): AnnotationService {
  const processor = createUnitProcessor();
  const log = options.logger ?? (() => undefined);
  const reader = options.unitReader;

  /** The reading of one planned account, logged; undefined when its units were not read (cancelled). */
  function readingOf(plan: AccountPlan, units: UnitFindings[] | undefined, started: number): AccountReading | undefined {
    if (!units) return undefined;
    log(`read ${plan.uri} (${plan.text.length} chars) as ${plan.role} in ${Date.now() - started} ms`);
    return { ...plan, units };
  }

  /** Reads every account in this thread; undefined when cancelled. */
  function read(inputs: readonly AccountInput[], token: CancellationToken): AccountReading[] | undefined {
    const readings: AccountReading[] = [];
    for (const input of inputs) {
      if (token.isCancellationRequested) return undefined;
      const started = Date.now();
      const plan = planAccount(input.text, input.uri, input.role);
      const reading = readingOf(plan, readUnits(processor, plan.units, token), started);
      if (!reading) return undefined;
      readings.push(reading);
    }
    return readings;
  }

  /** As `read`, with the units read by `reader` (in this thread if it fails). */
  async function readAsync(inputs: readonly AccountInput[], token: CancellationToken): Promise<AccountReading[] | undefined> {
    if (!reader) return read(inputs, token);
    const readings: AccountReading[] = [];
    for (const input of inputs) {
      if (token.isCancellationRequested) return undefined;
      const started = Date.now();
      const plan = planAccount(input.text, input.uri, input.role);
      let units: UnitFindings[] | undefined;
      try {
        units = await reader.read(plan.units, token);
      } catch (error) {
        log(`the unit reader failed (${(error as Error)?.message ?? String(error)}); reading ${input.uri} in this thread`);
        units = readUnits(processor, plan.units, token);
      }
      const reading = token.isCancellationRequested ? undefined : readingOf(plan, units, started);
      if (!reading) return undefined;
      readings.push(reading);
    }
    return readings;
  }

  function finish(accounts: readonly AccountInput[], readings: AccountReading[] | undefined, token: CancellationToken): AnnotationSet {
    if (!readings || token.isCancellationRequested) return emptySet(accounts);
    const set = annotateReadings(readings);
    if (readings.length < 2) return set;
    const started = Date.now();
    const alignment = alignAccounts(set, readings.map((r) => r.text), token);
    log(`aligned ${readings.length} accounts in ${Date.now() - started} ms`);
    if (token.isCancellationRequested) return emptySet(accounts);
    return { ...set, crossReferences: alignment.crossReferences, unmatched: alignment.unmatched };
  }

  const one = (text: string, account: { readonly uri: string; readonly role?: AccountRole }): AccountInput[] => [{ uri: account.uri, text, ...(account.role ? { role: account.role } : {}) }];

  const service: AnnotationService = {
    analyzeAccount(text, account, token = NEVER_CANCELLED) {
      const accounts = one(text, account);
      return finish(accounts, read(accounts, token), token);
    },
    annotateAccounts(accounts, token = NEVER_CANCELLED) {
      return finish(accounts, read(accounts, token), token);
    },
    async analyzeAccountAsync(text, account, token = NEVER_CANCELLED) {
      const accounts = one(text, account);
      return finish(accounts, await readAsync(accounts, token), token);
    },
    async annotateAccountsAsync(accounts, token = NEVER_CANCELLED) {
      return finish(accounts, await readAsync(accounts, token), token);
    },
  };
  return Object.freeze(service);
}

/** The set returned on cancellation: the documents, nothing found. */
function emptySet(accounts: readonly { uri: string; text: string; role?: AccountRole | undefined }[]): AnnotationSet {
  return {
    format: FORMAT,
    documents: accounts.map((a, i) => ({ id: `d${i + 1}`, uri: a.uri, role: a.role ?? 'report', length: a.text.length })),
    entities: [],
    annotations: [],
    crossReferences: [],
    unmatched: [],
  };
}
