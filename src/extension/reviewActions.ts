/**
 * The quick fixes offered on the extension's Problems entries about a claim: mark it
 * accurate, set another verdict, add a note. Pure: no vscode import (the provider in
 * `reviewCodeActions.ts` turns these into code actions).
 */
import type { AnnotationSet } from '../core/index';
import { claimAt } from './annotationQueries';

/** One quick fix: a command with its argument. */
export interface ReviewAction {
  readonly title: string;
  readonly command: 'transcriptAnnotator.setVerdict' | 'transcriptAnnotator.addNote';
  /** The claim (its account and start); `verdict` sets that verdict without asking. */
  readonly args: { readonly uri: string; readonly offset: number; readonly verdict?: string };
}

/** The verdict "Mark as …" sets. */
export const ACCURATE = 'accurate';

/**
 * The review quick fixes for a Problems entry starting at `offset` of the account `uri`
 * (document `docId` of `set`): none when no claim is there.
 */
export function reviewActionsAt(set: AnnotationSet, docId: string, uri: string, offset: number): ReviewAction[] {
  const claim = claimAt(set, docId, offset);
  if (!claim) return [];
  const args = { uri, offset: claim.start };
  const actions: ReviewAction[] = [];
  if (claim.review?.verdict !== ACCURATE) actions.push({ title: 'Mark Claim as Accurate', command: 'transcriptAnnotator.setVerdict', args: { ...args, verdict: ACCURATE } });
  actions.push({ title: claim.review?.verdict !== undefined ? `Change Verdict (${claim.review.verdict})…` : 'Set Verdict…', command: 'transcriptAnnotator.setVerdict', args });
  actions.push({ title: claim.review?.note !== undefined ? 'Edit Note…' : 'Add Note…', command: 'transcriptAnnotator.addNote', args });
  return actions;
}
