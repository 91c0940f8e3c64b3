/**
 * The annotator registry: one retext processor (retext-english parser + one plugin per
 * annotator, in dependency order) that analyses one parse unit. Countries run first so that
 * person names are not taken from country words.
 */
import type { Root } from 'nlcst';
import retextEnglish from 'retext-english';
import { unified, type Processor } from 'unified';
import { findCountryMentions, type CountryMention } from './countries';
import { findNominals } from './nominals';
import { findPersons, type UnitCountry } from './persons';
import { findQuotations } from './quotations';
import { findStatistics } from './statistics';
import { foundOf, unitPlugin } from './unitPlugin';

/** Rule ids of the messages the processor reports, one per annotator. */
export const RULE_IDS = ['country', 'person', 'nominal', 'quotation', 'statistic'] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Countries of the unit (the countries annotator, wrapped). */
export const retextUnitCountries = unitPlugin<CountryMention>('country', 'Country mention', (unit) => findCountryMentions(unit.text));
/** Person-name candidates. */
export const retextPersons = unitPlugin('person', 'Person name candidate', (unit) => findPersons(unit.text, unit.tokens, foundOf<UnitCountry>(unit, 'country')));
/** Role nominals ("the Russian top diplomat"). */
export const retextNominals = unitPlugin('nominal', 'Role nominal', (unit) => findNominals(unit.text, unit.tokens, foundOf<UnitCountry>(unit, 'country')));
/** Quotations. */
export const retextQuotations = unitPlugin('quotation', 'Quotation', (unit) => findQuotations(unit.text));
/** Statistics. */
export const retextStatistics = unitPlugin('statistic', 'Statistic', (unit) => findStatistics(unit.text));

/** Creates the processor that parses and annotates one unit. */
export function createUnitProcessor(): Processor<Root, Root, Root> {
  return unified()
    .use(retextEnglish)
    .use(retextUnitCountries)
    .use(retextPersons)
    .use(retextNominals)
    .use(retextQuotations)
    .use(retextStatistics) as unknown as Processor<Root, Root, Root>;
}
