/**
 * Problems panel entries for reports: unsupported claims and unfaithful quotes (found by
 * claimProblems.ts), severities from the `transcriptAnnotator.diagnostics.*` settings;
 * context passages only when `diagnostics.contextClaims` turns them on.
 * Published whenever an analysis lands; cleared when a file stops being an account.
 */
import * as vscode from 'vscode';
import type { AccountStore, PairAnalysis } from './accountStore';
import { basename } from './accountStore';
import { findClaimProblems } from './claimProblems';
import { readConfig, toDiagnosticSeverity } from './config';

/** Source shown in the Problems panel. */
export const DIAGNOSTIC_SOURCE = 'Transcript Annotator';

/** The diagnostics of every account of one analysis. */
export function diagnosticsOf(store: AccountStore, analysis: PairAnalysis): [vscode.Uri, vscode.Diagnostic[]][] {
  const out: [vscode.Uri, vscode.Diagnostic[]][] = [];
  for (const account of analysis.accounts) {
    const other = analysis.accounts.find((a) => a !== account);
    const config = readConfig(account.uri).diagnostics;
    const unsupported = toDiagnosticSeverity(config.unsupportedClaims);
    const context = toDiagnosticSeverity(config.contextClaims);
    const fidelity = toDiagnosticSeverity(config.quoteFidelity);
    const convert = store.converterOf(account);
    const list: vscode.Diagnostic[] = [];
    if (other) {
      const problems = findClaimProblems({ set: analysis.set, docId: account.docId, otherName: basename(other.uri), fidelityThreshold: config.quoteFidelityThreshold });
      for (const p of problems) {
        const severity = p.code === 'unsupported-claim' ? unsupported : p.code === 'context-claim' ? context : fidelity;
        if (severity === undefined) continue;
        const d = new vscode.Diagnostic(convert.rangeOf(p.range), p.message, severity);
        d.source = DIAGNOSTIC_SOURCE;
        d.code = p.code;
        if (p.related) {
          d.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(other.uri, store.converterOf(other).rangeOf(p.related)), `What ${basename(other.uri)} says`)];
        }
        list.push(d);
      }
    }
    out.push([account.uri, list]);
  }
  return out;
}

/** Registers the diagnostics publisher. */
export function registerDiagnostics(store: AccountStore, log: vscode.LogOutputChannel): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('transcriptAnnotator');
  /** The analysis each file's problems were last published from: the same one again is not republished. */
  const publishedFrom = new Map<string, PairAnalysis>();
  const refresh = (uris: readonly vscode.Uri[]) => {
    for (const uri of uris) {
      const analysis = store.peek(uri);
      if (!analysis) {
        if (!store.isAccount(uri)) {
          collection.delete(uri);
          publishedFrom.delete(uri.toString());
        }
        continue;
      }
      // Every account this analysis is the own one of (a transcript may pair elsewhere) and whose problems came from another.
      const targets = analysis.accounts.filter((a) => (a.uri.toString() === uri.toString() || store.peek(a.uri) === analysis) && publishedFrom.get(a.uri.toString()) !== analysis);
      if (targets.length === 0) continue;
      for (const [target, list] of diagnosticsOf(store, analysis)) {
        if (!targets.some((a) => a.uri.toString() === target.toString())) continue;
        collection.set(target, list);
        publishedFrom.set(target.toString(), analysis);
        const count = (code: string) => list.filter((d) => d.code === code).length;
        if (list.length) log.info(`problems of ${basename(target)}: ${count('unsupported-claim')} unsupported, ${count('quote-fidelity')} quote fidelity, ${count('context-claim')} context`);
      }
    }
  };
  return vscode.Disposable.from(
    collection,
    store.onDidChange((e) => refresh(e.uris)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('transcriptAnnotator.diagnostics')) {
        publishedFrom.clear();
        const uris: vscode.Uri[] = [];
        collection.forEach((u) => uris.push(u));
        refresh(uris);
      }
    }),
  );
}
