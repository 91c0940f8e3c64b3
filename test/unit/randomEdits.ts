/**
 * Random edits for the property tests of what an edit re-reads (memos, caches, patched
 * indexes): a small seeded generator for the tests that draw their own, and one way to
 * apply an edit drawn as fractions.
 */

/** A small seeded generator (a linear congruential one): the same sequence for the same seed. */
export function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** `text` with `remove` characters at `at` (a fraction of its length) replaced by `insert`. */
export function applyEdit(text: string, at: number, remove: number, insert: string): string {
  const i = Math.min(text.length, Math.floor(at * (text.length + 1)));
  return text.slice(0, i) + insert + text.slice(Math.min(text.length, i + remove));
}
