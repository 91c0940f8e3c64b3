/**
 * Tells a transcript (speaker-labelled turns) from a report (journalistic prose).
 */
import type { AccountRole } from '../../model/annotation';
import type { SpeakerLabel } from '../speakerLabels/find';
import type { TurnSpan } from '../turns/find';

/**
 * A transcript has at least two speaker labels, or one label after an opening statement
 * that its title attributes to someone. Anything else reads as a report.
 */
export function detectRole(labels: readonly SpeakerLabel[], turns: readonly TurnSpan[]): AccountRole {
  if (labels.length >= 2) return 'transcript';
  if (labels.length === 1 && turns.some((t) => !t.label)) return 'transcript';
  return 'report';
}
