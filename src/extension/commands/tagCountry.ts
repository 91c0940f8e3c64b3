/**
 * Command `transcriptAnnotator.tagCountry`: tags the selection (or the word at the
 * cursor) as a mention of a country chosen from the countries of the accounts, or any
 * country with its ISO code. Replaces an automatic mention of the same span (a retag).
 */
import * as vscode from 'vscode';
import type { AccountStore } from '../accountStore';
import type { HandAnnotationLayer } from '../handAnnotations';
import { editorAccount, newHandId, now, pickCountry, quoteOf, reportOutcome, selectedSpan, targetInAccount } from './handCommandSupport';

/** Registers Tag Selection as Country…. */
export function registerTagCountry(store: AccountStore, layer: HandAnnotationLayer): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.tagCountry', async () => {
    const found = await editorAccount(store, 'select the name of a country');
    if (!found) return;
    const { editor, view } = found;
    const range = selectedSpan(editor);
    if (!range) {
      void vscode.window.showInformationMessage('Select a country name, demonym or capital (or put the cursor in it), then run “Tag Selection as Country…” again.');
      return;
    }
    const country = await pickCountry(view.analysis.set, view.account.text.slice(range.start, range.end));
    if (!country) return;
    const outcome = await layer.edit(
      view.account.uri,
      { add: [{ id: newHandId(), created: now(), action: 'tag', kind: 'country', entity: country.name, iso: country.iso, target: targetInAccount(view, range) }] },
      `tag ${quoteOf(view.account.text, range)} as ${country.name}`,
    );
    reportOutcome(layer, outcome, `Tagged ${quoteOf(view.account.text, range)} as country ${country.name} (${country.iso})`);
  });
}
