/**
 * The cross-reference panel's page for a VS Code webview: resolves the assets to webview
 * uris and fills the page template of src/shared/panelPage.ts with a fresh nonce.
 */
import * as vscode from 'vscode';
import { panelPage } from '../shared/panelPage';

/** Folders the panel may load from (its `localResourceRoots`): the bundle with its codicons, and media/. */
export function panelResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')];
}

/** A fresh nonce: 128 random bits, base64url. */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Which script (in dist/webview) and stylesheet (in media, over media/base.css) a page loads; default: the cross-reference panel's. */
export interface PanelPageKind {
  readonly script: string;
  readonly style: string;
  readonly title: string;
}

const CROSS_REFERENCES_PAGE: PanelPageKind = { script: 'main.js', style: 'panel.css', title: 'Cross-References' };

/** The panel page for `webview` (the coverage view passes its own `kind`). */
export function panelHtml(webview: vscode.Webview, extensionUri: vscode.Uri, nonce = makeNonce(), kind: PanelPageKind = CROSS_REFERENCES_PAGE): string {
  const asset = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path)).toString();
  return panelPage({
    cspSource: webview.cspSource,
    scriptUri: asset('dist', 'webview', kind.script),
    styleUris: [asset('dist', 'webview', 'codicons', 'codicon.css'), asset('media', 'base.css'), asset('media', kind.style)],
    nonce,
    title: kind.title,
  });
}

/**
 * Makes `view` show one of our pages (`kind`; default the cross-reference panel's): scripts
 * on, command links off, assets from our folders only. Its messages go to `receive`, and
 * `gone` runs when VS Code disposes it. Returns the listeners, for the owner to dispose.
 */
export function showPanelPage(view: vscode.WebviewView, extensionUri: vscode.Uri, receive: (message: unknown) => void, gone: () => void, kind?: PanelPageKind): vscode.Disposable[] {
  view.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: panelResourceRoots(extensionUri) };
  view.webview.html = panelHtml(view.webview, extensionUri, undefined, kind);
  return [view.webview.onDidReceiveMessage(receive), view.onDidDispose(gone)];
}
