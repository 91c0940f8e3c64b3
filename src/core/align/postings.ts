/**
 * Postings in compressed rows (which passages hold each id), as the passage index and the
 * near-verbatim index keep them, built from all passages or made from the last ones after
 * an edit (`patchPostings`: only the rows the changed passages touch are made again).
 */

/**
 * Postings in compressed rows: the passages holding id `k` are
 * `list[start[k] .. start[k + 1])`, ascending and distinct.
 */
export interface Postings {
  readonly start: Int32Array;
  readonly list: Int32Array;
}

/** Builds postings of `idCount` ids from parallel lists of ids and passages (in passage order). */
export function buildPostings(idCount: number, ids: Int32Array, at: Int32Array, length: number): Postings {
  const count = new Int32Array(idCount + 1);
  const last = new Int32Array(idCount).fill(-1);
  for (let k = 0; k < length; k++) {
    const id = ids[k]!;
    if (last[id] === at[k]) continue;
    last[id] = at[k]!;
    count[id + 1]!++;
  }
  for (let k = 1; k <= idCount; k++) count[k]! += count[k - 1]!;
  const list = new Int32Array(count[idCount]!);
  const fill = count.slice(0, idCount);
  last.fill(-1);
  for (let k = 0; k < length; k++) {
    const id = ids[k]!;
    if (last[id] === at[k]) continue;
    last[id] = at[k]!;
    list[fill[id]!++] = at[k]!;
  }
  return { start: count, list };
}

/**
 * The postings `buildPostings` gives for the passages after an edit, made from `old`, the
 * postings of `oldIdCount` ids of as many passages before it: only the passages `changedAt`
 * (ascending; `changed` flags them by position) differ, so only the rows of the ids they
 * held or hold are made again (the passages of the old row that did not change, and the
 * changed ones holding the id now, in order); the other rows are copied block by block.
 * `idsOf(at, now, visit)` visits the ids of passage `at`, before the edit (`now` false) or
 * after it, repeats allowed. `idCount` is at least `oldIdCount` (ids are only added).
 */
export function patchPostings(old: Postings, oldIdCount: number, idCount: number, changedAt: readonly number[], changed: Uint8Array, idsOf: (at: number, now: boolean, visit: (id: number) => void) => void): Postings {
  // The changed passages holding each id now, ascending and distinct (empty: held before only).
  const holders = new Map<number, number[]>();
  for (const i of changedAt) {
    for (const now of [false, true]) {
      idsOf(i, now, (id) => {
        let list = holders.get(id);
        if (!list) holders.set(id, (list = []));
        if (now && list[list.length - 1] !== i) list.push(i);
      });
    }
  }
  const affected = Int32Array.from(holders.keys()).sort();
  const rows: Int32Array[] = [];
  for (const id of affected) {
    const adds = holders.get(id)!;
    const row: number[] = [];
    let a = 0;
    if (id < oldIdCount) {
      for (let q = old.start[id]!, end = old.start[id + 1]!; q < end; q++) {
        const p = old.list[q]!;
        if (changed[p]) continue;
        while (a < adds.length && adds[a]! < p) row.push(adds[a++]!);
        row.push(p);
      }
    }
    while (a < adds.length) row.push(adds[a++]!);
    rows.push(Int32Array.from(row));
  }
  const start = new Int32Array(idCount + 1);
  let total = 0;
  for (let k = 0, r = 0; k < idCount; k++) {
    start[k] = total;
    if (r < affected.length && affected[r] === k) total += rows[r++]!.length;
    else if (k < oldIdCount) total += old.start[k + 1]! - old.start[k]!;
  }
  start[idCount] = total;
  const list = new Int32Array(total);
  // Ids `[from, to)` hold what they held: their rows copied in one block.
  const copyBlock = (from: number, to: number): void => {
    const a = Math.min(from, oldIdCount);
    const b = Math.min(to, oldIdCount);
    if (b > a) list.set(old.list.subarray(old.start[a]!, old.start[b]!), start[from]!);
  };
  let from = 0;
  for (let r = 0; r < affected.length; r++) {
    const id = affected[r]!;
    copyBlock(from, id);
    list.set(rows[r]!, start[id]!);
    from = id + 1;
  }
  copyBlock(from, idCount);
  return { start, list };
}
