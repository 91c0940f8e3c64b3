/**
 * A small glob matcher for the `transcriptAnnotator.files` setting, usable without a
 * TextDocument (counterpart candidates are often closed files). Pure: no vscode import.
 *
 * Supports `**` (any number of folders), `*` and `?` (within one path segment),
 * `{a,b}` alternatives and `[...]` character classes. Matching is case-sensitive,
 * on forward-slash paths.
 */

/** Compiles a glob into a RegExp matching a whole forward-slash path. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let inGroup = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more whole folders; a trailing `**` matches anything.
        if (glob[i + 2] === '/') {
          re += '(?:[^/]*/)*';
          i += 2;
        } else {
          re += '.*';
          i += 1;
        }
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '{') {
      inGroup++;
      re += '(?:';
    } else if (c === '}' && inGroup > 0) {
      inGroup--;
      re += ')';
    } else if (c === ',' && inGroup > 0) {
      re += '|';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) {
        re += '\\[';
      } else {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = close;
      }
    } else {
      re += c.replace(/[.+^$()|\\/]/g, '\\$&');
    }
  }
  return new RegExp(`^${re}$`);
}

/**
 * True when `path` (forward slashes, relative to its workspace folder, or absolute when
 * the file is outside every folder) matches one of `globs`. A pattern without a folder
 * part (`*.txt`) matches the file name in any folder, as VS Code's `files.exclude` does.
 */
export function matchesAnyGlob(path: string, globs: readonly string[]): boolean {
  const p = path.replace(/\\/g, '/');
  const name = p.slice(p.lastIndexOf('/') + 1);
  return globs.some((g) => {
    const re = globToRegExp(g.replace(/\\/g, '/'));
    if (re.test(p) || re.test(p.replace(/^\/+/, ''))) return true;
    return !g.includes('/') && re.test(name);
  });
}
