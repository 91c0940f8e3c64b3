/**
 * What the annotator processor found in one parse unit, collected from its vfile messages
 * (see ../pipeline/readUnits). Offsets are relative to the unit; `unit.start` is the base.
 */
import type { PlannedUnit } from '../text/paragraphs';
import type { Subject } from './attribution/index';
import type { ClaimDraft } from './claims/find';
import type { CountryMention } from './countries/find';
import type { NominalFinding } from './nominals/find';
import type { PersonFinding } from './persons/find';

/** Everything the annotators found in one unit. */
export interface UnitFindings {
  readonly index: number;
  readonly unit: PlannedUnit;
  readonly countries: readonly CountryMention[];
  readonly persons: readonly PersonFinding[];
  readonly nominals: readonly NominalFinding[];
  /** Claims, their speakers still to be resolved (see `resolveClaimDrafts`). */
  readonly claims: readonly ClaimDraft[];
  /** Every person subject the claim finder met: all must resolve as met for `claims` to stand (see `Subject`). */
  readonly subjectsMet: readonly Subject[];
}

/** The findings of one unit without the unit itself: what crosses between threads, and what the unit cache keeps. */
export type DetachedUnitFindings = Omit<UnitFindings, 'index' | 'unit'>;
