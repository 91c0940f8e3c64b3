/**
 * The layering check of `scripts/corePurity.ts` (run by `npm run typecheck`): the tree
 * passes it, and each kind of breach, written into a probe file that exists only in
 * memory, makes it fail.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { findImpurities } from '../../scripts/corePurity';

const SRC = path.join(__dirname, '..', '..', 'src');
const CORE_PROBE = path.join(SRC, 'core', 'align', 'purityProbe.ts');
const SHARED_PROBE = path.join(SRC, 'shared', 'purityProbe.ts');
const EXTENSION_PROBE = path.join(SRC, 'extension', 'purityProbe.ts');

/** The probe's findings, as `line: message` without the tree's own (which the first test keeps at none). */
function probe(file: string, text: string): string[] {
  const name = path.relative(path.join(SRC, '..'), file).split(path.sep).join('/');
  return findImpurities({ [file]: text }).filter((i) => i.file === name).map((i) => `${i.line}: ${i.message}`);
}

test('core purity', async (t) => {
  await t.test('should find no breach in the tree', () => {
    assert.deepEqual(findImpurities(), []);
  });

  await t.test('should refuse vscode, node built-ins and files outside core in core', () => {
    const found = probe(CORE_PROBE, [
      "import type * as vscode from 'vscode';",
      "import { readFileSync } from 'node:fs';",
      "import path from 'path';",
      "import { readConfig } from '../../extension/config';",
      "import { nothing } from 'fast-check';",
      "import type { Root } from 'nlcst';",
      "import { unified } from 'unified';",
      'export const used = [vscode, readFileSync, path, readConfig, nothing, unified] as unknown as Root;',
    ].join('\n'));
    assert.equal(found.length, 5, found.join('\n'));
    assert.match(found[0]!, /^1: core imports 'vscode'/);
    assert.match(found[1]!, /^2: core imports 'node:fs'/);
    assert.match(found[2]!, /^3: core imports 'path'/);
    assert.match(found[3]!, /^4: core imports '\.\.\/\.\.\/extension\/config', outside src\/core/);
    assert.match(found[4]!, /^5: core imports a value from 'fast-check', which is not a runtime dependency/);
  });

  await t.test('should refuse the globals of Node and the DOM in core, not names of its own', () => {
    const found = probe(CORE_PROBE, [
      'export const env = process.env.HOME;',
      "export const bytes = Buffer.from('x');",
      'export const timer = setTimeout(() => undefined, 1);',
      'export const title = document.title;',
      'export function own(process: { env: string }, options: { document: number }): string { return process.env + options.document; }',
      'export const plain = [1, 2].map((n) => Math.max(n, 0)).join(JSON.stringify({ a: 1 }));',
    ].join('\n'));
    assert.deepEqual(found.map((f) => f.replace(/ of .*/, '')), [
      "1: core uses the global 'process'",
      "2: core uses the global 'Buffer'",
      "3: core uses the global 'setTimeout'",
      "4: core uses the global 'document'",
    ]);
  });

  await t.test('should let shared code take only types from core', () => {
    const found = probe(SHARED_PROBE, [
      "import { ANNOTATION_KINDS } from '../core/index';",
      "import type { AnnotationSet } from '../core/index';",
      "import { type Annotation } from '../core';",
      'export const kinds: readonly string[] = ANNOTATION_KINDS;',
      'export type Both = AnnotationSet | Annotation;',
    ].join('\n'));
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0]!, /^1: shared imports a value from core/);
  });

  await t.test('should let code outside core import it only through its entry points', () => {
    const found = probe(EXTENSION_PROBE, [
      "import { createAnnotationService } from '../core/index';",
      "import type { AnnotationService } from '../core/api';",
      "import { PAIRS_FILE } from '../core/pairs';",
      "import type { AnnotationSet } from '../core/model/annotation';",
      'export const made: AnnotationService = createAnnotationService();',
      'export const file: string = PAIRS_FILE;',
      'export type Set = AnnotationSet;',
    ].join('\n'));
    assert.deepEqual(found.map((f) => f.slice(0, f.indexOf(',') + 1)), ["3: extension imports '../core/pairs',", "4: extension imports '../core/model/annotation',"]);
    assert.match(found[0]!, /import from src\/core\/index\.ts/);
  });

  await t.test('should let only convert.ts turn positions of a document into offsets and back', () => {
    const found = probe(EXTENSION_PROBE, [
      "import * as vscode from 'vscode';",
      'export function caret(doc: vscode.TextDocument, p: vscode.Position): number {',
      '  return doc.offsetAt(p);',
      '}',
      'export const lines = { positionAt: (n: number): number => n };',
      'export const own: number = lines.positionAt(3);',
    ].join('\n'));
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0]!, /^3: calls TextDocument\.offsetAt: offsets are converted in src\/extension\/convert\.ts/);
  });
});
