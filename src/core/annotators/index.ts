/**
 * The annotator registry: the one place the pipeline reaches the annotators through, in
 * three passes. Each kind lives in its own folder (`<kind>/find.ts`, its unit or plan pass;
 * `<kind>/resolve.ts`, its account pass, where it has one; `<kind>/index.ts` exporting both).
 *
 * - plan (`planAccount`, ./planAccount): speaker labels, role, turns and parse units of an
 *   account, one scan of its text;
 * - read units (`createUnitProcessor`, below): one retext processor (parse-english parser +
 *   one plugin per annotator, in dependency order) that analyses one parse unit. Countries
 *   run first so that person names are not taken from country words; claims run last, over
 *   the names and nominals found before them (quotations and statistics are parts of the
 *   claims, attribution finds their subjects);
 * - resolve (`resolveReadings`, ./resolveAccount): persons clustered over all accounts, then
 *   nominals, turns, claims and countries resolved account by account.
 */
import type { Root } from 'nlcst';
import { unified, type Processor } from 'unified';
import type { OffsetRange } from '../model/annotation';
import { retextUnitParser } from '../text/englishParser';
import { UnitSubjects } from './attribution/index';
import { findClaimDrafts, type ClaimDraft } from './claims/index';
import { findCountryMentions, type CountryMention } from './countries/index';
import { findNominals } from './nominals/index';
import { findPersons, type UnitCountry } from './persons/index';
import { findQuotations } from './quotations/index';
import { findStatistics } from './statistics/index';
import { foundOf, unitPlugin, type UnitData } from './unitPlugin';

export { planAccount, replanAccount, type AccountPlan, type AccountReading, type PlanScan } from './planAccount';
export { resolveAccount, resolveReadings, type ResolvedAccount, type ResolvedReadings } from './resolveAccount';
export { newPersonMemo, type PersonMemo } from './persons/index';
export type { RereadClaims } from './claims/index';

/**
 * Rule ids of the messages the processor reports, one per annotator and unit (the unit's
 * findings ride on the message). Each finding names the finer rule that made it (`rule`,
 * one of `ANNOTATION_RULES` in ../data/ruleIds.ts), which its annotation keeps.
 */
export const RULE_IDS = ['country', 'person', 'nominal', 'claim'] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Countries of the unit (the countries annotator, wrapped). */
export const retextUnitCountries = unitPlugin<CountryMention>('country', 'Country mention', (unit) => findCountryMentions(unit.text));
/** Person-name candidates. */
export const retextPersons = unitPlugin('person', 'Person name candidate', (unit) => findPersons(unit.text, unit.tokens, foundOf<UnitCountry>(unit, 'country')));
/** Role nominals ("the Russian top diplomat"). */
export const retextNominals = unitPlugin('nominal', 'Role nominal', (unit) => findNominals(unit.text, unit.tokens, foundOf<UnitCountry>(unit, 'country')));
/** Claims (quotes, reported speech, statements, statistics), before their speakers are known; none without the unit's setting. */
export const retextClaims = unitPlugin<ClaimDraft>('claim', 'Claim', (unit) => {
  const setting = unit.setting;
  if (!setting) return [];
  const subjects = new UnitSubjects(unit.text, unit.tokens, unit.resolvedMentions ?? candidateMentions(unit));
  const drafts = findClaimDrafts({ text: unit.text, sentences: unit.sentences, quotations: findQuotations(unit.text), statistics: findStatistics(unit.text), subjects, role: setting.role, turnBody: setting.turnBody });
  unit.subjectsMet = subjects.met;
  return drafts;
});

/**
 * Every mention of the unit that may turn out to be a person once names are clustered:
 * person-name candidates, role nominals and the label's name, in the order the resolved
 * mentions will have (by start, the longer first; names before nominals).
 */
function candidateMentions(unit: UnitData): OffsetRange[] {
  const names: OffsetRange[] = [...foundOf(unit, 'person')];
  const label = unit.setting?.labelName;
  if (label) names.push(label);
  return [...names, ...foundOf(unit, 'nominal')].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Creates the processor that parses and annotates one unit. */
export function createUnitProcessor(): Processor<Root, Root, Root> {
  return unified()
    .use(retextUnitParser)
    .use(retextUnitCountries)
    .use(retextPersons)
    .use(retextNominals)
    .use(retextClaims) as unknown as Processor<Root, Root, Root>;
}
