/**
 * The quick fix "Apply to All Identical Mentions" (Ctrl+.) on a span the user tagged,
 * retagged or rejected by hand: runs the command of that name for it.
 */
import * as vscode from 'vscode';
import { handTagOrRejectAt } from '../core/index';
import type { AccountStore } from './accountStore';
import { peekView } from './accountView';
import type { HandAnnotationLayer } from './handAnnotations';
import { ACCOUNT_SELECTOR } from './semanticTokens';
import { documentOffsetAt } from './convert';

const TITLE = 'Apply to All Identical Mentions';

/** Registers the quick fix for accounts. */
export function registerApplyToIdenticalAction(store: AccountStore, layer: HandAnnotationLayer): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(document, range, context) {
      if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
      const view = peekView(store, document);
      if (!view) return [];
      const offset = documentOffsetAt(document, range.start);
      if (!handTagOrRejectAt(layer.handOf(document.uri), view.account.text, offset)) return [];
      const action = new vscode.CodeAction(TITLE, vscode.CodeActionKind.QuickFix);
      action.command = { title: TITLE, command: 'transcriptAnnotator.applyToAllIdentical', arguments: [{ uri: document.uri.toString(), offset }] };
      return [action];
    },
  };
  return vscode.languages.registerCodeActionsProvider(ACCOUNT_SELECTOR, provider, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
}
