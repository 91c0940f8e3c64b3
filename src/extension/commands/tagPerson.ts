/**
 * Command `transcriptAnnotator.tagPerson`: tags the selection (or the word at the cursor)
 * as a mention of a person chosen from the known persons, or a new one. Replaces an
 * automatic person or country mention of the same span (a retag).
 */
import * as vscode from 'vscode';
import type { AccountStore } from '../accountStore';
import type { HandAnnotationLayer } from '../handAnnotations';
import { editorAccount, newHandId, now, pickPerson, quoteOf, reportOutcome, selectedSpan, targetInAccount } from './handCommandSupport';

/** Registers Tag Selection as Person…. */
export function registerTagPerson(store: AccountStore, layer: HandAnnotationLayer): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.tagPerson', async () => {
    const found = await editorAccount(store, 'select the name of a person');
    if (!found) return;
    const { editor, view } = found;
    const range = selectedSpan(editor);
    if (!range) {
      void vscode.window.showInformationMessage('Select the name of a person (or put the cursor in it), then run “Tag Selection as Person…” again.');
      return;
    }
    const surface = view.account.text.slice(range.start, range.end);
    const name = await pickPerson(view.analysis.set, `Tag ${quoteOf(view.account.text, range)} as person`, surface);
    if (!name) return;
    const outcome = await layer.edit(
      view.account.uri,
      { add: [{ id: newHandId(), created: now(), action: 'tag', kind: 'person', entity: name, target: targetInAccount(view, range) }] },
      `tag ${quoteOf(view.account.text, range)} as ${name}`,
    );
    reportOutcome(layer, outcome, `Tagged ${quoteOf(view.account.text, range)} as person ${name}`);
  });
}
