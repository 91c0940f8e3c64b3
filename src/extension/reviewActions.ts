/**
 * The quick fixes offered on a claim (at the cursor, or where one of the extension's
 * Problems entries starts): mark it accurate, set another verdict, add a note, set its
 * speaker, link it to a transcript passage, reject it. Pure: no vscode import (the
 * provider in `reviewCodeActions.ts` turns these into code actions).
 */
import type { AnnotationSet } from '../core/index';
import { claimAt } from './annotationQueries';

/** The commands the quick fixes run (each also in the palette, bindable to keys). */
export type ReviewCommand =
  | 'transcriptAnnotator.setVerdict'
  | 'transcriptAnnotator.addNote'
  | 'transcriptAnnotator.setSpeaker'
  | 'transcriptAnnotator.linkCounterpart'
  | 'transcriptAnnotator.rejectAnnotation';

/** One quick fix: a command with its argument. */
export interface ReviewAction {
  readonly title: string;
  readonly command: ReviewCommand;
  /** The claim (its account and start); `verdict` sets that verdict without asking; `kind` is what Reject rejects. */
  readonly args: { readonly uri: string; readonly offset: number; readonly verdict?: string; readonly kind?: 'claim' };
}

/** The verdict "Mark as …" sets. */
export const ACCURATE = 'accurate';

/**
 * The quick fixes for the claim at `offset` of the account `uri` (document `docId` of
 * `set`): none when no claim is there. A link is offered from a report claim only (to a
 * transcript passage), as Link Selection to Counterpart runs from the report.
 */
export function reviewActionsAt(set: AnnotationSet, docId: string, uri: string, offset: number): ReviewAction[] {
  const claim = claimAt(set, docId, offset);
  if (!claim) return [];
  const args = { uri, offset: claim.start };
  const actions: ReviewAction[] = [];
  if (claim.review?.verdict !== ACCURATE) actions.push({ title: 'Mark Claim as Accurate', command: 'transcriptAnnotator.setVerdict', args: { ...args, verdict: ACCURATE } });
  actions.push({ title: claim.review?.verdict !== undefined ? `Change Verdict (${claim.review.verdict})…` : 'Set Verdict…', command: 'transcriptAnnotator.setVerdict', args });
  actions.push({ title: claim.review?.note !== undefined ? 'Edit Note…' : 'Add Note…', command: 'transcriptAnnotator.addNote', args });
  const speaker = claim.speaker ? set.entities.find((e) => e.id === claim.speaker)?.name : undefined;
  actions.push({ title: speaker ? `Change Speaker (${speaker})…` : 'Set Speaker…', command: 'transcriptAnnotator.setSpeaker', args });
  if (set.documents.find((d) => d.id === docId)?.role === 'report') actions.push({ title: 'Link to a Transcript Passage…', command: 'transcriptAnnotator.linkCounterpart', args });
  actions.push({ title: 'Reject Claim', command: 'transcriptAnnotator.rejectAnnotation', args: { ...args, kind: 'claim' } });
  return actions;
}
