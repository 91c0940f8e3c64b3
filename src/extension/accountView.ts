/**
 * What a provider needs about one open document: its analysis, its own account in it,
 * the other account, and the converter. One call per request.
 */
import type * as vscode from 'vscode';
import type { Annotation } from '../core/index';
import type { AccountSnapshot, AccountStore, PairAnalysis } from './accountStore';
import type { OffsetConverter } from './convert';

/** One account of an analysis, seen from its document. */
export interface AccountView {
  readonly analysis: PairAnalysis;
  readonly account: AccountSnapshot;
  /** The paired account, when there is one. */
  readonly other: AccountSnapshot | undefined;
  readonly convert: OffsetConverter;
  /** The annotations of this account. */
  readonly annotations: readonly Annotation[];
}

/** Builds the view of an analysis from one of its accounts. */
export function viewOfAnalysis(store: AccountStore, analysis: PairAnalysis, uri: vscode.Uri): AccountView | undefined {
  const key = uri.toString();
  const account = analysis.accounts.find((a) => a.uri.toString() === key);
  if (!account) return undefined;
  const other = analysis.accounts.find((a) => a !== account);
  return {
    analysis,
    account,
    other,
    convert: store.converterOf(account),
    annotations: analysis.set.annotations.filter((a) => a.document === account.docId),
  };
}

/**
 * The view of `document` at its current version, analysing if needed; `undefined` when it
 * is not an account, the request was cancelled, or the analysis is of another version.
 */
export async function viewOfDocument(store: AccountStore, document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<AccountView | undefined> {
  const analysis = await store.analyse(document.uri, token);
  if (!analysis || token?.isCancellationRequested) return undefined;
  const view = viewOfAnalysis(store, analysis, document.uri);
  return view && view.account.version === document.version ? view : undefined;
}

/** The view of `document` only if it is already analysed at its current version (no work). */
export function peekView(store: AccountStore, document: vscode.TextDocument): AccountView | undefined {
  const analysis = store.peek(document.uri);
  const view = analysis && viewOfAnalysis(store, analysis, document.uri);
  return view && view.account.version === document.version ? view : undefined;
}
