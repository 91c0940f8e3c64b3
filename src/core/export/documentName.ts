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

/**
 * Unique file names for several accounts: `news.txt`, `news-2.txt` when two accounts in
 * different folders share a name. Order follows `uris`.
 */
export function uniqueFileNames(uris: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return uris.map((uri) => {
    const name = documentFileName(uri);
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count === 1) return name;
    const dot = name.lastIndexOf('.');
    return dot > 0 ? `${name.slice(0, dot)}-${count}${name.slice(dot)}` : `${name}-${count}`;
  });
}
