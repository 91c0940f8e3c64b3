/**
 * Command `transcriptAnnotator.compareReviewers` ("Compare with Another Reviewer's
 * Annotations…"): reads another reviewer's sidecar of the active account (a file the
 * user picks, e.g. from a colleague's branch; only read), compares it with ours over the
 * same automatic layer (`ReviewerComparison`: Cohen's κ and raw agreement per kind, also
 * written to the output channel with every disagreement) and shows the comparison in the
 * Cross-References panel, where each disagreement is resolved: keep ours, or take theirs
 * (written to our sidecar, one undo step each).
 */
import * as vscode from 'vscode';
import type { HandAnnotation } from '../../core/index';
import { createSidecarCodec } from '../../core/index';
import { SidecarError } from '../../core/index';
import { AGREEMENT_KINDS } from '../../core/index';
import { decodeUtf8 } from '../../shared/textBytes';
import type { AccountStore } from '../accountStore';
import { basename } from '../accountStore';
import { agreementLine, disagreementLine } from '../agreementText';
import type { HandAnnotationLayer } from '../handAnnotations';
import { editorAccount } from './handCommandSupport';

/** The view the comparison is shown in (package.json). */
const PANEL_FOCUS = 'transcriptAnnotator.crossReferences.focus';

/** Registers Compare with Another Reviewer's Annotations…. */
export function registerCompareReviewers(store: AccountStore, layer: HandAnnotationLayer): vscode.Disposable {
  const output = vscode.window.createOutputChannel('Transcript Annotator: Reviewers');
  const command = vscode.commands.registerCommand('transcriptAnnotator.compareReviewers', async (arg?: unknown) => {
    const found = await editorAccount(store, 'open the account both reviewers annotated');
    if (!found) return;
    const account = found.view.account;
    const given = typeof (arg as { file?: unknown } | undefined)?.file === 'string' ? vscode.Uri.parse((arg as { file: string }).file) : undefined;
    const file =
      given ??
      (await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Compare', title: `Another reviewer's sidecar of ${basename(account.uri)}`, defaultUri: vscode.Uri.joinPath(account.uri, '..'), filters: { 'Sidecar (.annotations.json)': ['json'] } }))?.[0];
    if (!file) return;
    let theirs: readonly HandAnnotation[];
    try {
      const decoded = decodeUtf8(await vscode.workspace.fs.readFile(file));
      if ('invalidAt' in decoded) throw new SidecarError('corrupt', `${basename(file)} is not UTF-8 text.`);
      theirs = createSidecarCodec().parse(decoded.text, basename(file)).annotations;
    } catch (e) {
      // The reader's first sentence says what is wrong (the rest is about loading one's own sidecar).
      const reason = (e as Error).message.split(/(?<=\.) /)[0];
      void vscode.window.showErrorMessage(`${basename(file)} cannot be compared: ${reason} Choose another reviewer's sidecar (a .annotations.json file) of ${basename(account.uri)}.`);
      return;
    }
    const them = creatorOf(theirs) ?? basename(file);
    const result = layer.reviewers.compare(account.uri, theirs, them);
    if (!result) {
      void vscode.window.showInformationMessage(`${basename(account.uri)} changed while reading; run the command again.`);
      return;
    }
    const texts = new Map(found.view.analysis.accounts.map((a) => [a.uri.toString(), a.text]));
    output.appendLine(`Agreement on ${basename(account.uri)}: ours vs ${them} (${basename(file)})`);
    for (const kind of AGREEMENT_KINDS) {
      output.appendLine(`  ${agreementLine(kind, result[kind])}`);
      for (const d of result[kind].disagreements) output.appendLine(`    ${disagreementLine(d, (u) => texts.get(u))}`);
    }
    await vscode.commands.executeCommand(PANEL_FOCUS);
    const count = AGREEMENT_KINDS.reduce((n, k) => n + result[k].disagreements.length, 0);
    const message = count === 0 ? `You and ${them} annotated ${basename(account.uri)} alike.` : `${count} disagreement(s) with ${them} are listed in the Cross-References panel: keep yours or take theirs, item by item.`;
    void vscode.window.showInformationMessage(message, 'Show Agreement').then((c) => c && output.show());
  });
  return vscode.Disposable.from(command, output);
}

/** The creator named most often in `hand`, if any. */
function creatorOf(hand: readonly HandAnnotation[]): string | undefined {
  const counts = new Map<string, number>();
  for (const h of hand) if (h.creator) counts.set(h.creator, (counts.get(h.creator) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
