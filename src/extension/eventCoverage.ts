/**
 * The event of a transcript in the editor: the transcript and every report of its folder
 * paired with it (the automatic pairing, or an explicit one), and their coverage
 * (core/coverage). Built from the store's pair analyses (cached, shared with every
 * feature, hand annotations applied), combined into one set with the transcript taken
 * once (core/export/combineSets.ts). Used by Export Coverage Report… and the transcript's
 * coverage CodeLens.
 *
 * Notes:
 * - A result is kept per transcript until an account of its folder changes; then
 *   `onDidChange` fires (debounced) and the next request builds it again from the store,
 *   which re-analyses only what changed.
 */
import * as vscode from 'vscode';
import { type AnnotationSet, buildCoverage, combineSets, type Coverage, findTranscript } from '../core/index';
import type { AccountSnapshot, AccountStore, PairAnalysis } from './accountStore';
import { basename } from './uris';
import type { HandAnnotationLayer } from './handAnnotations';

/** Files of the transcript's folder looked at for its reports, at most. */
const MAX_CANDIDATES = 200;

/** Account file extensions looked at in the transcript's folder. */
const ACCOUNT_FILE = /\.(?:txt|md|transcript)$/i;

/** Quiet time after a change in an event's folder before `onDidChange` fires. */
const CHANGE_DELAY_MS = 400;

/** One transcript's event, analysed. */
export interface TranscriptEvent {
  /** The event's name: the workspace file's `name`, else the transcript's folder (core/pairs.ts `eventName`). */
  readonly name: string;
  /** The transcript as analysed (its text and version). */
  readonly transcript: AccountSnapshot;
  /** Each paired report's analysis, in file-name order. */
  readonly pairs: readonly PairAnalysis[];
  /** The combined set and texts (document ids of the combination). */
  readonly set: AnnotationSet;
  readonly texts: Readonly<Record<string, string>>;
  readonly coverage: Coverage;
}

/** Builds and keeps the events of transcripts (see the module notes). */
export class EventCoverageIndex implements vscode.Disposable {
  readonly #store: AccountStore;
  readonly #layer: HandAnnotationLayer;
  readonly #cache = new Map<string, Promise<TranscriptEvent | undefined>>();
  /** The builds of `#cache` that have finished with an event. */
  readonly #done = new Map<string, TranscriptEvent>();
  readonly #changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.#changed.event;
  readonly #subscription: vscode.Disposable;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #disposed = false;

  constructor(store: AccountStore, layer: HandAnnotationLayer) {
    this.#store = store;
    this.#layer = layer;
    this.#subscription = store.onDidChange((e) => this.#onStoreChange(e.uris));
  }

  dispose(): void {
    this.#disposed = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#subscription.dispose();
    this.#changed.dispose();
    this.#cache.clear();
    this.#done.clear();
  }

  /**
   * The event of `transcript` (a transcript's uri), analysing its reports when needed;
   * `undefined` when it is no transcript, none of its folder's reports is paired with it,
   * or `token` is cancelled. `progress` hears which file is being analysed (first caller only).
   */
  async eventOf(transcript: vscode.Uri, token?: vscode.CancellationToken, progress?: (message: string) => void): Promise<TranscriptEvent | undefined> {
    const key = transcript.toString();
    let entry = this.#cache.get(key);
    if (!entry) {
      // Built to the end whoever asked first (a CodeLens request is cancelled often); each caller checks its own token.
      entry = this.#build(transcript, progress);
      this.#cache.set(key, entry);
      // A build that found no event is not kept; one that did is said (the status bar shows it).
      const built = entry;
      void built.then((r) => {
        if (this.#cache.get(key) !== built) return;
        if (!r) this.#cache.delete(key);
        else {
          this.#done.set(key, r);
          this.#changed.fire();
        }
      }, () => this.#cache.delete(key));
    }
    const event = await entry;
    return token?.isCancellationRequested ? undefined : event;
  }

  /** The event of `transcript` if it is built and current; no work. */
  peek(transcript: vscode.Uri): TranscriptEvent | undefined {
    return this.#done.get(transcript.toString());
  }

  async #build(transcript: vscode.Uri, progress: ((message: string) => void) | undefined): Promise<TranscriptEvent | undefined> {
    const folder = vscode.Uri.joinPath(transcript, '..');
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(folder);
    } catch {
      return undefined;
    }
    const names = entries
      .filter(([name, type]) => (type & vscode.FileType.File) !== 0 && ACCOUNT_FILE.test(name) && !name.startsWith('.'))
      .map(([name]) => name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, MAX_CANDIDATES);
    // The reports the workspace file lists (they may lie in other folders), then the folder's files;
    // those Remove from Event took out are left out.
    const entry = this.#store.eventEntryOf(transcript);
    const without = new Set((entry?.without ?? []).map((u) => u.toString()));
    const candidates = new Map<string, vscode.Uri>();
    for (const uri of [...(entry?.reports ?? []), ...names.map((name) => vscode.Uri.joinPath(folder, name))]) {
      if (uri.toString() !== transcript.toString() && !without.has(uri.toString())) candidates.set(uri.toString(), uri);
    }
    const pairs: PairAnalysis[] = [];
    await this.#layer.load(transcript);
    for (const uri of [...candidates.values()].sort((a, b) => (basename(a) < basename(b) ? -1 : basename(a) > basename(b) ? 1 : 0))) {
      if (this.#disposed) return undefined;
      progress?.(`analysing ${basename(uri)}`);
      await this.#layer.load(uri);
      const analysis = await this.#store.analyse(uri);
      const self = analysis?.accounts.find((a) => a.uri.toString() === uri.toString());
      if (analysis && self?.role === 'report' && analysis.accounts.some((a) => a.uri.toString() === transcript.toString() && a.role === 'transcript')) pairs.push(analysis);
    }
    if (pairs.length === 0) return undefined;
    // Every pair must hold the same version of the transcript (an edit during the loop makes them differ).
    const snapshots = pairs.map((p) => p.accounts.find((a) => a.uri.toString() === transcript.toString())!);
    if (snapshots.some((s) => s.text !== snapshots[0]!.text)) return undefined;
    const { set, texts } = combineSets(pairs.map((a) => ({ set: a.set, texts: Object.fromEntries(a.accounts.map((s) => [s.docId, s.text])) })));
    const transcriptId = findTranscript(set);
    if (!transcriptId) return undefined;
    const name = entry?.name ?? basename(transcript).replace(/\.[^.]*$/, '');
    return { name, transcript: snapshots[0]!, pairs, set, texts, coverage: buildCoverage(set, texts, transcriptId) };
  }

  /** Drops the events of the folders `uris` are in (and those holding one of them from elsewhere), and says so once things are quiet. */
  #onStoreChange(uris: readonly vscode.Uri[]): void {
    const folders = new Set(uris.map((u) => vscode.Uri.joinPath(u, '..').toString()));
    const changed = new Set(uris.map((u) => u.toString()));
    let dropped = false;
    for (const key of [...this.#cache.keys()]) {
      const holds = this.#done.get(key)?.pairs.some((p) => p.accounts.some((a) => changed.has(a.uri.toString())));
      if (holds || folders.has(vscode.Uri.joinPath(vscode.Uri.parse(key), '..').toString())) {
        this.#cache.delete(key);
        this.#done.delete(key);
        dropped = true;
      }
    }
    if (!dropped) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#changed.fire();
    }, CHANGE_DELAY_MS);
  }
}
