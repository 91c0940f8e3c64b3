/**
 * The coverage view (webview view `transcriptAnnotator.coverage`, in the side bar beside
 * the cross-references): the event of the active transcript (or of the active report's
 * transcript) as a matrix, turns and sentences down the side, reports across
 * (src/webview/coverageView.ts draws it). Clicking a cell opens the transcript and that
 * report side by side with both passages selected.
 *
 * Messages both ways are the typed unions of src/shared/coverageProtocol.ts; everything
 * received is validated before use. The whole view of the event shown is kept here; the
 * webview gets its head first and asks for more rows and quotes as it needs them
 * (src/shared/coveragePages.ts). The view reports how long it took to draw the head
 * (`rendered`); the time from the event's analysis to the end of drawing is logged as
 * "coverage view: … ms after analysis" (the e2e test reads it).
 */
import * as vscode from 'vscode';
import { answerCoverageRequest, coverageHead } from '../shared/coveragePages';
import { checkFromCoverage, type CoverageCommand, type FromCoverage, type ToCoverage } from '../shared/coverageProtocol';
import { coverageViewSource, type CoverageViewSource } from '../shared/coverageView';
import type { AccountSnapshot, AccountStore } from './accountStore';
import { basename } from './accountStore';
import type { EventCoverageIndex, TranscriptEvent } from './eventCoverage';
import { PanelPageHost } from './panelHtml';

/** The view id declared in package.json. */
export const COVERAGE_VIEW = 'transcriptAnnotator.coverage';

/** Commands the view's buttons may run, by the view's name for them. */
const COMMAND_IDS: Readonly<Record<CoverageCommand, string>> = {
  addToEvent: 'transcriptAnnotator.addToEvent',
  exportCoverageReport: 'transcriptAnnotator.exportCoverageReport',
};

/** The provider of the coverage view. One per extension activation. */
export class CoveragePanel implements vscode.WebviewViewProvider, vscode.Disposable {
  readonly #store: AccountStore;
  readonly #events: EventCoverageIndex;
  readonly #log: vscode.LogOutputChannel;
  readonly #subscriptions: vscode.Disposable[] = [];
  readonly #page: PanelPageHost<ToCoverage>;
  /** The transcript whose event is shown (or asked for). */
  #transcript: vscode.Uri | undefined;
  #event: TranscriptEvent | undefined;
  /** The shown event's view (the webview asks for its rows and quotes by `id`), how long building it took and the size of its head (for the log). */
  #built: { readonly ms: number; readonly view: CoverageViewSource; readonly id: number; readonly headChars: number } | undefined;
  #headId = 0;
  #generation = 0;
  /** The file made active while no view listened. */
  #pending: vscode.Uri | undefined;
  /** The file a refresh is analysing (not yet known as the transcript shown or not). */
  #resolving: vscode.Uri | undefined;

  constructor(extensionUri: vscode.Uri, store: AccountStore, events: EventCoverageIndex, log: vscode.LogOutputChannel) {
    this.#store = store;
    this.#events = events;
    this.#page = new PanelPageHost(extensionUri, (m) => this.#receive(m), { script: 'coverage.js', style: 'coverage.css', title: 'Coverage' });
    this.#log = log;
    this.#subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && editor.document.uri.scheme !== 'output') void this.refresh(editor.document.uri);
      }),
      events.onDidChange(() => void this.refresh()),
      store.onDidChange((e) => {
        // A report joined or left: the event of the transcript shown is rebuilt by the index (its onDidChange).
        if (!this.#event && this.#transcript && e.uris.some((u) => u.toString() === this.#transcript!.toString())) void this.refresh();
      }),
    );
  }

  dispose(): void {
    this.#page.dispose();
    for (const d of this.#subscriptions.splice(0)) d.dispose();
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.#page.attach(view);
  }

  /** Shows the view with the event of `uri` (a transcript or one of its reports; default: the active editor's). */
  async show(uri?: vscode.Uri): Promise<void> {
    if (uri) this.#transcript = undefined;
    await vscode.commands.executeCommand(`${COVERAGE_VIEW}.focus`);
    await this.refresh(uri ?? vscode.window.activeTextEditor?.document.uri);
  }

  /** Shows the event of `uri` (default: the one shown). */
  async refresh(uri?: vscode.Uri): Promise<void> {
    const generation = ++this.#generation;
    // No view listening (never opened, or hidden): remember the file; "ready" shows it.
    if (!this.#page.view || !this.#page.ready) {
      if (uri) this.#pending = uri;
      return;
    }
    // A refresh of the event shown (an event was built or changed) while a file made active is
    // still being analysed carries that file on: it supersedes the earlier refresh, which stops.
    uri ??= this.#resolving;
    let transcript = this.#transcript;
    if (uri) {
      this.#resolving = uri;
      await this.#store.analyse(uri).catch(() => undefined);
      if (generation !== this.#generation) return;
      this.#resolving = undefined;
      const role = this.#store.roleOf(uri);
      const candidate = role === 'transcript' ? uri : role === 'report' ? this.#store.counterpartOf(uri) : undefined;
      // A file that is no account (or an unpaired report) keeps the event shown.
      if (candidate && this.#store.roleOf(candidate) !== 'report') transcript = candidate;
      else if (!transcript) {
        this.#post({ type: 'empty', reason: 'noTranscript', detail: `${basename(uri)} is not a transcript, nor a report paired with one.` });
        return;
      }
    }
    if (!transcript) {
      this.#post({ type: 'empty', reason: 'noTranscript', detail: '' });
      return;
    }
    this.#transcript = transcript;
    const peeked = this.#events.peek(transcript);
    if (!peeked) this.#post({ type: 'empty', reason: 'analysing', detail: `Cross-referencing the reports of ${basename(transcript)}…` });
    let event: TranscriptEvent | undefined;
    try {
      event = peeked ?? (await this.#events.eventOf(transcript));
    } catch (e) {
      this.#log.error(`coverage view: the event of ${transcript.toString()} failed: ${(e as Error).stack ?? String(e)}`);
      if (generation === this.#generation) this.#post({ type: 'empty', reason: 'failed', detail: `Analysing the event of ${basename(transcript)} failed: ${(e as Error).message}` });
      return;
    }
    if (generation !== this.#generation) return;
    if (!event) {
      this.#event = undefined;
      this.#post({ type: 'empty', reason: 'noEvent', detail: `No report is paired with ${basename(transcript)}: put reports in its folder, or run Add Report to Event….` });
      return;
    }
    // The event shown, unchanged and still on screen (no "analysing" posted over it): nothing to send.
    if (peeked && event === this.#event && this.#built) return;
    this.#show(event);
  }

  #show(event: TranscriptEvent): void {
    const started = Date.now();
    // Built as asked for: the head's rows now, the others when the view scrolls to them.
    const view = coverageViewSource({ coverage: event.coverage, set: event.set, texts: event.texts, event: event.name });
    const id = ++this.#headId;
    const head = coverageHead(view, id);
    const ms = Date.now() - started;
    this.#event = event;
    const message: ToCoverage = { type: 'coverage', view: head, sentAt: Date.now() };
    this.#post(message);
    this.#built = { ms, view, id, headChars: JSON.stringify(message).length };
  }

  #receive(raw: unknown): void {
    const checked = checkFromCoverage(raw);
    if (!checked.ok) {
      this.#log.warn(`coverage view: ignored a malformed message (${checked.error})`);
      return;
    }
    const message: FromCoverage = checked.value;
    switch (message.type) {
      case 'ready':
        this.#page.markReady();
        this.#built = undefined;
        this.#event = undefined;
        void this.refresh(this.#pending ?? (this.#transcript ? undefined : vscode.window.activeTextEditor?.document.uri));
        this.#pending = undefined;
        break;
      case 'reveal':
        void this.#reveal(message.kind, message.index, message.outlet).catch((e) => {
          this.#log.error(`coverage view: revealing failed: ${(e as Error).stack ?? String(e)}`);
          void vscode.window.showErrorMessage(`Could not open the passages of this cell: ${(e as Error).message}`);
        });
        break;
      case 'command':
        void vscode.commands.executeCommand(COMMAND_IDS[message.command], this.#transcript);
        break;
      case 'rows':
      case 'quotes': {
        // A request about a view no longer shown gets no answer (the webview has dropped that view too).
        const answer = this.#built && answerCoverageRequest(this.#built.view, this.#built.id, message);
        if (answer) this.#post(answer);
        break;
      }
      case 'rendered': {
        const built = this.#built?.ms ?? 0;
        const head = this.#built ? `, first message ${Math.round(this.#built.headChars / 1000)} KB` : '';
        this.#log.info(
          `coverage view: ${Math.round(built + message.sinceSent)} ms after analysis (view built in ${built} ms, drawn in ${Math.round(message.ms)} ms) for ${message.rows} rows × ${message.outlets} reports, ${message.cells} cells drawn${head}`,
        );
        break;
      }
    }
  }

  /** Opens the transcript and the outlet's report side by side, each passage of the cell selected. */
  async #reveal(kind: 'turn' | 'sentence', index: number, outletIndex: number): Promise<void> {
    const event = this.#event;
    const coverage = event?.coverage;
    const outlet = coverage?.outlets[outletIndex];
    if (!event || !coverage || !outlet) return;
    // The transcript's passage: the sentence, or the whole turn; the report's: the cell's best link
    // (for a turn, the best link of its sentences in that outlet, first in transcript order).
    let transcriptRange: { start: number; end: number } | undefined;
    let link;
    if (kind === 'sentence') {
      const s = coverage.sentences[index];
      transcriptRange = s;
      link = s?.cells[outletIndex]?.best;
    } else {
      const turn = coverage.turns[index];
      transcriptRange = turn;
      const rendering = turn?.cells[outletIndex]?.rendering;
      link = turn?.sentences.map((i) => coverage.sentences[i]!.cells[outletIndex]!).find((c) => c.rendering === rendering && c.best)?.best;
    }
    if (!transcriptRange) return;
    const transcript = event.transcript;
    const report = this.#accountOf(event, outlet.uri);
    const reportColumn = columnOf(vscode.Uri.parse(outlet.uri));
    const transcriptColumn = columnOf(transcript.uri) ?? (reportColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    await this.#select(transcript, link ? link.transcript : transcriptRange, transcriptColumn);
    const otherColumn = reportColumn && reportColumn !== transcriptColumn ? reportColumn : transcriptColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
    if (report && link) await this.#select(report, link.report, otherColumn);
    else await vscode.window.showTextDocument(vscode.Uri.parse(outlet.uri), { viewColumn: otherColumn, preserveFocus: true, preview: false });
  }

  #accountOf(event: TranscriptEvent, uri: string): AccountSnapshot | undefined {
    for (const p of event.pairs) {
      const found = p.accounts.find((a) => a.uri.toString() === uri);
      if (found) return found;
    }
    return undefined;
  }

  async #select(account: AccountSnapshot, range: { readonly start: number; readonly end: number }, column: vscode.ViewColumn): Promise<void> {
    const selection = this.#store.converterOf(account).rangeOf(range);
    const editor = await vscode.window.showTextDocument(account.uri, { viewColumn: column, selection, preserveFocus: true, preview: false });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Sends a message once the view listens; before that, "ready" triggers a full update. */
  #post(message: ToCoverage): void {
    this.#page.post(message);
  }
}

/** The column where `uri` is visible, if it is. */
function columnOf(uri: vscode.Uri): vscode.ViewColumn | undefined {
  return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString())?.viewColumn;
}

/** Registers the coverage view and the Show Coverage command. */
export function registerCoveragePanel(context: vscode.ExtensionContext, store: AccountStore, events: EventCoverageIndex, log: vscode.LogOutputChannel): vscode.Disposable {
  const panel = new CoveragePanel(context.extensionUri, store, events, log);
  return vscode.Disposable.from(
    panel,
    vscode.window.registerWebviewViewProvider(COVERAGE_VIEW, panel),
    vscode.commands.registerCommand('transcriptAnnotator.showCoverage', (arg?: unknown) => panel.show(arg instanceof vscode.Uri ? arg : undefined)),
  );
}
