/**
 * `JSON.stringify(value, null, 2)` written in pieces, so that an export of a large account
 * is never one string nor one object graph (issue 14: a W3C export of 20 MB of text is
 * ~1 GB of JSON, twice the longest string V8 can hold).
 *
 * - Objects and arrays at the paths `descend` accepts are written member by member; any
 *   other value is `JSON.stringify(value, null, 2)` indented to its depth.
 * - A `LazyArray` is written item by item as its iterator makes them: the items never
 *   exist all at once.
 *
 * The pieces joined are byte-identical to `JSON.stringify(value, null, 2)` of the same data
 * (with each `LazyArray` as the array of its items): JSON text has no raw line break inside
 * a string, so indenting is adding spaces after each line break.
 *
 * Notes: values are plain data (no `toJSON`, no cycles); like `JSON.stringify`, object
 * members whose value is `undefined` are left out.
 */

/** An array made item by item when it is written. */
export class LazyArray {
  /**
   * @param items makes the items (called once per write)
   * @param isEmpty true when `items` makes none (`[]` is written on one line)
   */
  constructor(
    readonly items: () => Iterable<unknown>,
    readonly isEmpty: boolean,
  ) {}
}

/** Yields the pieces of `value` as 2-space JSON (see the module notes). */
export function* jsonChunks(value: unknown, descend: (path: readonly string[]) => boolean, path: readonly string[] = [], indent = ''): Generator<string> {
  const inner = `${indent}  `;
  if (value instanceof LazyArray) {
    if (value.isEmpty) {
      yield '[]';
      return;
    }
    yield '[';
    let first = true;
    for (const item of value.items()) {
      yield first ? `\n${inner}` : `,\n${inner}`;
      first = false;
      yield* jsonChunks(item, descend, [...path, '*'], inner);
    }
    yield `\n${indent}]`;
    return;
  }
  if (value === null || typeof value !== 'object' || !descend(path)) {
    const json = JSON.stringify(value, null, 2) ?? 'null';
    yield indent === '' ? json : json.replace(/\n/g, `\n${indent}`);
    return;
  }
  if (Array.isArray(value)) {
    yield* jsonChunks(new LazyArray(() => value, value.length === 0), descend, path, indent);
    return;
  }
  const members = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (members.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  let first = true;
  for (const [key, v] of members) {
    yield `${first ? '' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonChunks(v, descend, [...path, key], inner);
  }
  yield `\n${indent}}`;
}
