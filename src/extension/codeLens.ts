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

/** Provides the cross-reference counts as CodeLens. */
export class CrossReferenceLensProvider implements vscode.CodeLensProvider {
  readonly #store: AccountStore;
  readonly #changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.#changed.event;
  readonly #subscriptions: vscode.Disposable[];

  constructor(store: AccountStore) {
    this.#store = store;
    this.#subscriptions = [
      this.#changed,
      store.onDidChange(() => this.#changed.fire()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('transcriptAnnotator.codeLens')) this.#changed.fire();
      }),
    ];
  }

  dispose(): void {
    for (const d of this.#subscriptions) d.dispose();
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
