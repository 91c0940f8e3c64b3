/**
 * What the status-bar item shows for the active account: its text, tooltip (with the
 * colour legend) and accessible label. Pure (no vscode import). File names are the user's data: the text
 * escapes icon syntax (`$(…)` shows as written), the Markdown tooltip escapes Markdown as
 * hovers do, so a file name cannot add a link (or a command link) to the tooltip.
 */
import { escapeMarkdown } from './markdownText';

/** The active account and its pair, as the status bar shows them. */
export interface StatusBarInput {
  readonly name: string;
  readonly role: string | undefined;
  /** The counterpart's file name; `undefined` without a pair. */
  readonly other: string | undefined;
  readonly crossReferences: number;
  /** Claims credited to a speaker of the event that the other account does not hold. */
  readonly unsupported: number;
  /** Report context the other account does not hold (not from this event); absent: 0. */
  readonly context?: number;
  /** The colour legend (tokenLegend.ts), Markdown with HTML; absent: none. */
  readonly legend?: string;
  /**
   * The event the account belongs to, when its transcript has two or more paired reports:
   * the transcript's file name and the reports' file names, and the event's name (the
   * workspace file's `name`, else the transcript's folder; absent: not named).
   */
  readonly event?: { readonly transcript: string; readonly reports: readonly string[]; readonly name?: string };
}

/** What the item shows. */
export interface StatusBarContent {
  /** With theme icons; file names escaped. */
  readonly text: string;
  /** Markdown (with the legend's HTML). */
  readonly tooltip: { readonly markdown: string };
  /** For screen readers: no icons, names as they are. */
  readonly label: string;
}

/** `$(name)` in `text` shown as written, not as an icon (VS Code's label syntax: a backslash escapes it). */
export function escapeIcons(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}

/** The item's content for `input`. */
export function statusBarContent(input: StatusBarInput): StatusBarContent {
  const role = input.role ?? 'account';
  const legend = input.legend ? `  \n\n${input.legend}` : '';
  const event = input.event && input.event.reports.length >= 2 ? input.event : undefined;
  if (event && input.role === 'transcript') {
    const n = event.reports.length;
    const named = event.name !== undefined ? ` “${event.name}”` : '';
    return {
      text: `$(references) ${escapeIcons(input.name)} + ${n} reports`,
      tooltip: { markdown: `**transcript** of ${named ? `the event${escapeMarkdown(named)}` : 'an event'} with **${n} reports**: ${event.reports.map(escapeMarkdown).join(', ')}  \nClick to show the cross-references; “Export Coverage Report…” compares them all.${legend}` },
      label: `${input.name} + ${n} reports${named ? ` (event${named})` : ''}`,
    };
  }
  if (input.other !== undefined) {
    const context = input.context ? ` · ${input.context} context (not from this event)` : '';
    const of = event ? `  \nOne of ${event.reports.length} reports of **${escapeMarkdown(event.transcript)}**${event.name !== undefined ? ` (event “${escapeMarkdown(event.name)}”)` : ''}.` : '';
    return {
      text: `$(references) ${escapeIcons(input.name)} ↔ ${escapeIcons(input.other)}`,
      tooltip: { markdown: `**${role}** paired with **${escapeMarkdown(input.other)}**  \n${input.crossReferences} cross-references · ${input.unsupported} unsupported${context}${of}  \nClick to show the cross-references.${legend}` },
      label: `${input.name} ↔ ${input.other}`,
    };
  }
  return {
    text: `$(file-text) ${escapeIcons(input.name)} · no pair`,
    tooltip: { markdown: `**${role}** without a counterpart. Run “Pair with Other Account…”, or put the other account in the same folder.${legend}` },
    label: `${input.name} · no pair`,
  };
}
