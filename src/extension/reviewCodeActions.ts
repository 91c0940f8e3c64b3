/**
 * Quick fixes on the extension's Problems entries about claims: Mark Claim as Accurate,
 * Set Verdict…, Add Note… (descriptors from `reviewActions.ts`).
 */
import * as vscode from 'vscode';
import type { AccountStore } from './accountStore';
import { peekView } from './accountView';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { reviewActionsAt } from './reviewActions';
import { ACCOUNT_SELECTOR } from './semanticTokens';
import { documentOffsetAt } from './convert';

/** Provides the review quick fixes. */
export class ReviewCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];
  readonly #store: AccountStore;

  constructor(store: AccountStore) {
    this.#store = store;
  }

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    if (ours.length === 0) return [];
    const view = peekView(this.#store, document);
    if (!view) return [];
    const out: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      for (const a of reviewActionsAt(view.analysis.set, view.account.docId, document.uri.toString(), documentOffsetAt(document, diagnostic.range.start))) {
        const action = new vscode.CodeAction(a.title, vscode.CodeActionKind.QuickFix);
        action.command = { title: a.title, command: a.command, arguments: [a.args] };
        action.diagnostics = [diagnostic];
        out.push(action);
      }
    }
    return out;
  }
}

/** Registers the review quick fixes for accounts. */
export function registerReviewCodeActions(store: AccountStore): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(ACCOUNT_SELECTOR, new ReviewCodeActionProvider(store), { providedCodeActionKinds: ReviewCodeActionProvider.kinds });
}
