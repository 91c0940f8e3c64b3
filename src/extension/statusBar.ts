/**
 * The status-bar item of the active account: "transcript.txt ↔ news.txt" (or "no pair"),
 * opening the side panel, with the colour legend in its hover; and the `transcriptAnnotator.isAccount` context key that menus
 * and keybindings use.
 */
import * as vscode from 'vscode';
import type { AccountStore } from './accountStore';
import { basename } from './accountStore';
import type { EventCoverageIndex } from './eventCoverage';
import { statusBarContent } from './statusBarContent';
import { legendMarkdown, resolveLegendStyles } from './tokenLegend';

/** The colour legend for the active theme (the `workbench.colorTheme` setting holds its id or label). */
function currentLegend(): string {
  const theme = vscode.workspace.getConfiguration('workbench').get<string>('colorTheme');
  const customizations = vscode.workspace.getConfiguration('editor').get('semanticTokenColorCustomizations');
  return legendMarkdown(resolveLegendStyles(customizations, theme ? [theme] : []));
}

/** The context key set while the active editor shows an account. */
export const IS_ACCOUNT_CONTEXT = 'transcriptAnnotator.isAccount';

/** Registers the status-bar item and the context key; both follow the active editor and the store. */
export function registerStatusBar(store: AccountStore, events?: EventCoverageIndex): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('transcriptAnnotator.pair', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Transcript Annotator: pair';
  item.command = 'transcriptAnnotator.showCrossReferences';
  let lastContext: boolean | undefined;

  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    const isAccount = !!doc && store.isAccount(doc.uri);
    if (isAccount !== lastContext) {
      lastContext = isAccount;
      void vscode.commands.executeCommand('setContext', IS_ACCOUNT_CONTEXT, isAccount);
    }
    if (!doc || !isAccount) {
      item.hide();
      return;
    }
    const role = store.roleOf(doc.uri);
    const other = store.counterpartOf(doc.uri);
    const analysis = store.peek(doc.uri);
    const crossReferences = analysis?.set.crossReferences.length ?? 0;
    const unmatched = analysis?.set.unmatched ?? [];
    const unsupported = unmatched.filter((u) => u.reason === 'unsupported').length;
    const context = unmatched.length - unsupported;
    // The event: of this transcript, or of this report's transcript (once built; no work here).
    const transcript = role === 'transcript' ? doc.uri : other;
    const built = transcript && events?.peek(transcript);
    const event = built ? { transcript: basename(transcript), reports: built.pairs.map((p) => basename(p.accounts.find((a) => a.role === 'report')!.uri)), name: built.name } : undefined;
    const content = statusBarContent({ name: basename(doc.uri), role, other: other && basename(other), crossReferences, unsupported, context, legend: currentLegend(), ...(event ? { event } : {}) });
    item.text = content.text;
    const tooltip = new vscode.MarkdownString(content.tooltip.markdown);
    tooltip.supportThemeIcons = false;
    // The legend's coloured spans; file names are escaped (statusBarContent.ts), so only our HTML is there.
    tooltip.supportHtml = true;
    item.tooltip = tooltip;
    item.accessibilityInformation = { label: `Transcript Annotator: ${content.label}` };
    item.show();
  };

  const onEditor = (editor: vscode.TextEditor | undefined) => {
    update();
    // The verdict may not be known yet: analyse, then update (through onDidChange).
    // Then the event of a transcript (the update comes through the index's onDidChange).
    if (editor) {
      void store.analyse(editor.document.uri).then(() => {
        update();
        if (events && store.roleOf(editor.document.uri) === 'transcript') void events.eventOf(editor.document.uri);
      }, () => undefined);
    }
  };
  onEditor(vscode.window.activeTextEditor);
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(onEditor),
    store.onDidChange(update),
    events ? events.onDidChange(update) : new vscode.Disposable(() => undefined),
    // The legend follows the theme and the colour settings.
    vscode.window.onDidChangeActiveColorTheme(update),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('editor.semanticTokenColorCustomizations') || e.affectsConfiguration('workbench.colorTheme')) update();
    }),
  );
}
