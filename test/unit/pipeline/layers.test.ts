/**
 * The core's shape: stages and layers import downwards only (the pipeline on top, the data
 * model and word lists at the bottom), and no module of the core holds mutable state of its
 * own (a module-level `let` or `var`, or a module-level global or sticky regular expression
 * searched with `exec`, `test` or `lastIndex`, whose `lastIndex` is state): state lives in
 * what `createPipeline` makes.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const CORE = path.join(__dirname, '..', '..', '..', 'src', 'core');

/** Layer of each folder of the core: a folder imports from its own layer or a lower one. */
const LAYERS: Readonly<Record<string, number>> = {
  model: 0,
  data: 0,
  text: 1,
  annotators: 2,
  align: 2,
  merge: 3,
  export: 3,
  hand: 3,
  coverage: 3,
  review: 3,
  pipeline: 4,
};

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.ts$/.test(e.name) ? [p] : [];
  });
}

/**
 * The top folders of the core that `file` imports from (relative imports resolved, at any
 * depth: `annotators/persons/find.ts` importing '../../text/tokens' imports `text`); the
 * files at the top of the core (api.ts: the public types) are no folder's.
 */
function importedFolders(file: string): string[] {
  const out: string[] = [];
  for (const m of fs.readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
    const target = path.relative(CORE, path.resolve(path.dirname(file), m[1]!));
    if (target.startsWith('..')) continue; // outside the core: corePurity's business
    const parts = target.split(path.sep);
    if (parts.length > 1) out.push(parts[0]!);
  }
  return out;
}

test('core layers', async (t) => {
  await t.test('should import only from the same layer or a lower one', () => {
    const wrong: string[] = [];
    for (const file of sources(CORE)) {
      const folder = path.relative(CORE, file).split(path.sep)[0]!;
      const layer = LAYERS[folder];
      if (layer === undefined) continue; // files at the top (service, index, api) may import any folder
      for (const target of importedFolders(file)) {
        if (target === folder) continue;
        const targetLayer = LAYERS[target];
        assert.notEqual(targetLayer, undefined, `${path.relative(CORE, file)} imports from ${target}, which has no layer: add it to LAYERS`);
        if (targetLayer! > layer) wrong.push(`${path.relative(CORE, file)} (${folder}, layer ${layer}) imports ${target} (layer ${targetLayer})`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  await t.test('should give every folder of the core a layer', () => {
    const folders = fs.readdirSync(CORE, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    assert.deepEqual(folders.filter((f) => LAYERS[f] === undefined), []);
  });

  await t.test('should keep no mutable state in a module (no top-level let or var)', () => {
    const found = sources(CORE).flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, i }))
        .filter(({ line }) => /^(?:export\s+)?(?:let|var)\s/.test(line))
        .map(({ i }) => `${path.relative(CORE, file)}:${i + 1}`),
    );
    assert.deepEqual(found, []);
  });

  await t.test('should search no module-level global or sticky regular expression with exec, test or lastIndex', () => {
    const found: string[] = [];
    for (const file of sources(CORE)) {
      const source = fs.readFileSync(file, 'utf8');
      for (const m of source.matchAll(/^(?:export\s+)?const\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*\/(?:\\.|\[(?:\\.|[^\]])*\]|[^/\n\\])+\/([a-z]*)/gm)) {
        if (!/[gy]/.test(m[2]!)) continue;
        if (new RegExp(`\\b${m[1]}\\.(?:exec|test)\\(|\\b${m[1]}\\.lastIndex\\b`).test(source)) found.push(`${path.relative(CORE, file)}: ${m[1]}`);
      }
    }
    assert.deepEqual(found, []);
  });
});
