/**
 * Statistics. Unit pass only (find.ts): the figures of a unit ("40%", "$2.5bn system"); part
 * of the claims (claims of type statistic, rule `claim/statistic`), nothing to resolve over
 * the account. Re-exports only.
 */
export { findStatistics } from './find';
