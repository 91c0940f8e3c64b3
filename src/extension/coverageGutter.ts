/**
 * Gutter marks on a transcript that two or more paired reports of its folder render: at
 * the first line of each sentence some report renders, the number of reports that do
 * (coverageGutterIcon.ts), and a mark in the overview ruler, so the editor shows at a
 * glance which passages were reported and how widely. `transcriptAnnotator.coverage.gutter`
 * switches them off. Data from eventCoverage.ts.
 */
import * as vscode from 'vscode';
import type { AccountStore } from './accountStore';
import { gutterIconUri } from './coverageGutterIcon';
import type { EventCoverageIndex } from './eventCoverage';

/** Paints the coverage marks of visible transcript editors. */
export class CoverageGutter implements vscode.Disposable {
  readonly #store: AccountStore;
  readonly #events: EventCoverageIndex;
  /** One decoration type per `count/total`, made on first use. */
  readonly #types = new Map<string, vscode.TextEditorDecorationType>();
  readonly #subscriptions: vscode.Disposable[];
  #generation = 0;

  constructor(store: AccountStore, events: EventCoverageIndex) {
    this.#store = store;
    this.#events = events;
    this.#subscriptions = [
      events.onDidChange(() => this.#refresh()),
      store.onDidChange(() => this.#refresh()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.#refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('transcriptAnnotator.coverage.gutter')) this.#refresh();
      }),
    ];
    this.#refresh();
  }

  dispose(): void {
    for (const d of this.#subscriptions) d.dispose();
    for (const t of this.#types.values()) t.dispose();
    this.#types.clear();
  }

  #type(count: number, total: number): vscode.TextEditorDecorationType {
    const key = `${count}/${total}`;
    let type = this.#types.get(key);
    if (!type) {
      type = vscode.window.createTextEditorDecorationType({
        gutterIconPath: vscode.Uri.parse(gutterIconUri(count, total)),
        gutterIconSize: 'contain',
        overviewRulerLane: vscode.OverviewRulerLane.Left,
        overviewRulerColor: count === total ? 'rgba(55, 148, 255, 0.9)' : 'rgba(55, 148, 255, 0.45)',
      });
      this.#types.set(key, type);
    }
    return type;
  }

  #refresh(): void {
    const generation = ++this.#generation;
    for (const editor of vscode.window.visibleTextEditors) void this.#paint(editor, generation);
  }

  async #paint(editor: vscode.TextEditor, generation: number): Promise<void> {
    const document = editor.document;
    const enabled = vscode.workspace.getConfiguration('transcriptAnnotator', document.uri).get<boolean>('coverage.gutter') !== false;
    const event = enabled && this.#store.roleOf(document.uri) === 'transcript' ? await this.#events.eventOf(document.uri) : undefined;
    if (generation !== this.#generation) return;
    const ranges = new Map<string, vscode.Range[]>();
    if (event && event.coverage.outlets.length >= 2 && event.transcript.text === document.getText()) {
      const convert = this.#store.converterOf(event.transcript);
      const total = event.coverage.outlets.length;
      for (const s of event.coverage.sentences) {
        if (s.outlets === 0) continue;
        const key = `${s.outlets}/${total}`;
        this.#type(s.outlets, total);
        const list = ranges.get(key) ?? [];
        list.push(convert.caretAt(s.start));
        ranges.set(key, list);
      }
    }
    // Every known type is set, so marks of an earlier state are cleared.
    for (const [key, type] of this.#types) editor.setDecorations(type, ranges.get(key) ?? []);
  }
}

/** Registers the coverage gutter marks. */
export function registerCoverageGutter(store: AccountStore, events: EventCoverageIndex): vscode.Disposable {
  return new CoverageGutter(store, events);
}
