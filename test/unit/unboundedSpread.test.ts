/**
 * No spread of an unbounded array into a call (`Math.max(...ids)`, `list.push(...more)`):
 * every argument goes on the stack, and past ~100k values V8 throws RangeError. A scan of
 * src/: each call that spreads into its arguments is listed here with why it is bounded,
 * or rewritten as a loop.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

const SRC = path.join(__dirname, '..', '..', 'src');

/** Calls that may spread, by file and the text of the call, with the bound. */
const BOUNDED: Readonly<Record<string, string>> = {
  'core/align/alignAccounts.ts|links.push(...whole.map': 'findSupport returns at most 3 + MAX_COMPLEMENTS passages',
  'core/align/alignAccounts.ts|links.push(...found[i]!.map': 'findSupport returns at most 3 + MAX_COMPLEMENTS passages',
  'core/export/webAnnotation.ts|stableUuid(...uris': 'one part per account of the export',
  'core/export/webAnnotation.ts|stableUuid(...key': 'a review key has four or six parts (uri, id and offsets)',
  'core/export/brat.ts|notes.push(...reviewNote': 'reviewNote returns at most one note',
  'core/hand/readBratAnn.ts|stableUuid(...parts': 'at most four parts (T id, file, T id, action)',
  'extension/analysisScheduler.ts|Math.max(...inputs.map': 'a pair: at most two accounts',
  'extension/commands/handCommandSupport.ts|vscode.window.showWarningMessage(...actions': 'one or two buttons',
  'extension/markdownText.ts|String.fromCodePoint(...[...iso.toUpperCase': 'a two-letter ISO code',
  'extension/panelHtml.ts|String.fromCharCode(...bytes': 'a 16-byte nonce',
  'extension/panelHtml.ts|vscode.Uri.joinPath(...path': 'a few path segments',
  'webview/emptyState.ts|h(...text.steps.map': 'the fixed steps of an empty state',
  'webview/emptyState.ts|h(...buttons': 'the fixed buttons of an empty state',
  'webview/panel.ts|this.#orphansHost.replaceChildren(...': 'zero or one node',
  'webview/renderRow.ts|h(...row.countries.map': 'the countries of one row',
  'webview/virtualList.ts|this.#window.replaceChildren(...nodes': 'the rows of the visible window only',
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ts$/.test(e.name) && !e.name.includes('.generated.'))
    .map((e) => path.join(e.parentPath, e.name));
}

/** `callee(...spread` for each call (or `new`) that spreads into its arguments. */
function spreadingCalls(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      for (const arg of node.arguments ?? []) {
        if (ts.isSpreadElement(arg)) found.push(`${node.expression.getText(source)}(...${arg.expression.getText(source).split('(')[0]}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

test('should spread into a call only what is bounded', () => {
  const offending: string[] = [];
  for (const file of sources(SRC)) {
    const rel = path.relative(SRC, file).split(path.sep).join('/');
    for (const c of spreadingCalls(file)) if (!(`${rel}|${c}` in BOUNDED)) offending.push(`${rel}|${c}`);
  }
  assert.deepEqual(offending, [], 'rewrite these as loops, or list them in BOUNDED with their bound');
});
