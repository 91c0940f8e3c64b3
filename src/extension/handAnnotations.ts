/**
 * The hand-annotation layer: reads and writes each account's sidecar
 * (`<name>.annotations.json` beside it), applies its hand annotations over every
 * analysis (a transform registered on the AccountStore, so tokens, hovers, outline,
 * panel and export all see them), keeps the orphan list and the session's undo stack.
 *
 * Never loses work:
 * - writes are atomic (temporary file in the same folder, then rename) and
 *   read-modify-write: the file on disk is read again and the edit applied to it, so
 *   changes made outside VS Code (git pull, another editor) are kept;
 * - a sidecar that is corrupt, not a sidecar, or of a newer version is reported and left
 *   untouched; new hand edits are kept in memory (and shown) until the file is fixed,
 *   then written;
 * - every hand edit can be undone within the session.
 */
import * as vscode from 'vscode';
import { applyHandAnnotations, type OrphanedHandAnnotation } from '../core/hand/apply';
import type { HandAnnotation } from '../core/hand/model';
import { createSidecarCodec, sidecarNameFor, SIDECAR_SUFFIX, type Sidecar, type SidecarCodec } from '../core/hand/sidecar';
import { SidecarError } from '../core/hand/sidecarError';
import type { WebAnnotation } from '../core/export/webAnnotationTypes';
import type { AccountStore, PairAnalysis } from './accountStore';
import { basename } from './accountStore';

/** One change to an account's hand annotations: entries added, entries removed (by id). */
export interface HandEdit {
  readonly add?: readonly HandAnnotation[];
  readonly remove?: readonly string[];
}

/** What happened to an edit. */
export type HandEditOutcome =
  /** Written to the sidecar. */
  | { readonly saved: true; readonly sidecar: vscode.Uri }
  /** Applied, but kept in memory: `reason` says why it could not be written. */
  | { readonly saved: false; readonly sidecar: vscode.Uri | undefined; readonly reason: string };

interface SidecarState {
  /** The hand annotations as last read from or written to disk. */
  stored: HandAnnotation[];
  preserved: WebAnnotation[];
  /** Edits not written yet (sidecar blocked, or the write failed). */
  pending: HandEdit[];
  /** Why the sidecar cannot be written, while it cannot. */
  blocked: SidecarError | undefined;
  /** The text last written, to ignore the watcher event of our own write. */
  lastWritten: string | undefined;
}

interface UndoEntry {
  readonly uri: vscode.Uri;
  readonly edit: HandEdit;
  readonly label: string;
}

/** The sidecar of an account: `news.txt` → `news.annotations.json` in the same folder; `undefined` for untitled documents. */
export function sidecarUriOf(account: vscode.Uri): vscode.Uri | undefined {
  if (account.scheme === 'untitled') return undefined;
  return vscode.Uri.joinPath(account, '..', sidecarNameFor(basename(account)));
}

/** Applies `edit` to a list of hand annotations. */
export function applyEdit(list: readonly HandAnnotation[], edit: HandEdit): HandAnnotation[] {
  const removed = new Set(edit.remove ?? []);
  const kept = list.filter((h) => !removed.has(h.id));
  const present = new Set(kept.map((h) => h.id));
  return [...kept, ...(edit.add ?? []).filter((h) => !present.has(h.id))];
}

/** Hand annotations of accounts, persisted in sidecars; create one in `activate()`. */
export class HandAnnotationLayer implements vscode.Disposable {
  readonly #store: AccountStore;
  readonly #log: vscode.LogOutputChannel;
  readonly #codec: SidecarCodec = createSidecarCodec();
  readonly #states = new Map<string, SidecarState>();
  readonly #loading = new Map<string, Promise<SidecarState>>();
  readonly #writing = new Map<string, Promise<unknown>>();
  readonly #orphans = new Map<string, readonly OrphanedHandAnnotation[]>();
  readonly #undo: UndoEntry[] = [];
  readonly #reported = new Set<string>();
  readonly #emitter = new vscode.EventEmitter<readonly vscode.Uri[]>();
  readonly #disposables: vscode.Disposable[] = [];

  /** Fires with the accounts whose hand annotations, orphans or sidecar problem changed. */
  readonly onDidChange: vscode.Event<readonly vscode.Uri[]> = this.#emitter.event;

  constructor(store: AccountStore, log: vscode.LogOutputChannel) {
    this.#store = store;
    this.#log = log;
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    this.#disposables.push(
      this.#emitter,
      watcher,
      watcher.onDidChange((u) => this.#onSidecarChanged(u)),
      watcher.onDidCreate((u) => this.#onSidecarChanged(u)),
      watcher.onDidDelete((u) => this.#onSidecarChanged(u)),
      store.setTransform((analysis) => this.#transform(analysis)),
    );
  }

  dispose(): void {
    for (const d of this.#disposables.splice(0)) d.dispose();
  }

  /** The hand annotations of `account` now (written and pending); empty until loaded. */
  handOf(account: vscode.Uri): readonly HandAnnotation[] {
    const state = this.#states.get(account.toString());
    return state ? effective(state) : [];
  }

  /** Hand annotations of `account` (or of every account seen) that could not be placed in the current text. */
  orphansOf(account?: vscode.Uri): readonly OrphanedHandAnnotation[] {
    if (account) return this.#orphans.get(account.toString()) ?? [];
    return [...this.#orphans.values()].flat();
  }

  /** Why `account`'s sidecar cannot be written, if it cannot. */
  problemOf(account: vscode.Uri): SidecarError | undefined {
    return this.#states.get(account.toString())?.blocked;
  }

  /** Reads `account`'s sidecar if not done yet. */
  async load(account: vscode.Uri): Promise<void> {
    await this.#stateOf(account);
  }

  /**
   * Applies `edit` to `account`'s hand annotations, writes the sidecar and refreshes every
   * feature. `label` names the edit for undo ("tag “Lena Ortiz” as person").
   */
  async edit(account: vscode.Uri, edit: HandEdit, label: string): Promise<HandEditOutcome> {
    const state = await this.#stateOf(account);
    const before = effective(state);
    const inverse: HandEdit = {
      remove: (edit.add ?? []).map((h) => h.id),
      add: before.filter((h) => edit.remove?.includes(h.id)),
    };
    state.pending.push(edit);
    this.#undo.push({ uri: account, edit: inverse, label });
    this.#changed(account);
    return this.#flush(account);
  }

  /** Undoes the last hand edit of this session; `undefined` when there is none. */
  async undo(): Promise<{ label: string; outcome: HandEditOutcome } | undefined> {
    const last = this.#undo.pop();
    if (!last) return undefined;
    const state = await this.#stateOf(last.uri);
    state.pending.push(last.edit);
    this.#changed(last.uri);
    return { label: last.label, outcome: await this.#flush(last.uri) };
  }

  /** The label of the edit `undo` would undo. */
  get undoLabel(): string | undefined {
    return this.#undo[this.#undo.length - 1]?.label;
  }

  // ---- internals ---------------------------------------------------------------------

  #transform(analysis: PairAnalysis): PairAnalysis {
    const accounts = analysis.accounts.map((a) => {
      const state = this.#states.get(a.uri.toString());
      if (!state) void this.#stateOf(a.uri);
      return { docId: a.docId, uri: a.uri.toString(), text: a.text, hand: state ? effective(state) : [] };
    });
    const result = applyHandAnnotations(analysis.set, accounts);
    for (const a of analysis.accounts) {
      const orphans = result.orphans.filter((o) => o.docId === a.docId);
      const before = this.#orphans.get(a.uri.toString()) ?? [];
      if (orphans.length !== before.length || orphans.some((o, i) => o.annotation.id !== before[i]?.annotation.id)) {
        this.#orphans.set(a.uri.toString(), orphans);
        if (orphans.length > before.length) this.#log.warn(`${orphans.length} hand annotation(s) of ${basename(a.uri)} could not be placed in the current text; run “Show Orphaned Annotations”.`);
        queueMicrotask(() => this.#emitter.fire([a.uri]));
      }
    }
    return result.set === analysis.set ? analysis : { ...analysis, set: result.set };
  }

  #stateOf(account: vscode.Uri): Promise<SidecarState> {
    const key = account.toString();
    const known = this.#states.get(key);
    if (known) return Promise.resolve(known);
    let loading = this.#loading.get(key);
    if (!loading) {
      loading = this.#read(account).then((state) => {
        this.#states.set(key, state);
        this.#loading.delete(key);
        if (state.stored.length > 0 || state.blocked) this.#changed(account);
        return state;
      });
      this.#loading.set(key, loading);
    }
    return loading;
  }

  async #read(account: vscode.Uri): Promise<SidecarState> {
    const state: SidecarState = { stored: [], preserved: [], pending: [], blocked: undefined, lastWritten: undefined };
    const sidecar = sidecarUriOf(account);
    if (!sidecar) return state;
    try {
      const parsed = await this.#readSidecar(sidecar);
      if (parsed) {
        state.stored = [...parsed.annotations];
        state.preserved = [...parsed.preserved];
      }
    } catch (e) {
      state.blocked = this.#asSidecarError(e, sidecar);
      this.#report(sidecar, state.blocked);
    }
    return state;
  }

  /** The parsed sidecar, `undefined` when there is none; throws `SidecarError` or a file system error. */
  async #readSidecar(sidecar: vscode.Uri): Promise<Sidecar | undefined> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(sidecar);
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
      throw e;
    }
    return this.#codec.parse(new TextDecoder().decode(bytes), basename(sidecar));
  }

  /** Writes the pending edits of `account` (serialised per account). */
  #flush(account: vscode.Uri): Promise<HandEditOutcome> {
    const key = account.toString();
    const previous = this.#writing.get(key) ?? Promise.resolve();
    const run = previous.then(() => this.#write(account));
    this.#writing.set(key, run.catch(() => undefined));
    return run;
  }

  async #write(account: vscode.Uri): Promise<HandEditOutcome> {
    const state = await this.#stateOf(account);
    const sidecar = sidecarUriOf(account);
    if (!sidecar) return { saved: false, sidecar, reason: `${basename(account)} is not saved yet, so its hand annotations are kept in memory. Save the file to keep them.` };
    if (state.pending.length === 0) return { saved: true, sidecar };
    // Read-modify-write: apply the pending edits to what is on disk now.
    let onDisk: Sidecar | undefined;
    try {
      onDisk = await this.#readSidecar(sidecar);
    } catch (e) {
      state.blocked = this.#asSidecarError(e, sidecar);
      this.#report(sidecar, state.blocked);
      this.#changed(account);
      return { saved: false, sidecar, reason: `${state.blocked.message} Your ${state.pending.length} new hand edit(s) are kept in memory until then.` };
    }
    const pending = state.pending.splice(0);
    const annotations = pending.reduce<HandAnnotation[]>((list, e) => applyEdit(list, e), [...(onDisk?.annotations ?? [])]);
    const preserved = [...(onDisk?.preserved ?? [])];
    const text = this.#codec.serialize({ account: basename(account), annotations, preserved });
    try {
      await writeAtomically(sidecar, text);
    } catch (e) {
      state.pending.unshift(...pending);
      const reason = `Could not write ${basename(sidecar)}: ${(e as Error).message}. Your hand edits are kept in memory; check the folder is writable, then edit again to retry.`;
      this.#log.error(reason);
      return { saved: false, sidecar, reason };
    }
    state.stored = annotations;
    state.preserved = preserved;
    state.blocked = undefined;
    state.lastWritten = text;
    this.#reported.delete(sidecar.toString());
    this.#changed(account);
    return { saved: true, sidecar };
  }

  async #onSidecarChanged(sidecar: vscode.Uri): Promise<void> {
    for (const [key, state] of this.#states) {
      const account = vscode.Uri.parse(key);
      if (sidecarUriOf(account)?.toString() !== sidecar.toString()) continue;
      try {
        const parsed = await this.#readSidecar(sidecar);
        if (state.lastWritten !== undefined && parsed && this.#codec.serialize(parsed) === state.lastWritten && !state.blocked) continue;
        state.stored = [...(parsed?.annotations ?? [])];
        state.preserved = [...(parsed?.preserved ?? [])];
        const wasBlocked = state.blocked;
        state.blocked = undefined;
        state.lastWritten = undefined;
        this.#reported.delete(sidecar.toString());
        if (wasBlocked && state.pending.length > 0) {
          const count = state.pending.length;
          const outcome = await this.#flush(account);
          if (outcome.saved) void vscode.window.showInformationMessage(`${basename(sidecar)} is readable again: ${count} hand edit(s) kept in memory were saved to it.`);
        }
      } catch (e) {
        state.blocked = this.#asSidecarError(e, sidecar);
        this.#report(sidecar, state.blocked);
      }
      this.#changed(account);
    }
  }

  #asSidecarError(e: unknown, sidecar: vscode.Uri): SidecarError {
    if (e instanceof SidecarError) return e;
    return new SidecarError('corrupt', `${basename(sidecar)} could not be read (${(e as Error).message}). It was left untouched; check its permissions.`);
  }

  /** Tells the user once per problem; the file is never overwritten meanwhile. */
  #report(sidecar: vscode.Uri, error: SidecarError): void {
    this.#log.warn(error.message);
    const key = sidecar.toString();
    if (this.#reported.has(key)) return;
    this.#reported.add(key);
    void vscode.window.showWarningMessage(error.message, 'Open Sidecar').then((choice) => {
      if (choice) void vscode.window.showTextDocument(sidecar);
    });
  }

  #changed(account: vscode.Uri): void {
    this.#store.refreshTransforms([account, ...counterpartList(this.#store, account)]);
    this.#emitter.fire([account]);
  }
}

function counterpartList(store: AccountStore, account: vscode.Uri): vscode.Uri[] {
  const other = store.counterpartOf(account);
  return other ? [other] : [];
}

function effective(state: SidecarState): HandAnnotation[] {
  return state.pending.reduce<HandAnnotation[]>((list, e) => applyEdit(list, e), state.stored);
}

/**
 * Writes `text` to `target` through a temporary file in the same folder and a rename,
 * so a crash never leaves a half-written sidecar.
 */
export async function writeAtomically(target: vscode.Uri, text: string): Promise<void> {
  const name = basename(target);
  const temp = vscode.Uri.joinPath(target, '..', `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (e) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw e;
  }
}
