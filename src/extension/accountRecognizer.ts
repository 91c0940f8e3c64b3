/**
 * Which files are accounts: a file matching `transcriptAnnotator.files` (or forced, see
 * `AccountChoices.isForced`) is analysed on its own once per version and judged by
 * `recogniseAccount`. The verdict is sticky once a file reads as an account; a file that
 * does not is looked at again when saved, not on every keystroke.
 *
 * The analysis a verdict was made from is kept with it until the account's own analysis
 * takes it (`takeAnalysis`): an account that turns out to have no counterpart is then not
 * analysed a second time.
 */
import * as vscode from 'vscode';
import type { AnnotationService } from '../core/api';
import type { AnnotationSet } from '../core/index';
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
  /** The analysis of the file alone at `version` that the verdict was made from, until taken. */
  analysis?: MadeAnalysis;
}

/** An analysis made already, with the time it took. */
export interface MadeAnalysis {
  readonly set: AnnotationSet;
  readonly ms: number;
}

/** Decides, per file version, whether a file is an account and its role. */
export class AccountRecognizer {
  readonly #service: AnnotationService;
  readonly #log: vscode.LogOutputChannel;
  readonly #choices: AccountChoices;
  readonly #verdicts = new Map<string, Verdict>();
  /** Verdicts being made, by file: one analysis per version however many ask meanwhile. */
  readonly #judging = new Map<string, { readonly version: number; readonly verdict: Promise<Recognition | undefined> }>();

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

  /**
   * The analysis of `uri` alone at `version` that its verdict was made from, if it is still
   * held; handed out once (the verdict keeps no copy after).
   */
  takeAnalysis(uri: vscode.Uri, version: number): MadeAnalysis | undefined {
    const verdict = this.#verdicts.get(uri.toString());
    if (!verdict?.analysis) return undefined;
    const analysis = verdict.analysis;
    delete verdict.analysis;
    return verdict.version === version ? analysis : undefined;
  }

  /** Forgets the verdict on `uri`. */
  forget(uri: vscode.Uri): void {
    this.#verdicts.delete(uri.toString());
    this.#judging.delete(uri.toString());
  }

  /** Forgets every verdict. */
  clear(): void {
    this.#verdicts.clear();
    this.#judging.clear();
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
    // Features asking at once (tokens, lenses, the coverage view, …) share one analysis of this version.
    const pending = this.#judging.get(key);
    if (pending && pending.version === file.version) return pending.verdict;
    const verdict = this.#judge(uri, file, forced).finally(() => {
      if (this.#judging.get(key)?.verdict === verdict) this.#judging.delete(key);
    });
    this.#judging.set(key, { version: file.version, verdict });
    return verdict;
  }

  async #judge(uri: vscode.Uri, file: FileText, forced: boolean): Promise<Recognition | undefined> {
    const key = uri.toString();
    const started = Date.now();
    const single = await this.#service.analyzeAccountAsync(file.text, { uri: key });
    const ms = Date.now() - started;
    const recognition = recogniseAccount(single);
    // only an account's analysis is worth keeping: it is the one the account is then annotated with
    this.#verdicts.set(key, recognition.isAccount || forced ? { version: file.version, recognition, analysis: { set: single, ms } } : { version: file.version, recognition });
    this.#log.info(`${basename(uri)}: ${recognition.isAccount ? `reads as a ${recognition.role}` : 'not an account'} (${recognition.reason}; ${ms} ms)`);
    return recognition.isAccount || forced ? recognition : undefined;
  }
}
