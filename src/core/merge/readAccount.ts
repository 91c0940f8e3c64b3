/**
 * First pass over one account: speaker labels, turns, role, parse units and everything the
 * unit annotators find. Person names are clustered afterwards, over all accounts at once.
 */
import type { Root } from 'nlcst';
import type { Processor } from 'unified';
import { detectRole } from '../annotators/role';
import { findSpeakerLabels, type SpeakerLabel } from '../annotators/speakerLabels';
import { buildTurns, type TurnSpan } from '../annotators/turns';
import type { AccountRole, CancellationToken } from '../model/annotation';
import { splitParagraphs } from '../text/paragraphs';
import { readUnits, type UnitFindings } from '../text/readUnits';

/** What the first pass knows about one account. */
export interface AccountReading {
  readonly uri: string;
  readonly text: string;
  readonly role: AccountRole;
  /** Speaker labels (empty for a report). */
  readonly labels: readonly SpeakerLabel[];
  /** Turns (empty for a report). */
  readonly turns: readonly TurnSpan[];
  readonly units: readonly UnitFindings[];
}

/** Reads one account; undefined when cancelled. */
export function readAccount(processor: Processor<Root, Root, Root>, text: string, uri: string, forcedRole: AccountRole | undefined, token: CancellationToken): AccountReading | undefined {
  const found = findSpeakerLabels(text);
  const blocks = splitParagraphs(text);
  const draftTurns = buildTurns(text, found, blocks);
  const role = forcedRole ?? detectRole(found, draftTurns);
  const labels = role === 'transcript' ? found : [];
  // without labels the units are the blocks already split (a report: no second split)
  const units = labels.length === 0 ? blocks : splitParagraphs(text, labels.map((l) => l.start));
  const turns = role === 'transcript' ? buildTurns(text, labels, units) : [];
  const findings = readUnits(processor, units, token);
  if (!findings) return undefined;
  return { uri, text, role, labels, turns, units: findings };
}
