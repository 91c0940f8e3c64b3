/**
 * The text of each file at its current version: from its open document, else read from
 * disk (decoded as UTF-8, cached per disk generation, which every change the file watcher
 * sees bumps). Versions of files read from disk are negative, so they never equal a
 * document version.
 */
import * as vscode from 'vscode';
import { decodeTextBytes } from '../shared/textBytes';
import { basename, findOpenDocument } from './uris';

/** Files larger than this are only annotated when included explicitly. */
const MAX_AUTO_BYTES = 20 * 1024 * 1024;

/** A file's text at one version. */
export interface FileText {
  readonly text: string;
  readonly version: number;
  readonly languageId?: string;
  /** An open document with unsaved changes. */
  readonly dirty?: boolean;
}

/** The texts and versions of files, open or on disk. */
export class AccountTexts {
  readonly #log: vscode.LogOutputChannel;
  readonly #isForced: (uri: vscode.Uri) => boolean;
  readonly #fsGeneration = new Map<string, number>();
  readonly #closedText = new Map<string, FileText>();

  /**
   * @param log where read failures go
   * @param isForced true for files annotated whatever their size (see `MAX_AUTO_BYTES`)
   */
  constructor(log: vscode.LogOutputChannel, isForced: (uri: vscode.Uri) => boolean) {
    this.#log = log;
    this.#isForced = isForced;
  }

  /** The version of `uri` now: its document's, or a negative one per disk generation. */
  currentVersion(uri: vscode.Uri): number {
    const doc = findOpenDocument(uri);
    if (doc) return doc.version;
    return -1 - (this.#fsGeneration.get(uri.toString()) ?? 0);
  }

  /** True when the text of `uri` was read from disk and is kept. */
  has(uri: vscode.Uri): boolean {
    return this.#closedText.has(uri.toString());
  }

  /** The file changed on disk: a new disk generation, the text read again when asked. */
  changedOnDisk(uri: vscode.Uri): void {
    const key = uri.toString();
    this.#fsGeneration.set(key, (this.#fsGeneration.get(key) ?? 0) + 1);
    this.#closedText.delete(key);
  }

  /** Forgets every text read from disk. */
  clear(): void {
    this.#closedText.clear();
  }

  /** The text of `uri`: from its open document, else from disk (cached per disk generation). */
  async read(uri: vscode.Uri): Promise<FileText | undefined> {
    const doc = findOpenDocument(uri);
    if (doc) return { text: doc.getText(), version: doc.version, languageId: doc.languageId, dirty: doc.isDirty };
    const key = uri.toString();
    const version = this.currentVersion(uri);
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
}
