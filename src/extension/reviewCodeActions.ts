/**
 * Quick fixes on claims (descriptors from `reviewActions.ts`): Mark Claim as Accurate,
 * Set Verdict…, Add Note…, Set Speaker…, Link to a Transcript Passage…, Reject Claim.
 * Offered on the extension's Problems entries about a claim (tied to the entry) and,
 * with none there, on the claim at the cursor.
 */
import * as vscode from 'vscode';
import type { AccountStore } from './accountStore';
import { peekView } from './accountView';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { reviewActionsAt, type ReviewAction } from './reviewActions';
import { ACCOUNT_SELECTOR } from './semanticTokens';
import { documentOffsetAt } from './convert';

/** Provides the review quick fixes. */
export class ReviewCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];
  readonly #store: AccountStore;

  constructor(store: AccountStore) {
    this.#store = store;
  }

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
    const view = peekView(this.#store, document);
    if (!view) return [];
    const at = (offset: number) => reviewActionsAt(view.analysis.set, view.account.docId, document.uri.toString(), offset);
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    const out: vscode.CodeAction[] = [];
    for (const diagnostic of ours) for (const a of at(documentOffsetAt(document, diagnostic.range.start))) out.push(codeAction(a, diagnostic));
    // No Problems entry of ours here: the claim at the cursor.
    if (out.length === 0) for (const a of at(documentOffsetAt(document, range.start))) out.push(codeAction(a));
    return out;
  }
}

function codeAction(a: ReviewAction, diagnostic?: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(a.title, vscode.CodeActionKind.QuickFix);
  action.command = { title: a.title, command: a.command, arguments: [a.args] };
  if (diagnostic) action.diagnostics = [diagnostic];
  return action;
}

/** Registers the review quick fixes for accounts. */
export function registerReviewCodeActions(store: AccountStore): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(ACCOUNT_SELECTOR, new ReviewCodeActionProvider(store), { providedCodeActionKinds: ReviewCodeActionProvider.kinds });
}
