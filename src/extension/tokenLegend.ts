/**
 * The legend of the editor's colours (persons, countries, quotes, figures, unsupported
 * claims), as the status-bar item's hover shows it. Pure: no vscode import. The colours
 * are resolved from `editor.semanticTokenColorCustomizations` for the active theme (the
 * extension's defaults for the default themes, merged with the user's own rules) the way
 * VS Code applies them: `[Theme]` sections (several `[A][B]`, `*` wildcards) over the
 * global `rules`, and of two rules with the same selector the later one wins.
 */

/** A style of a semantic-token rule. */
export interface TokenStyle {
  readonly foreground?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
}

/** One entry of the legend: the words it shows and the rule selector it looks up. */
export interface LegendEntry {
  readonly label: string;
  readonly selector: string;
}

/** What the legend lists, in order. */
export const LEGEND_ENTRIES: readonly LegendEntry[] = [
  { label: 'speakers', selector: 'speaker' },
  { label: 'persons', selector: 'person' },
  { label: 'countries', selector: 'country' },
  { label: 'quotes', selector: 'claim.quote' },
  { label: 'reported speech', selector: 'claim.reported' },
  { label: 'figures', selector: 'claim.statistic' },
  { label: 'unsupported', selector: 'claim.unsupported' },
];

/** `true` when the section key `[A][B]` names the theme `themeId` (case-insensitive, `*` any text). */
export function sectionMatchesTheme(key: string, themeId: string): boolean {
  const names = /^\[(.*)\]$/.exec(key.trim())?.[1]?.split('][');
  if (!names) return false;
  return names.some((name) => {
    const pattern = name.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
    return new RegExp(`^${pattern}$`, 'i').test(themeId);
  });
}

function styleOf(value: unknown): TokenStyle | undefined {
  if (typeof value === 'string') return /^#[0-9a-f]{3,8}$/i.test(value) ? { foreground: value } : undefined;
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const style: { -readonly [K in keyof TokenStyle]: TokenStyle[K] } = {};
  if (typeof v.foreground === 'string' && /^#[0-9a-f]{3,8}$/i.test(v.foreground)) style.foreground = v.foreground;
  for (const key of ['bold', 'italic', 'underline'] as const) {
    if (typeof v[key] === 'boolean') style[key] = v[key] as boolean;
    else if (typeof v.fontStyle === 'string') style[key] = v.fontStyle.split(/\s+/).includes(key);
  }
  return Object.keys(style).length ? style : undefined;
}

/**
 * The style of each legend selector in theme `themeIds` (a theme's id and its label, as
 * the `workbench.colorTheme` setting may hold either) under `customizations` (the value of
 * `editor.semanticTokenColorCustomizations`). Selectors no rule styles are absent: the
 * theme's own colours apply to them, which an extension cannot read.
 */
export function resolveLegendStyles(customizations: unknown, themeIds: readonly string[]): Map<string, TokenStyle> {
  const out = new Map<string, TokenStyle>();
  if (!customizations || typeof customizations !== 'object') return out;
  const c = customizations as Record<string, unknown>;
  const sections: unknown[] = [c];
  for (const [key, value] of Object.entries(c)) {
    if (themeIds.some((id) => sectionMatchesTheme(key, id))) sections.push(value);
  }
  for (const section of sections) {
    if (!section || typeof section !== 'object') continue;
    const { rules } = section as { rules?: unknown };
    if (!rules || typeof rules !== 'object') continue;
    for (const [selector, value] of Object.entries(rules as Record<string, unknown>)) {
      const style = styleOf(value);
      if (style && LEGEND_ENTRIES.some((e) => e.selector === selector)) out.set(selector, { ...out.get(selector), ...style });
    }
  }
  return out;
}

/**
 * The legend as Markdown with HTML (the hover must allow HTML): each entry in its own
 * colour and font style; VS Code keeps `<span style="color:#rrggbb;">` and nothing else
 * of a style attribute. Every label is ours, never document text.
 */
export function legendMarkdown(styles: ReadonlyMap<string, TokenStyle>): string {
  const shown = LEGEND_ENTRIES.map((entry) => {
    const style = styles.get(entry.selector);
    let html = entry.label;
    if (style?.bold) html = `<b>${html}</b>`;
    if (style?.italic) html = `<i>${html}</i>`;
    if (style?.underline) html = `<u>${html}</u>`;
    if (style?.foreground) html = `<span style="color:${style.foreground};">${html}</span>`;
    return html;
  });
  const note = LEGEND_ENTRIES.every((e) => styles.get(e.selector)?.foreground)
    ? ''
    : '  \n_Your colour theme picks the other colours; `editor.semanticTokenColorCustomizations` sets them._';
  return `Colours: ${shown.join(' · ')} · context: no mark${note}`;
}
