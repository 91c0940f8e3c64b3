/**
 * Find All References on a person or country: every mention of it in both accounts
 * (and, for a speaker, the labels of their turns).
 */
import * as vscode from 'vscode';
import type { OffsetRange } from '../core/index';
import { mentionAt, turnAt } from './annotationQueries';
import type { AccountStore } from './accountStore';
import { viewOfDocument } from './accountView';
import { ACCOUNT_SELECTOR } from './semanticTokens';
import { labelRange } from './tokenSpans';

/** Provides entity mentions as references. */
export class EntityReferenceProvider implements vscode.ReferenceProvider {
  readonly #store: AccountStore;

  constructor(store: AccountStore) {
    this.#store = store;
  }

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, _context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[] | undefined> {
    const view = await viewOfDocument(this.#store, document, token);
    if (!view || token.isCancellationRequested) return undefined;
    const { set } = view.analysis;
    const offset = view.convert.offsetAt(position);
    let entityId = mentionAt(set, view.account.docId, offset)?.entity;
    if (!entityId) {
      // On a turn label: the speaker of the turn.
      const turn = turnAt(set, view.account.docId, offset);
      const label = turn && labelRange(view.account.text, turn);
      if (turn?.speaker && label && offset >= label.start && offset <= label.end) entityId = turn.speaker;
    }
    if (!entityId) return undefined;
    const locations: vscode.Location[] = [];
    for (const account of view.analysis.accounts) {
      const convert = this.#store.converterOf(account);
      for (const a of set.annotations) {
        if (a.document !== account.docId) continue;
        let range: OffsetRange | undefined = a.entity === entityId && (a.kind === 'person' || a.kind === 'country') ? a : undefined;
        if (!range && a.kind === 'turn' && a.speaker === entityId) range = labelRange(account.text, a);
        if (range) locations.push(new vscode.Location(account.uri, convert.rangeOf(range)));
      }
    }
    return locations;
  }
}

/** Registers Find All References on persons and countries. */
export function registerReferences(store: AccountStore): vscode.Disposable {
  return vscode.languages.registerReferenceProvider(ACCOUNT_SELECTOR, new EntityReferenceProvider(store));
}
