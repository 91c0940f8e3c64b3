/**
 * Setting a verdict or a note from a cross-reference panel row: on the row's report
 * passage (its claim; the passage becomes a claim if it is none) or on the row's
 * cross-reference (stored with the report passage and the transcript passage as its
 * counterpart). Kept in the report's sidecar, like the editor commands.
 */
import type * as vscode from 'vscode';
import { handTargetFor } from '../core/index';
import type { PanelReviewField, PanelReviewTarget, PanelRow } from '../shared/panelProtocol';
import type { PairAnalysis } from './accountStore';
import type { HandAnnotationLayer } from './handAnnotations';
import { quoteOf } from './commands/handCommandSupport';
import { askNote, askVerdict, saveReview } from './commands/reviewPrompts';

/** Asks for the value and stores it; does nothing when the row's accounts are not in `analysis` (the panel is out of date) or the user cancels. */
export async function reviewPanelRow(layer: HandAnnotationLayer, analysis: PairAnalysis, row: PanelRow, on: PanelReviewTarget, field: PanelReviewField): Promise<void> {
  const report = analysis.accounts.find((a) => a.uri.toString() === row.report.uri);
  if (!report) return;
  const reportUri = report.uri.toString();
  const range = { start: row.report.start, end: row.report.end };
  let counterpart;
  if (on === 'link') {
    if (row.kind !== 'match') return;
    const transcript = analysis.accounts.find((a) => a.uri.toString() === row.transcript.uri);
    if (!transcript) return;
    counterpart = handTargetFor(reportUri, row.transcript.uri, transcript.text, { start: row.transcript.start, end: row.transcript.end });
  }
  const quote = quoteOf(report.text, range);
  const place = { account: report.uri as vscode.Uri, target: handTargetFor(reportUri, reportUri, report.text, range), ...(counterpart && { counterpart }), quote };
  const current = on === 'link' && row.kind === 'match' ? row.linkReview : row.review;
  const what = on === 'link' ? `the link of ${quote}` : quote;
  if (field === 'verdict') {
    const verdict = await askVerdict(report.uri, current?.verdict, `Verdict on ${what}`);
    if (verdict) await saveReview(layer, place, { verdict });
  } else {
    const note = await askNote(current?.note, `Note on ${what}`, `Your note on ${on === 'link' ? 'this cross-reference' : 'this claim'} (leave empty to clear it)`);
    if (note !== undefined) await saveReview(layer, place, { note });
  }
}
