/**
 * The plan pass of the annotators over one account (the pipeline's first stage): speaker
 * labels, role, turns and parse units, in that order; cheap, one scan of the text. The
 * units are then read by the unit processor (./index `createUnitProcessor`; most of the work,
 * see ../pipeline/readUnits and ../pipeline/unitReader, which a host may run on other threads),
 * and the readings of all accounts resolved by the account pass (see ./index).
 */
import { detectRole } from './role/find';
import { findSpeakerLabels, scanSpeakerLabels, type LabelScan, type SpeakerLabel } from './speakerLabels/find';
import { buildTurns, buildUnlabelledTurns, type TurnSpan } from './turns/find';
import type { AccountRole } from '../model/annotation';
import { blankLineCuts, blankLineCutsAfterEdit, splitParagraphs, type ParseUnit, type PlannedUnit } from '../text/paragraphs';
import type { UnitFindings } from './unitFindings';
import { stretchesOf, type StretchMemo } from '../text/sharedStretches';

/** What one account is made of before its units are read. */
export interface AccountPlan {
  readonly uri: string;
  readonly text: string;
  readonly role: AccountRole;
  /** Speaker labels (empty for a report). */
  readonly labels: readonly SpeakerLabel[];
  /** Turns (empty for a report). */
  readonly turns: readonly TurnSpan[];
  /** The parse units, in text order; a turn never shares one with the turn before it. */
  readonly units: readonly PlannedUnit[];
}

/** What the first pass knows about one account: its plan and the findings of every unit. */
export interface AccountReading extends Omit<AccountPlan, 'units'> {
  readonly units: readonly UnitFindings[];
}

/** What the plan's scans of a text found, kept to scan a next version only where it changed (`replanAccount`). */
export interface PlanScan {
  /** The speaker label scan (it holds the text). */
  readonly labels: LabelScan;
  /** Where blank lines cut the text (`blankLineCuts`). */
  readonly cuts: readonly number[];
}

/** Plans one account: labels, role (detected unless `forcedRole`), turns and parse units. */
export function planAccount(text: string, uri: string, forcedRole: AccountRole | undefined): AccountPlan {
  return planWith(text, uri, forcedRole, findSpeakerLabels(text), blankLineCuts(text));
}

/**
 * As `planAccount`, after an edit: the lines of the text are scanned for speaker labels and
 * blank lines again only where the edit reached them (`last`: the scans of the version
 * before, see `scanSpeakerLabels` and `blankLineCutsAfterEdit`; `stretches`: the run's comparisons). Gives the plan
 * `planAccount` gives, and the scans to keep for the next.
 */
export function replanAccount(text: string, uri: string, forcedRole: AccountRole | undefined, last: PlanScan | undefined, stretches?: StretchMemo): { plan: AccountPlan; scan: PlanScan } {
  const shared = last && stretchesOf(stretches, last.labels.text, text);
  const { labels, scan } = scanSpeakerLabels(text, last?.labels, shared);
  const cuts = last ? blankLineCutsAfterEdit(last.labels.text, last.cuts, text, shared) : blankLineCuts(text);
  return { plan: planWith(text, uri, forcedRole, labels, cuts), scan: { labels: scan, cuts } };
}

/** The plan of `text` whose label scan found `found` and whose blank lines cut it at `cuts`. */
function planWith(text: string, uri: string, forcedRole: AccountRole | undefined, found: readonly SpeakerLabel[], cuts: readonly number[]): AccountPlan {
  const blocks = splitParagraphs(text, [], cuts);
  const draftTurns = buildTurns(text, found, blocks);
  // no labels at all: one speaker's statement, or answers after summaries of the questions
  const unlabelled = found.length === 0 && forcedRole !== 'report' ? buildUnlabelledTurns(text) : [];
  if (unlabelled.length > 0) {
    const units = unlabelled.length === 1 ? blocks : splitParagraphs(text, unlabelled.map((t) => t.start), cuts);
    return { uri, text, role: 'transcript', labels: [], turns: unlabelled, units: placeUnits(units, 'transcript', unlabelled, []) };
  }
  const role = forcedRole ?? detectRole(found, draftTurns);
  const labels = role === 'transcript' ? found : [];
  // without labels the units are the blocks already split (a report: no second split)
  const units = labels.length === 0 ? blocks : splitParagraphs(text, labels.map((l) => l.start), cuts);
  const turns = role === 'transcript' ? buildTurns(text, labels, units) : [];
  return { uri, text, role, labels, turns, units: placeUnits(units, role, turns, labels) };
}

/** Each unit with its account's role, its turn's body start and the name of the label opening it. */
function placeUnits(units: readonly ParseUnit[], role: AccountRole, turns: readonly TurnSpan[], labels: readonly SpeakerLabel[]): PlannedUnit[] {
  const named = labels.filter((l) => l.name);
  let t = 0;
  let l = 0;
  return units.map((u) => {
    while (t < turns.length && turns[t]!.end <= u.start) t++;
    const turn = t < turns.length && turns[t]!.start <= u.start && u.start < turns[t]!.end ? turns[t] : undefined;
    while (l < named.length && named[l]!.start < u.start) l++;
    const label = l < named.length && named[l]!.start < u.end ? named[l] : undefined;
    // one object shape for every unit
    return {
      start: u.start,
      end: u.end,
      text: u.text,
      role,
      turnBody: turn ? Math.max(0, turn.bodyStart - u.start) : undefined,
      labelName: label?.name ? { start: label.name.start - u.start, end: label.name.end - u.start } : undefined,
    };
  });
}
