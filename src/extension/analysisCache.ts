/**
 * The analyses made, by account uri (both accounts of a pair share one), and the
 * transforms every feature sees them through (hand annotations). An analysis is current
 * while each of its accounts is at the version it was made for; one of a file read from
 * disk stays current when the file is opened with the same text.
 */
import type * as vscode from 'vscode';
import type { AccountTexts } from './accountTexts';
import type { AccountSnapshot, AnalysisTransform, PairAnalysis } from './analysisTypes';
import { findOpenDocument } from './uris';

/** Analyses by account, and the transforms applied on the way out. */
export class AnalysisCache {
  readonly #log: vscode.LogOutputChannel;
  readonly #texts: AccountTexts;
  readonly #raw = new Map<string, PairAnalysis>();
  readonly #transformed = new WeakMap<PairAnalysis, { readonly generation: number; readonly result: PairAnalysis }>();
  readonly #transforms: AnalysisTransform[] = [];
  #transformGeneration = 0;

  /**
   * @param log where failing transforms are reported
   * @param texts the current versions of files
   */
  constructor(log: vscode.LogOutputChannel, texts: AccountTexts) {
    this.#log = log;
    this.#texts = texts;
  }

  /** The analysis of `uri` if it is current (see the module comment), without transforms. */
  currentOf(uri: vscode.Uri): PairAnalysis | undefined {
    const raw = this.#raw.get(uri.toString());
    return raw && this.#current(raw);
  }

  /** Stores `analysis` as the one of `uri`. */
  set(uri: vscode.Uri, analysis: PairAnalysis): void {
    this.#raw.set(uri.toString(), analysis);
  }

  /** Forgets the analysis of `uri`. */
  delete(uri: vscode.Uri): void {
    this.#raw.delete(uri.toString());
  }

  /** Forgets every analysis. */
  clear(): void {
    this.#raw.clear();
  }

  /** The uris of every account of every analysis held (as strings). */
  accountUris(): string[] {
    return [...new Set([...this.#raw.values()].flatMap((a) => a.accounts.map((s) => s.uri.toString())))];
  }

  /**
   * An analysis already made for exactly these inputs (e.g. by the counterpart), adopted
   * for `uri`; `undefined` when there is none. `changed` is false when it already was the
   * analysis of `uri` (a run of `uri` published it while the caller resolved the pair):
   * then nothing changed and nobody needs to hear of it.
   */
  adopt(uri: vscode.Uri, inputs: readonly { readonly uri: vscode.Uri; readonly version: number }[]): { readonly analysis: PairAnalysis; readonly changed: boolean } | undefined {
    for (const input of inputs) {
      const current = this.currentOf(input.uri);
      if (!current || current.accounts.length !== inputs.length) continue;
      if (!current.accounts.every((a, i) => a.uri.toString() === inputs[i]!.uri.toString() && a.version === inputs[i]!.version)) continue;
      const changed = this.currentOf(uri) !== current;
      this.#raw.set(uri.toString(), current);
      return { analysis: current, changed };
    }
    return undefined;
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
      const version = this.#texts.currentVersion(a.uri);
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

  /** Registers a transform; returns a function that removes it. Call `refreshTransforms` after either. */
  addTransform(transform: AnalysisTransform): () => void {
    this.#transforms.push(transform);
    return () => {
      const i = this.#transforms.indexOf(transform);
      if (i >= 0) this.#transforms.splice(i, 1);
    };
  }

  /** Tells the cache that a transform's output changed: transformed results are made again. */
  refreshTransforms(): void {
    this.#transformGeneration++;
  }

  /** `raw` through every transform (cached per analysis and transform generation). */
  applyTransforms(raw: PairAnalysis): PairAnalysis {
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
}
