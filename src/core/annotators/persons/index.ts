/**
 * Persons. Unit pass (find.ts): person-name candidates of a unit, with the evidence and the
 * rule that found each. Account pass (resolve.ts, over all accounts at once): the candidates
 * and the speaker labels' names clustered into persons (clusters.ts). Re-exports only.
 */
export { findPersons, roleOf, type PersonFinding, type PersonRule, type UnitCountry } from './find';
export { clusterPersons, type NameMention, type PersonCluster, type PersonClustering } from './clusters';
export { newPersonMemo, resolvePersons, type KeyedMention, type PersonMemo, type ResolvedMention } from './resolve';
