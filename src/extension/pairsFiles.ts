/**
 * The pairs files of the workspace folders (`.vscode/transcript-annotator.json`, parsed
 * by src/core/pairs.ts): loaded once, re-read when they change on disk, rewritten by the
 * store's commands. A broken file (or one of a newer version) is reported and never
 * overwritten. A version 1 file is read as it is and written as version 2 only when a
 * command changes it; its events are then turned round by the recognised roles
 * (`orientEvents`), since version 1 did not say which account was the transcript.
 */
import * as vscode from 'vscode';
import { writeAtomically } from './atomicWrite';
import { type AccountRole, EMPTY_PAIRS, orientEvents, PAIRS_FILE, type PairsConfig, parsePairsFile, serializePairsFile } from '../core/index';

/** A file's place in its workspace folder's pairs file. */
export interface PairsEntry {
  readonly config: PairsConfig;
  /** The file's path relative to the folder, forward slashes. */
  readonly path: string;
  readonly folder: vscode.WorkspaceFolder;
}

/** `uri`'s path relative to `folder`, forward slashes. */
export function relativePath(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : uri.path;
}

/** The pairs files of every workspace folder, in memory. */
export class PairsFiles {
  readonly #log: vscode.LogOutputChannel;
  readonly #configs = new Map<string, PairsConfig>();
  /** Workspace folders whose pairs file is being written (the watcher may see half a file). */
  readonly #writing = new Set<string>();
  readonly #roleOf: (uri: vscode.Uri) => AccountRole | undefined;
  #loaded: Promise<void>;

  /** @param roleOf the recognised role of an account, when known (orients version 1 events before writing) */
  constructor(log: vscode.LogOutputChannel, roleOf: (uri: vscode.Uri) => AccountRole | undefined = () => undefined) {
    this.#log = log;
    this.#roleOf = roleOf;
    this.#loaded = this.reload();
  }

  /** Resolves once the files are read (after construction or the last `reload`). */
  get loaded(): Promise<void> {
    return this.#loaded;
  }

  /** Reads every folder's pairs file again. */
  reload(): Promise<void> {
    this.#loaded = Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => this.#load(f))).then(() => undefined);
    return this.#loaded;
  }

  /** The pairs config of `uri`'s workspace folder; `undefined` outside every folder. */
  entryFor(uri: vscode.Uri): PairsEntry | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || uri.scheme === 'untitled') return undefined;
    return { config: this.#configs.get(folder.uri.toString()) ?? EMPTY_PAIRS, path: relativePath(folder, uri), folder };
  }

  /** True when `uri` is a pairs file. */
  isPairsFile(uri: vscode.Uri): boolean {
    return uri.path.endsWith(`/${PAIRS_FILE}`);
  }

  /**
   * Called when a pairs file changed on disk: re-reads it and tells whether its content
   * differs from what the store knew (false for the store's own writes).
   */
  async changedOnDisk(uri: vscode.Uri): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || this.#writing.has(folder.uri.toString())) return false;
    const before = this.#configs.get(folder.uri.toString()) ?? EMPTY_PAIRS;
    const after = await this.#load(folder);
    if (after && serializePairsFile(before) === serializePairsFile(after)) return false;
    this.#log.info(`${PAIRS_FILE} of ${folder.name} changed on disk`);
    return true;
  }

  /**
   * Rewrites the pairs file of `folder` with `change` applied. Throws, with a message
   * saying what to fix, when the file is broken (it is left untouched) or cannot be written.
   */
  async update(folder: vscode.WorkspaceFolder, change: (c: PairsConfig) => PairsConfig): Promise<void> {
    const current = await this.#load(folder);
    if (!current) {
      throw new Error(`${PAIRS_FILE} in ${folder.name} cannot be read, so it was left untouched. Fix or delete it, then try again (see the Transcript Annotator output).`);
    }
    const next = orientEvents(change(current), (p) => this.#roleOf(vscode.Uri.joinPath(folder.uri, p)));
    const uri = vscode.Uri.joinPath(folder.uri, PAIRS_FILE);
    const key = folder.uri.toString();
    // Memory first, so that every feature sees the new pairs at once.
    this.#configs.set(key, next);
    this.#writing.add(key);
    try {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      await writeAtomically(uri, serializePairsFile(next));
    } catch (e) {
      this.#configs.set(key, current);
      throw new Error(`Could not write ${PAIRS_FILE} in ${folder.name}: ${(e as Error).message}. Check that the folder is writable.`);
    } finally {
      this.#writing.delete(key);
    }
    this.#log.info(`${PAIRS_FILE} of ${folder.name} updated`);
  }

  /** Reads a folder's pairs file; a missing file is empty; a broken one is reported and gives `undefined`. */
  async #load(folder: vscode.WorkspaceFolder): Promise<PairsConfig | undefined> {
    const uri = vscode.Uri.joinPath(folder.uri, PAIRS_FILE);
    const key = folder.uri.toString();
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      this.#configs.delete(key);
      return EMPTY_PAIRS;
    }
    const parsed = parsePairsFile(text);
    if (!parsed.ok) {
      this.#log.warn(`${uri.toString()}: ${parsed.error}`);
      void vscode.window.showWarningMessage(`Transcript Annotator: ${parsed.error}`);
      this.#configs.delete(key);
      return undefined;
    }
    if (parsed.readVersion < parsed.config.version) {
      this.#log.info(`${uri.toString()}: version ${parsed.readVersion} (pairs) read as events; it is written as version ${parsed.config.version} at the next change`);
    }
    this.#configs.set(key, parsed.config);
    return parsed.config;
  }
}
