/**
 * The public interface of the analysis core. Implemented by `createAnnotationService`
 * (src/core/service.ts); consumed by the extension, the command line, the exporters
 * and the panel. Pure: no I/O, no `vscode`, no DOM, no `node:*`.
 */
import type { AccountRole, AnnotationSet, CancellationToken } from './model/annotation';
import type { UnitReader } from './pipeline/unitReader';

export type { UnitReader } from './pipeline/unitReader';

/** One account handed to the service: its text exactly as read (BOM stripped). */
export interface AccountInput {
  /** Identifies the account in the result (`AccountDocument.uri`). */
  readonly uri: string;
  readonly text: string;
  /** Forces the role instead of detecting it from the text. */
  readonly role?: AccountRole;
}

/** Options of the service, fixed when it is created. */
export interface AnnotationServiceOptions {
  /** Receives diagnostics of the core itself (not findings); defaults to none. */
  readonly logger?: (message: string) => void;
  /**
   * Reads the parse units of an account for the asynchronous methods: a host with worker
   * threads reads them there (see src/node/workerUnitReader.ts). Without it, or when it
   * fails, units are read in the calling thread. Either way the result is the same.
   */
  readonly unitReader?: UnitReader;
}

/**
 * The analysis core: create once, call per account or per pair.
 *
 * Re-analysis is incremental: the service keeps, for the accounts it analysed last (by
 * uri, a few at most), the findings of each paragraph, so that analysing an account again
 * after an edit reads only the paragraphs whose text (or setting) changed; names, speakers
 * and cross-references are then resolved again over the whole set. The result is always the
 * one a fresh analysis gives (test/unit/pipeline/incremental.test.ts). Nothing kept refers
 * to an earlier text.
 */
export interface AnnotationService {
  /**
   * Analyses one account on its own: role, turns, person and country mentions (with
   * entities local to this account), claims. Returns an annotation set with one document;
   * `crossReferences` and `unmatched` are empty. Returns an empty set (no annotations)
   * when cancelled.
   */
  analyzeAccount(text: string, options: { readonly uri: string; readonly role?: AccountRole }, token?: CancellationToken): AnnotationSet;
  /**
   * Analyses each account, merges their entities into one set (a person or country has one
   * entity across accounts) and, for two or more accounts, cross-references them.
   * Document ids follow input order (`d1`, `d2`, …). Deterministic.
   */
  annotateAccounts(accounts: readonly AccountInput[], token?: CancellationToken): AnnotationSet;
  /** `analyzeAccount`, with the parse units read by the service's `unitReader` (worker threads) when it has one. */
  analyzeAccountAsync(text: string, options: { readonly uri: string; readonly role?: AccountRole }, token?: CancellationToken): Promise<AnnotationSet>;
  /** `annotateAccounts`, with the parse units read by the service's `unitReader` (worker threads) when it has one. */
  annotateAccountsAsync(accounts: readonly AccountInput[], token?: CancellationToken): Promise<AnnotationSet>;
}
