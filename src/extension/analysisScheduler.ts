/**
 * When analyses run: off the typing path, after the analysis delay since the last edit
 * (longer for accounts whose last run took long), one run per set of inputs at a time
 * (callers join it), dropped as soon as an edit makes its inputs stale.
 */
import * as vscode from 'vscode';
import type { AnnotationService } from '../core/api';
import type { CancellationToken as CoreToken } from '../core/index';
import type { MadeAnalysis } from './accountRecognizer';
import type { AccountTexts } from './accountTexts';
import type { PairAnalysis, PairInput } from './analysisTypes';
import { readConfig } from './config';
import type { ConverterCache } from './convert';
import { basename } from './uris';

/** Runs analyses of pairs (or single accounts) at the right time. */
export class AnalysisScheduler {
  readonly #service: AnnotationService;
  readonly #log: vscode.LogOutputChannel;
  readonly #texts: AccountTexts;
  readonly #converters: ConverterCache;
  readonly #isDisposed: () => boolean;
  readonly #inflight = new Map<string, Promise<PairAnalysis | undefined>>();
  readonly #lastEdit = new Map<string, number>();
  readonly #lastRunMs = new Map<string, number>();

  /**
   * @param service the analysis core
   * @param log where timings go
   * @param texts the current versions of files
   * @param converters line indexes, built with each analysis
   * @param isDisposed true once the store is disposed (runs then stop)
   */
  constructor(service: AnnotationService, log: vscode.LogOutputChannel, texts: AccountTexts, converters: ConverterCache, isDisposed: () => boolean) {
    this.#service = service;
    this.#log = log;
    this.#texts = texts;
    this.#converters = converters;
    this.#isDisposed = isDisposed;
  }

  /** Notes an edit of `uri` now: its next run waits for the typing pause. */
  noteEdit(uri: vscode.Uri): void {
    this.#lastEdit.set(uri.toString(), Date.now());
  }

  /**
   * The run for `inputs`: the one under way, else a new one that waits for the typing
   * pause, analyses and hands the result to `publish` (before it resolves). Resolves with
   * `undefined` when the inputs went stale. `made`, when given, is the analysis of exactly
   * these inputs made already (an account alone, analysed to recognise it): it is used
   * instead of analysing again.
   */
  run(primary: vscode.Uri, inputs: readonly PairInput[], publish: (analysis: PairAnalysis) => void, made?: MadeAnalysis): Promise<PairAnalysis | undefined> {
    const key = inputs.map((i) => `${i.uri.toString()}@${i.version}`).join('|');
    let run = this.#inflight.get(key);
    if (!run) {
      run = this.#run(primary, inputs, publish, made).finally(() => this.#inflight.delete(key));
      this.#inflight.set(key, run);
    }
    return run;
  }

  /** One analysis run: waits for the typing pause, drops stale work, analyses, publishes. */
  async #run(primary: vscode.Uri, inputs: readonly PairInput[], publish: (analysis: PairAnalysis) => void, made: MadeAnalysis | undefined): Promise<PairAnalysis | undefined> {
    // Large accounts take long to analyse: wait at least as long as the last run took (up to
    // 5 s) so that continuous typing is not followed by back-to-back runs blocking the host.
    const delay = Math.max(readConfig(primary).analysisDelay, Math.min(5000, this.#lastRunMs.get(primary.toString()) ?? 0));
    const now = Date.now();
    const wait = Math.max(0, ...inputs.map((i) => (this.#lastEdit.get(i.uri.toString()) ?? 0) + delay - now));
    if (wait > 0) await sleep(wait);
    await sleep(0); // yield to the event loop before the core runs (its alignment is synchronous)
    const isCurrent = () => !this.#isDisposed() && inputs.every((i) => this.#texts.currentVersion(i.uri) === i.version);
    if (!isCurrent()) return undefined;
    const started = Date.now();
    const token: CoreToken = { get isCancellationRequested() { return !isCurrent(); } };
    const set = made?.set ?? await this.#service.annotateAccountsAsync(
      inputs.map((i) => ({ uri: i.uri.toString(), text: i.text, role: i.role })),
      token,
    );
    if (!isCurrent() || set.documents.length !== inputs.length) return undefined;
    const analysis: PairAnalysis = {
      set,
      accounts: inputs.map((i, n) => ({ uri: i.uri, version: i.version, text: i.text, role: set.documents[n]!.role, docId: set.documents[n]!.id })),
    };
    // Line indexes are part of the analysis: every provider needs them right after.
    for (const a of analysis.accounts) void this.#converters.of(a).lines;
    // a run that took an analysis made already took as long as making it
    const ms = made ? made.ms : Date.now() - started;
    for (const i of inputs) this.#lastRunMs.set(i.uri.toString(), ms);
    const size = inputs.reduce((s, i) => s + i.text.length, 0);
    this.#log.info(`analysed ${inputs.map((i) => basename(i.uri)).join(' + ')} (${size} chars): ${set.annotations.length} annotations, ${set.crossReferences.length} cross-references, ${set.unmatched.length} unmatched in ${ms} ms${made ? ' (the analysis that recognised it)' : ''} (${set.unconfirmed?.length ?? 0} not confirmed)`);
    publish(analysis);
    return analysis;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves with `undefined` as soon as `token` is cancelled. */
export function raceCancellation<T>(promise: Promise<T | undefined>, token?: vscode.CancellationToken): Promise<T | undefined> {
  if (!token) return promise;
  if (token.isCancellationRequested) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const sub = token.onCancellationRequested(() => {
      sub.dispose();
      resolve(undefined);
    });
    promise.then(
      (v) => {
        sub.dispose();
        resolve(v);
      },
      (e) => {
        sub.dispose();
        reject(e);
      },
    );
  });
}
