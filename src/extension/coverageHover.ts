/**
 * A hover on each sentence of a transcript that two or more paired reports of its folder
 * render: how each report renders it (content built in coverageHoverContent.ts). Beside
 * the claim and entity hovers of hover.ts, which speak of one pair.
 */
import * as vscode from 'vscode';
import type { AccountStore } from './accountStore';
import { basename } from './accountStore';
import { buildCoverageHover } from './coverageHoverContent';
import type { EventCoverageIndex } from './eventCoverage';
import { ACCOUNT_SELECTOR } from './semanticTokens';

/** Provides the coverage hover of transcripts. */
export class CoverageHoverProvider implements vscode.HoverProvider {
  readonly #store: AccountStore;
  readonly #events: EventCoverageIndex;

  constructor(store: AccountStore, events: EventCoverageIndex) {
    this.#store = store;
    this.#events = events;
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (this.#store.roleOf(document.uri) !== 'transcript') return undefined;
    const event = await this.#events.eventOf(document.uri, token);
    if (!event || token.isCancellationRequested || event.transcript.text !== document.getText()) return undefined;
    const convert = this.#store.converterOf(event.transcript);
    const result = buildCoverageHover({
      coverage: event.coverage,
      texts: event.texts,
      names: Object.fromEntries(event.set.documents.map((d) => [d.id, basename(vscode.Uri.parse(d.uri))])),
      persons: new Map(event.set.entities.map((e) => [e.id, e.name])),
      offset: convert.offsetAt(position),
      event: event.name,
    });
    if (!result) return undefined;
    const md = new vscode.MarkdownString(result.markdown, false);
    md.supportHtml = false;
    return new vscode.Hover(md, convert.rangeOf(result));
  }
}

/** Registers the coverage hover. */
export function registerCoverageHover(store: AccountStore, events: EventCoverageIndex): vscode.Disposable {
  return vscode.languages.registerHoverProvider(ACCOUNT_SELECTOR, new CoverageHoverProvider(store, events));
}
