/**
 * Outline and breadcrumbs of accounts (tree built in symbolTree.ts).
 */
import * as vscode from 'vscode';
import type { AccountStore } from './accountStore';
import { viewOfDocument } from './accountView';
import type { OffsetConverter } from './convert';
import { ACCOUNT_SELECTOR } from './semanticTokens';
import { buildSymbolTree, type SymbolNode } from './symbolTree';

const KIND: Record<SymbolNode['kind'], vscode.SymbolKind> = {
  turn: vscode.SymbolKind.Class,
  quote: vscode.SymbolKind.String,
  reported: vscode.SymbolKind.Event,
  statement: vscode.SymbolKind.Field,
  statistic: vscode.SymbolKind.Number,
  claim: vscode.SymbolKind.Field,
};

function toSymbol(node: SymbolNode, convert: OffsetConverter): vscode.DocumentSymbol {
  const range = convert.rangeOf(node.range);
  const selection = convert.rangeOf(node.selection);
  const s = new vscode.DocumentSymbol(node.name, node.detail, KIND[node.kind], range, range.contains(selection) ? selection : range);
  s.children = node.children.map((c) => toSymbol(c, convert));
  return s;
}

/** Provides the outline from the account store. */
export class AccountSymbolProvider implements vscode.DocumentSymbolProvider {
  readonly #store: AccountStore;

  constructor(store: AccountStore) {
    this.#store = store;
  }

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    const view = await viewOfDocument(this.#store, document, token);
    if (!view || token.isCancellationRequested) return undefined;
    return buildSymbolTree(view.analysis.set, view.account.docId).map((n) => toSymbol(n, view.convert));
  }
}

/** Registers the outline of accounts. */
export function registerDocumentSymbols(store: AccountStore): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(ACCOUNT_SELECTOR, new AccountSymbolProvider(store), { label: 'Transcript Annotator' });
}
