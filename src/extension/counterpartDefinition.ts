/**
 * Go to Definition / Peek on a claim (or any cross-referenced passage): its counterpart
 * passage(s) in the other account.
 */
import * as vscode from 'vscode';
import { claimAt, counterpartLinks, type CounterpartLink } from './annotationQueries';
import type { AccountStore } from './accountStore';
import { viewOfDocument, type AccountView } from './accountView';
import { ACCOUNT_SELECTOR } from './semanticTokens';

/**
 * The cross-references at `offset` of a view: those of the claim there, else those whose
 * passage contains the offset. Best first.
 */
export function linksAt(view: AccountView, offset: number): CounterpartLink[] {
  const { set } = view.analysis;
  const claim = claimAt(set, view.account.docId, offset);
  if (claim) {
    const links = counterpartLinks(set, view.account.docId, claim, claim.id);
    if (links.length) return links;
  }
  return counterpartLinks(set, view.account.docId, { start: offset, end: offset + 1 });
}

/** Provides the counterpart passages as definitions. */
export class CounterpartDefinitionProvider implements vscode.DefinitionProvider {
  readonly #store: AccountStore;

  constructor(store: AccountStore) {
    this.#store = store;
  }

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.LocationLink[] | undefined> {
    const view = await viewOfDocument(this.#store, document, token);
    if (!view?.other || token.isCancellationRequested) return undefined;
    const links = linksAt(view, view.convert.offsetAt(position));
    if (links.length === 0) return undefined;
    const otherConvert = this.#store.converterOf(view.other);
    return links.map((l) => {
      const target = otherConvert.rangeOf(l.there);
      return { originSelectionRange: view.convert.rangeOf(l.here), targetUri: view.other!.uri, targetRange: target, targetSelectionRange: target };
    });
  }
}

/** Registers Go to Definition / Peek from claims to their counterparts. */
export function registerCounterpartDefinition(store: AccountStore): vscode.Disposable {
  return vscode.languages.registerDefinitionProvider(ACCOUNT_SELECTOR, new CounterpartDefinitionProvider(store));
}
