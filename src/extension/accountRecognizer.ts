/**
 * Which files are accounts: a file matching `transcriptAnnotator.files` (or forced, see
 * `AccountChoices.isForced`) is analysed on its own once per version and judged by
 * `recogniseAccount`. The verdict is sticky once a file reads as an account; a file that
 * does not is looked at again when saved, not on every keystroke.
 */
import * as vscode from 'vscode';
import type { AnnotationService } from '../core/api';
import type { AccountChoices } from './accountChoices';
import { recogniseAccount, type Recognition } from './accountRecognition';
import type { FileText } from './accountTexts';
import { readConfig } from './config';
import { matchesAnyGlob } from './glob';
import { relativePath } from './pairsFiles';
import { basename } from './uris';

/** What the recognizer knows about whether a file is an account. */
interface Verdict {
  readonly version: number;
  readonly recognition: Recognition;
}

/** Decides, per file version, whether a file is an account and its role. */
export class AccountRecognizer {
  readonly #service: AnnotationService;
  readonly #log: vscode.LogOutputChannel;
  readonly #choices: AccountChoices;
  readonly #verdicts = new Map<string, Verdict>();

  /**
   * @param service the analysis core
   * @param log where verdicts go
   * @param choices files included, excluded and paired by hand
   */
  constructor(service: AnnotationService, log: vscode.LogOutputChannel, choices: AccountChoices) {
    this.#service = service;
    this.#log = log;
    this.#choices = choices;
  }

  /** The last verdict on `uri`, whatever its version; `undefined` when it was never judged. */
  recognitionOf(uri: vscode.Uri): Recognition | undefined {
    return this.#verdicts.get(uri.toString())?.recognition;
  }

  /** True when `uri` was judged (an account or not). */
  has(uri: vscode.Uri): boolean {
    return this.#verdicts.has(uri.toString());
  }

  /** Forgets the verdict on `uri`. */
  forget(uri: vscode.Uri): void {
    this.#verdicts.delete(uri.toString());
  }

  /** Forgets every verdict. */
  clear(): void {
    this.#verdicts.clear();
  }

  /** True when `uri` is a candidate for detection: matches the globs. */
  matchesFiles(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const path = folder ? relativePath(folder, uri) : uri.path;
    return matchesAnyGlob(path, readConfig(uri).files);
  }

  /** Decides whether `uri` at this text is an account, and its role; cached per version (sticky once an account). */
  async recognise(uri: vscode.Uri, file: FileText): Promise<Recognition | undefined> {
    const key = uri.toString();
    if (this.#choices.isExcluded(uri)) return undefined;
    const known = this.#verdicts.get(key);
    // Sticky once an account; a file that is not one is looked at again when saved (not on
    // every keystroke: a long Markdown file being written must not be analysed per edit).
    if (known && (known.version === file.version || known.recognition.isAccount || file.dirty)) {
      return known.recognition.isAccount || this.#choices.isForced(uri) ? known.recognition : undefined;
    }
    const forced = this.#choices.isForced(uri) || file.languageId === 'transcript';
    if (!forced && !this.matchesFiles(uri)) return undefined;
    const started = Date.now();
    const single = await this.#service.analyzeAccountAsync(file.text, { uri: key });
    const recognition = recogniseAccount(single);
    this.#verdicts.set(key, { version: file.version, recognition });
    this.#log.info(`${basename(uri)}: ${recognition.isAccount ? `reads as a ${recognition.role}` : 'not an account'} (${recognition.reason}; ${Date.now() - started} ms)`);
    return recognition.isAccount || forced ? recognition : undefined;
  }
}
