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
    return { ...set, crossReferences: alignment.crossReferences, unmatched: alignment.unmatched, unconfirmed: alignment.unconfirmed };
  }

  const one = (text: string, account: { readonly uri: string; readonly role?: AccountRole }): AccountInput[] => [{ uri: account.uri, text, ...(account.role ? { role: account.role } : {}) }];

  // Lone CRs are read as line ends (`withLineFeeds`); annotations keep the text as given.
  const service: AnnotationService = {
    analyzeAccount(text, account, token = NEVER_CANCELLED) {
      const given = one(text, account);
      const inputs = given.map(withLineFeeds);
      return withTextsAsGiven(finish(inputs, read(inputs, token), token), given, inputs);
    },
    annotateAccounts(given, token = NEVER_CANCELLED) {
      const inputs = given.map(withLineFeeds);
      return withTextsAsGiven(finish(inputs, read(inputs, token), token), given, inputs);
    },
    async analyzeAccountAsync(text, account, token = NEVER_CANCELLED) {
      const given = one(text, account);
      const inputs = given.map(withLineFeeds);
      return withTextsAsGiven(finish(inputs, await readAsync(inputs, token), token), given, inputs);
    },
    async annotateAccountsAsync(given, token = NEVER_CANCELLED) {
      const inputs = given.map(withLineFeeds);
      return withTextsAsGiven(finish(inputs, await readAsync(inputs, token), token), given, inputs);
    },
  };
  return Object.freeze(service);
}

/**
 * `input` with each lone CR (an old Mac line end) as LF: the analysis reads line ends as
 * LF or CR LF. One character for one, so every offset is one into the text as given.
 */
function withLineFeeds(input: AccountInput): AccountInput {
  return /\r(?!\n)/.test(input.text) ? { ...input, text: input.text.replace(/\r(?!\n)/g, '\n') } : input;
}

/** `set` with each annotation's text sliced from the text as given, where `withLineFeeds` changed it. */
function withTextsAsGiven(set: AnnotationSet, given: readonly AccountInput[], analysed: readonly AccountInput[]): AnnotationSet {
  if (given.every((g, i) => g === analysed[i])) return set;
  const textOf = new Map(set.documents.map((d, i) => [d.id, given[i]!.text]));
  return { ...set, annotations: set.annotations.map((a) => ({ ...a, text: textOf.get(a.document)!.slice(a.start, a.end) })) };
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
