/**
 * Command `transcriptAnnotator.goToCounterpart`: from a claim (the cursor, or the
 * `{uri, offset}` a hover passes), open its counterpart passage in the other account
 * beside; several counterparts → a quick pick; no claim there → open the other account.
 */
import * as vscode from 'vscode';
import type { AccountStore } from '../accountStore';
import { basename } from '../accountStore';
import { viewOfAnalysis } from '../accountView';
import { linksAt } from '../counterpartDefinition';
import { truncate } from '../markdownText';
import { placeFromArgs, revealRange } from './accountArgs';

/** Registers Go to Counterpart. */
export function registerGoToCounterpart(store: AccountStore): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.goToCounterpart', async (arg?: unknown) => {
    const place = placeFromArgs(arg);
    if (!place) {
      void vscode.window.showInformationMessage('Open an account and put the cursor in a claim, then run “Go to Counterpart” again.');
      return;
    }
    const analysis = await store.analyse(place.uri);
    const view = analysis && viewOfAnalysis(store, analysis, place.uri);
    if (!view) {
      void vscode.window.showInformationMessage(`${basename(place.uri)} is not annotated. Run “Annotate Current File” first.`);
      return;
    }
    if (!view.other) {
      void vscode.window.showInformationMessage(`${basename(place.uri)} has no counterpart yet. Run “Pair with Other Account…” to choose the other account.`);
      return;
    }
    const other = view.other;
    const otherConvert = store.converterOf(other);
    const links = place.offset === undefined ? [] : linksAt(view, place.offset);
    if (links.length === 0) {
      await vscode.window.showTextDocument(other.uri, { viewColumn: vscode.ViewColumn.Beside });
      if (place.offset !== undefined) void vscode.window.setStatusBarMessage(`No counterpart passage at the cursor: opened ${basename(other.uri)}.`, 4000);
      return;
    }
    let chosen = links[0]!;
    if (links.length > 1) {
      const picked = await vscode.window.showQuickPick(
        links.map((l) => ({
          label: truncate(other.text.slice(l.there.start, l.there.end), 90),
          description: `${l.reference.match} · score ${l.reference.score.toFixed(2)}`,
          link: l,
        })),
        { title: `Counterparts in ${basename(other.uri)}` },
      );
      if (!picked) return;
      chosen = picked.link;
    }
    await revealRange(other.uri, otherConvert.rangeOf(chosen.there));
  });
}
