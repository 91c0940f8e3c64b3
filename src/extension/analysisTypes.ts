/**
 * The shapes of the editor side's analyses: an account as analysed, the analysis of an
 * account or a pair, and what the store announces when analyses change.
 */
import type * as vscode from 'vscode';
import type { AccountRole, AnnotationSet } from '../core/index';

/** One account as it was analysed. */
export interface AccountSnapshot {
  readonly uri: vscode.Uri;
  /** The TextDocument version, or a negative number for a file read from disk. */
  readonly version: number;
  readonly text: string;
  /** The `AccountDocument.id` of this account in the set (`d1`, `d2`). */
  readonly docId: string;
  readonly role: AccountRole;
}

/** The analysis of one account, or of a pair: `set.documents[i]` ↔ `accounts[i]`. */
export interface PairAnalysis {
  readonly set: AnnotationSet;
  /** One or two accounts; with two, the report comes first when roles differ. */
  readonly accounts: readonly AccountSnapshot[];
}

/** A change of analyses: these uris have a new result (or none any more). */
export interface AccountStoreChange {
  readonly uris: readonly vscode.Uri[];
}

/** Transforms an analysis before any feature sees it (hand annotations). */
export type AnalysisTransform = (analysis: PairAnalysis) => PairAnalysis;

/** Input of one pair run: an account at one version, with its role. */
export interface PairInput {
  readonly uri: vscode.Uri;
  readonly text: string;
  readonly version: number;
  readonly role: AccountRole;
}
