/**
 * Command `transcriptAnnotator.removeFromEvent` ("Remove from Event"): from a report, take
 * it out of its transcript's event; from a transcript, pick which of its reports to take
 * out. Works for events found automatically (the folder's reports) as for listed ones:
 * the workspace file remembers the removal (`without`). Arguments from the panel:
 * `{transcript: string, report: string}` (uris).
 */
import * as vscode from 'vscode';
import type { AccountStore } from '../accountStore';
import { basename } from '../accountStore';
import type { EventCoverageIndex } from '../eventCoverage';
import { placeFromArgs } from './accountArgs';

interface ReportItem extends vscode.QuickPickItem {
  readonly uri: vscode.Uri;
}

/** `{transcript, report}` uris given by the panel, else `undefined`. */
function pairFromArgs(arg: unknown): { transcript: vscode.Uri; report: vscode.Uri } | undefined {
  const v = (Array.isArray(arg) ? arg[0] : arg) as { transcript?: unknown; report?: unknown } | undefined;
  if (!v || typeof v !== 'object' || typeof v.transcript !== 'string' || typeof v.report !== 'string') return undefined;
  try {
    return { transcript: vscode.Uri.parse(v.transcript, true), report: vscode.Uri.parse(v.report, true) };
  } catch {
    return undefined;
  }
}

/** Registers Remove from Event. */
export function registerRemoveFromEvent(store: AccountStore, events: EventCoverageIndex): vscode.Disposable {
  return vscode.commands.registerCommand('transcriptAnnotator.removeFromEvent', async (arg?: unknown) => {
    let target = pairFromArgs(arg);
    if (!target) {
      const place = placeFromArgs(arg);
      if (!place) {
        void vscode.window.showInformationMessage('Open the report to take out of its event (or the event\'s transcript), then run “Remove from Event” again.');
        return;
      }
      await store.analyse(place.uri).catch(() => undefined);
      if (store.roleOf(place.uri) === 'transcript') {
        const event = await events.eventOf(place.uri);
        const listed = store.eventEntryOf(place.uri)?.reports ?? [];
        const reports = new Map<string, vscode.Uri>();
        for (const u of [...(event?.pairs.map((p) => p.accounts.find((a) => a.role === 'report')!.uri) ?? []), ...listed]) reports.set(u.toString(), u);
        if (reports.size === 0) {
          void vscode.window.showInformationMessage(`${basename(place.uri)} has no report in its event.`);
          return;
        }
        const items: ReportItem[] = [...reports.values()].map((uri) => ({ uri, label: basename(uri), detail: vscode.workspace.asRelativePath(uri, true) }));
        const picked = await vscode.window.showQuickPick(items, { title: `Remove from the event “${event?.name ?? basename(place.uri)}”`, placeHolder: 'The report to take out of the event' });
        if (!picked) return;
        target = { transcript: place.uri, report: picked.uri };
      } else {
        const transcript = store.counterpartOf(place.uri);
        if (!transcript || store.roleOf(transcript) !== 'transcript') {
          void vscode.window.showInformationMessage(`${basename(place.uri)} is in no event: it is not paired with a transcript.`);
          return;
        }
        target = { transcript, report: place.uri };
      }
    }
    try {
      await store.removeFromEvent(target.transcript, target.report);
    } catch (e) {
      void vscode.window.showErrorMessage((e as Error).message);
      return;
    }
    void vscode.window.showInformationMessage(`Removed ${basename(target.report)} from the event of ${basename(target.transcript)}. “Add Report to Event…” puts it back.`);
  });
}
