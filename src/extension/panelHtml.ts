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
 * The webview view a provider shows, for as long as VS Code keeps it. `attach` makes a view
 * show one of our pages (`kind`; default the cross-reference panel's): scripts on, command
 * links off, assets from our folders only; its messages go to `receive`. `view` is undefined
 * before the first `attach` and once VS Code disposes the view; `ready` is false until the
 * owner calls `markReady` (the page said "ready") and again on each new view. `post` sends
 * only to a ready page: messages before that would be lost, and "ready" triggers a full update.
 */
export class PanelPageHost<ToPage> implements vscode.Disposable {
  readonly #extensionUri: vscode.Uri;
  readonly #receive: (message: unknown) => void;
  readonly #kind: PanelPageKind | undefined;
  #subscriptions: vscode.Disposable[] = [];
  #view: vscode.WebviewView | undefined;
  #ready = false;

  constructor(extensionUri: vscode.Uri, receive: (message: unknown) => void, kind?: PanelPageKind) {
    this.#extensionUri = extensionUri;
    this.#receive = receive;
    this.#kind = kind;
  }

  /** The view shown; undefined when there is none (never opened, or disposed by VS Code). */
  get view(): vscode.WebviewView | undefined {
    return this.#view;
  }

  /** True once the page of the current view said "ready". */
  get ready(): boolean {
    return this.#ready;
  }

  markReady(): void {
    this.#ready = true;
  }

  attach(view: vscode.WebviewView): void {
    this.#disposeSubscriptions();
    this.#view = view;
    this.#ready = false;
    view.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: panelResourceRoots(this.#extensionUri) };
    view.webview.html = panelHtml(view.webview, this.#extensionUri, undefined, this.#kind);
    this.#subscriptions = [
      view.webview.onDidReceiveMessage(this.#receive),
      view.onDidDispose(() => {
        if (this.#view === view) {
          this.#view = undefined;
          this.#ready = false;
        }
      }),
    ];
  }

  post(message: ToPage): void {
    if (this.#ready) void this.#view?.webview.postMessage(message);
  }

  dispose(): void {
    this.#disposeSubscriptions();
  }

  #disposeSubscriptions(): void {
    for (const d of this.#subscriptions.splice(0)) d.dispose();
  }
}
