/**
 * What two versions of a text share around an edit: the longest common prefix and suffix,
 * so that a stage re-reading a new version can take what lies wholly inside them from its
 * reading of the old one, by place, without comparing or hashing the pieces one by one.
 */

/** The stretches `after` shares with `before`: `after[0, same)` equals `before[0, same)`, and `after[tail, after.length)` equals `before` from `tail - shift` on. */
export interface SharedStretches {
  readonly same: number;
  readonly tail: number;
  /** `after.length - before.length`: where a place of the tail was in `before`, minus it. */
  readonly shift: number;
}

/** The stretches `after` shares with `before` (the common prefix and, after it, the common suffix: they never overlap). */
export function sharedStretches(before: string, after: string): SharedStretches {
  const same = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, Math.min(before.length, after.length) - same);
  return { same, tail: after.length - suffix, shift: after.length - before.length };
}

/**
 * The comparisons made in one run of a pipeline: the plan, the unit cache and the
 * alignment's memos each compare an account's last version with its new one, and with this
 * memo the two texts are compared once (~0.5–1 ms each at 1 MB, memory-bound). Owned by the
 * pipeline, emptied at the start and end of each run (so that it keeps no old version
 * alive); a comparison is taken only for the very same two texts.
 */
export interface StretchMemo {
  readonly made: { readonly before: string; readonly after: string; readonly stretches: SharedStretches }[];
}

/** A new, empty memo. */
export function newStretchMemo(): StretchMemo {
  return { made: [] };
}

/** `sharedStretches(before, after)`, taken from `memo` when this run compared the same two texts already. */
export function stretchesOf(memo: StretchMemo | undefined, before: string, after: string): SharedStretches {
  if (!memo) return sharedStretches(before, after);
  // Texts of different lengths compare unequal at once, the same string object equal at once.
  for (const m of memo.made) if (m.after === after && m.before === before) return m.stretches;
  const stretches = sharedStretches(before, after);
  memo.made.push({ before, after, stretches });
  return stretches;
}

/** Length of the longest common prefix of `a` and `b`. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  // Compared in blocks (comparing two strings is one memory comparison), then smaller blocks, then characters.
  let i = 0;
  for (let step = 4096; step >= 1; step >>= 4) while (i + step <= n && a.slice(i, i + step) === b.slice(i, i + step)) i += step;
  return i;
}

/** Length of the longest common suffix of `a` and `b`, `most` at most. */
function commonSuffix(a: string, b: string, most: number): number {
  let i = 0;
  for (let step = 4096; step >= 1; step >>= 4) while (i + step <= most && a.slice(a.length - i - step, a.length - i) === b.slice(b.length - i - step, b.length - i)) i += step;
  return i;
}
