/**
 * Decides whether a plain-text or Markdown file is an account worth annotating, from
 * the core's analysis of that file on its own. Conservative on purpose: a README, a
 * changelog or notes must not light up. Pure: no vscode import.
 *
 * Notes:
 * - A transcript needs at least two labelled turns with at least two different labels
 *   (one labelled paragraph can be a "Note:" or "Warning:").
 * - A report needs at least two attributed claims (quotes or reported speech with a
 *   known speaker) and a named person; READMEs rarely quote people.
 */
import type { AccountRole, AnnotationSet } from '../core/index';

/** The verdict on one file. */
export interface Recognition {
  /** The role the core detected (meaningful only when `isAccount`). */
  readonly role: AccountRole;
  /** True when the file reads clearly as an account. */
  readonly isAccount: boolean;
  /** Why, in words, for the log. */
  readonly reason: string;
}

/** Minimum counts behind the verdict; exposed for tests and tuning. */
export const RECOGNITION_THRESHOLDS = Object.freeze({ labelledTurns: 2, distinctLabels: 2, attributedClaims: 2, persons: 1 });

/** Judges a single-account analysis (`set.documents.length === 1`). */
export function recogniseAccount(set: AnnotationSet): Recognition {
  const doc = set.documents[0];
  if (!doc) return { role: 'report', isAccount: false, reason: 'no document analysed' };
  const mine = set.annotations.filter((a) => a.document === doc.id);
  const turns = mine.filter((a) => a.kind === 'turn' && a.label);
  const labels = new Set(turns.map((t) => t.label!.trim().toLowerCase()));
  const attributed = mine.filter((a) => a.kind === 'claim' && a.speaker && (a.claimType === 'quote' || a.claimType === 'reported'));
  const persons = set.entities.filter((e) => e.kind === 'person');
  const t = RECOGNITION_THRESHOLDS;
  if (doc.role === 'transcript') {
    const ok = turns.length >= t.labelledTurns && labels.size >= t.distinctLabels;
    return { role: 'transcript', isAccount: ok, reason: `${turns.length} labelled turns, ${labels.size} distinct labels` };
  }
  const ok = attributed.length >= t.attributedClaims && persons.length >= t.persons;
  return { role: 'report', isAccount: ok, reason: `${attributed.length} attributed quotes/reported claims, ${persons.length} persons` };
}
