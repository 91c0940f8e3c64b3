/**
 * Semantic highlighting of accounts: speakers, persons, countries, claims (see
 * tokenSpans.ts for the rules). Refreshes when an analysis lands or a highlight setting changes.
 */
import * as vscode from 'vscode';
import type { AccountStore } from './accountStore';
import { viewOfDocument } from './accountView';
import { readConfig } from './config';
import { buildSemanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from './tokenSpans';

/** The legend, from the token types and modifiers declared in package.json. */
export const SEMANTIC_TOKENS_LEGEND = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

/** Documents the extension provides tokens for (the store decides which are accounts). */
export const ACCOUNT_SELECTOR: vscode.DocumentSelector = [
  { language: 'transcript' },
  { language: 'plaintext' },
  { language: 'markdown' },
];

/** Provides semantic tokens from the account store. */
export class AccountSemanticTokensProvider implements vscode.DocumentSemanticTokensProvider {
  readonly #store: AccountStore;
  readonly #log: vscode.LogOutputChannel;
  readonly #changed = new vscode.EventEmitter<void>();
  readonly onDidChangeSemanticTokens = this.#changed.event;
  readonly #subscriptions: vscode.Disposable[];

  constructor(store: AccountStore, log: vscode.LogOutputChannel) {
    this.#store = store;
    this.#log = log;
    this.#subscriptions = [
      this.#changed,
      store.onDidChange(() => this.#changed.fire()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('transcriptAnnotator.highlight')) this.#changed.fire();
      }),
    ];
  }

  dispose(): void {
    for (const d of this.#subscriptions) d.dispose();
  }

  async provideDocumentSemanticTokens(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.SemanticTokens | undefined> {
    const view = await viewOfDocument(this.#store, document, token);
    if (!view || token.isCancellationRequested) {
      // Not an account: no tokens. Still analysing a newer version: keep the tokens shown
      // (a CancellationError leaves them; onDidChangeSemanticTokens asks again when it lands).
      if (token.isCancellationRequested || this.#store.isAccount(document.uri)) throw new vscode.CancellationError();
      return new vscode.SemanticTokens(new Uint32Array(0));
    }
    const started = performance.now();
    const { set } = view.analysis;
    const entities = new Map(set.entities.map((e) => [e.id, e]));
    const mine = set.unmatched.filter((u) => u.document === view.account.docId);
    const unsupported = new Set(mine.filter((u) => u.reason === 'unsupported').map((u) => u.annotation));
    const context = new Set(mine.filter((u) => u.reason === 'context').map((u) => u.annotation));
    const data = buildSemanticTokens(
      { text: view.account.text, annotations: view.annotations, entities, unsupported, context, highlight: readConfig(document.uri).highlight },
      view.convert.lines,
    );
    const ms = performance.now() - started;
    this.#log.info(`semantic tokens for ${document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1)} (${view.account.text.length} chars): ${data.length / 5} tokens in ${ms.toFixed(1)} ms`);
    return new vscode.SemanticTokens(data);
  }
}

/** Registers semantic highlighting of accounts. */
export function registerSemanticTokens(store: AccountStore, log: vscode.LogOutputChannel): vscode.Disposable {
  const provider = new AccountSemanticTokensProvider(store, log);
  return vscode.Disposable.from(provider, vscode.languages.registerDocumentSemanticTokensProvider(ACCOUNT_SELECTOR, provider, SEMANTIC_TOKENS_LEGEND));
}
