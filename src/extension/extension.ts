/**
 * Entry point of the extension in the web extension host, and what the Node entry
 * (./extension.node.ts) runs with worker threads added. Builds the objects the features
 * share, then registers each feature; every registration returns a Disposable owned by
 * the extension context.
 */
import * as vscode from 'vscode';
import { createAnnotationService, type UnitReader } from '../core';
import { AccountStore } from './accountStore';
import { registerCodeLens } from './codeLens';
import { registerAnnotateFile } from './commands/annotateFile';
import { registerGoToCounterpart } from './commands/goToCounterpart';
import { registerNextUnsupported } from './commands/nextUnsupported';
import { registerPairWith } from './commands/pairWith';
import { registerAddToEvent } from './commands/addToEvent';
import { registerRemoveFromEvent } from './commands/removeFromEvent';
import { registerCoveragePanel } from './coveragePanel';
import { registerPreviousUnsupported } from './commands/previousUnsupported';
import { registerReanalyse } from './commands/reanalyse';
import { registerStopAnnotating } from './commands/stopAnnotating';
import { registerCounterpartDefinition } from './counterpartDefinition';
import { registerDiagnostics } from './diagnostics';
import { registerDocumentSymbols } from './documentSymbols';
import { registerHover } from './hover';
import { registerReferences } from './references';
import { registerReviewCodeActions } from './reviewCodeActions';
import { registerSemanticTokens } from './semanticTokens';
import { registerSidePanel } from './sidePanel';
import { registerStatusBar } from './statusBar';
import { registerWordWrapOffer } from './wordWrapOffer';
import { HandAnnotationLayer } from './handAnnotations';
import { registerHandCommands } from './commands/handCommands';
import { registerExportCoverageReport } from './commands/exportCoverageReport';
import { registerCoverageGutter } from './coverageGutter';
import { registerCoverageHover } from './coverageHover';
import { registerCoverageLens } from './coverageLens';
import { EventCoverageIndex } from './eventCoverage';

/** What `activate` returns: the shared store, for tests and for other extensions. */
export interface TranscriptAnnotatorApi {
  readonly store: AccountStore;
}

/** What the host adds: the Node host reads parse units on worker threads. */
export interface ExtensionHost {
  /** Makes the unit reader of the core service (see src/node/workerUnitReader.ts); disposed with the extension. */
  readonly createUnitReader?: (log: vscode.LogOutputChannel) => UnitReader & vscode.Disposable;
}

/** Web extension host: the core reads in the extension host's own thread. */
export function activate(context: vscode.ExtensionContext): TranscriptAnnotatorApi {
  return activateIn(context, {});
}

/** Creates the core service and the account store, then registers every feature. */
export function activateIn(context: vscode.ExtensionContext, host: ExtensionHost): TranscriptAnnotatorApi {
  const started = Date.now();
  const log = vscode.window.createOutputChannel('Transcript Annotator', { log: true });
  context.subscriptions.push(log);
  const unitReader = host.createUnitReader?.(log);
  if (unitReader) context.subscriptions.push(unitReader);
  const service = createAnnotationService({ logger: (m) => log.debug(`core: ${m}`), ...(unitReader ? { unitReader } : {}) });
  const store = new AccountStore(service, log);
  context.subscriptions.push(store);
  // Hand annotations (sidecars) override the automatic layer for every feature; then their commands and export.
  const hand = new HandAnnotationLayer(store, log);
  // Events: a transcript and the reports of its folder paired with it (coverage CodeLens, hover, gutter, status bar, coverage report).
  const events = new EventCoverageIndex(store, hand);
  // Feature registrations, one line per feature (see src/extension/*.ts).
  context.subscriptions.push(
    registerSemanticTokens(store, log),
    registerHover(store),
    registerDocumentSymbols(store),
    registerCounterpartDefinition(store),
    registerReferences(store),
    registerDiagnostics(store, log),
    registerReviewCodeActions(store),
    registerCodeLens(store),
    registerStatusBar(store, events),
    registerWordWrapOffer(context, store, log),
    registerAnnotateFile(store),
    registerStopAnnotating(store),
    registerPairWith(store),
    registerAddToEvent(store),
    registerGoToCounterpart(store),
    registerNextUnsupported(store),
    registerPreviousUnsupported(store),
    registerReanalyse(store),
    registerSidePanel(context, store, hand, log),
  );
  context.subscriptions.push(hand, registerHandCommands(store, hand));
  context.subscriptions.push(events, registerCoverageLens(store, events), registerCoverageHover(store, events), registerCoverageGutter(store, events), registerExportCoverageReport(store, hand, events, String(context.extension.packageJSON?.version ?? '')));
  context.subscriptions.push(registerRemoveFromEvent(store, events), registerCoveragePanel(context, store, events, log));
  log.info(`activated in ${Date.now() - started} ms`);
  return { store };
}

/** Nothing to do: everything is disposed through `context.subscriptions`. */
export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
