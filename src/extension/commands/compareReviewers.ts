/**
 * Command `transcriptAnnotator.compareReviewers` ("Compare with Another Reviewer's
 * Annotations…"): reads another reviewer's sidecar of the active account (a file the
 * user picks, e.g. from a colleague's branch), applies it over the same automatic layer
 * as ours, and shows the agreement per kind (Cohen's κ and raw agreement,
 * `compareReviewers`, also written to the output channel). Then lists the disagreements
 * in a quick pick: the items checked take the other reviewer's annotation, the rest keep
 * ours (`mergeReviewerChoices`), written to our sidecar as one atomic write and one
 * undo step. The other file is only read.
 */
import * as vscode from 'vscode';
import { applyHandAnnotations } from '../../core/hand/apply';
import type { HandAnnotation } from '../../core/hand/model';
import { createSidecarCodec } from '../../core/hand/sidecar';
import { SidecarError } from '../../core/hand/sidecarError';
import { AGREEMENT_KINDS, compareReviewers } from '../../core/review/agreement';
import { mergeReviewerChoices, type ReviewerChoice } from '../../core/review/mergeReviewers';
import { decodeUtf8 } from '../../shared/textBytes';
import type { AccountStore } from '../accountStore';
import { basename } from '../accountStore';
import { agreementLine, disagreementLine } from '../agreementText';
import type { HandAnnotationLayer } from '../handAnnotations';
import { editorAccount, reportOutcome } from './handCommandSupport';

/** Registers Compare with Another Reviewer's Annotations…. */
export function registerCompareReviewers(store: AccountStore, layer: HandAnnotationLayer): vscode.Disposable {
  const output = vscode.window.createOutputChannel('Transcript Annotator: Reviewers');
  const command = vscode.commands.registerCommand('transcriptAnnotator.compareReviewers', async (arg?: unknown) => {
    const found = await editorAccount(store, 'open the account both reviewers annotated');
    if (!found) return;
    const { view } = found;
    const account = view.account;
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
    const automatic = store.peekAutomatic(account.uri);
    if (!automatic) {
      void vscode.window.showInformationMessage(`${basename(account.uri)} changed while reading; run the command again.`);
      return;
    }
    const mine = layer.handOf(account.uri);
    const hands = (own: readonly HandAnnotation[]) => automatic.accounts.map((a) => ({ docId: a.docId, uri: a.uri.toString(), text: a.text, hand: a.uri.toString() === account.uri.toString() ? own : layer.handOf(a.uri) }));
    const result = compareReviewers(applyHandAnnotations(automatic.set, hands(mine)).set, applyHandAnnotations(automatic.set, hands(theirs)).set);
    const texts = new Map(automatic.accounts.map((a) => [a.uri.toString(), a.text]));
    const textOf = (uri: string) => texts.get(uri) ?? texts.get(vscode.Uri.parse(uri).toString());
    const them = creatorOf(theirs) ?? basename(file);
    output.appendLine(`Agreement on ${basename(account.uri)}: ours vs ${them} (${basename(file)})`);
    for (const kind of AGREEMENT_KINDS) {
      output.appendLine(`  ${agreementLine(kind, result[kind])}`);
      for (const d of result[kind].disagreements) output.appendLine(`    ${disagreementLine(d, textOf)}`);
    }
    const choices: Array<vscode.QuickPickItem & { choice?: Omit<ReviewerChoice, 'take'> }> = AGREEMENT_KINDS.flatMap((kind) =>
      result[kind].disagreements.map((item) => ({ label: disagreementLine(item, textOf), description: kind, choice: { kind, item } })),
    );
    const summary = AGREEMENT_KINDS.map((kind) => ({ label: agreementLine(kind, result[kind]) }));
    if (choices.length === 0) {
      await vscode.window.showQuickPick(summary, { title: `Agreement with ${them}: no disagreement`, placeHolder: 'Both reviewers annotated this account alike.' });
      return;
    }
    const resolve = `$(git-merge) Resolve ${choices.length} disagreement(s)…`;
    const next = await vscode.window.showQuickPick([...summary, { label: '', kind: vscode.QuickPickItemKind.Separator }, { label: resolve }], { title: `Agreement with ${them} on ${basename(account.uri)} (also in the output “Transcript Annotator: Reviewers”)`, placeHolder: 'Choose “Resolve” to merge item by item' });
    if (next?.label !== resolve) return;
    const picked = await vscode.window.showQuickPick(choices, { canPickMany: true, title: `Check the items where you take ${them}'s annotation; the others keep yours`, matchOnDescription: true });
    if (!picked) return;
    const taken = new Set(picked);
    const merge = mergeReviewerChoices({
      account: account.uri.toString(),
      mine,
      theirs,
      textOf,
      choices: choices.flatMap((c) => (c.choice ? [{ ...c.choice, take: taken.has(c) ? ('theirs' as const) : ('mine' as const) }] : [])),
    });
    const added = merge.edit.add?.length ?? 0;
    const removed = merge.edit.remove?.length ?? 0;
    for (const u of merge.unchanged) output.appendLine(`  not changed (no entry of either sidecar decides it): ${u.kind} ${disagreementLine(u.item, textOf)}`);
    if (added + removed === 0) {
      void vscode.window.showInformationMessage(taken.size === 0 ? 'Kept your annotations on every item: nothing changed.' : `Nothing to change: no entry of either sidecar decides the ${taken.size} item(s) chosen (see the output “Transcript Annotator: Reviewers”).`);
      return;
    }
    const outcome = await layer.edit(account.uri, merge.edit, `take ${them}'s annotation on ${taken.size} item(s)`);
    reportOutcome(layer, outcome, `Took ${them}'s annotation on ${taken.size - merge.unchanged.length} item(s) (${added} entr${added === 1 ? 'y' : 'ies'} added, ${removed} removed)`);
  });
  return vscode.Disposable.from(command, output);
}

/** The creator named most often in `hand`, if any. */
function creatorOf(hand: readonly HandAnnotation[]): string | undefined {
  const counts = new Map<string, number>();
  for (const h of hand) if (h.creator) counts.set(h.creator, (counts.get(h.creator) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
