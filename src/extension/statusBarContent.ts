/**
 * What the status-bar item shows for the active account: its text and its tooltip.
 * Pure (no vscode import). File names are the user's data: the text escapes icon syntax
 * (`$(…)`), the Markdown tooltip escapes Markdown as hovers do.
 */
import { escapeMarkdown } from './markdownText';

/** The active account and its pair, as the status bar shows them. */
export interface StatusBarInput {
  readonly name: string;
  readonly role: string | undefined;
  /** The counterpart's file name; `undefined` without a pair. */
  readonly other: string | undefined;
  readonly crossReferences: number;
  readonly unsupported: number;
}

/** The item's text (with theme icons) and tooltip (Markdown when paired, plain text otherwise). */
export function statusBarContent(input: StatusBarInput): { readonly text: string; readonly tooltip: { readonly markdown: string } | string } {
  const role = input.role ?? 'account';
  if (input.other !== undefined) {
    return {
      text: `$(references) ${input.name} ↔ ${input.other}`,
      tooltip: { markdown: `**${role}** paired with **${input.other}**  \n${input.crossReferences} cross-references · ${input.unsupported} unsupported  \nClick to show the cross-references.` },
    };
  }
  return {
    text: `$(file-text) ${input.name} · no pair`,
    tooltip: `${role} without a counterpart. Run “Pair with Other Account…”, or put the other account in the same folder.`,
  };
}
