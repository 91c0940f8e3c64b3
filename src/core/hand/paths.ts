/**
 * Relative paths between account URIs, for sidecar targets (`source`), which must
 * survive moving the folder. Pure string work on `/`-separated URI paths.
 */

function split(uri: string): { root: string; segments: string[] } {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/]*)?(.*)$/.exec(uri)!;
  return { root: m[1] ?? '', segments: m[2].split('/') };
}

/** The path of `to` relative to the folder of `from` (`file:///a/b/x.txt`, `file:///a/c/y.txt` → `../c/y.txt`). */
export function relativeSource(from: string, to: string): string {
  const a = split(from);
  const b = split(to);
  if (a.root !== b.root) return to;
  const dir = a.segments.slice(0, -1);
  let common = 0;
  while (common < dir.length && common < b.segments.length - 1 && dir[common] === b.segments[common]) common++;
  return [...dir.slice(common).map(() => '..'), ...b.segments.slice(common)].join('/');
}

/** Resolves `source` (relative, or an absolute URI) against the folder of `base`. */
export function resolveSource(base: string, source: string): string {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(source)) return source;
  const b = split(base);
  const out = b.segments.slice(0, -1);
  for (const part of source.split('/')) {
    if (part === '..') {
      if (out.length > 1) out.pop();
    } else if (part !== '.' && part !== '') out.push(part);
  }
  return b.root + out.join('/');
}
