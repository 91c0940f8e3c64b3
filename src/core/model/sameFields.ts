/**
 * Field-by-field comparison of two plain records (annotations, parse units), used where a
 * memo decides whether what it kept was made from the same values: cheaper than
 * comparing the JSON of the whole records on every run.
 */

/**
 * True when `x` and `y` have the same field names (leaving out those of `skip`) and, field
 * by field, values that are identical or have the same JSON (`sameJson`).
 */
export function sameFields(x: object, y: object, skip?: ReadonlySet<string>): boolean {
  const a = x as Record<string, unknown>;
  const b = y as Record<string, unknown>;
  let fields = 0;
  for (const k in b) {
    fields++;
    if (skip?.has(k)) continue;
    // the same field names (as many, each of one in the other), the same values
    if (!(k in a) || (a[k] !== b[k] && !sameJson(a[k], b[k]))) return false;
  }
  for (const _ in a) fields--;
  return fields === 0;
}

/** `JSON.stringify(x) === JSON.stringify(y)`, without making the JSON for two flat objects with the same keys in the same order and the same primitive values. */
export function sameJson(x: unknown, y: unknown): boolean {
  if (typeof x === 'object' && typeof y === 'object' && x !== null && y !== null && !Array.isArray(x) && !Array.isArray(y)) {
    const kx = Object.keys(x);
    const ky = Object.keys(y);
    let flat = kx.length === ky.length;
    for (let i = 0; flat && i < kx.length; i++) {
      const v = (x as Record<string, unknown>)[kx[i]!];
      flat = kx[i] === ky[i] && v === (y as Record<string, unknown>)[ky[i]!] && (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean');
    }
    if (flat) return true;
  }
  return JSON.stringify(x) === JSON.stringify(y);
}
