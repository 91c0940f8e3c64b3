/**
 * Runs the annotator processor over each parse unit of an account and collects its findings
 * from the vfile messages (offsets stay relative to the unit; `unit.start` is the base).
 */
import type { Root } from 'nlcst';
import type { Processor } from 'unified';
import { VFile } from 'vfile';
import type { ClaimDraft } from '../annotators/claims/index';
import type { CountryMention } from '../annotators/countries/index';
import type { NominalFinding } from '../annotators/nominals/index';
import type { PersonFinding } from '../annotators/persons/index';
import type { UnitFindings } from '../annotators/unitFindings';
import { MESSAGE_SOURCE, type UnitData, type UnitFileData, type UnitFindingsMessage } from '../annotators/unitPlugin';
import type { CancellationToken, OffsetRange } from '../model/annotation';
import type { PlannedUnit } from '../text/paragraphs';

export type { UnitFindings } from '../annotators/unitFindings';

/**
 * Analyses `units` one by one. Returns undefined when cancelled. Error stack capture is
 * switched off while messages are made (each message is an Error; capturing its stack would
 * cost more than the analysis itself) and restored before returning.
 */
export function readUnits(processor: Processor<Root, Root, Root>, units: readonly PlannedUnit[], token: CancellationToken): UnitFindings[] | undefined {
  const out: UnitFindings[] = [];
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (let index = 0; index < units.length; index++) {
      if ((index & 63) === 0 && token.isCancellationRequested) return undefined;
      const unit = units[index]!;
      out.push(collect(index, unit, run(processor, unit, undefined)));
    }
  } finally {
    Error.stackTraceLimit = limit;
  }
  return out;
}

/**
 * Reads one unit again, its claims only, now that its person mentions are resolved
 * (`mentions`: offsets in the unit, in order): for the rare unit whose claims met a name
 * candidate that did not become a person.
 */
export function rereadClaims(processor: Processor<Root, Root, Root>, unit: PlannedUnit, mentions: readonly OffsetRange[]): readonly ClaimDraft[] {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return collect(0, unit, run(processor, unit, mentions)).claims;
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function run(processor: Processor<Root, Root, Root>, unit: PlannedUnit, resolvedMentions: readonly OffsetRange[] | undefined): VFile {
  const data = { setting: unit, resolvedMentions } satisfies UnitFileData;
  const file = new VFile({ value: unit.text, data });
  processor.runSync(processor.parse(file), file);
  return file;
}

/** The findings of one unit from its file's messages (one per annotator that found something). */
function collect(index: number, unit: PlannedUnit, file: VFile): UnitFindings {
  let countries: readonly CountryMention[] = [];
  let persons: readonly PersonFinding[] = [];
  let nominals: readonly NominalFinding[] = [];
  let claims: readonly ClaimDraft[] = [];
  for (const message of file.messages) {
    if (message.source !== MESSAGE_SOURCE) continue;
    const findings = (message as unknown as UnitFindingsMessage).findings;
    switch (message.ruleId) {
      case 'country': countries = findings as CountryMention[]; break;
      case 'person': persons = findings as PersonFinding[]; break;
      case 'nominal': nominals = findings as NominalFinding[]; break;
      case 'claim': claims = findings as ClaimDraft[]; break;
    }
  }
  const subjectsMet = (file.data as { unit?: UnitData }).unit?.subjectsMet ?? [];
  return { index, unit, countries, persons, nominals, claims, subjectsMet };
}
