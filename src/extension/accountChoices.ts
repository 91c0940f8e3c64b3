/**
 * The user's choices about accounts: files included or excluded by hand and pairs made
 * with Pair with Other Account…, kept in the pairs file (`.vscode/transcript-annotator.json`)
 * or, where it may not be written (Restricted Mode, files of no one workspace folder), for
 * this session. Recognition and pairing read them; the store's commands change them.
 */
import * as vscode from 'vscode';
import { type AccountRole, counterpartInPairs, eventName, eventOf, isRemovedFromEvent, PAIRS_FILE, type PairsConfig, withExcluded, withIncluded, withPair } from '../core/index';
import { PairsFiles, relativePath } from './pairsFiles';
import { basename, findOpenDocument } from './uris';
import { explainSessionOnly, mayWritePairsFile } from './workspaceTrust';

/** Included, excluded and paired files, from the pairs files and this session. */
export class AccountChoices {
  readonly #log: vscode.LogOutputChannel;
  readonly #pairs: PairsFiles;
  readonly #sessionPairs = new Map<string, vscode.Uri>();
  readonly #sessionInclude = new Set<string>();
  readonly #sessionExclude = new Set<string>();

  readonly #roleOf: (uri: vscode.Uri) => AccountRole | undefined;

  /** @param roleOf the recognised role of an account (an event names its transcript) */
  constructor(log: vscode.LogOutputChannel, roleOf: (uri: vscode.Uri) => AccountRole | undefined) {
    this.#log = log;
    this.#roleOf = roleOf;
    this.#pairs = new PairsFiles(log, roleOf);
  }

  /** Settles once the pairs files of the workspace have been read. */
  get loaded(): Promise<void> {
    return this.#pairs.loaded;
  }

  /** Reads the pairs files again. */
  reload(): Promise<void> {
    return this.#pairs.reload();
  }

  /** True when `uri` is a pairs file. */
  isPairsFile(uri: vscode.Uri): boolean {
    return this.#pairs.isPairsFile(uri);
  }

  /** Reads a pairs file that changed on disk; true when its content changed. */
  changedOnDisk(uri: vscode.Uri): Promise<boolean> {
    return this.#pairs.changedOnDisk(uri);
  }

  /** True when `uri` is excluded (this session or in its pairs file). */
  isExcluded(uri: vscode.Uri): boolean {
    if (this.#sessionExclude.has(uri.toString())) return true;
    const found = this.#pairs.entryFor(uri);
    return !!found && found.config.exclude.includes(found.path);
  }

  /** Annotated regardless of detection: `.transcript` files, included or explicitly paired files. */
  isForced(uri: vscode.Uri): boolean {
    const key = uri.toString();
    if (uri.path.endsWith('.transcript')) return true;
    const doc = findOpenDocument(uri);
    if (doc?.languageId === 'transcript') return true;
    if (this.#sessionInclude.has(key) || this.#sessionPairs.has(key)) return true;
    const found = this.#pairs.entryFor(uri);
    return !!found && (found.config.include.includes(found.path) || counterpartInPairs(found.config, found.path) !== undefined);
  }

  /** The counterpart set by Pair with Other Account… (this session, or the pairs file). */
  explicitCounterpart(uri: vscode.Uri): vscode.Uri | undefined {
    const session = this.#sessionPairs.get(uri.toString());
    if (session) return session;
    const found = this.#pairs.entryFor(uri);
    const explicit = found && counterpartInPairs(found.config, found.path);
    return found && explicit ? vscode.Uri.joinPath(found.folder.uri, explicit) : undefined;
  }

  /** Marks `uri` as an account (persisted in the pairs file where it may be written). */
  include(uri: vscode.Uri): Promise<void> {
    return this.#update(uri, (c, p) => withIncluded(c, p), () => {
      this.#sessionExclude.delete(uri.toString());
      this.#sessionInclude.add(uri.toString());
    });
  }

  /** Marks `uri` as no account (persisted in the pairs file where it may be written). */
  exclude(uri: vscode.Uri): Promise<void> {
    return this.#update(uri, (c, p) => withExcluded(c, p), () => {
      this.#sessionInclude.delete(uri.toString());
      this.#sessionExclude.add(uri.toString());
      this.#sessionPairs.delete(uri.toString());
    });
  }

  /** Pairs `a` with `b` (persisted in the pairs file when both lie in one workspace folder). */
  async pair(a: vscode.Uri, b: vscode.Uri): Promise<void> {
    const folderA = vscode.workspace.getWorkspaceFolder(a);
    const folderB = vscode.workspace.getWorkspaceFolder(b);
    if (folderA && folderB && folderA.uri.toString() === folderB.uri.toString() && mayWritePairsFile()) {
      // An event names its transcript: the transcript of the two, when recognition knows it.
      const [report, transcript] = this.#roleOf(a) === 'transcript' && this.#roleOf(b) !== 'transcript' ? [b, a] : [a, b];
      await this.#pairs.update(folderA, (c) => withPair(c, relativePath(folderA, report), relativePath(folderA, transcript)));
    } else if (folderA && folderB && folderA.uri.toString() === folderB.uri.toString()) {
      this.#sessionPairs.set(a.toString(), b);
      this.#sessionPairs.set(b.toString(), a);
      this.#log.info(`paired ${a.toString()} with ${b.toString()} for this session only (Restricted Mode: ${PAIRS_FILE} is not written in an untrusted workspace)`);
      explainSessionOnly(`the pair ${basename(a)} ↔ ${basename(b)} holds`);
    } else {
      this.#sessionPairs.set(a.toString(), b);
      this.#sessionPairs.set(b.toString(), a);
      this.#log.info(`paired ${a.toString()} with ${b.toString()} for this session only (not in one workspace folder, so not written to ${PAIRS_FILE})`);
    }
  }

  /**
   * The event `transcript` heads in the workspace file: its name and the reports it lists
   * (absolute), and those Remove from Event took out. `undefined` outside every workspace folder.
   */
  eventEntryOf(transcript: vscode.Uri): { readonly name: string; readonly reports: readonly vscode.Uri[]; readonly without: readonly vscode.Uri[] } | undefined {
    const found = this.#pairs.entryFor(transcript);
    if (!found) return undefined;
    const entry = found.config.events.find((e) => e.transcript === found.path);
    const abs = (paths: readonly string[] | undefined) => (paths ?? []).map((p) => vscode.Uri.joinPath(found.folder.uri, p));
    return { name: eventName(found.path, entry), reports: abs(entry?.reports), without: abs(entry?.without) };
  }

  /** Changes `transcript`'s event in the workspace file (`change` takes paths relative to its folder). */
  async changeEvent(transcript: vscode.Uri, report: vscode.Uri, change: (c: PairsConfig, transcript: string, report: string) => PairsConfig): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(transcript);
    if (!folder || folder.uri.toString() !== vscode.workspace.getWorkspaceFolder(report)?.uri.toString()) {
      throw new Error(`${basename(report)} and ${basename(transcript)} must lie in the same workspace folder to form an event (${PAIRS_FILE} holds paths relative to it). Move the report into that folder, or open their common folder.`);
    }
    if (!mayWritePairsFile()) {
      throw new Error(`Events are stored in ${PAIRS_FILE}, which is not written in Restricted Mode. Trust the workspace, then try again.`);
    }
    await this.#pairs.update(folder, (c) => change(c, relativePath(folder, transcript), relativePath(folder, report)));
  }

  /** True when the workspace file names `uri` as the transcript of an event. */
  isEventTranscript(uri: vscode.Uri): boolean {
    const found = this.#pairs.entryFor(uri);
    return !!found && eventOf(found.config, found.path)?.transcript === found.path;
  }

  /** True when Remove from Event took `report` out of `transcript`'s event. */
  isRemovedFromEventOf(transcript: vscode.Uri, report: vscode.Uri): boolean {
    const found = this.#pairs.entryFor(transcript);
    const folder = found?.folder;
    return !!found && !!folder && vscode.workspace.getWorkspaceFolder(report)?.uri.toString() === folder.uri.toString() && isRemovedFromEvent(found.config, found.path, relativePath(folder, report));
  }

  async #update(uri: vscode.Uri, change: (c: PairsConfig, path: string) => PairsConfig, session: () => void): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (folder && uri.scheme !== 'untitled' && mayWritePairsFile()) await this.#pairs.update(folder, (c) => change(c, relativePath(folder, uri)));
    else {
      session();
      if (folder && uri.scheme !== 'untitled') explainSessionOnly(`the choice for ${basename(uri)} holds`);
    }
  }
}
