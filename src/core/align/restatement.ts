/**
 * Restated sentences: reported speech that tells a short sentence of its speaker's with
 * what that sentence left to the context filled in ("We will review it closely and then
 * decide." → "the port authority will review and decide on the council's request to
 * reopen the lease, the minister said"). The report names what the speaker's "it" stood
 * for, and who "we" are, so most of its words are not in the sentence and its coverage is
 * low; but the sentence is what it tells: most of the sentence's own content is in it, in
 * its order, and the speaker the report credits is the one who said it.
 */
import type { Annotation } from '../model/annotation';
import type { AlignPassage } from './passages';
import type { Support } from './similarity';

/**
 * Share of the nearest sentence's weighted content the claim must hold
 * (`Support.specificity`): the sentence is mostly what the claim says, not a long one
 * that shares a few of its words. Dev set: one link more (a tuning pair's lede, the
 * sentence at 0.67), nothing else; the same output from 0.45 to 0.65.
 */
export const RESTATED_SPECIFICITY = 0.6;

/** Distinct content words the claim and the sentence must share (a name or a figure alone is topic, not a restatement). */
export const RESTATED_SHARED_WORDS = 2;

/**
 * True when `claim`, reported speech credited to a speaker, that nothing supports, restates
 * `nearest` (the passage most like it): a sentence of that same speaker whose content the
 * claim mostly holds (RESTATED_SPECIFICITY), sharing RESTATED_SHARED_WORDS content words
 * and some of their order, with no figure of the claim missing and no polarity reversed.
 * Never a direct quote (a claim of exact words), narration or a figure, and never words
 * credited to someone else than the sentence's speaker (or to no one): the credit is
 * part of the evidence.
 */
export function isRestatedSentence(claim: Annotation, nearest: AlignPassage, s: Support): boolean {
  if (claim.claimType !== 'reported' || !claim.speaker || nearest.speaker !== claim.speaker) return false;
  if (s.conflicts > 0 || s.missingNumbers > 0) return false;
  return s.sharedWords >= RESTATED_SHARED_WORDS && s.order > 0 && s.specificity >= RESTATED_SPECIFICITY;
}
