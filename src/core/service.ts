/**
 * The analysis core's service: `createAnnotationService(options)` returns a frozen
 * `AnnotationService` (see ./api.ts). One retext processor is made per service and reused;
 * all per-call state lives in the call.
 */
import { alignAccounts } from './align/index';
import { createUnitProcessor } from './annotators/index';
import type { AccountInput, AnnotationService, AnnotationServiceOptions } from './api';
import type { AccountRole, AnnotationSet, CancellationToken } from './model/annotation';
import { FORMAT, NEVER_CANCELLED } from './model/annotation';
import { annotateReadings } from './merge/annotateReadings';
import { readAccount, type AccountReading } from './merge/readAccount';

/** Creates the analysis service. */
export function createAnnotationService(options: AnnotationServiceOptions = {}): AnnotationService {
  const processor = createUnitProcessor();
  const log = options.logger ?? (() => undefined);

  function read(inputs: readonly AccountInput[], token: CancellationToken): AccountReading[] | undefined {
    const readings: AccountReading[] = [];
    for (const input of inputs) {
      if (token.isCancellationRequested) return undefined;
      const started = Date.now();
      const reading = readAccount(processor, input.text, input.uri, input.role, token);
      if (!reading) return undefined;
      log(`read ${input.uri} (${input.text.length} chars) as ${reading.role} in ${Date.now() - started} ms`);
      readings.push(reading);
    }
    return readings;
  }

  const service: AnnotationService = {
    analyzeAccount(text: string, account: { readonly uri: string; readonly role?: AccountRole }, token: CancellationToken = NEVER_CANCELLED): AnnotationSet {
      const readings = read([{ uri: account.uri, text, ...(account.role ? { role: account.role } : {}) }], token);
      if (!readings || token.isCancellationRequested) return emptySet([{ uri: account.uri, text, role: account.role }]);
      return annotateReadings(readings);
    },
    annotateAccounts(accounts: readonly AccountInput[], token: CancellationToken = NEVER_CANCELLED): AnnotationSet {
      const readings = read(accounts, token);
      if (!readings || token.isCancellationRequested) return emptySet(accounts);
      const set = annotateReadings(readings);
      if (readings.length < 2) return set;
      const started = Date.now();
      const alignment = alignAccounts(set, readings.map((r) => r.text), token);
      log(`aligned ${readings.length} accounts in ${Date.now() - started} ms`);
      if (token.isCancellationRequested) return emptySet(accounts);
      return { ...set, crossReferences: alignment.crossReferences, unmatched: alignment.unmatched };
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
