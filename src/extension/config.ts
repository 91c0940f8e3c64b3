/**
 * Typed access to the `transcriptAnnotator.*` settings, with the defaults of package.json.
 */
import * as vscode from 'vscode';

/** Severity setting of a diagnostic kind. */
export type SeveritySetting = 'off' | 'hint' | 'information' | 'warning' | 'error';

/** Every setting of the extension, read at one moment. */
export interface AnnotatorConfig {
  /** Globs of `.txt`/`.md` files checked for accounts. */
  readonly files: readonly string[];
  readonly highlight: { readonly speakers: boolean; readonly persons: boolean; readonly countries: boolean; readonly claims: boolean };
  readonly diagnostics: {
    readonly unsupportedClaims: SeveritySetting;
    /** Report passages of context (background, narration): off by default. */
    readonly contextClaims: SeveritySetting;
    readonly quoteFidelity: SeveritySetting;
    readonly quoteFidelityThreshold: number;
  };
  readonly codeLensEnabled: boolean;
  /** Milliseconds between the last edit and the re-analysis. */
  readonly analysisDelay: number;
}

/** The configuration section of the extension. */
export const CONFIG_SECTION = 'transcriptAnnotator';

const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];

function severity(value: unknown, fallback: SeveritySetting): SeveritySetting {
  return SEVERITIES.includes(value as SeveritySetting) ? (value as SeveritySetting) : fallback;
}

/** Reads the settings for `scope` (a file, for folder-level overrides). */
export function readConfig(scope?: vscode.Uri): AnnotatorConfig {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  const num = (key: string, fallback: number, min: number, max: number) => {
    const v = c.get<number>(key);
    return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : fallback;
  };
  const files = c.get<string[]>('files');
  return {
    files: Array.isArray(files) ? files.filter((f) => typeof f === 'string') : ['**/*.txt', '**/*.md'],
    highlight: {
      speakers: c.get<boolean>('highlight.speakers') !== false,
      persons: c.get<boolean>('highlight.persons') !== false,
      countries: c.get<boolean>('highlight.countries') !== false,
      claims: c.get<boolean>('highlight.claims') !== false,
    },
    diagnostics: {
      unsupportedClaims: severity(c.get('diagnostics.unsupportedClaims'), 'information'),
      contextClaims: severity(c.get('diagnostics.contextClaims'), 'off'),
      quoteFidelity: severity(c.get('diagnostics.quoteFidelity'), 'hint'),
      quoteFidelityThreshold: num('diagnostics.quoteFidelityThreshold', 0.8, 0, 1),
    },
    codeLensEnabled: c.get<boolean>('codeLens.enabled') !== false,
    analysisDelay: num('analysisDelay', 300, 0, 60_000),
  };
}

/** Maps a severity setting to a VS Code severity; `undefined` means off. */
export function toDiagnosticSeverity(s: SeveritySetting): vscode.DiagnosticSeverity | undefined {
  switch (s) {
    case 'off':
      return undefined;
    case 'hint':
      return vscode.DiagnosticSeverity.Hint;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'error':
      return vscode.DiagnosticSeverity.Error;
  }
}
