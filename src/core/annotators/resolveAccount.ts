/**
 * The account pass of the annotators, once every account's units are read: each kind's
 * `resolve`, in dependency order. Persons first, over all accounts at once (names clustered
 * into persons); then, account by account, role nominals (to the persons), turns (their
 * speakers, from the persons), claims (their speakers, from the persons and the turns) and
 * countries (forms shared by several states settled). Offsets are into each account's text.
 */
import { resolveClaims, type ClaimFinding, type RereadClaims } from './claims/index';
import { resolveSharedForms, type CountryMention } from './countries/index';
import { resolveNominals } from './nominals/index';
import { resolvePersons, type KeyedMention, type PersonCluster, type PersonMemo, type ResolvedMention } from './persons/index';
import type { AccountReading } from './planAccount';
import { resolveTurns, type ResolvedTurn } from './turns/index';

/** Everything of one account, resolved. */
export interface ResolvedAccount {
  /** Person mentions (names and role nominals) with their person key, sorted by start, the longer first. */
  readonly persons: readonly ResolvedMention[];
  readonly turns: readonly ResolvedTurn[];
  readonly claims: readonly ClaimFinding[];
  /** The country mentions of each unit (offsets in the unit), shared forms settled or left out. */
  readonly countries: readonly (readonly CountryMention[])[];
}

/** The readings of all accounts, resolved. */
export interface ResolvedReadings {
  /** The persons of all accounts, by key. */
  readonly clusters: ReadonlyMap<string, PersonCluster>;
  /** Each account resolved, in the order of the readings. */
  readonly accounts: readonly ResolvedAccount[];
}

/**
 * Resolves the readings of a set of accounts; `reread` reads a unit's claims again for the
 * rare unit that needs it (see `RereadClaims`); `memo` (the pipeline runner's) keeps the last
 * clustering of persons, taken again when the name mentions cluster the same.
 */
export function resolveReadings(readings: readonly AccountReading[], reread: RereadClaims, memo?: PersonMemo): ResolvedReadings {
  const { perAccount, clusters } = resolvePersons(readings, memo);
  return { clusters, accounts: readings.map((r, i) => resolveAccount(r, perAccount[i]!, clusters, reread)) };
}

/**
 * Resolves one account. `mentions` are its name mentions with cluster keys, sorted by offset
 * (from `resolvePersons`); `clusters` the persons of all accounts by key.
 */
export function resolveAccount(reading: AccountReading, mentions: readonly KeyedMention[], clusters: ReadonlyMap<string, PersonCluster>, reread: RereadClaims): ResolvedAccount {
  const names: ResolvedMention[] = mentions.filter((m): m is KeyedMention & { key: string } => !!m.key).map((m) => ({ start: m.start, end: m.end, speaker: m.key, rule: m.rule }));
  const nominals = resolveNominals(reading, names, clusters);
  const persons = [...names, ...nominals].sort((a, b) => a.start - b.start || b.end - a.end);
  const turns = resolveTurns(reading, persons, clusters);
  const claims = resolveClaims(reading, persons, turns, clusters, reread);
  const countries = resolveSharedForms(reading.units.map((u) => u.countries));
  return { persons, turns, claims, countries };
}
