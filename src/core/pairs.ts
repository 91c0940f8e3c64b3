/**
 * The pairs file: which accounts pair with which, and which files are (or are not)
 * accounts regardless of detection. Committable, so the VS Code extension and the
 * command line agree on the same pairs.
 *
 * Location: `.vscode/transcript-annotator.json` in a workspace folder (see `PAIRS_FILE`).
 * Paths inside are relative to that workspace folder, with forward slashes.
 *
 * ```json
 * {
 *   "version": 1,
 *   "pairs": [["reports/news.txt", "reports/transcript.txt"]],
 *   "include": ["notes/interview.md"],
 *   "exclude": ["README.md"]
 * }
 * ```
 *
 * Pure: no I/O. The caller reads and writes the file.
 */

/** Path of the pairs file relative to a workspace folder. */
export const PAIRS_FILE = '.vscode/transcript-annotator.json';

/** Current version of the pairs file format. */
export const PAIRS_VERSION = 1;

/** The content of a pairs file. */
export interface PairsConfig {
  readonly version: typeof PAIRS_VERSION;
  /** Explicit pairs of accounts, each path relative to the workspace folder. */
  readonly pairs: readonly (readonly [string, string])[];
  /** Files annotated even when detection does not recognise them as accounts. */
  readonly include: readonly string[];
  /** Files never annotated (wins over `include` and detection). */
  readonly exclude: readonly string[];
}

/** An empty pairs file. */
export const EMPTY_PAIRS: PairsConfig = Object.freeze({ version: PAIRS_VERSION, pairs: [], include: [], exclude: [] });

/** The outcome of parsing: the config, or why it could not be read. */
export type PairsParseResult =
  | { readonly ok: true; readonly config: PairsConfig }
  | { readonly ok: false; readonly error: string };

/**
 * Parses the text of a pairs file. Never throws: a file that is not JSON, of a newer
 * version or of the wrong shape gives `{ok: false, error}` with a message saying what
 * to fix. Empty text (or only whitespace) is an empty config.
 */
export function parsePairsFile(text: string): PairsParseResult {
  if (text.trim() === '') return { ok: true, config: EMPTY_PAIRS };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${PAIRS_FILE} is not valid JSON (${(e as Error).message}). Fix or delete it.` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: `${PAIRS_FILE} must hold a JSON object like {"version": 1, "pairs": []}.` };
  }
  const o = data as Record<string, unknown>;
  const version = o.version ?? PAIRS_VERSION;
  if (typeof version !== 'number' || version > PAIRS_VERSION) {
    return { ok: false, error: `${PAIRS_FILE} has version ${String(version)}, newer than this version understands (${PAIRS_VERSION}). Update Transcript Annotator.` };
  }
  const pairs: [string, string][] = [];
  if (o.pairs !== undefined) {
    if (!Array.isArray(o.pairs)) return { ok: false, error: `"pairs" in ${PAIRS_FILE} must be a list of [path, path] pairs.` };
    for (const p of o.pairs) {
      if (!Array.isArray(p) || p.length !== 2 || typeof p[0] !== 'string' || typeof p[1] !== 'string') {
        return { ok: false, error: `Every entry of "pairs" in ${PAIRS_FILE} must be two paths, like ["news.txt", "transcript.txt"]; found ${JSON.stringify(p)}.` };
      }
      const [a, b] = [normalisePath(p[0]), normalisePath(p[1])];
      // An account cross-referenced with itself finds every claim "verbatim": no pair.
      if (a === b) return { ok: false, error: `"pairs" in ${PAIRS_FILE} pairs ${a} with itself; pair it with the other account of the event.` };
      pairs.push([a, b]);
    }
  }
  const lists: Record<'include' | 'exclude', string[]> = { include: [], exclude: [] };
  for (const key of ['include', 'exclude'] as const) {
    const v = o[key];
    if (v === undefined) continue;
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
      return { ok: false, error: `"${key}" in ${PAIRS_FILE} must be a list of paths.` };
    }
    lists[key] = v.map(normalisePath);
  }
  return { ok: true, config: { version: PAIRS_VERSION, pairs, include: lists.include, exclude: lists.exclude } };
}

/** Serialises a config: stable order, two-space indent, trailing newline (diff-friendly). */
export function serializePairsFile(config: PairsConfig): string {
  const out = {
    version: PAIRS_VERSION,
    pairs: [...config.pairs].map((p) => [...p]).sort((a, b) => a.join('\n').localeCompare(b.join('\n'))),
    include: [...new Set(config.include)].sort(),
    exclude: [...new Set(config.exclude)].sort(),
  };
  // One pair per line reads better than the default nesting.
  const pairLines = out.pairs.map((p) => `    ${JSON.stringify(p)}`).join(',\n');
  const list = (xs: readonly string[]) => (xs.length ? `[\n${xs.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]` : '[]');
  return `{\n  "version": ${out.version},\n  "pairs": ${out.pairs.length ? `[\n${pairLines}\n  ]` : '[]'},\n  "include": ${list(out.include)},\n  "exclude": ${list(out.exclude)}\n}\n`;
}

/** Forward slashes, no leading `./`. */
export function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/** The explicit counterpart of `path`, or `undefined` when the file is in no pair. */
export function counterpartInPairs(config: PairsConfig, path: string): string | undefined {
  const p = normalisePath(path);
  for (const [a, b] of config.pairs) {
    if (a === p) return b;
    if (b === p) return a;
  }
  return undefined;
}

/** A config where `a` and `b` pair with each other, and with nothing else. */
export function withPair(config: PairsConfig, a: string, b: string): PairsConfig {
  const pa = normalisePath(a);
  const pb = normalisePath(b);
  const pairs = config.pairs.filter(([x, y]) => x !== pa && y !== pa && x !== pb && y !== pb);
  return { ...config, pairs: [...pairs, [pa, pb]], exclude: config.exclude.filter((x) => x !== pa && x !== pb) };
}

/** A config where `path` is always annotated. */
export function withIncluded(config: PairsConfig, path: string): PairsConfig {
  const p = normalisePath(path);
  return { ...config, include: [...config.include.filter((x) => x !== p), p], exclude: config.exclude.filter((x) => x !== p) };
}

/** A config where `path` is never annotated and pairs with nothing. */
export function withExcluded(config: PairsConfig, path: string): PairsConfig {
  const p = normalisePath(path);
  return {
    ...config,
    pairs: config.pairs.filter(([x, y]) => x !== p && y !== p),
    include: config.include.filter((x) => x !== p),
    exclude: [...config.exclude.filter((x) => x !== p), p],
  };
}
