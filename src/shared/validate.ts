/**
 * Tiny structural validators for messages crossing the webview boundary. Each
 * validator checks an `unknown` value and returns either the value, typed, or the
 * path and reason of the first problem (`snapshot.rows[3].score: expected a finite number`).
 *
 * Notes: hand-written rather than ajv so the panel bundle stays small and the same
 * code runs in the extension host and in the webview. Validators never throw.
 */

/** The outcome of a validation. */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/**
 * Where a value sits in the message: a linked list of keys and indices, only turned into
 * text (`snapshot.rows[3].score`) when something fails, so valid messages cost no strings.
 */
export type Path = { readonly parent: Path; readonly key: string | number } | undefined;

/** Checks `value` at `path` (used in error messages); returns the typed value or an error. */
export type Validator<T> = (value: unknown, path: Path) => Checked<T>;

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });

/** `snapshot.rows[3].score` for a path. */
export function formatPath(path: Path): string {
  const keys: (string | number)[] = [];
  for (let p = path; p; p = p.parent) keys.unshift(p.key);
  return keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

const fail = (path: Path, reason: string): Checked<never> => ({ ok: false, error: `${formatPath(path) || 'message'}: ${reason}` });

/** A string of at most `maxLength` UTF-16 code units. */
export function str(maxLength = 1_000_000): Validator<string> {
  return (v, p) =>
    typeof v !== 'string' ? fail(p, 'expected a string') : v.length > maxLength ? fail(p, `string longer than ${maxLength}`) : ok(v);
}

/** A finite number within `[min, max]`; `integer` also requires a whole number. */
export function num(min = -Infinity, max = Infinity, integer = false): Validator<number> {
  return (v, p) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return fail(p, 'expected a finite number');
    if (integer && !Number.isInteger(v)) return fail(p, 'expected an integer');
    if (v < min || v > max) return fail(p, `expected a number in [${min}, ${max}]`);
    return ok(v);
  };
}

/** `true` or `false`. */
export const bool: Validator<boolean> = (v, p) => (typeof v === 'boolean' ? ok(v) : fail(p, 'expected a boolean'));

/** One of the listed string literals. */
export function oneOf<const T extends readonly string[]>(values: T): Validator<T[number]> {
  const allowed = new Set<string>(values);
  return (v, p) => (typeof v === 'string' && allowed.has(v) ? ok(v as T[number]) : fail(p, `expected one of ${values.join(', ')}`));
}

/** An array of at most `maxItems` items, each checked by `item`. */
export function arrayOf<T>(item: Validator<T>, maxItems = 100_000): Validator<T[]> {
  return (v, p) => {
    if (!Array.isArray(v)) return fail(p, 'expected an array');
    if (v.length > maxItems) return fail(p, `more than ${maxItems} items`);
    const out: T[] = [];
    for (let i = 0; i < v.length; i++) {
      const r = item(v[i], { parent: p, key: i });
      if (!r.ok) return r;
      out.push(r.value);
    }
    return ok(out);
  };
}

type Shape = Record<string, Validator<unknown>>;
type FromShape<R extends Shape, O extends Shape> = { -readonly [K in keyof R]: R[K] extends Validator<infer T> ? T : never } & {
  -readonly [K in keyof O]?: O[K] extends Validator<infer T> ? T : never;
};

/**
 * A plain object with the `required` and `optional` properties. Unknown properties are
 * dropped from the result (never passed on), so a validated value holds only known data.
 * An optional property that is present but `undefined` counts as absent.
 */
export function obj<R extends Shape, O extends Shape = Record<never, never>>(required: R, optional?: O): Validator<FromShape<R, O>> {
  const requiredEntries = Object.entries(required);
  const optionalEntries = Object.entries(optional ?? {});
  return (v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(p, 'expected an object');
    const source = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, check] of requiredEntries) {
      if (!Object.prototype.hasOwnProperty.call(source, key)) return fail({ parent: p, key }, 'missing');
      const r = check(source[key], { parent: p, key });
      if (!r.ok) return r;
      out[key] = r.value;
    }
    for (const [key, check] of optionalEntries) {
      if (!Object.prototype.hasOwnProperty.call(source, key) || source[key] === undefined) continue;
      const r = check(source[key], { parent: p, key });
      if (!r.ok) return r;
      out[key] = r.value;
    }
    return ok(out as FromShape<R, O>);
  };
}

/**
 * A tagged union: reads `value.type` and checks the value with the validator of that tag.
 * The error of an unknown tag lists the known ones.
 */
export function taggedUnion<T>(variants: Record<string, Validator<T>>): Validator<T> {
  return (v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(p, 'expected an object with a "type"');
    const tag = (v as { type?: unknown }).type;
    if (typeof tag !== 'string' || !Object.prototype.hasOwnProperty.call(variants, tag)) {
      return fail({ parent: p, key: 'type' }, `expected one of ${Object.keys(variants).join(', ')}`);
    }
    return variants[tag](v, p);
  };
}
