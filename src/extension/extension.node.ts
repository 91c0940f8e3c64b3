/**
 * Entry point of the extension in the Node extension host (desktop VS Code, code-server):
 * the web entry (./extension.ts) plus worker threads that read the parse units of large
 * accounts, so that analysing them neither blocks the extension host nor uses one core only.
 */
import type * as vscode from 'vscode';
import { createWorkerUnitReader } from '../node/workerUnitReader';
import { activateIn, type TranscriptAnnotatorApi } from './extension';

export type { TranscriptAnnotatorApi } from './extension';
export { deactivate } from './extension';

/** Activates with the worker-thread unit reader (its script is dist/unitWorker.js, beside this bundle). */
export function activate(context: vscode.ExtensionContext): TranscriptAnnotatorApi {
  return activateIn(context, {
    createUnitReader: (log) => {
      const reader = createWorkerUnitReader({ workerFile: context.asAbsolutePath('dist/unitWorker.js'), logger: (m) => (m.includes('failed') ? log.warn(m) : log.info(m)) });
      return { read: (units, token) => reader.read(units, token), dispose: () => void reader.dispose() };
    },
  });
}
