/**
 * The account store: the state every feature shares. It knows which files are accounts,
 * which account pairs with which, and holds the analysis of each pair, cached by
 * uri+version, computed off the typing path (debounced, stale work dropped).
 *
 * Providers (tokens, hovers, outline, …), the side panel and export read analyses here;
 * the hand-annotation layer registers a transform so all of them see its overrides.
 */
import * as vscode from 'vscode';
import type { AnnotationService } from '../core/api';
import type { AccountRole, AnnotationSet, CancellationToken as CoreToken } from '../core/model/annotation';
import { counterpartInPairs, PAIRS_FILE, withExcluded, withIncluded, withPair, type PairsConfig } from '../core/pairs';
import { recogniseAccount, type Recognition } from './accountRecognition';
import { readConfig } from './config';
import { ConverterCache, type OffsetConverter } from './convert';
import { matchesAnyGlob } from './glob';
import { chooseCounterpart, nameSimilarity, type PairCandidate } from './pairing';
import { PairsFiles, relativePath } from './pairsFiles';
import { decodeTextBytes } from '../shared/textBytes';
import { explainSessionOnly, mayWritePairsFile } from './workspaceTrust';

/** One account as it was analysed. */
export interface AccountSnapshot {
  readonly uri: vscode.Uri;
  /** The TextDocument version, or a negative number for a file read from disk. */
  readonly version: number;
  readonly text: string;
  /** The `AccountDocument.id` of this account in the set (`d1`, `d2`). */
  readonly docId: string;
  readonly role: AccountRole;
}

/** The analysis of one account, or of a pair: `set.documents[i]` ↔ `accounts[i]`. */
export interface PairAnalysis {
  readonly set: AnnotationSet;
  /** One or two accounts; with two, the report comes first when roles differ. */
  readonly accounts: readonly AccountSnapshot[];
}

/** A change of analyses: these uris have a new result (or none any more). */
export interface AccountStoreChange {
  readonly uris: readonly vscode.Uri[];
}

/** Transforms an analysis before any feature sees it (hand annotations). */
export type AnalysisTransform = (analysis: PairAnalysis) => PairAnalysis;

/** URI schemes of files that can be accounts (local, remote, virtual and untitled files). */
const ACCOUNT_SCHEMES: ReadonlySet<string> = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'memfs']);

/** Files of a folder looked at for an automatic pair, at most. */
const MAX_PAIR_CANDIDATES = 24;

/** Files larger than this are only annotated when included explicitly. */
const MAX_AUTO_BYTES = 20 * 1024 * 1024;

/** A file's text at one version. */
interface FileText {
  readonly text: string;
  readonly version: number;
  readonly languageId?: string;
  /** An open document with unsaved changes. */
  readonly dirty?: boolean;
}

/** What the store knows about whether a file is an account. */
interface Verdict {
  readonly version: number;
  readonly recognition: Recognition;
}

/** Input of one pair run. */
interface PairInput {
  readonly uri: vscode.Uri;
  readonly text: string;
  readonly version: number;
  readonly role: AccountRole;
}

/** The shared state of accounts, pairs and analyses. Create one in `activate()`. */
export class AccountStore implements vscode.Disposable {
  readonly #service: AnnotationService;
  readonly #log: vscode.LogOutputChannel;
  readonly #emitter = new vscode.EventEmitter<AccountStoreChange>();
  /** Fires after a (re)analysis lands, or when a file stops being annotated. */
  readonly onDidChange: vscode.Event<AccountStoreChange> = this.#emitter.event;

  readonly #verdicts = new Map<string, Verdict>();
  readonly #counterparts = new Map<string, vscode.Uri | null>();
  readonly #pairs: PairsFiles;
  readonly #sessionPairs = new Map<string, vscode.Uri>();
  readonly #sessionInclude = new Set<string>();
  readonly #sessionExclude = new Set<string>();
  readonly #raw = new Map<string, PairAnalysis>();
  readonly #transformed = new WeakMap<PairAnalysis, { readonly generation: number; readonly result: PairAnalysis }>();
  readonly #transforms: AnalysisTransform[] = [];
  #transformGeneration = 0;
  readonly #inflight = new Map<string, Promise<PairAnalysis | undefined>>();
  readonly #lastEdit = new Map<string, number>();
  readonly #lastRunMs = new Map<string, number>();
  readonly #fsGeneration = new Map<string, number>();
  readonly #closedText = new Map<string, FileText>();
  readonly #disposables: vscode.Disposable[] = [];
  readonly #converters = new ConverterCache();
  #disposed = false;

  /**
   * @param service the analysis core
   * @param log where timings and recognition verdicts go
   */
  constructor(service: AnnotationService, log: vscode.LogOutputChannel) {
    this.#service = service;
    this.#log = log;
    this.#pairs = new PairsFiles(log);
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
    const key = uri.toString();
    if (!ACCOUNT_SCHEMES.has(uri.scheme) || this.#isExcluded(uri)) return false;
    if (this.#isForced(uri)) return true;
    return this.#verdicts.get(key)?.recognition.isAccount ?? false;
  }

  /** The offset ↔ position converter of an analysed account (shared by every feature). */
  converterOf(account: AccountSnapshot): OffsetConverter {
    return this.#converters.of(account);
  }

  /** The role detected for an account, or `undefined` when it is not (yet) known. */
  roleOf(uri: vscode.Uri): AccountRole | undefined {
    const v = this.#verdicts.get(uri.toString());
    return v && this.isAccount(uri) ? v.recognition.role : undefined;
  }

  /** The account paired with `uri`, as last resolved; `undefined` when it has none (yet). */
  counterpartOf(uri: vscode.Uri): vscode.Uri | undefined {
    return this.#counterparts.get(uri.toString()) ?? undefined;
  }

  /**
   * The analysis containing `uri` for the current versions of its account(s), with the
   * transforms applied; no work. `undefined` when there is none yet or it is stale.
   */
  peek(uri: vscode.Uri): PairAnalysis | undefined {
    const raw = this.#raw.get(uri.toString());
    if (!raw || !this.isAccount(uri)) return undefined;
    const current = this.#current(raw);
    return current && this.#applyTransforms(current);
  }

  /**
   * The analysis containing `uri` for the current versions of its account(s) WITHOUT the
   * transforms (the automatic layer alone, e.g. to apply another reviewer's sidecar over
   * it); no work. `undefined` when there is none yet or it is stale.
   */
  peekAutomatic(uri: vscode.Uri): PairAnalysis | undefined {
    const raw = this.#raw.get(uri.toString());
    return raw && this.isAccount(uri) ? this.#current(raw) : undefined;
  }

  /**
   * `raw` if every account is at its current version; a copy with new versions when a file
   * read from disk has since been opened with the same text (no re-analysis for that);
   * `undefined` when stale.
   */
  #current(raw: PairAnalysis): PairAnalysis | undefined {
    let upgraded = false;
    const accounts: AccountSnapshot[] = [];
    for (const a of raw.accounts) {
      const version = this.#currentVersion(a.uri);
      if (version === a.version) {
        accounts.push(a);
        continue;
      }
      const doc = a.version < 0 ? findOpenDocument(a.uri) : undefined;
      if (!doc || doc.getText() !== a.text) return undefined;
      accounts.push({ ...a, version: doc.version });
      upgraded = true;
    }
    if (!upgraded) return raw;
    const next: PairAnalysis = { set: raw.set, accounts };
    for (const [k, v] of this.#raw) if (v === raw) this.#raw.set(k, next);
    return next;
  }

  /** An analysis already made for exactly these inputs (e.g. by the counterpart), adopted for `uri`. */
  #shared(uri: vscode.Uri, inputs: readonly PairInput[]): PairAnalysis | undefined {
    for (const input of inputs) {
      const raw = this.#raw.get(input.uri.toString());
      const current = raw && this.#current(raw);
      if (!current || current.accounts.length !== inputs.length) continue;
      if (!current.accounts.every((a, i) => a.uri.toString() === inputs[i]!.uri.toString() && a.version === inputs[i]!.version)) continue;
      this.#raw.set(uri.toString(), current);
      this.#emitter.fire({ uris: [uri] });
      return current;
    }
    return undefined;
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
    await this.#pairs.loaded;
    // A run can come back stale when an edit lands during the delay; try again with the new versions.
    for (let attempt = 0; attempt < 5; attempt++) {
      if (token?.isCancellationRequested || this.#disposed) return undefined;
      const cached = this.peek(uri);
      if (cached) return cached;
      const inputs = await this.#resolvePair(uri);
      if (!inputs || token?.isCancellationRequested) return undefined;
      const shared = this.#shared(uri, inputs);
      if (shared) return this.#applyTransforms(shared);
      const key = inputs.map((i) => `${i.uri.toString()}@${i.version}`).join('|');
      let run = this.#inflight.get(key);
      if (!run) {
        run = this.#run(uri, inputs).finally(() => this.#inflight.delete(key));
        this.#inflight.set(key, run);
      }
      const result = await raceCancellation(run, token);
      if (result) return this.#applyTransforms(result);
    }
    return undefined;
  }

  /** Forgets every cached analysis, verdict and pairing, and analyses the visible accounts again. */
  reanalyse(): void {
    this.#raw.clear();
    this.#verdicts.clear();
    this.#counterparts.clear();
    this.#closedText.clear();
    void this.#pairs.reload();
    const uris = vscode.window.visibleTextEditors.map((e) => e.document.uri);
    for (const u of uris) this.#kick(u);
    this.#emitter.fire({ uris });
  }

  /**
   * Registers a transform applied to every analysis before any feature sees it. Call
   * `refreshTransforms` when its output changes. Disposing removes it.
   */
  setTransform(transform: AnalysisTransform): vscode.Disposable {
    this.#transforms.push(transform);
    this.refreshTransforms();
    return new vscode.Disposable(() => {
      const i = this.#transforms.indexOf(transform);
      if (i >= 0) this.#transforms.splice(i, 1);
      this.refreshTransforms();
    });
  }

  /** Tells the store that a transform's output changed (e.g. a hand edit): features refresh. */
  refreshTransforms(uris?: readonly vscode.Uri[]): void {
    this.#transformGeneration++;
    const all = uris ?? [...new Set([...this.#raw.values()].flatMap((a) => a.accounts.map((s) => s.uri.toString())))].map((s) => vscode.Uri.parse(s));
    this.#emitter.fire({ uris: all });
  }

  /** Marks `uri` as an account even when detection does not recognise it (persisted in the pairs file). */
  async include(uri: vscode.Uri): Promise<void> {
    await this.#updatePairs(uri, (c, p) => withIncluded(c, p), () => {
      this.#sessionExclude.delete(uri.toString());
      this.#sessionInclude.add(uri.toString());
    });
    this.#forget(uri);
    await this.analyse(uri);
  }

  /** Stops annotating `uri` (persisted in the pairs file); its counterpart is analysed alone. */
  async exclude(uri: vscode.Uri): Promise<void> {
    const counterpart = this.counterpartOf(uri);
    await this.#updatePairs(uri, (c, p) => withExcluded(c, p), () => {
      this.#sessionInclude.delete(uri.toString());
      this.#sessionExclude.add(uri.toString());
      this.#sessionPairs.delete(uri.toString());
    });
    this.#forget(uri);
    if (counterpart) this.#forget(counterpart);
    this.#emitter.fire({ uris: counterpart ? [uri, counterpart] : [uri] });
    if (counterpart) this.#kick(counterpart);
  }

  /** Pairs `a` with `b` explicitly (persisted in the pairs file when both lie in one workspace folder). */
  async pair(a: vscode.Uri, b: vscode.Uri): Promise<void> {
    const folderA = vscode.workspace.getWorkspaceFolder(a);
    const folderB = vscode.workspace.getWorkspaceFolder(b);
    const olds = [this.counterpartOf(a), this.counterpartOf(b)].filter((u): u is vscode.Uri => !!u);
    if (folderA && folderB && folderA.uri.toString() === folderB.uri.toString() && mayWritePairsFile()) {
      await this.#pairs.update(folderA, (c) => withPair(c, relativePath(folderA, a), relativePath(folderA, b)));
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
    for (const u of [a, b, ...olds]) this.#forget(u);
    this.#emitter.fire({ uris: [a, b, ...olds] });
    await this.analyse(a);
    for (const u of olds) this.#kick(u);
  }

  /** Files that could be paired with `uri`: `.transcript` files and files matching the globs, `uri` excluded. */
  async pairCandidates(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const globs = [...readConfig(uri).files, '**/*.transcript'];
    const found = await vscode.workspace.findFiles(`{${globs.join(',')}}`, '**/node_modules/**', 500, token);
    return found.filter((u) => u.toString() !== uri.toString() && !this.#isExcluded(u)).sort((x, y) => x.path.localeCompare(y.path));
  }

  // ---- internals ---------------------------------------------------------------------

  #onEdit(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const involved = this.isAccount(doc.uri) || [...this.#counterparts.values()].some((u) => u?.toString() === key);
    if (!involved) return;
    this.#lastEdit.set(key, Date.now());
    this.#kick(doc.uri);
    // The counterpart's analysis includes this file too.
    for (const [other, cp] of this.#counterparts) {
      if (cp?.toString() === key && other !== key) this.#kick(vscode.Uri.parse(other));
    }
  }

  #onDiskChange(uri: vscode.Uri, structural: boolean): void {
    const key = uri.toString();
    if (this.#pairs.isPairsFile(uri)) {
      void this.#pairs.changedOnDisk(uri).then((changed) => changed && this.reanalyse());
      return;
    }
    // The watcher sees every file of the workspace: keep state only for possible accounts.
    if (!this.#verdicts.has(key) && !this.#closedText.has(key) && !this.#isForced(uri) && !this.#matchesFiles(uri)) return;
    this.#fsGeneration.set(key, (this.#fsGeneration.get(key) ?? 0) + 1);
    this.#closedText.delete(key);
    // A file appeared, vanished or changed (it may read as an account now): automatic pairs
    // of its folder may change. On a plain change only the accounts still without a pair look again.
    const folder = parentPath(uri);
    for (const [k, cp] of this.#counterparts) {
      if ((structural || cp === null) && parentPath(vscode.Uri.parse(k)) === folder) this.#counterparts.delete(k);
    }
    for (const [k, cp] of this.#counterparts) {
      if (k === key || cp?.toString() === key) this.#kick(vscode.Uri.parse(k));
    }
  }

  /** Starts an analysis in the background; the result arrives through `onDidChange`. */
  #kick(uri: vscode.Uri): void {
    if (this.#disposed || !ACCOUNT_SCHEMES.has(uri.scheme)) return;
    this.analyse(uri).catch((e) => this.#log.error(`analysis of ${uri.toString()} failed: ${(e as Error).stack ?? String(e)}`));
  }

  #forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.#raw.delete(key);
    this.#verdicts.delete(key);
    this.#counterparts.delete(key);
  }

  #isExcluded(uri: vscode.Uri): boolean {
    if (this.#sessionExclude.has(uri.toString())) return true;
    const found = this.#pairs.entryFor(uri);
    return !!found && found.config.exclude.includes(found.path);
  }

  /** Annotated regardless of detection: `.transcript` files, included or explicitly paired files. */
  #isForced(uri: vscode.Uri): boolean {
    const key = uri.toString();
    if (uri.path.endsWith('.transcript')) return true;
    const doc = findOpenDocument(uri);
    if (doc?.languageId === 'transcript') return true;
    if (this.#sessionInclude.has(key) || this.#sessionPairs.has(key)) return true;
    const found = this.#pairs.entryFor(uri);
    return !!found && (found.config.include.includes(found.path) || counterpartInPairs(found.config, found.path) !== undefined);
  }

  /** True when `uri` is a candidate for detection: matches the globs and is not too big. */
  #matchesFiles(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const path = folder ? relativePath(folder, uri) : uri.path;
    return matchesAnyGlob(path, readConfig(uri).files);
  }

  #currentVersion(uri: vscode.Uri): number {
    const doc = findOpenDocument(uri);
    if (doc) return doc.version;
    return -1 - (this.#fsGeneration.get(uri.toString()) ?? 0);
  }

  /** The text of `uri`: from its open document, else from disk (cached per disk generation). */
  async #readText(uri: vscode.Uri): Promise<FileText | undefined> {
    const doc = findOpenDocument(uri);
    if (doc) return { text: doc.getText(), version: doc.version, languageId: doc.languageId, dirty: doc.isDirty };
    const key = uri.toString();
    const version = this.#currentVersion(uri);
    const cached = this.#closedText.get(key);
    if (cached && cached.version === version) return cached;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.Directory) return undefined;
      if (stat.size > MAX_AUTO_BYTES && !this.#isForced(uri)) return undefined;
      const decoded = decodeTextBytes(await vscode.workspace.fs.readFile(uri));
      if (decoded.kind === 'utf16') this.#log.info(`${basename(uri)} is UTF-16 text: open it to have it annotated, or save it as UTF-8`);
      if (decoded.kind !== 'text') return undefined;
      if (decoded.invalidAt !== undefined) this.#log.warn(`${basename(uri)} is not valid UTF-8 (first bad byte at offset ${decoded.invalidAt}); invalid bytes read as U+FFFD`);
      const entry = { text: decoded.text, version };
      this.#closedText.set(key, entry);
      return entry;
    } catch (e) {
      this.#log.warn(`cannot read ${uri.toString()}: ${(e as Error).message}`);
      return undefined;
    }
  }

  /** Decides whether `uri` at this text is an account, and its role; cached per version (sticky once an account). */
  async #recognise(uri: vscode.Uri, file: FileText): Promise<Recognition | undefined> {
    const key = uri.toString();
    if (this.#isExcluded(uri)) return undefined;
    const known = this.#verdicts.get(key);
    // Sticky once an account; a file that is not one is looked at again when saved (not on
    // every keystroke: a long Markdown file being written must not be analysed per edit).
    if (known && (known.version === file.version || known.recognition.isAccount || file.dirty)) {
      return known.recognition.isAccount || this.#isForced(uri) ? known.recognition : undefined;
    }
    const forced = this.#isForced(uri) || file.languageId === 'transcript';
    if (!forced && !this.#matchesFiles(uri)) return undefined;
    const started = Date.now();
    const single = await this.#service.analyzeAccountAsync(file.text, { uri: key });
    const recognition = recogniseAccount(single);
    this.#verdicts.set(key, { version: file.version, recognition });
    this.#log.info(`${basename(uri)}: ${recognition.isAccount ? `reads as a ${recognition.role}` : 'not an account'} (${recognition.reason}; ${Date.now() - started} ms)`);
    return recognition.isAccount || forced ? recognition : undefined;
  }

  /** The inputs of the analysis containing `uri`: itself and its counterpart, if any. */
  async #resolvePair(uri: vscode.Uri): Promise<PairInput[] | undefined> {
    const self = await this.#readText(uri);
    if (!self) return undefined;
    const selfRole = await this.#recognise(uri, self);
    if (!selfRole) return undefined;
    const counterpart = await this.#resolveCounterpart(uri, selfRole.role);
    const inputs: PairInput[] = [{ uri, text: self.text, version: self.version, role: selfRole.role }];
    if (counterpart) {
      const other = await this.#readText(counterpart);
      const otherRole = other && (await this.#recognise(counterpart, other));
      if (other && otherRole) {
        inputs.push({ uri: counterpart, text: other.text, version: other.version, role: otherRole.role });
      }
    }
    // Report first: cross-references run from the report to the transcript.
    if (inputs.length === 2 && inputs[0]!.role === 'transcript' && inputs[1]!.role === 'report') inputs.reverse();
    return inputs;
  }

  async #resolveCounterpart(uri: vscode.Uri, role: AccountRole): Promise<vscode.Uri | undefined> {
    const key = uri.toString();
    const explicit = this.#explicitCounterpart(uri);
    if (explicit) return this.#remember(key, explicit);
    if (this.#counterparts.has(key)) return this.#counterparts.get(key) ?? undefined;
    // Automatic: accounts of the same folder.
    const folder = vscode.Uri.joinPath(uri, '..');
    let entries: [string, vscode.FileType][];
    try {
      entries = uri.scheme === 'untitled' ? [] : await vscode.workspace.fs.readDirectory(folder);
    } catch {
      entries = [];
    }
    // A corpus folder may hold hundreds of files: look at the names closest to this one first, and
    // at most MAX_PAIR_CANDIDATES of them (each is analysed once to tell whether it is an account).
    const files = entries
      .filter(([name, type]) => type & vscode.FileType.File && name !== basename(uri))
      .map(([name]) => vscode.Uri.joinPath(folder, name))
      .filter((other) => !this.#isExcluded(other) && (this.#isForced(other) || this.#matchesFiles(other)))
      .filter((other) => {
        // A file explicitly paired with another one is taken.
        const theirs = this.#explicitCounterpart(other);
        return !theirs || theirs.toString() === key;
      })
      .sort((a, b) => nameSimilarity(basename(b), basename(uri)) - nameSimilarity(basename(a), basename(uri)) || a.path.localeCompare(b.path))
      .slice(0, MAX_PAIR_CANDIDATES);
    const candidates: PairCandidate[] = [];
    for (const other of files) {
      const file = await this.#readText(other);
      const recognition = file && (await this.#recognise(other, file));
      if (recognition) candidates.push({ path: other.toString(), role: recognition.role });
    }
    const chosen = chooseCounterpart({ path: key, role }, candidates);
    return this.#remember(key, chosen ? vscode.Uri.parse(chosen.path) : undefined);
  }

  /** The counterpart set by Pair with Other Account… (this session, or the pairs file). */
  #explicitCounterpart(uri: vscode.Uri): vscode.Uri | undefined {
    const session = this.#sessionPairs.get(uri.toString());
    if (session) return session;
    const found = this.#pairs.entryFor(uri);
    const explicit = found && counterpartInPairs(found.config, found.path);
    return found && explicit ? vscode.Uri.joinPath(found.folder.uri, explicit) : undefined;
  }

  #remember(key: string, counterpart: vscode.Uri | undefined): vscode.Uri | undefined {
    const before = this.#counterparts.get(key);
    if (before === undefined || (before?.toString() ?? null) !== (counterpart?.toString() ?? null)) {
      this.#log.info(`${basename(vscode.Uri.parse(key))}: ${counterpart ? `paired with ${basename(counterpart)}` : 'no counterpart'}`);
    }
    this.#counterparts.set(key, counterpart ?? null);
    return counterpart;
  }

  /** One analysis run: waits for the typing pause, drops stale work, analyses, publishes. */
  async #run(primary: vscode.Uri, inputs: readonly PairInput[]): Promise<PairAnalysis | undefined> {
    // Large accounts take long to analyse: wait at least as long as the last run took (up to
    // 5 s) so that continuous typing is not followed by back-to-back runs blocking the host.
    const delay = Math.max(readConfig(primary).analysisDelay, Math.min(5000, this.#lastRunMs.get(primary.toString()) ?? 0));
    const now = Date.now();
    const wait = Math.max(0, ...inputs.map((i) => (this.#lastEdit.get(i.uri.toString()) ?? 0) + delay - now));
    if (wait > 0) await sleep(wait);
    await sleep(0); // yield to the event loop before the core runs (its alignment is synchronous)
    const isCurrent = () => !this.#disposed && inputs.every((i) => this.#currentVersion(i.uri) === i.version);
    if (!isCurrent()) return undefined;
    const started = Date.now();
    const token: CoreToken = { get isCancellationRequested() { return !isCurrent(); } };
    const set = await this.#service.annotateAccountsAsync(
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
    for (const i of inputs) this.#lastRunMs.set(i.uri.toString(), Date.now() - started);
    const size = inputs.reduce((s, i) => s + i.text.length, 0);
    this.#log.info(`analysed ${inputs.map((i) => basename(i.uri)).join(' + ')} (${size} chars): ${set.annotations.length} annotations, ${set.crossReferences.length} cross-references, ${set.unmatched.length} unmatched in ${Date.now() - started} ms`);
    // The result belongs to the primary file, and to the other file when it pairs back.
    const updated: vscode.Uri[] = [];
    for (const i of inputs) {
      const cp = this.#counterparts.get(i.uri.toString());
      const pairsBack = i.uri.toString() === primary.toString() || inputs.length === 1 || inputs.some((o) => o.uri.toString() === cp?.toString());
      if (pairsBack) {
        this.#raw.set(i.uri.toString(), analysis);
        updated.push(i.uri);
      }
    }
    this.#emitter.fire({ uris: updated });
    return analysis;
  }

  #applyTransforms(raw: PairAnalysis): PairAnalysis {
    if (this.#transforms.length === 0) return raw;
    const hit = this.#transformed.get(raw);
    if (hit && hit.generation === this.#transformGeneration) return hit.result;
    let result = raw;
    for (const t of this.#transforms) {
      try {
        result = t(result);
      } catch (e) {
        this.#log.error(`an annotation transform failed and was skipped: ${(e as Error).stack ?? String(e)}`);
      }
    }
    this.#transformed.set(raw, { generation: this.#transformGeneration, result });
    return result;
  }

  async #updatePairs(uri: vscode.Uri, change: (c: PairsConfig, path: string) => PairsConfig, session: () => void): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (folder && uri.scheme !== 'untitled' && mayWritePairsFile()) await this.#pairs.update(folder, (c) => change(c, relativePath(folder, uri)));
    else {
      session();
      if (folder && uri.scheme !== 'untitled') explainSessionOnly(`the choice for ${basename(uri)} holds`);
    }
  }
}

/** The open document of `uri`, if any. */
function findOpenDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

function parentPath(uri: vscode.Uri): string {
  return vscode.Uri.joinPath(uri, '..').toString();
}

/** The file name of `uri`. */
export function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves with `undefined` as soon as `token` is cancelled. */
function raceCancellation<T>(promise: Promise<T | undefined>, token?: vscode.CancellationToken): Promise<T | undefined> {
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
