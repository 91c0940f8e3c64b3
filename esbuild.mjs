// Bundles every entry point of the project with esbuild.
//   node esbuild.mjs               development build (sourcemaps, not minified)
//   node esbuild.mjs --production  minified, with sourcemaps (what `npm run build` and the VSIX use)
//   node esbuild.mjs --watch       rebuilds on change
//   --quiet                        warnings and errors only (for scripts that build first, e.g. `npm run eval`)
import * as esbuild from 'esbuild';
import fs from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const quiet = process.argv.includes('--quiet');

/** Options shared by every bundle. */
const common = {
  bundle: true,
  minify: production,
  sourcemap: true,
  sourcesContent: false,
  legalComments: 'none',
  logLevel: quiet ? 'warning' : 'info',
  target: 'es2022',
};

/** @type {import('esbuild').BuildOptions[]} */
const bundles = [
  // Node extension host
  { ...common, entryPoints: ['src/extension/extension.node.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  // Web extension host (vscode.dev, code-server's web worker host)
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], define: { 'process.env.NODE_ENV': '"production"' }, mainFields: ['browser', 'module', 'main'] },
  // Worker thread that reads parse units for the node extension host and the command line
  { ...common, entryPoints: ['src/node/unitWorker.ts'], outfile: 'dist/unitWorker.js', platform: 'node', format: 'cjs' },
  // Command line
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  // Cross-reference panel script
  { ...common, entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview/main.js', platform: 'browser', format: 'iife' },
  // Coverage view script (the event's coverage matrix, beside the cross-references)
  { ...common, entryPoints: ['src/webview/coverageMain.ts'], outfile: 'dist/webview/coverage.js', platform: 'browser', format: 'iife' },
].filter((b) => b.entryPoints.every((e) => fs.existsSync(e)));

// Codicons for the panel, served from dist/webview (its resource root) since node_modules is not packaged.
fs.mkdirSync('dist/webview/codicons', { recursive: true });
for (const f of ['codicon.css', 'codicon.ttf']) fs.copyFileSync(`node_modules/@vscode/codicons/dist/${f}`, `dist/webview/codicons/${f}`);

if (watch) {
  for (const b of bundles) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(bundles.map((b) => esbuild.build(b)));
  if (fs.existsSync('dist/cli.js')) fs.chmodSync('dist/cli.js', 0o755);
}
