/**
 * Entry point of the coverage view script (bundled to dist/webview/coverage.js, loaded
 * by src/extension/coveragePanel.ts with a CSP nonce).
 */
import { CoverageViewPanel, type CoverageWebviewApi } from './coverageView';

declare function acquireVsCodeApi(): CoverageWebviewApi;

const root = document.getElementById('root');
if (root) new CoverageViewPanel(root, acquireVsCodeApi());
else console.error('Transcript Annotator coverage view: the page has no #root element; the page and script are out of step. Rebuild with `npm run build`.');
