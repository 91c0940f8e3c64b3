/**
 * Country forms shared by several states ("Korean", "Congo") that their paragraph left open,
 * settled over the whole account.
 */
import type { CountryMention } from './find';

/**
 * Settles the forms shared by several states that their own text left open (`candidates`),
 * for one account: the candidate the account names most often otherwise, when one does more
 * than the others; else the mention is left out rather than guessed ("the Korean track" in
 * an account naming North and South Korea alike). `units` are the mentions of each unit.
 */
export function resolveSharedForms(units: readonly (readonly CountryMention[])[]): readonly (readonly CountryMention[])[] {
  // most accounts have no form left open: their lists as they are, not copied
  if (!units.some((list) => list.some((c) => c.candidates))) return units;
  const counts = new Map<string, number>();
  for (const list of units) for (const c of list) if (!c.candidates) counts.set(c.iso, (counts.get(c.iso) ?? 0) + 1);
  return units.map((list) =>
    list.flatMap((c) => {
      if (!c.candidates) return [c];
      // a half of a divided state ("the North"): its state and its partner both count
      const score = (k: { iso: string; partner?: string }) => (counts.get(k.iso) ?? 0) + (k.partner ? (counts.get(k.partner) ?? 0) : 0);
      const ranked = [...c.candidates].sort((a, b) => score(b) - score(a));
      const top = score(ranked[0]!);
      if (top === 0 || (ranked[1] && score(ranked[1]) === top)) return [];
      return [{ start: c.start, end: c.end, text: c.text, iso: ranked[0]!.iso, name: ranked[0]!.name, rule: c.rule }];
    }),
  );
}
