/**
 * The account store: the state every feature shares. It knows which files are accounts,
 * which account pairs with which, and holds the analysis of each pair, cached by
 * uri+version, computed off the typing path (debounced, stale work dropped).
 *
 * Providers (tokens, hovers, outline, …), the side panel and export read analyses here;
 * the hand-annotation layer registers a transform so all of them see its overrides.
 *
 * The parts, one file each: `accountChoices.ts` (included, excluded and paired files),
 * `accountTexts.ts` (file texts and versions), `accountRecognizer.ts` (is a file an
 * account), `accountPairing.ts` (its counterpart), `analysisCache.ts` (analyses and
 * transforms), `analysisScheduler.ts` (when runs happen). This file wires them to the
 * editor's events and answers the features.
 */
import * as vscode from 'vscode';
import type { AnnotationService } from '../core/api';
import { type AccountRole, type PairsConfig, withReportInEvent, withReportRemoved } from '../core/index';
import { AccountChoices } from './accountChoices';
import { AccountPairing } from './accountPairing';
import { AccountRecognizer } from './accountRecognizer';
import { AccountTexts } from './accountTexts';
import { AnalysisCache } from './analysisCache';
import { AnalysisScheduler, raceCancellation } from './analysisScheduler';
import type { AccountSnapshot, AccountStoreChange, AnalysisTransform, PairAnalysis, PairInput } from './analysisTypes';
import { readConfig } from './config';
import { ConverterCache, type OffsetConverter } from './convert';

export type { AccountSnapshot, AccountStoreChange, AnalysisTransform, PairAnalysis } from './analysisTypes';
export { basename } from './uris';

/** URI schemes of files that can be accounts (local, remote, virtual and untitled files). */
const ACCOUNT_SCHEMES: ReadonlySet<string> = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'memfs']);

/** The shared state of accounts, pairs and analyses. Create one in `activate()`. */
export class AccountStore implements vscode.Disposable {
  readonly #emitter = new vscode.EventEmitter<AccountStoreChange>();
  /**
   * Fires after a (re)analysis lands, an analysis made for a counterpart becomes a file's
   * own, a transform's output changes, or a file stops being annotated; never for a file
   * whose analysis is the one it already had.
   */
  readonly onDidChange: vscode.Event<AccountStoreChange> = this.#emitter.event;

  readonly #choices: AccountChoices;
  readonly #texts: AccountTexts;
  readonly #recognizer: AccountRecognizer;
  readonly #pairing: AccountPairing;
  readonly #analyses: AnalysisCache;
  readonly #scheduler: AnalysisScheduler;
  readonly #disposables: vscode.Disposable[] = [];
  readonly #converters = new ConverterCache();
  readonly #log: vscode.LogOutputChannel;
  #disposed = false;

  /**
   * @param service the analysis core
   * @param log where timings and recognition verdicts go
   */
  constructor(service: AnnotationService, log: vscode.LogOutputChannel) {
    this.#log = log;
    this.#choices = new AccountChoices(log, (uri) => this.roleOf(uri));
    this.#texts = new AccountTexts(log, (uri) => this.#choices.isForced(uri));
    this.#recognizer = new AccountRecognizer(service, log, this.#choices);
    this.#pairing = new AccountPairing(log, this.#choices, this.#texts, this.#recognizer);
    this.#analyses = new AnalysisCache(log, this.#texts);
    this.#scheduler = new AnalysisScheduler(service, log, this.#texts, this.#converters, () => this.#disposed);
    this.#disposables.push(
      this.#emitter,
      vscode.workspace.onDidChangeTextDocument((e) => this.#onEdit(e.document)),
      vscode.workspace.onDidOpenTextDocument((d) => this.#kick(d.uri)),
      vscode.workspace.onDidSaveTextDocument((d) => this.#kick(d.uri)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reanalyse()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('transcriptAnnotator.files')) this.reanalyse();
      }),
    );
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.#disposables.push(
      watcher,
      watcher.onDidChange((u) => this.#onDiskChange(u, false)),
      watcher.onDidCreate((u) => this.#onDiskChange(u, true)),
      watcher.onDidDelete((u) => this.#onDiskChange(u, true)),
      // Editors restored by a window reload can open before activation (no open event
      // reaches us) or become visible later: analyse whatever is shown.
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const e of editors) this.#kick(e.document.uri);
      }),
    );
    for (const e of vscode.window.visibleTextEditors) this.#kick(e.document.uri);
  }

  dispose(): void {
    this.#disposed = true;
    for (const d of this.#disposables.splice(0)) d.dispose();
  }

  /**
   * True when `uri` is annotated: a `.transcript` file, an included or explicitly paired
   * file, or a file matching `transcriptAnnotator.files` that reads as an account (known
   * once it has been analysed; `analyse` finds out). False for excluded files.
   */
  isAccount(uri: vscode.Uri): boolean {
    if (!ACCOUNT_SCHEMES.has(uri.scheme) || this.#choices.isExcluded(uri)) return false;
    if (this.#choices.isForced(uri)) return true;
    return this.#recognizer.recognitionOf(uri)?.isAccount ?? false;
  }

  /** The offset ↔ position converter of an analysed account (shared by every feature). */
  converterOf(account: AccountSnapshot): OffsetConverter {
    return this.#converters.of(account);
  }

  /** The role detected for an account, or `undefined` when it is not (yet) known. */
  roleOf(uri: vscode.Uri): AccountRole | undefined {
    const recognition = this.#recognizer.recognitionOf(uri);
    return recognition && this.isAccount(uri) ? recognition.role : undefined;
  }

  /** The account paired with `uri`, as last resolved; `undefined` when it has none (yet). */
  counterpartOf(uri: vscode.Uri): vscode.Uri | undefined {
    return this.#pairing.counterpartOf(uri);
  }

  /**
   * The analysis containing `uri` for the current versions of its account(s), with the
   * transforms applied; no work. `undefined` when there is none yet or it is stale.
   */
  peek(uri: vscode.Uri): PairAnalysis | undefined {
    if (!this.isAccount(uri)) return undefined;
    const current = this.#analyses.currentOf(uri);
    return current && this.#analyses.applyTransforms(current);
  }

  /**
   * The analysis containing `uri` for the current versions of its account(s) WITHOUT the
   * transforms (the automatic layer alone, e.g. to apply another reviewer's sidecar over
   * it); no work. `undefined` when there is none yet or it is stale.
   */
  peekAutomatic(uri: vscode.Uri): PairAnalysis | undefined {
    return this.isAccount(uri) ? this.#analyses.currentOf(uri) : undefined;
  }

  /**
   * The analysis containing `uri` (its pair, or the account alone when it has no
   * counterpart). Waits for the analysis delay after the last edit, joins work already
   * under way, drops work made stale by newer edits. `undefined` when `uri` is not an
   * account, or when `token` is cancelled.
   */
  async analyse(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<PairAnalysis | undefined> {
    // Output channels, git views, settings and the like are never accounts.
    if (!ACCOUNT_SCHEMES.has(uri.scheme)) return undefined;
    await this.#choices.loaded;
    // A run can come back stale when an edit lands during the delay; try again with the new versions.
    for (let attempt = 0; attempt < 5; attempt++) {
      if (token?.isCancellationRequested || this.#disposed) return undefined;
      const cached = this.peek(uri);
      if (cached) return cached;
      const inputs = await this.#resolvePair(uri);
      if (!inputs || token?.isCancellationRequested) return undefined;
      // Callers that were resolving the pair while its run landed find it here: announce it
      // only when it is new for `uri` (each announcement makes every feature redo its work).
      const shared = this.#analyses.adopt(uri, inputs);
      if (shared) {
        if (shared.changed) this.#emitter.fire({ uris: [uri] });
        return this.#analyses.applyTransforms(shared.analysis);
      }
      // An account alone is annotated with the analysis that recognised it (same text, same
      // role: the same result); a pair needs both accounts analysed together.
      const made = inputs.map((i) => this.#recognizer.takeAnalysis(i.uri, i.version));
      const run = this.#scheduler.run(uri, inputs, (analysis) => this.#publish(uri, inputs, analysis), inputs.length === 1 ? made[0] : undefined);
      const result = await raceCancellation(run, token);
      if (result) return this.#analyses.applyTransforms(result);
    }
    return undefined;
  }

  /** Forgets every cached analysis, verdict and pairing, and analyses the visible accounts again. */
  reanalyse(): void {
    this.#analyses.clear();
    this.#recognizer.clear();
    this.#pairing.clear();
    this.#texts.clear();
    void this.#choices.reload();
    const uris = vscode.window.visibleTextEditors.map((e) => e.document.uri);
    for (const u of uris) this.#kick(u);
    this.#emitter.fire({ uris });
  }

  /**
   * Registers a transform applied to every analysis before any feature sees it. Call
   * `refreshTransforms` when its output changes. Disposing removes it.
   */
  setTransform(transform: AnalysisTransform): vscode.Disposable {
    const remove = this.#analyses.addTransform(transform);
    this.refreshTransforms();
    return new vscode.Disposable(() => {
      remove();
      this.refreshTransforms();
    });
  }

  /** Tells the store that a transform's output changed (e.g. a hand edit): features refresh. */
  refreshTransforms(uris?: readonly vscode.Uri[]): void {
    this.#analyses.refreshTransforms();
    const all = uris ?? this.#analyses.accountUris().map((s) => vscode.Uri.parse(s));
    this.#emitter.fire({ uris: all });
  }

  /** Marks `uri` as an account even when detection does not recognise it (persisted in the pairs file). */
  async include(uri: vscode.Uri): Promise<void> {
    await this.#choices.include(uri);
    this.#forget(uri);
    await this.analyse(uri);
  }

  /** Stops annotating `uri` (persisted in the pairs file); its counterpart is analysed alone. */
  async exclude(uri: vscode.Uri): Promise<void> {
    const counterpart = this.counterpartOf(uri);
    await this.#choices.exclude(uri);
    this.#forget(uri);
    if (counterpart) this.#forget(counterpart);
    this.#emitter.fire({ uris: counterpart ? [uri, counterpart] : [uri] });
    if (counterpart) this.#kick(counterpart);
  }

  /** Pairs `a` with `b` explicitly (persisted in the pairs file when both lie in one workspace folder). */
  async pair(a: vscode.Uri, b: vscode.Uri): Promise<void> {
    const olds = [this.counterpartOf(a), this.counterpartOf(b)].filter((u): u is vscode.Uri => !!u);
    await this.#choices.pair(a, b);
    for (const u of [a, b, ...olds]) this.#forget(u);
    this.#emitter.fire({ uris: [a, b, ...olds] });
    await this.analyse(a);
    for (const u of olds) this.#kick(u);
  }

  /**
   * The event `transcript` heads in the workspace file: its name and the reports it lists
   * (absolute), and those Remove from Event took out. `undefined` outside every workspace folder.
   */
  eventEntryOf(transcript: vscode.Uri): { readonly name: string; readonly reports: readonly vscode.Uri[]; readonly without: readonly vscode.Uri[] } | undefined {
    return this.#choices.eventEntryOf(transcript);
  }

  /** Makes `report` a report of `transcript`'s event (persisted in the workspace file); it leaves any other event. */
  async addToEvent(transcript: vscode.Uri, report: vscode.Uri): Promise<void> {
    await this.#changeEvent(transcript, report, withReportInEvent);
  }

  /** Takes `report` out of `transcript`'s event, automatic or listed (persisted in the workspace file). */
  async removeFromEvent(transcript: vscode.Uri, report: vscode.Uri): Promise<void> {
    await this.#changeEvent(transcript, report, withReportRemoved);
  }

  async #changeEvent(transcript: vscode.Uri, report: vscode.Uri, change: (c: PairsConfig, t: string, r: string) => PairsConfig): Promise<void> {
    const olds = [this.counterpartOf(report), this.counterpartOf(transcript)].filter((u): u is vscode.Uri => !!u);
    await this.#choices.changeEvent(transcript, report, change);
    for (const u of [transcript, report, ...olds]) this.#forget(u);
    this.#emitter.fire({ uris: [transcript, report, ...olds] });
    this.#kick(report);
    this.#kick(transcript);
    for (const u of olds) this.#kick(u);
  }

  /** Files that could be paired with `uri`: `.transcript` files and files matching the globs, `uri` excluded. */
  async pairCandidates(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const globs = [...readConfig(uri).files, '**/*.transcript'];
    const found = await vscode.workspace.findFiles(`{${globs.join(',')}}`, '**/node_modules/**', 500, token);
    return found.filter((u) => u.toString() !== uri.toString() && !this.#choices.isExcluded(u)).sort((x, y) => x.path.localeCompare(y.path));
  }

  // ---- internals ---------------------------------------------------------------------

  #onEdit(doc: vscode.TextDocument): void {
    const involved = this.isAccount(doc.uri) || this.#pairing.isCounterpart(doc.uri);
    if (!involved) return;
    this.#scheduler.noteEdit(doc.uri);
    this.#kick(doc.uri);
    // The counterpart's analysis includes this file too.
    for (const other of this.#pairing.accountsPairedWith(doc.uri)) this.#kick(other);
  }

  #onDiskChange(uri: vscode.Uri, structural: boolean): void {
    if (this.#choices.isPairsFile(uri)) {
      void this.#choices.changedOnDisk(uri).then((changed) => changed && this.reanalyse());
      return;
    }
    // The watcher sees every file of the workspace: keep state only for possible accounts.
    if (!this.#recognizer.has(uri) && !this.#texts.has(uri) && !this.#choices.isForced(uri) && !this.#recognizer.matchesFiles(uri)) return;
    this.#texts.changedOnDisk(uri);
    for (const account of this.#pairing.changedOnDisk(uri, structural)) this.#kick(account);
  }

  /** Starts an analysis in the background; the result arrives through `onDidChange`. */
  #kick(uri: vscode.Uri): void {
    if (this.#disposed || !ACCOUNT_SCHEMES.has(uri.scheme)) return;
    this.analyse(uri).catch((e) => this.#log.error(`analysis of ${uri.toString()} failed: ${(e as Error).stack ?? String(e)}`));
  }

  #forget(uri: vscode.Uri): void {
    this.#analyses.delete(uri);
    this.#recognizer.forget(uri);
    this.#pairing.forget(uri);
  }

  /** The inputs of the analysis containing `uri`: itself and its counterpart, if any. */
  async #resolvePair(uri: vscode.Uri): Promise<PairInput[] | undefined> {
    const self = await this.#texts.read(uri);
    if (!self) return undefined;
    const selfRole = await this.#recognizer.recognise(uri, self);
    if (!selfRole) return undefined;
    const counterpart = await this.#pairing.resolveCounterpart(uri, selfRole.role);
    const inputs: PairInput[] = [{ uri, text: self.text, version: self.version, role: selfRole.role }];
    if (counterpart) {
      const other = await this.#texts.read(counterpart);
      const otherRole = other && (await this.#recognizer.recognise(counterpart, other));
      if (other && otherRole) {
        inputs.push({ uri: counterpart, text: other.text, version: other.version, role: otherRole.role });
      }
    }
    // Report first: cross-references run from the report to the transcript.
    if (inputs.length === 2 && inputs[0]!.role === 'transcript' && inputs[1]!.role === 'report') inputs.reverse();
    return inputs;
  }

  /** Stores a new analysis for the primary file, and for the other file when it pairs back; announces it. */
  #publish(primary: vscode.Uri, inputs: readonly PairInput[], analysis: PairAnalysis): void {
    const updated: vscode.Uri[] = [];
    for (const i of inputs) {
      const cp = this.#pairing.counterpartOf(i.uri);
      const pairsBack = i.uri.toString() === primary.toString() || inputs.length === 1 || inputs.some((o) => o.uri.toString() === cp?.toString());
      if (pairsBack) {
        this.#analyses.set(i.uri, analysis);
        updated.push(i.uri);
      }
    }
    this.#emitter.fire({ uris: updated });
  }
}
