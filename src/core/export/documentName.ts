/**
 * File names of accounts, from their URIs, for exports that name files.
 */

/**
 * The last path segment of `uri` (`file:///a/b/news%20report.txt` → `news report.txt`).
 * Works for URIs and plain paths (either slash).
 */
export function documentFileName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const segment = path.split(/[\\/]/).filter((s) => s.length > 0).pop() ?? path;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** `documentFileName` without its extension (`news.txt` → `news`). */
export function documentBaseName(uri: string): string {
  const name = documentFileName(uri);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** Characters no file name may hold on some system: separators, Windows' reserved ones, controls, bidi overrides. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `name` made safe to write into a folder: unsafe characters (see `UNSAFE`) become `_`,
 * trailing dots and spaces (dropped by Windows) too, and `.`, `..` or nothing becomes `_`.
 * A decoded URI segment can hold `/` (`..%2Fx.txt`): it must not leave the folder.
 */
export function safeFileName(name: string): string {
  const safe = name.replace(UNSAFE, '_').replace(/[. ]+$/, (m) => '_'.repeat(m.length));
  return safe === '' || /^\.+$/.test(safe) ? '_' : safe;
}

/**
 * Unique file names for several accounts' files (`x.txt`, `x.txt` → `x.txt`, `x-3.txt`
 * when a third account is itself `x-2.txt`): compared without case, as macOS and Windows
 * do; a name that no other account wants is kept; a taken one gets the first free `-N`
 * that no account wants either. Deterministic: order follows `names`.
 */
export function uniqueFileNames(names: readonly string[]): string[] {
  const key = (n: string) => n.toLowerCase();
  const wanted = new Set(names.map(key));
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    if (taken.has(key(name))) {
      const dot = name.lastIndexOf('.');
      const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
      for (let n = 2; taken.has(key(candidate)) || wanted.has(key(candidate)); n++) candidate = `${stem}-${n}${extension}`;
    }
    taken.add(key(candidate));
    return candidate;
  });
}
