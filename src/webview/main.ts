/**
 * Entry point of the cross-reference panel script (bundled to dist/webview/main.js,
 * loaded by src/extension/sidePanel.ts with a CSP nonce).
 */
import { Panel, type WebviewApi } from './panel';

declare function acquireVsCodeApi(): WebviewApi;

const root = document.getElementById('root');
if (root) new Panel(root, acquireVsCodeApi());
else console.error('Transcript Annotator panel: the page has no #root element; the panel HTML and script are out of step. Rebuild with `npm run build`.');
