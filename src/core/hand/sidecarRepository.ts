/**
 * The hand annotations of every account, persisted in sidecars through an injected
 * file system (the extension passes `vscode.workspace.fs`, tests an in-memory one).
 *
 * Never loses work:
 * - every write is read-modify-write: the sidecar is read again and the pending edits
 *   applied to it, so changes made outside (git pull, another editor) are kept; the
 *   file system's `write` must be atomic (temporary file + rename);
 * - a sidecar that is corrupt, not a sidecar, or of a newer version blocks writing: it
 *   is reported and left untouched, and new edits stay pending in memory (and applied)
 *   until `reload` finds it readable again, then they are written;
 * - while the host says writing is off (`writeBlocked`: VS Code's Restricted Mode), edits
 *   are applied and held in memory, and `writePending` writes them once it is on again;
 * - every edit can be undone within the session.
 */
import type { WebAnnotation } from '../export/webAnnotationTypes';
import type { HandAnnotation } from './model';
import type { SidecarCodec } from './sidecar';
import { SidecarError } from './sidecarError';

/** One change to an account's hand annotations: entries added, entries removed (by id). */
export interface HandEdit {
  readonly add?: readonly HandAnnotation[];
  readonly remove?: readonly string[];
}

/** What happened to an edit. */
export type HandEditOutcome =
  /** Written to the sidecar. */
  | { readonly saved: true; readonly sidecar: string }
  /** Applied, but kept in memory: `reason` says why it was not written and what to do. */
  | { readonly saved: false; readonly sidecar: string | undefined; readonly reason: string };

/** The file access the repository needs. Paths are whatever the host uses (URIs). */
export interface SidecarFileSystem {
  /** The file's text; `undefined` when it does not exist. Throws on other failures. */
  read(path: string): Promise<string | undefined>;
  /** Replaces the file's content atomically (temporary file + rename). */
  write(path: string, text: string): Promise<void>;
}

/** How the repository names files. */
export interface SidecarRepositoryOptions {
  readonly fs: SidecarFileSystem;
  readonly codec: SidecarCodec;
  /** The sidecar of an account; `undefined` when it cannot have one (unsaved document). */
  sidecarOf(account: string): string | undefined;
  /** A short name of a file for messages and for the sidecar's `account` field. */
  nameOf(path: string): string;
  /** Called when a sidecar blocks writing (once per new problem). */
  onProblem?(sidecar: string, error: SidecarError): void;
  /** Why no sidecar may be written now (e.g. an untrusted workspace), or `undefined` when writing is on. */
  writeBlocked?(): string | undefined;
}

interface SidecarState {
  stored: HandAnnotation[];
  preserved: WebAnnotation[];
  pending: HandEdit[];
  blocked: SidecarError | undefined;
  /** The text last written or read, to recognise our own write coming back. */
  lastSeen: string | undefined;
}

/** Applies `edit` to a list of hand annotations (removals first; an id is never added twice). */
export function applyEdit(list: readonly HandAnnotation[], edit: HandEdit): HandAnnotation[] {
  const removed = new Set(edit.remove ?? []);
  const kept = list.filter((h) => !removed.has(h.id));
  const present = new Set(kept.map((h) => h.id));
  return [...kept, ...(edit.add ?? []).filter((h) => !present.has(h.id))];
}

/** Hand annotations by account, read from and written to sidecars. */
export class SidecarRepository {
  readonly #options: SidecarRepositoryOptions;
  readonly #states = new Map<string, SidecarState>();
  readonly #loading = new Map<string, Promise<SidecarState>>();
  readonly #queue = new Map<string, Promise<unknown>>();
  /** Undo steps, last on top: each the inverse edits of one `edit` or `editMany`, per account. */
  readonly #undo: Array<{ label: string; steps: Array<{ account: string; edit: HandEdit }> }> = [];

  constructor(options: SidecarRepositoryOptions) {
    this.#options = options;
  }

  /** The hand annotations of `account` (written and pending); `undefined` until loaded. */
  handOf(account: string): readonly HandAnnotation[] | undefined {
    const state = this.#states.get(account);
    return state && effective(state);
  }

  /** Why `account`'s sidecar cannot be written, while it cannot. */
  problemOf(account: string): SidecarError | undefined {
    return this.#states.get(account)?.blocked;
  }

  /** Number of edits of `account` not written yet. */
  pendingCount(account: string): number {
    return this.#states.get(account)?.pending.length ?? 0;
  }

  /** Loaded accounts whose sidecar is `sidecar`. */
  accountsOf(sidecar: string): string[] {
    return [...this.#states.keys()].filter((a) => this.#options.sidecarOf(a) === sidecar);
  }

  /** Reads `account`'s sidecar once; later calls return at once. */
  async load(account: string): Promise<void> {
    await this.#stateOf(account);
  }

  /** Applies `edit`, writes the sidecar, remembers the inverse for `undo`. */
  async edit(account: string, edit: HandEdit, label: string): Promise<HandEditOutcome> {
    return (await this.editMany([{ account, edit }], label))[0]!;
  }

  /**
   * Applies an edit to each of several accounts (an apply-to-all over both accounts of an
   * event), writes each sidecar, and remembers the inverses as ONE undo step. Outcomes
   * come in the order of `edits`.
   */
  async editMany(edits: ReadonlyArray<{ readonly account: string; readonly edit: HandEdit }>, label: string): Promise<HandEditOutcome[]> {
    const steps: Array<{ account: string; edit: HandEdit }> = [];
    for (const { account, edit } of edits) {
      const state = await this.#stateOf(account);
      const removing = new Set(edit.remove ?? []);
      steps.push({ account, edit: { remove: (edit.add ?? []).map((h) => h.id), add: effective(state).filter((h) => removing.has(h.id)) } });
      state.pending.push(edit);
    }
    this.#undo.push({ label, steps });
    return Promise.all(edits.map(({ account }) => this.#flush(account)));
  }

  /** The label of the edit `undo` would undo; `undefined` when none. */
  get undoLabel(): string | undefined {
    return this.#undo[this.#undo.length - 1]?.label;
  }

  /**
   * Undoes the last edit (or `editMany`) of the session; `undefined` when there is none.
   * `account` is the first account it touched, `accounts` all of them; `outcome` is the
   * first that was not saved, else the first.
   */
  async undo(): Promise<{ readonly account: string; readonly accounts: readonly string[]; readonly label: string; readonly outcome: HandEditOutcome } | undefined> {
    const last = this.#undo.pop();
    if (!last) return undefined;
    for (const step of last.steps) (await this.#stateOf(step.account)).pending.push(step.edit);
    const outcomes = await Promise.all(last.steps.map((step) => this.#flush(step.account)));
    const accounts = last.steps.map((s) => s.account);
    return { account: accounts[0]!, accounts, label: last.label, outcome: outcomes.find((o) => !o.saved) ?? outcomes[0]! };
  }

  /** Writes the edits held in memory of every account (after `writeBlocked` lifted); returns how many were saved. */
  async writePending(): Promise<number> {
    let saved = 0;
    for (const [account, state] of this.#states) {
      const count = state.pending.length;
      if (count > 0 && (await this.#flush(account)).saved) saved += count;
    }
    return saved;
  }

  /**
   * Reads `account`'s sidecar again after it changed outside; if it had blocked
   * writing and is readable now, writes the pending edits. Returns whether anything
   * changed and how many pending edits were saved.
   */
  async reload(account: string): Promise<{ readonly changed: boolean; readonly saved: number }> {
    const state = this.#states.get(account);
    const sidecar = this.#options.sidecarOf(account);
    if (!state || !sidecar) return { changed: false, saved: 0 };
    return this.#serialised(account, async () => {
      let text: string | undefined;
      try {
        text = await this.#options.fs.read(sidecar);
      } catch (e) {
        const changed = !state.blocked;
        this.#block(state, sidecar, e);
        return { changed, saved: 0 };
      }
      if (text === state.lastSeen && !state.blocked) return { changed: false, saved: 0 };
      try {
        const parsed = text === undefined ? undefined : this.#options.codec.parse(text, this.#options.nameOf(sidecar));
        state.stored = [...(parsed?.annotations ?? [])];
        state.preserved = [...(parsed?.preserved ?? [])];
        state.blocked = undefined;
        state.lastSeen = text;
      } catch (e) {
        this.#block(state, sidecar, e);
        return { changed: true, saved: 0 };
      }
      const count = state.pending.length;
      if (count === 0) return { changed: true, saved: 0 };
      const outcome = await this.#write(account, state);
      return { changed: true, saved: outcome.saved ? count : 0 };
    });
  }

  // ---- internals ---------------------------------------------------------------------

  #stateOf(account: string): Promise<SidecarState> {
    const known = this.#states.get(account);
    if (known) return Promise.resolve(known);
    let loading = this.#loading.get(account);
    if (!loading) {
      loading = this.#read(account).then((state) => {
        this.#states.set(account, state);
        this.#loading.delete(account);
        return state;
      });
      this.#loading.set(account, loading);
    }
    return loading;
  }

  async #read(account: string): Promise<SidecarState> {
    const state: SidecarState = { stored: [], preserved: [], pending: [], blocked: undefined, lastSeen: undefined };
    const sidecar = this.#options.sidecarOf(account);
    if (!sidecar) return state;
    try {
      const text = await this.#options.fs.read(sidecar);
      state.lastSeen = text;
      if (text !== undefined) {
        const parsed = this.#options.codec.parse(text, this.#options.nameOf(sidecar));
        state.stored = [...parsed.annotations];
        state.preserved = [...parsed.preserved];
      }
    } catch (e) {
      this.#block(state, sidecar, e);
    }
    return state;
  }

  #flush(account: string): Promise<HandEditOutcome> {
    return this.#serialised(account, async () => this.#write(account, await this.#stateOf(account)));
  }

  /** Runs `work` after the account's earlier reads and writes. */
  #serialised<T>(account: string, work: () => Promise<T>): Promise<T> {
    const run = (this.#queue.get(account) ?? Promise.resolve()).then(work);
    this.#queue.set(account, run.catch(() => undefined));
    return run;
  }

  async #write(account: string, state: SidecarState): Promise<HandEditOutcome> {
    const sidecar = this.#options.sidecarOf(account);
    if (!sidecar) return { saved: false, sidecar, reason: `${this.#options.nameOf(account)} is not saved to a file yet, so its hand annotations are kept in memory only. Save it to keep them.` };
    if (state.pending.length === 0) return { saved: true, sidecar };
    const blocked = this.#options.writeBlocked?.();
    if (blocked) return { saved: false, sidecar, reason: `${blocked} Your ${state.pending.length} new hand edit(s) are kept in memory until then.` };
    // Read-modify-write: apply the pending edits to what is on disk now.
    let onDisk: { annotations: readonly HandAnnotation[]; preserved: readonly WebAnnotation[] } | undefined;
    let diskText: string | undefined;
    try {
      diskText = await this.#options.fs.read(sidecar);
      onDisk = diskText === undefined ? undefined : this.#options.codec.parse(diskText, this.#options.nameOf(sidecar));
    } catch (e) {
      const error = this.#block(state, sidecar, e);
      return { saved: false, sidecar, reason: `${error.message} Your ${state.pending.length} new hand edit(s) are kept in memory until then.` };
    }
    const pending = state.pending.splice(0);
    const annotations = pending.reduce<HandAnnotation[]>((list, e) => applyEdit(list, e), [...(onDisk?.annotations ?? [])]);
    const preserved = [...(onDisk?.preserved ?? [])];
    const text = this.#options.codec.serialize({ account: this.#options.nameOf(account), annotations, preserved });
    try {
      await this.#options.fs.write(sidecar, text);
    } catch (e) {
      state.pending = [...pending, ...state.pending];
      return { saved: false, sidecar, reason: `Could not write ${this.#options.nameOf(sidecar)}: ${(e as Error).message}. Your hand edits are kept in memory; make the folder writable, then edit again to retry.` };
    }
    state.stored = annotations;
    state.preserved = preserved;
    state.blocked = undefined;
    state.lastSeen = text;
    return { saved: true, sidecar };
  }

  #block(state: SidecarState, sidecar: string, e: unknown): SidecarError {
    const error = e instanceof SidecarError ? e : new SidecarError('corrupt', `${this.#options.nameOf(sidecar)} could not be read (${(e as Error).message}). It was left untouched; check its permissions.`);
    const isNew = state.blocked?.message !== error.message;
    state.blocked = error;
    if (isNew) this.#options.onProblem?.(sidecar, error);
    return error;
  }
}

function effective(state: SidecarState): HandAnnotation[] {
  return state.pending.reduce<HandAnnotation[]>((list, e) => applyEdit(list, e), state.stored);
}
