/**
 * The account pass of role nominals: each nominal the unit pass found (./find) resolved to
 * the person the texts introduce with that role and country, once names are clustered.
 * Offsets are into the account's text.
 */
import { GENERIC_ROLE_FAMILIES } from '../../data/roles';
import type { PersonCluster, ResolvedMention } from '../persons/index';
import type { AccountReading } from '../planAccount';

/**
 * The role nominals of `reading` resolved to persons (`names`: the account's resolved name
 * mentions; `clusters`: the persons of all accounts by key): one with a country goes to the
 * person of that country and a compatible role named nearest (the last before it, else the
 * first after it); one without, to the one person of the account with that role, else to
 * the one holder of the role the other accounts name. A nominal that fits no one is left out.
 */
export function resolveNominals(reading: AccountReading, names: readonly ResolvedMention[], clusters: ReadonlyMap<string, PersonCluster>): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  // Where each person of the account is named, in text order.
  const starts = new Map<string, number[]>();
  for (const m of names) {
    let list = starts.get(m.speaker);
    if (!list) starts.set(m.speaker, (list = []));
    list.push(m.start);
  }
  const elsewhere = new Map<string, string | undefined>();
  const holderElsewhere = (role: string): string | undefined => {
    if (!elsewhere.has(role)) {
      const holders = [...clusters.values()].filter((c) => c.roles.includes(role) && !starts.has(c.key));
      elsewhere.set(role, holders.length === 1 ? holders[0]!.key : undefined);
    }
    return elsewhere.get(role);
  };
  const uniqueByRole = new Map<string, string | null>();
  for (const key of starts.keys()) {
    for (const role of clusters.get(key)?.roles ?? []) uniqueByRole.set(role, uniqueByRole.has(role) ? null : key);
  }
  for (const u of reading.units) {
    for (const n of u.nominals) {
      const start = u.unit.start + n.start;
      const roleFits = (c: PersonCluster) => GENERIC_ROLE_FAMILIES.has(n.role) || c.roles.includes(n.role) || c.roles.includes('counterpart') || c.roles.length === 0;
      // Candidates: persons of that country and a compatible role; without a country, the
      // one person of the account with that role.
      const candidates = n.country
        ? [...starts.keys()].filter((k) => clusters.get(k)?.country === n.country && roleFits(clusters.get(k)!))
        : !GENERIC_ROLE_FAMILIES.has(n.role) && uniqueByRole.get(n.role)
          ? [uniqueByRole.get(n.role)!]
          : [];
      // a role no one in the account holds ("the prime minister said" in a report that never
      // names her): the one holder of it in the other accounts (the transcript's labels)
      if (!n.country && candidates.length === 0 && !GENERIC_ROLE_FAMILIES.has(n.role) && !uniqueByRole.has(n.role)) {
        const holder = holderElsewhere(n.role);
        if (holder) out.push({ start, end: u.unit.start + n.end, speaker: holder, nominal: true, rule: 'person/role-nominal-holder-elsewhere' });
        continue;
      }
      // The candidate named last before the nominal, else the one named first after it.
      let best: string | undefined;
      let bestBefore = -1;
      let bestAfter = Infinity;
      for (const key of candidates) {
        const list = starts.get(key)!;
        const i = lowerBound(list, start);
        if (i > 0 && list[i - 1]! > bestBefore) {
          bestBefore = list[i - 1]!;
          best = key;
        }
        if (bestBefore < 0 && i < list.length && list[i]! < bestAfter) {
          bestAfter = list[i]!;
          best = key;
        }
      }
      if (best) out.push({ start, end: u.unit.start + n.end, speaker: best, nominal: true, rule: n.country ? 'person/role-nominal-same-country' : 'person/role-nominal-unique-role' });
    }
  }
  return out;
}

function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
