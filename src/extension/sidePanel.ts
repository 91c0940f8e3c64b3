/**
 * The cross-reference side panel (webview view `transcriptAnnotator.crossReferences`):
 * shows the pair of the active account, follows edits and pair changes, reveals both
 * passages of a row side by side, and highlights the rows at the cursor of an account.
 *
 * It also lists the pair's orphaned hand annotations (kept in their sidecars, not placed
 * in the current text), from the hand-annotation layer, and updates when they change.
 *
 * Messages both ways are the typed unions of src/shared/panelProtocol.ts; everything
 * received from the panel is validated before use.
 */
import * as vscode from 'vscode';
import { checkFromPanel, type FromPanel, type PanelCommand, type PanelOrphanAction, type PanelRow, type PanelSnapshot, type ToPanel } from '../shared/panelProtocol';
import { buildPanelSnapshot, panelOrphans } from '../shared/panelSnapshot';
import type { AccountSnapshot, AccountStore, PairAnalysis } from './accountStore';
import { basename } from './accountStore';
import type { HandAnnotationLayer } from './handAnnotations';
import { openOrphanInSidecar, removeOrphan } from './orphanActions';
import { lensSections } from './lensSections';
import { registerShowCrossReferences } from './commands/showCrossReferences';
import { PanelPageHost } from './panelHtml';
import { reviewPanelRow } from './panelReview';
import { resolveDisagreement, withComparison } from './reviewerChoice';

/** The view id declared in package.json. */
export const CROSS_REFERENCES_VIEW = 'transcriptAnnotator.crossReferences';

/** Commands the panel's buttons may run, by the panel's name for them. */
const PANEL_COMMAND_IDS: Readonly<Record<PanelCommand, string>> = {
  pairWith: 'transcriptAnnotator.pairWith',
  annotateFile: 'transcriptAnnotator.annotateFile',
  reanalyse: 'transcriptAnnotator.reanalyse',
  showOrphaned: 'transcriptAnnotator.showOrphaned',
};

/** A place in an account to filter the panel to (the Show Cross-References command's argument). */
export interface PanelLocation {
  readonly uri: vscode.Uri;
  readonly offset: number;
}

/** The provider of the panel. One per extension activation. */
export class CrossReferencePanel implements vscode.WebviewViewProvider, vscode.Disposable {
  readonly #store: AccountStore;
  readonly #hand: HandAnnotationLayer;
  readonly #log: vscode.LogOutputChannel;
  readonly #subscriptions: vscode.Disposable[] = [];
  readonly #page: PanelPageHost<ToPanel>;
  /** The account whose pair is shown. */
  #current: vscode.Uri | undefined;
  #analysis: PairAnalysis | undefined;
  #snapshot: PanelSnapshot | undefined;
  #rows = new Map<string, PanelRow>();
  #pendingFilter: PanelLocation | undefined;
  #refresh: vscode.CancellationTokenSource | undefined;

  constructor(extensionUri: vscode.Uri, store: AccountStore, hand: HandAnnotationLayer, log: vscode.LogOutputChannel) {
    this.#store = store;
    this.#hand = hand;
    this.#log = log;
    this.#page = new PanelPageHost(extensionUri, (m) => this.#receive(m));
    this.#current = vscode.window.activeTextEditor?.document.uri;
    this.#subscriptions.push(
      store.onDidChange((e) => {
        const shown = new Set((this.#analysis?.accounts ?? []).map((a) => a.uri.toString()));
        if (this.#current) shown.add(this.#current.toString());
        if (e.uris.some((u) => shown.has(u.toString()))) void this.refresh();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!editor || !isFileLike(editor.document.uri)) return;
        if (this.#isShown(editor.document.uri)) return;
        void this.refresh(editor.document.uri);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => this.#onSelection(e)),
      hand.onDidChange((uris) => {
        if (uris.some((u) => this.#isShown(u))) this.#updateOrphans();
      }),
      // Two reviewers (issue 20): the comparison being resolved.
      hand.reviewers.onDidChange(() => this.#post({ type: 'reviewers', ...withComparison(hand.reviewers.toPanel()) })),
    );
  }

  dispose(): void {
    this.#refresh?.cancel();
    this.#refresh?.dispose();
    this.#page.dispose();
    for (const d of this.#subscriptions.splice(0)) d.dispose();
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.#page.attach(view);
  }

  /**
   * Shows the panel; with `at`, shows the pair of `at.uri` restricted to the rows at
   * `at.offset` and scrolled to them.
   */
  async show(at?: PanelLocation): Promise<void> {
    if (at) {
      this.#pendingFilter = at;
      if (!this.#isShown(at.uri)) this.#current = at.uri;
    }
    await vscode.commands.executeCommand(`${CROSS_REFERENCES_VIEW}.focus`);
    if (this.#page.view) await this.refresh(at?.uri);
  }

  /** Shows the pair of `uri` (default: the account shown, else the active editor's file). */
  async refresh(uri?: vscode.Uri): Promise<void> {
    const target = uri ?? this.#current ?? vscode.window.activeTextEditor?.document.uri;
    if (!this.#page.view) {
      if (uri) this.#current = uri;
      return;
    }
    this.#refresh?.cancel();
    this.#refresh?.dispose();
    const source = (this.#refresh = new vscode.CancellationTokenSource());
    if (!target) {
      this.#showEmpty('noAccount', '');
      return;
    }
    let analysis = this.#store.peek(target);
    if (!analysis) {
      // While the analysis runs: the pair shown so far (a new panel instance must not stay blank), else "analysing".
      if (this.#isShown(target)) this.#postSnapshot();
      else this.#post({ type: 'empty', reason: 'analysing', detail: `Reading ${basename(target)}.` });
      try {
        analysis = await this.#store.analyse(target, source.token);
      } catch (e) {
        this.#log.error(`panel: analysis of ${target.toString()} failed: ${(e as Error).stack ?? String(e)}`);
        if (!source.token.isCancellationRequested) this.#showEmpty('failed', `Analysing ${basename(target)} failed: ${(e as Error).message}`);
        return;
      }
      if (source.token.isCancellationRequested) return;
    }
    if (!analysis) {
      // Not an account: keep showing the pair shown so far, if any.
      if (this.#snapshot && this.#analysis && this.#current && this.#current.toString() !== target.toString()) {
        this.#postSnapshot();
        return;
      }
      this.#current = undefined;
      this.#showEmpty('noAccount', `${basename(target)} does not read as a transcript or a news report. If it is one, run Annotate Current File on it.`);
      return;
    }
    this.#current = target;
    if (analysis.accounts.length < 2) {
      this.#analysis = analysis;
      this.#showEmpty('unpaired', `${basename(target)} is a ${analysis.accounts[0]?.role ?? 'account'} with no counterpart: no other account of the same event was found in its folder.`);
      return;
    }
    this.#showAnalysis(analysis);
  }

  #showAnalysis(analysis: PairAnalysis): void {
    const started = Date.now();
    const built = buildPanelSnapshot({
      set: analysis.set,
      texts: new Map(analysis.accounts.map((a) => [a.uri.toString(), a.text])),
      orphans: analysis.accounts.flatMap((a) => this.#hand.orphansOf(a.uri)),
    });
    if (!built.ok) {
      this.#analysis = analysis;
      this.#showEmpty('failed', built.error);
      return;
    }
    this.#analysis = analysis;
    this.#snapshot = built.snapshot;
    this.#rows = new Map<string, PanelRow>([...built.snapshot.rows, ...built.snapshot.unsupported].map((r) => [r.id, r]));
    this.#log.debug(`panel: snapshot of ${built.snapshot.rows.length} cross-references and ${built.snapshot.unsupported.length} unsupported claims built in ${Date.now() - started} ms`);
    this.#postSnapshot();
  }

  /**
   * The orphaned hand annotations of the pair shown changed (an edit, a sidecar changed
   * on disk, a hand annotation removed): sends the snapshot again with the new list.
   */
  #updateOrphans(): void {
    const snapshot = this.#snapshot;
    if (!snapshot) return;
    const orphans = panelOrphans(
      [snapshot.report.uri, snapshot.transcript.uri].flatMap((u) => this.#hand.orphansOf(vscode.Uri.parse(u))),
      [snapshot.report.uri, snapshot.transcript.uri],
    );
    const same = orphans.length === snapshot.orphans.length && orphans.every((o, i) => o.id === snapshot.orphans[i].id && o.reason === snapshot.orphans[i].reason);
    if (same) return;
    this.#snapshot = { ...snapshot, orphans };
    this.#post({ type: 'snapshot', snapshot: this.#snapshot });
  }

  /** Sends the snapshot, then the pending location filter if it is in this pair. */
  #postSnapshot(): void {
    if (!this.#snapshot || !this.#page.ready) return;
    this.#post({ type: 'snapshot', snapshot: this.#snapshot });
    const filter = this.#pendingFilter;
    if (filter && this.#isShown(filter.uri)) {
      this.#pendingFilter = undefined;
      this.#post(this.#filterMessage(filter));
    } else this.#postCursorOfActiveEditor();
  }

  /**
   * The message restricting the panel to `at`: when `at.offset` opens a paragraph or turn
   * that has a CodeLens, the rows starting in that section (what the lens counted); else
   * the rows whose passage contains the offset (a claim, from a hover).
   */
  #filterMessage(at: PanelLocation): ToPanel {
    const account = this.#analysis && accountOf(this.#analysis, at.uri.toString());
    if (!account || !this.#analysis) return { type: 'cursor', uri: at.uri.toString(), offset: at.offset, filter: true };
    const line = this.#store.converterOf(account).positionAt(at.offset).line + 1;
    const section = lensSections(this.#analysis.set, account.docId, account.text).find((s) => s.start === at.offset);
    const name = basename(account.uri);
    return section
      ? { type: 'cursor', uri: at.uri.toString(), offset: section.start, end: section.end, filter: true, label: `the ${account.role === 'transcript' ? 'turn' : 'paragraph'} at ${name}, line ${line}` }
      : { type: 'cursor', uri: at.uri.toString(), offset: at.offset, filter: true, label: `${name}, line ${line}` };
  }

  #showEmpty(reason: 'noAccount' | 'unpaired' | 'failed', detail: string): void {
    this.#snapshot = undefined;
    this.#rows.clear();
    this.#post({ type: 'empty', reason, detail });
  }

  #receive(raw: unknown): void {
    const checked = checkFromPanel(raw);
    if (!checked.ok) {
      this.#log.warn(`panel: ignored a malformed message from the panel (${checked.error})`);
      return;
    }
    const message: FromPanel = checked.value;
    switch (message.type) {
      case 'ready':
        // A new panel instance (first open, or shown again after being hidden): the pair may
        // have changed while no view listened, so rebuild from the store (cheap when cached).
        this.#page.markReady();
        void this.refresh();
        this.#post({ type: 'reviewers', ...withComparison(this.#hand.reviewers.toPanel()) });
        break;
      case 'reveal':
        void this.#reveal(message.rowId).catch((e) => {
          this.#log.error(`panel: revealing ${message.rowId} failed: ${(e as Error).stack ?? String(e)}`);
          void vscode.window.showErrorMessage(`Could not open the passages of this row: ${(e as Error).message}`);
        });
        break;
      case 'command':
        void vscode.commands.executeCommand(PANEL_COMMAND_IDS[message.command], this.#current);
        break;
      case 'orphan':
        void this.#onOrphan(message.action, message.uri, message.id).catch((e) => {
          this.#log.error(`panel: ${message.action} of the orphaned annotation ${message.id} failed: ${(e as Error).stack ?? String(e)}`);
          void vscode.window.showErrorMessage(`Could not ${message.action} the orphaned hand annotation: ${(e as Error).message}`);
        });
        break;
      case 'review': {
        // Reviews (issue 20): the row of the pair shown, else ignored.
        const row = this.#rows.get(message.rowId);
        if (!row || !this.#analysis) {
          this.#log.warn(`panel: row ${message.rowId} is not in the pair shown (it may have changed); ignored`);
          break;
        }
        void reviewPanelRow(this.#hand, this.#analysis, row, message.on, message.field).catch((e) => {
          this.#log.error(`panel: setting the ${message.field} of ${message.rowId} failed: ${(e as Error).stack ?? String(e)}`);
          void vscode.window.showErrorMessage(`Could not set the ${message.field}: ${(e as Error).message}`);
        });
        break;
      }
      case 'reviewerChoice':
        void resolveDisagreement(this.#hand, message.id, message.take).catch((e) => {
          this.#log.error(`panel: resolving the disagreement ${message.id} failed: ${(e as Error).stack ?? String(e)}`);
          void vscode.window.showErrorMessage(`Could not resolve the disagreement: ${(e as Error).message}`);
        });
        break;
      case 'reviewerClose':
        this.#hand.reviewers.close();
        break;
      case 'metric':
        this.#log.info(`panel ${message.name}: ${message.ms} ms for ${message.rows} rows`);
        break;
    }
  }

  /** Opens or removes an orphan of the pair shown (anything else the panel names is ignored). */
  async #onOrphan(action: PanelOrphanAction, uri: string, id: string): Promise<void> {
    const account = this.#snapshot && [this.#snapshot.report.uri, this.#snapshot.transcript.uri].includes(uri) ? vscode.Uri.parse(uri) : undefined;
    if (!account || !this.#snapshot?.orphans.some((o) => o.id === id && o.uri === uri)) {
      this.#log.warn(`panel: ${id} is not an orphan of the pair shown (it may have changed); ignored`);
      return;
    }
    if (action === 'open') await openOrphanInSidecar(account, id);
    else await removeOrphan(this.#hand, account, id);
  }

  /** Opens both passages of a row side by side, each selected and scrolled into view. */
  async #reveal(rowId: string): Promise<void> {
    const row = this.#rows.get(rowId);
    const analysis = this.#analysis;
    if (!row || !analysis) {
      this.#log.warn(`panel: row ${rowId} is not in the pair shown (it may have changed); ignored`);
      return;
    }
    const report = accountOf(analysis, row.report.uri);
    const transcript = row.kind === 'match' ? accountOf(analysis, row.transcript.uri) : undefined;
    if (!report || (row.kind === 'match' && !transcript)) return;
    const reportColumn = columnOf(report.uri) ?? vscode.ViewColumn.One;
    await this.#select(report, row.report, reportColumn);
    if (row.kind === 'match' && transcript) {
      const other = columnOf(transcript.uri);
      const transcriptColumn = other && other !== reportColumn ? other : reportColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
      await this.#select(transcript, row.transcript, transcriptColumn);
    }
  }

  async #select(account: AccountSnapshot, range: { readonly start: number; readonly end: number }, column: vscode.ViewColumn): Promise<void> {
    const selection = this.#store.converterOf(account).rangeOf(range);
    const editor = await vscode.window.showTextDocument(account.uri, { viewColumn: column, selection, preserveFocus: true, preview: false });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  #onSelection(e: vscode.TextEditorSelectionChangeEvent): void {
    if (!this.#page.view?.visible || !this.#snapshot || !this.#analysis) return;
    const account = accountOf(this.#analysis, e.textEditor.document.uri.toString());
    if (!account || account.version !== e.textEditor.document.version) return;
    const offset = this.#store.converterOf(account).offsetAt(e.selections[0].active);
    this.#post({ type: 'cursor', uri: account.uri.toString(), offset, filter: false });
  }

  #postCursorOfActiveEditor(): void {
    const editor = vscode.window.activeTextEditor;
    if (editor) this.#onSelection({ textEditor: editor, selections: editor.selections, kind: undefined });
  }

  #isShown(uri: vscode.Uri): boolean {
    return !!this.#analysis?.accounts.some((a) => a.uri.toString() === uri.toString());
  }

  /** Sends a message once the panel listens; before that, "ready" triggers a full update. */
  #post(message: ToPanel): void {
    this.#page.post(message);
  }
}

function accountOf(analysis: PairAnalysis, uri: string): AccountSnapshot | undefined {
  return analysis.accounts.find((a) => a.uri.toString() === uri);
}

/** The column where `uri` is visible, if it is. */
function columnOf(uri: vscode.Uri): vscode.ViewColumn | undefined {
  return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString())?.viewColumn;
}

/** Files the panel follows (not output channels, settings UIs, …). */
function isFileLike(uri: vscode.Uri): boolean {
  return uri.scheme === 'file' || uri.scheme === 'untitled' || uri.scheme === 'vscode-remote' || uri.scheme === 'vscode-vfs';
}

/** Registers the panel (which lists `hand`'s orphans of the pair shown) and the Show Cross-References command. */
export function registerSidePanel(context: vscode.ExtensionContext, store: AccountStore, hand: HandAnnotationLayer, log: vscode.LogOutputChannel): vscode.Disposable {
  const panel = new CrossReferencePanel(context.extensionUri, store, hand, log);
  return vscode.Disposable.from(
    panel,
    vscode.window.registerWebviewViewProvider(CROSS_REFERENCES_VIEW, panel),
    registerShowCrossReferences(panel, log),
  );
}
