/**
 * What one alignment run keeps for the next (the sentence, term-table and reference
 * memos): the values made or reused in this run (`current`) and in the last one
 * (`previous`). A value no run asks for twice in a row is dropped, so a memo holds at
 * most two runs' worth. Owned by a pipeline, never module state.
 */
import type { StretchMemo } from '../text/sharedStretches';

export interface RunMemo<V> {
  current: Map<string, V>;
  previous: Map<string, V>;
  /** The pipeline's comparisons of this run (see `StretchMemo`), when it shares them. */
  stretches?: StretchMemo;
}

/** A new, empty memo. */
export function newRunMemo<V>(): RunMemo<V> {
  return { current: new Map(), previous: new Map() };
}

/** Starts a run: the values of the last run stay findable, older ones are dropped. */
export function startRun<V>(memo: RunMemo<V>): void {
  memo.previous = memo.current;
  memo.current = new Map();
}

/** The value kept for `key` in this run or the last; `undefined` when neither made it. */
export function recall<V>(memo: RunMemo<V>, key: string): V | undefined {
  return memo.current.get(key) ?? memo.previous.get(key);
}
