/**
 * Cohen's kappa (Cohen 1960): agreement of two raters who each put the same items into
 * one of several categories, corrected for the agreement expected by chance.
 *
 *   κ = (pₒ − pₑ) / (1 − pₑ),  pₒ = share of items both put in the same category,
 *   pₑ = Σₖ (share A put in k) · (share B put in k).
 *
 * No maintained npm package computes it alone (simple-statistics has none), hence this
 * small function. Pure.
 */

/** The two raters' agreement on a list of items. */
export interface Agreement {
  /** Items rated by both. */
  readonly items: number;
  /** Items put in the same category. */
  readonly agreed: number;
  /** pₒ, 0..1; `undefined` for no items. */
  readonly raw?: number;
  /**
   * κ, −1..1; `undefined` when it is not defined: no items, or chance agreement of 1
   * (both raters used one and the same category for every item).
   */
  readonly kappa?: number;
}

/** κ and raw agreement of `pairs`: for each item, rater A's category and rater B's. */
export function cohensKappa(pairs: readonly (readonly [string, string])[]): Agreement {
  const n = pairs.length;
  if (n === 0) return { items: 0, agreed: 0 };
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  let agreed = 0;
  for (const [x, y] of pairs) {
    if (x === y) agreed++;
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
  }
  const raw = agreed / n;
  let chance = 0;
  for (const [category, count] of a) chance += (count / n) * ((b.get(category) ?? 0) / n);
  return chance >= 1 ? { items: n, agreed, raw } : { items: n, agreed, raw, kappa: (raw - chance) / (1 - chance) };
}
