/**
 * Runs the annotator processor over each parse unit of an account and collects its findings
 * from the vfile messages (offsets stay relative to the unit; `unit.start` is the base).
 */
import type { Root } from 'nlcst';
import type { Processor } from 'unified';
import { VFile } from 'vfile';
import type { CountryMention } from '../annotators/countries';
import type { NominalFinding } from '../annotators/nominals';
import type { PersonFinding } from '../annotators/persons';
import type { Quotation } from '../annotators/quotations';
import { MESSAGE_SOURCE, type UnitData, type UnitFindingsMessage } from '../annotators/unitPlugin';
import type { CancellationToken, OffsetRange } from '../model/annotation';
import type { ParseUnit } from './paragraphs';
import { packTokens, type Token } from './tokens';
import { SAYING_VERBS } from './vocabulary';

/** Words that make a unit worth tokenizing again for attribution. */
const ATTRIBUTION_WORDS: ReadonlySet<string> = new Set([...SAYING_VERBS, 'according', 'words']);

/** Everything the annotators found in one unit. */
export interface UnitFindings {
  readonly index: number;
  readonly unit: ParseUnit;
  /**
   * Token offsets (see `packTokens`) when the unit has something to attribute (a quotation,
   * a verb of saying with someone to say it), for the claim finder. Token objects are not
   * kept between the passes: at 10 MB they would be most of the live heap.
   */
  readonly packedTokens: Int32Array | undefined;
  readonly sentences: readonly OffsetRange[];
  readonly countries: readonly CountryMention[];
  readonly persons: readonly PersonFinding[];
  readonly nominals: readonly NominalFinding[];
  readonly quotations: readonly Quotation[];
  readonly statistics: readonly OffsetRange[];
}

/**
 * Analyses `units` one by one. Returns undefined when cancelled. Error stack capture is
 * switched off while messages are made (each message is an Error; capturing its stack would
 * cost more than the analysis itself) and restored before returning.
 */
export function readUnits(processor: Processor<Root, Root, Root>, units: readonly ParseUnit[], token: CancellationToken): UnitFindings[] | undefined {
  const out: UnitFindings[] = [];
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (let index = 0; index < units.length; index++) {
      if ((index & 63) === 0 && token.isCancellationRequested) return undefined;
      const unit = units[index]!;
      const file = new VFile({ value: unit.text });
      processor.runSync(processor.parse(file), file);
      out.push(collect(index, unit, file));
    }
  } finally {
    Error.stackTraceLimit = limit;
  }
  return out;
}

/** Someone to attribute to: a name, a role nominal or a third-person pronoun. */
function hasSubject(persons: readonly unknown[], nominals: readonly unknown[], tokens: readonly Token[]): boolean {
  return persons.length > 0 || nominals.length > 0 || tokens.some((t) => t.lower === 'he' || t.lower === 'she' || t.lower === 'minister' || t.lower === 'president');
}

/** The findings of one unit from its file's messages (one per annotator that found something). */
function collect(index: number, unit: ParseUnit, file: VFile): UnitFindings {
  let countries: readonly CountryMention[] = [];
  let persons: readonly PersonFinding[] = [];
  let nominals: readonly NominalFinding[] = [];
  let quotations: readonly Quotation[] = [];
  let statistics: readonly OffsetRange[] = [];
  for (const message of file.messages) {
    if (message.source !== MESSAGE_SOURCE) continue;
    const findings = (message as unknown as UnitFindingsMessage).findings;
    switch (message.ruleId) {
      case 'country': countries = findings as CountryMention[]; break;
      case 'person': persons = findings as PersonFinding[]; break;
      case 'nominal': nominals = findings as NominalFinding[]; break;
      case 'quotation': quotations = findings as Quotation[]; break;
      case 'statistic': statistics = findings; break;
    }
  }
  const data = (file.data as { unit?: UnitData }).unit;
  const tokens = data?.tokens ?? [];
  const attributable = quotations.length > 0 || (hasSubject(persons, nominals, tokens) && tokens.some((t) => ATTRIBUTION_WORDS.has(t.lower)));
  // One object shape for every unit: `packedTokens` is always there, undefined when not needed.
  return { index, unit, packedTokens: attributable ? packTokens(tokens) : undefined, sentences: data?.sentences ?? [], countries, persons, nominals, quotations, statistics };
}
