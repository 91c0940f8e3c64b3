/**
 * The HTML page of the cross-reference panel, without any VS Code dependency so the
 * same page is tested in a bare browser: a strict Content-Security-Policy (nothing inline
 * runs or styles; the one script runs by nonce), the stylesheets, and an empty `#root`
 * that the script fills. No document text is ever put in this HTML.
 */

/** What the page links to. */
export interface PanelPageAssets {
  /** The webview's `cspSource` (origin allowed for styles and fonts). */
  readonly cspSource: string;
  readonly scriptUri: string;
  /** Stylesheets, in order (codicons first, then media/base.css, then the page's own). */
  readonly styleUris: readonly string[];
  /** A fresh random nonce for the script. */
  readonly nonce: string;
  /** The page title; default "Cross-References". */
  readonly title?: string;
}

/** The Content-Security-Policy of the panel. */
export function panelCsp(cspSource: string, nonce: string): string {
  return ["default-src 'none'", `style-src ${cspSource}`, `font-src ${cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
}

/** The panel page. Attribute values are escaped (they are uris, but never trusted blindly). */
export function panelPage(assets: PanelPageAssets): string {
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const styles = assets.styleUris.map((u) => `<link rel="stylesheet" href="${attr(u)}">`).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(panelCsp(assets.cspSource, assets.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${styles}
<title>${attr(assets.title ?? 'Cross-References')}</title>
</head>
<body>
<div id="root" class="root"></div>
<script nonce="${attr(assets.nonce)}" src="${attr(assets.scriptUri)}"></script>
</body>
</html>`;
}
