/**
 * The order of an annotation set: by start, then the longer first, then by a kind order
 * (`annotateReadings`), stable. Given as a permutation of indexes, so that no row object is
 * made per annotation (~16k per 1 MB account, made again on every edit).
 *
 * Notes: the indexes are sorted by one number each, `start * 2^b + index` (`b` the bits of
 * the count), in a `Float64Array`, whose sort compares numbers without calling back into
 * JavaScript; then each run of equal starts (a turn, a claim and a person opening at one
 * place: a few entries) is put in order by end and kind with an insertion sort. Exact while
 * `start * 2^b + index < 2^53`: a string holds at most 2^29 characters in V8 and 2^30 in
 * other engines, so up to 2^23 annotations (8 million; a 10 MB account has ~200k).
 */

/** Largest integer a double holds exactly, plus one. */
const EXACT = 2 ** 53;

/**
 * The indexes `0…count-1` ordered by `starts` ascending, then `ends` descending, then
 * `orders` ascending; equal entries keep their index order.
 */
export function placeOrder(starts: ArrayLike<number>, ends: ArrayLike<number>, orders: ArrayLike<number>, count: number): Int32Array {
  const scale = 2 ** Math.max(1, Math.ceil(Math.log2(count + 1)));
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const key = starts[i]! * scale + i;
    if (key >= EXACT) throw new RangeError(`placeOrder: ${count} annotations at offsets up to ${starts[i]} do not fit one sort key; split the account.`);
    keys[i] = key;
  }
  keys.sort();
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = keys[i]! % scale;
  // runs of equal starts: by end (longer first), then by kind; stable
  for (let i = 1; i < count; i++) {
    const x = order[i]!;
    const start = starts[x]!;
    let j = i - 1;
    while (j >= 0) {
      const y = order[j]!;
      if (starts[y] !== start || ends[y]! > ends[x]! || (ends[y] === ends[x] && orders[y]! <= orders[x]!)) break;
      order[j + 1] = y;
      j--;
    }
    order[j + 1] = x;
  }
  return order;
}
