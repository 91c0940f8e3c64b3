/**
 * The hand-annotation layer in VS Code: a thin adapter over `SidecarRepository`.
 * It gives the repository `vscode.workspace.fs` (atomic writes: temporary file +
 * rename), registers a transform on the AccountStore that applies each account's hand
 * annotations over its analysis (so tokens, hovers, outline, panel and export all see
 * them), reloads sidecars changed outside, reports unreadable sidecars (left untouched;
 * new work kept in memory meanwhile), holds edits in memory in Restricted Mode (written
 * when the workspace is trusted), and keeps the orphan list.
 */
import * as vscode from 'vscode';
import { applyHandAnnotations, createSidecarCodec, type HandAnnotation, type HandEdit, type HandEditOutcome, type OrphanedHandAnnotation, SIDECAR_SUFFIX, type SidecarError, type SidecarFileSystem, sidecarNameFor, SidecarRepository } from '../core/index';
import type { AccountStore, PairAnalysis } from './accountStore';
import { basename } from './accountStore';
import { sidecarFileSystem } from './sidecarFiles';
import { writeAtomically } from './atomicWrite';
import { sidecarWritesBlocked } from './workspaceTrust';
import { ReviewerComparison } from './reviewerComparison';

export type { HandEdit, HandEditOutcome } from '../core/index';

/** The sidecar of an account: `news.txt` → `news.annotations.json` in the same folder; `undefined` for untitled documents. */
export function sidecarUriOf(account: vscode.Uri): vscode.Uri | undefined {
  if (account.scheme === 'untitled') return undefined;
  return vscode.Uri.joinPath(account, '..', sidecarNameFor(basename(account)));
}

/** `vscode.workspace.fs` as the repository's file system (paths are URI strings; strict UTF-8). */
const workspaceFileSystem: SidecarFileSystem = sidecarFileSystem(
  {
    async readBytes(path) {
      try {
        return await vscode.workspace.fs.readFile(vscode.Uri.parse(path));
      } catch (e) {
        if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
        throw e;
      }
    },
    write: (path, text) => writeAtomically(vscode.Uri.parse(path), text),
  },
  (path) => basename(vscode.Uri.parse(path)),
);

/** Hand annotations of accounts, persisted in sidecars; create one in `activate()`. */
export class HandAnnotationLayer implements vscode.Disposable {
  readonly #store: AccountStore;
  readonly #log: vscode.LogOutputChannel;
  readonly #repository: SidecarRepository;
  readonly #orphans = new Map<string, readonly OrphanedHandAnnotation[]>();
  /** First reads of sidecars under way, by account. */
  readonly #loading = new Map<string, Promise<void>>();
  readonly #emitter = new vscode.EventEmitter<readonly vscode.Uri[]>();
  readonly #disposables: vscode.Disposable[] = [];

  /** The comparison with another reviewer's sidecar being resolved, if any (the panel shows it). */
  readonly reviewers: ReviewerComparison;

  /** Fires with the accounts whose hand annotations, orphans or sidecar problem changed. */
  readonly onDidChange: vscode.Event<readonly vscode.Uri[]> = this.#emitter.event;

  constructor(store: AccountStore, log: vscode.LogOutputChannel) {
    this.#store = store;
    this.#log = log;
    this.reviewers = new ReviewerComparison(store, this);
    this.#repository = new SidecarRepository({
      fs: workspaceFileSystem,
      codec: createSidecarCodec(),
      sidecarOf: (account) => sidecarUriOf(vscode.Uri.parse(account))?.toString(),
      nameOf: (path) => basename(vscode.Uri.parse(path)),
      onProblem: (sidecar, error) => this.#report(vscode.Uri.parse(sidecar), error),
      writeBlocked: sidecarWritesBlocked,
    });
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    this.#disposables.push(
      this.#emitter,
      this.reviewers,
      watcher,
      watcher.onDidChange((u) => this.#onSidecarChanged(u)),
      watcher.onDidCreate((u) => this.#onSidecarChanged(u)),
      watcher.onDidDelete((u) => this.#onSidecarChanged(u)),
      store.setTransform((analysis) => this.#transform(analysis)),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.#writePending()),
    );
  }

  dispose(): void {
    for (const d of this.#disposables.splice(0)) d.dispose();
  }

  /** The hand annotations of `account` now (written and pending); empty until loaded. */
  handOf(account: vscode.Uri): readonly HandAnnotation[] {
    return this.#repository.handOf(account.toString()) ?? [];
  }

  /** Hand annotations of `account` (or of every account seen) that could not be placed in the current text. */
  orphansOf(account?: vscode.Uri): readonly OrphanedHandAnnotation[] {
    if (account) return this.#orphans.get(account.toString()) ?? [];
    return [...this.#orphans.values()].flat();
  }

  /** Why `account`'s sidecar cannot be written, if it cannot. */
  problemOf(account: vscode.Uri): SidecarError | undefined {
    return this.#repository.problemOf(account.toString());
  }

  /**
   * Reads `account`'s sidecar if not done yet (features then see its hand annotations).
   * Callers asking while it is being read join that read: the change is announced once.
   */
  load(account: vscode.Uri): Promise<void> {
    const key = account.toString();
    if (this.#repository.handOf(key) !== undefined) return this.#repository.load(key);
    let loading = this.#loading.get(key);
    if (!loading) {
      loading = this.#firstLoad(account).finally(() => this.#loading.delete(key));
      this.#loading.set(key, loading);
    }
    return loading;
  }

  /**
   * Applies `edit` to `account`'s hand annotations, writes the sidecar and refreshes every
   * feature. `label` names the edit for undo ("tag “Lena Ortiz” as person").
   */
  async edit(account: vscode.Uri, edit: HandEdit, label: string): Promise<HandEditOutcome> {
    const outcome = await this.#repository.edit(account.toString(), edit, label);
    this.#log.info(`hand edit on ${basename(account)}: ${label} (${outcome.saved ? 'saved' : 'kept in memory'})`);
    this.#changed(account);
    return outcome;
  }

  /**
   * Applies an edit to each of several accounts as ONE undo step (apply to all identical
   * mentions of an event); outcomes in the order of `edits`.
   */
  async editMany(edits: ReadonlyArray<{ readonly account: vscode.Uri; readonly edit: HandEdit }>, label: string): Promise<HandEditOutcome[]> {
    const outcomes = await this.#repository.editMany(edits.map((e) => ({ account: e.account.toString(), edit: e.edit })), label);
    this.#log.info(`hand edit on ${edits.map((e) => basename(e.account)).join(', ')}: ${label} (${outcomes.every((o) => o.saved) ? 'saved' : 'kept in memory'})`);
    for (const e of edits) this.#changed(e.account);
    return outcomes;
  }

  /** Undoes the last hand edit (or apply-to-all) of this session; `undefined` when there is none. */
  async undo(): Promise<{ label: string; outcome: HandEditOutcome } | undefined> {
    const undone = await this.#repository.undo();
    if (undone) for (const account of undone.accounts) this.#changed(vscode.Uri.parse(account));
    return undone;
  }

  // ---- internals ---------------------------------------------------------------------

  async #firstLoad(account: vscode.Uri): Promise<void> {
    await this.#repository.load(account.toString());
    const count = this.handOf(account).length;
    if (count > 0) this.#log.info(`loaded ${count} hand annotation(s) of ${basename(account)} from ${sidecarNameFor(basename(account))}`);
    // No hand annotation: every analysis reads as it did before the sidecar was read, so the
    // store's features have nothing to redo (this layer's own listeners still hear of it).
    if (count > 0) this.#changed(account);
    else this.#emitter.fire([account]);
  }

  #transform(analysis: PairAnalysis): PairAnalysis {
    const accounts = analysis.accounts.map((a) => {
      const hand = this.#repository.handOf(a.uri.toString());
      if (!hand) void this.load(a.uri);
      return { docId: a.docId, uri: a.uri.toString(), text: a.text, hand: hand ?? [] };
    });
    const result = applyHandAnnotations(analysis.set, accounts);
    for (const a of analysis.accounts) {
      const orphans = result.orphans.filter((o) => o.docId === a.docId);
      const before = this.#orphans.get(a.uri.toString()) ?? [];
      if (orphans.length === before.length && orphans.every((o, i) => o.annotation.id === before[i]?.annotation.id)) continue;
      this.#orphans.set(a.uri.toString(), orphans);
      if (orphans.length > before.length) this.#log.warn(`${orphans.length} hand annotation(s) of ${basename(a.uri)} could not be placed in the current text; run “Show Orphaned Annotations”.`);
      queueMicrotask(() => this.#emitter.fire([a.uri]));
    }
    return result.set === analysis.set ? analysis : { ...analysis, set: result.set };
  }

  /** Writes the hand edits held in memory in Restricted Mode, once the workspace is trusted. */
  async #writePending(): Promise<void> {
    const saved = await this.#repository.writePending();
    if (saved === 0) return;
    this.#log.info(`workspace trusted: ${saved} hand edit(s) kept in memory were written to their sidecars`);
    void vscode.window.showInformationMessage(`Workspace trusted: ${saved} hand edit(s) kept in memory were saved to their sidecar files.`);
  }

  async #onSidecarChanged(sidecar: vscode.Uri): Promise<void> {
    for (const account of this.#repository.accountsOf(sidecar.toString())) {
      const { changed, saved } = await this.#repository.reload(account);
      if (saved > 0) void vscode.window.showInformationMessage(`${basename(sidecar)} is readable again: ${saved} hand edit(s) kept in memory were saved to it.`);
      if (changed) this.#changed(vscode.Uri.parse(account));
    }
  }

  /** Tells the user; the file is never overwritten meanwhile. */
  #report(sidecar: vscode.Uri, error: SidecarError): void {
    this.#log.warn(error.message);
    void vscode.window.showWarningMessage(error.message, 'Open Sidecar').then((choice) => {
      if (choice) void vscode.window.showTextDocument(sidecar);
    });
  }

  #changed(account: vscode.Uri): void {
    const other = this.#store.counterpartOf(account);
    this.#store.refreshTransforms(other ? [account, other] : [account]);
    this.#emitter.fire([account]);
  }
}
