/**
 * Hovers on persons, countries and claims (content built in hoverContent.ts).
 */
import * as vscode from 'vscode';
import type { AccountStore } from './accountStore';
import { basename } from './accountStore';
import { viewOfDocument, type AccountView } from './accountView';
import { ACCOUNT_SELECTOR } from './semanticTokens';
import { buildHoverMarkdown, HOVER_COMMANDS, type HoverAccount } from './hoverContent';

function hoverAccount(view: AccountView, which: 'account' | 'other'): HoverAccount | undefined {
  const a = view[which];
  return a && { docId: a.docId, name: basename(a.uri), uri: a.uri.toString(), text: a.text };
}

/** Provides hovers from the account store. */
export class AccountHoverProvider implements vscode.HoverProvider {
  readonly #store: AccountStore;

  constructor(store: AccountStore) {
    this.#store = store;
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const view = await viewOfDocument(this.#store, document, token);
    if (!view || token.isCancellationRequested) return undefined;
    const result = buildHoverMarkdown({
      set: view.analysis.set,
      here: hoverAccount(view, 'account')!,
      other: hoverAccount(view, 'other'),
      offset: view.convert.offsetAt(position),
    });
    if (!result) return undefined;
    const md = new vscode.MarkdownString(result.markdown, true);
    md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    md.supportHtml = false;
    return new vscode.Hover(md, view.convert.rangeOf(result));
  }
}

/** Registers hovers on accounts. */
export function registerHover(store: AccountStore): vscode.Disposable {
  return vscode.languages.registerHoverProvider(ACCOUNT_SELECTOR, new AccountHoverProvider(store));
}
