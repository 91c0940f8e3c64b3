/**
 * Glue between the annotators (pure functions over one parse unit) and retext: each
 * annotator becomes a retext plugin that reads the unit's shared data, reports its findings
 * as ONE vfile message per annotator and unit (`ruleId` = the finding kind, `source` =
 * 'transcript-annotator', `place` = the span from the first finding to the last, the
 * findings themselves on `message.findings`), and keeps the findings on `file.data` for the
 * annotators that run after it (persons need the countries found before them). One message
 * per unit rather than per finding: a VFileMessage (an Error with its position work) per
 * finding cost more than most annotators at 10 MB.
 */
import type { Root } from 'nlcst';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { OffsetRange } from '../model/annotation';
import type { PlannedUnit } from '../text/paragraphs';
import type { Subject } from './attribution/index';
import { tokensOfTree, type Token } from '../text/tokens';

/** Source of every message the annotators report. */
export const MESSAGE_SOURCE = 'transcript-annotator';

/**
 * What the reader tells the annotators about a unit, on `file.data` when it makes the file:
 * where the unit stands in its account, and, when a unit is read a second time after person
 * names are resolved, its resolved person mentions (offsets in the unit, in order).
 */
export interface UnitFileData {
  readonly setting?: PlannedUnit;
  readonly resolvedMentions?: readonly OffsetRange[];
}

/** What the annotators share about one unit, on `file.data.unit`. */
export interface UnitData {
  readonly text: string;
  /** Where the unit stands in its account; undefined when the reader did not say. */
  readonly setting: PlannedUnit | undefined;
  /** The unit's resolved person mentions, on a second reading; undefined on the first. */
  readonly resolvedMentions: readonly OffsetRange[] | undefined;
  /** Word tokens, computed once on first use. */
  readonly tokens: readonly Token[];
  /** Sentence ranges from the nlcst tree (offsets in the unit). */
  readonly sentences: readonly OffsetRange[];
  /** Findings of the annotators that already ran, by rule id. */
  readonly found: Map<string, readonly OffsetRange[]>;
  /** Person subjects the claim finder met (see `UnitSubjects.met`); set by the claims annotator. */
  subjectsMet: readonly Subject[];
}

/** The unit data of one file: tokens are read from the tree on first use. */
class UnitState implements UnitData {
  readonly text: string;
  readonly setting: PlannedUnit | undefined;
  readonly resolvedMentions: readonly OffsetRange[] | undefined;
  readonly sentences: readonly OffsetRange[];
  readonly found = new Map<string, readonly OffsetRange[]>();
  subjectsMet: readonly Subject[] = [];
  readonly #tree: Root;
  #tokens: Token[] | undefined;
  #location: ReturnType<typeof location> | undefined;

  constructor(text: string, tree: Root, given: UnitFileData) {
    this.text = text;
    this.setting = given.setting;
    this.resolvedMentions = given.resolvedMentions;
    this.#tree = tree;
    this.sentences = sentencesOf(tree);
  }

  get tokens(): readonly Token[] {
    this.#tokens ??= tokensOfTree(this.#tree, this.text);
    return this.#tokens;
  }

  /** Offset to line/column conversion for message places, made once per unit. */
  place(file: VFile): ReturnType<typeof location> {
    this.#location ??= location(file);
    return this.#location;
  }
}

/** Returns the unit data of `file`, creating it from `tree` on first use. */
export function unitData(file: VFile, tree: Root): UnitData {
  const data = file.data as UnitFileData & { unit?: UnitState };
  data.unit ??= new UnitState(String(file.value), tree, data);
  return data.unit;
}

/** Findings of `ruleId` in the unit, or none when that annotator has not run. */
export function foundOf<T extends OffsetRange>(unit: UnitData, ruleId: string): readonly T[] {
  return (unit.found.get(ruleId) ?? []) as readonly T[];
}

/** The message an annotator reports for one unit: its findings, offsets in the unit. */
export interface UnitFindingsMessage<T extends OffsetRange = OffsetRange> {
  readonly ruleId: string;
  readonly source: typeof MESSAGE_SOURCE;
  readonly findings: readonly T[];
}

/**
 * Makes a retext plugin of an annotator: `find` gets the unit data and returns findings with
 * offsets in the unit; when there are any, they become one message with `reason` (one fixed
 * text per annotator), placed from the earliest finding's start to the latest finding's end,
 * with the findings on `message.findings`.
 */
export function unitPlugin<T extends OffsetRange & { readonly text?: string }>(ruleId: string, reason: string, find: (unit: UnitData) => readonly T[]): Plugin<[], Root> {
  return function attacher() {
    return (tree: Root, file: VFile) => {
      const unit = unitData(file, tree) as UnitState; // made by unitData above
      const findings = find(unit);
      unit.found.set(ruleId, findings);
      if (findings.length === 0) return;
      const place = unit.place(file);
      let start = findings[0]!.start;
      let end = findings[0]!.end;
      for (const f of findings) {
        if (f.start < start) start = f.start;
        if (f.end > end) end = f.end;
      }
      const message = file.message(reason, { place: { start: place.toPoint(start)!, end: place.toPoint(end)! }, ruleId, source: MESSAGE_SOURCE });
      (message as unknown as { findings: readonly T[] }).findings = findings;
    };
  };
}

function sentencesOf(tree: Root): OffsetRange[] {
  const out: OffsetRange[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode' || !sentence.position) continue;
      const start = sentence.position.start.offset;
      const end = sentence.position.end.offset;
      if (start !== undefined && end !== undefined) out.push({ start, end });
    }
  }
  return out;
}
