/**
 * CodeLens above each report paragraph and transcript turn: "2 cross-references ·
 * 1 unsupported", opening the side panel filtered there.
 */
import * as vscode from 'vscode';
import type { AccountStore } from './accountStore';
import { viewOfDocument } from './accountView';
import { readConfig } from './config';
import { lensSections, lensTitle } from './lensSections';
import { ACCOUNT_SELECTOR } from './semanticTokens';
import { lensChanges, type LensChanges } from './lensChanges';

/** Provides the cross-reference counts as CodeLens. */
export class CrossReferenceLensProvider implements vscode.CodeLensProvider {
  readonly #store: AccountStore;
  readonly #changes: LensChanges;
  readonly onDidChangeCodeLenses: vscode.Event<void>;

  constructor(store: AccountStore) {
    this.#store = store;
    this.#changes = lensChanges(store.onDidChange);
    this.onDidChangeCodeLenses = this.#changes.event;
  }

  dispose(): void {
    for (const d of this.#changes.disposables) d.dispose();
  }

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[] | undefined> {
    if (!readConfig(document.uri).codeLensEnabled) return [];
    const view = await viewOfDocument(this.#store, document, token);
    if (!view?.other || token.isCancellationRequested) return undefined;
    return lensSections(view.analysis.set, view.account.docId, view.account.text).map((s) => {
      return new vscode.CodeLens(view.convert.caretAt(s.start), {
        title: lensTitle(s),
        tooltip: 'Show these cross-references in the side panel',
        command: 'transcriptAnnotator.showCrossReferences',
        arguments: [{ uri: document.uri.toString(), offset: s.start }],
      });
    });
  }
}

/** Registers the cross-reference CodeLens. */
export function registerCodeLens(store: AccountStore): vscode.Disposable {
  const provider = new CrossReferenceLensProvider(store);
  return vscode.Disposable.from(provider, vscode.languages.registerCodeLensProvider(ACCOUNT_SELECTOR, provider));
}
