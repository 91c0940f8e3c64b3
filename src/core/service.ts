/**
 * The analysis core's service: `createAnnotationService(options)` returns a frozen
 * `AnnotationService` (see ./api.ts) over one pipeline (./pipeline/runner.ts), made per
 * service and reused; all per-call state lives in the call.
 */
import type { AccountInput, AnnotationService, AnnotationServiceOptions } from './api';
import type { AccountRole } from './model/annotation';
import { NEVER_CANCELLED } from './model/annotation';
import { createPipeline } from './pipeline/index';

/** Creates the analysis service. */
export function createAnnotationService(options: AnnotationServiceOptions = {}): AnnotationService {
  const pipeline = createPipeline(options);
  const one = (text: string, account: { readonly uri: string; readonly role?: AccountRole }): AccountInput[] => [{ uri: account.uri, text, ...(account.role ? { role: account.role } : {}) }];
  const service: AnnotationService = {
    analyzeAccount: (text, account, token = NEVER_CANCELLED) => pipeline.run(one(text, account), token),
    annotateAccounts: (accounts, token = NEVER_CANCELLED) => pipeline.run(accounts, token),
    analyzeAccountAsync: (text, account, token = NEVER_CANCELLED) => pipeline.runAsync(one(text, account), token),
    annotateAccountsAsync: (accounts, token = NEVER_CANCELLED) => pipeline.runAsync(accounts, token),
  };
  return Object.freeze(service);
}
