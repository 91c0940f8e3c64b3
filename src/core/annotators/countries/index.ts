/**
 * Countries. Unit pass (find.ts): the country mentions of a unit, with ISO codes and the
 * rule that found each. Account pass (resolve.ts): forms shared by several states ("Korean",
 * "the North") settled over the whole account, or left out. Re-exports only.
 */
export { findCountryMentions, type CountryMention, type CountryRule } from './find';
export { resolveSharedForms } from './resolve';
