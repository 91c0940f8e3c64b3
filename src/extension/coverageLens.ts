/**
 * CodeLens above each turn of a transcript that two or more reports are paired with:
 * "reported by 2 of 3 reports", its tooltip saying how each report renders the turn
 * (the best rendering of any of its sentences, as in the coverage report). With one report,
 * the cross-reference CodeLens (codeLens.ts) says it all. Opens the side panel there.
 */
import * as vscode from 'vscode';
import type { AccountStore } from './accountStore';
import { basename } from './accountStore';
import { readConfig } from './config';
import type { EventCoverageIndex } from './eventCoverage';
import { RENDERING_MARKS } from '../shared/coverageMarks';
import { ACCOUNT_SELECTOR } from './semanticTokens';
import { lensChanges, type LensChanges } from './lensChanges';

/** The title of a turn's lens. */
export function coverageLensTitle(outlets: number, total: number): string {
  return `reported by ${outlets === 0 ? 'none' : outlets} of ${total} reports`;
}

/** Provides the coverage CodeLens of transcripts. */
export class CoverageLensProvider implements vscode.CodeLensProvider {
  readonly #store: AccountStore;
  readonly #events: EventCoverageIndex;
  readonly #changes: LensChanges;
  readonly onDidChangeCodeLenses: vscode.Event<void>;

  constructor(store: AccountStore, events: EventCoverageIndex) {
    this.#store = store;
    this.#events = events;
    this.#changes = lensChanges(events.onDidChange);
    this.onDidChangeCodeLenses = this.#changes.event;
  }

  dispose(): void {
    for (const d of this.#changes.disposables) d.dispose();
  }

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[] | undefined> {
    if (!readConfig(document.uri).codeLensEnabled) return [];
    // Only transcripts (known once analysed: the cross-reference lens analyses it first).
    if (this.#store.roleOf(document.uri) !== 'transcript') return [];
    const event = await this.#events.eventOf(document.uri, token);
    if (!event || token.isCancellationRequested || event.transcript.text !== document.getText()) return undefined;
    const { coverage } = event;
    const total = coverage.outlets.length;
    if (total < 2) return [];
    const convert = this.#store.converterOf(event.transcript);
    const nameOf = (id: string) => basename(vscode.Uri.parse(event.set.documents.find((d) => d.id === id)?.uri ?? id));
    return coverage.turns.filter((t) => t.annotation).map((turn) => {
      const tooltip = turn.cells.map((c) => `${nameOf(c.outlet)}: ${RENDERING_MARKS[c.rendering].symbol} ${RENDERING_MARKS[c.rendering].word}${c.sentencesCovered ? ` (${c.sentencesCovered} of ${turn.sentences.length} sentences)` : ''}`).join('\n');
      return new vscode.CodeLens(convert.caretAt(turn.start), {
        title: coverageLensTitle(turn.outlets, total),
        tooltip,
        command: 'transcriptAnnotator.showCrossReferences',
        arguments: [{ uri: document.uri.toString(), offset: turn.start }],
      });
    });
  }
}

/** Registers the coverage CodeLens. */
export function registerCoverageLens(store: AccountStore, events: EventCoverageIndex): vscode.Disposable {
  const provider = new CoverageLensProvider(store, events);
  return vscode.Disposable.from(provider, vscode.languages.registerCodeLensProvider(ACCOUNT_SELECTOR, provider));
}
