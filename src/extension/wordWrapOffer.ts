/**
 * Offers word wrap when a prose account in plain text or Markdown opens with word wrap
 * off (wordWrapAdvice.ts decides): once per language per session, never again after
 * "Don't Ask Again", never with `transcriptAnnotator.offerWordWrap` off. "Turn On for …"
 * sets `editor.wordWrap` for that language in the user settings; "This Editor" wraps the
 * editor alone.
 */
import * as vscode from 'vscode';
import type { AccountStore } from './accountStore';
import { CONFIG_SECTION } from './config';
import { shouldOfferWordWrap, WRAP_LANGUAGES, wordWrapMessage } from './wordWrapAdvice';

/** The globalState key of the languages declined for good. */
const DECLINED_KEY = 'wordWrapDeclined';

/** Registers the offer; it follows the active editor and the account verdicts. */
export function registerWordWrapOffer(context: vscode.ExtensionContext, store: AccountStore, log: vscode.LogOutputChannel): vscode.Disposable {
  const asked = new Set<string>(context.globalState.get<string[]>(DECLINED_KEY) ?? []);

  const consider = () => {
    const editor = vscode.window.activeTextEditor;
    const doc = editor?.document;
    if (!editor || !doc || !store.isAccount(doc.uri)) return;
    const wordWrap = vscode.workspace.getConfiguration('editor', doc).get<string>('wordWrap');
    const offer = vscode.workspace.getConfiguration(CONFIG_SECTION, doc).get<boolean>('offerWordWrap') !== false;
    if (!shouldOfferWordWrap({ languageId: doc.languageId, wordWrap, text: () => doc.getText(), offer, asked })) return;
    const languageId = doc.languageId;
    asked.add(languageId);
    const forLanguage = `Turn On for ${WRAP_LANGUAGES[languageId]}`;
    const thisEditor = 'This Editor Only';
    const never = "Don't Ask Again";
    log.info(`offered word wrap for ${languageId}`);
    void vscode.window.showInformationMessage(wordWrapMessage(languageId), forLanguage, thisEditor, never).then(async (choice) => {
      if (choice === forLanguage) {
        await vscode.workspace.getConfiguration('editor', { languageId }).update('wordWrap', 'on', vscode.ConfigurationTarget.Global, true);
        log.info(`word wrap on for ${languageId}`);
      } else if (choice === thisEditor) {
        await vscode.window.showTextDocument(editor.document, editor.viewColumn);
        await vscode.commands.executeCommand('editor.action.toggleWordWrap');
      } else if (choice === never) {
        await context.globalState.update(DECLINED_KEY, [...new Set([...(context.globalState.get<string[]>(DECLINED_KEY) ?? []), languageId])]);
      }
    });
  };

  return vscode.Disposable.from(vscode.window.onDidChangeActiveTextEditor(consider), store.onDidChange(consider));
}
